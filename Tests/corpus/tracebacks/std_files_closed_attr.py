import sys
class W:
    closed = True
    def write(self, s):
        return len(s)
sys.stdout = W()
sys.stderr = W()
