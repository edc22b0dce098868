import sys
class W:
    def write(self, s):
        return len(s)
    def flush(self):
        raise ValueError("flush")
sys.stderr = W()
print("out")
