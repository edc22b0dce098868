# stderr: last-line
import sys
del sys.stderr
1/0
