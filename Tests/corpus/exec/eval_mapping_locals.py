class M:
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
print(eval('magic + 1', {}, M()))
try:
    eval('other', {}, M())
except NameError as e:
    print('NameError', e)
class Recorder(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)
exec('a = 1\nb = a + 1', {}, Recorder())
