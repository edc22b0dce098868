import sys
class Capture:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
    def flush(self): pass
old = sys.stdout
cap = Capture()
sys.stdout = cap
print('captured', 1)
sys.stdout = old
print(cap.data)
sys.stdout = None
print('lost')
sys.stdout = old
print('back')
