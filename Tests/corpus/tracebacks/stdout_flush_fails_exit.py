# stderr: last-line
# sys.exit(3) but flushing sys.stdout fails at exit: reported as unraisable, status 120.
import sys
class W:
    def write(self, s):
        return len(s)
sys.stdout = W()
sys.exit(3)
