# timeout: 60
l = []
for i in range(100000):
    l = [l]
holder = [l]
del l
holder[0] = None
print('replaced')
d = {}
for i in range(100000):
    d = {1: d}
h = {'k': d}
del d
h['k'] = 0
print('dict value replaced')
x = []
for i in range(100000):
    x = [x]
h2 = {'k': x}
del x
del h2['k']
print('dict value deleted')
y = []
for i in range(100000):
    y = [y]
z = [1, y, 2]
del y
del z[1]
print('list item deleted')
