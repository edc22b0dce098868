# stderr: last-line
import sys
class W:
    def write(self, s):
        raise OSError("nope")
sys.stderr = W()
raise ValueError("unprintable")
