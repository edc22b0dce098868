class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print('hello', 'world', file=w)
print('x', end='', file=w, flush=True)
print(w.parts)
print('to None', file=None)
import sys
print('stderr line', file=sys.stderr)
