# sys.exit(True) is status 1, with nothing printed.
import sys
print("exiting")
sys.exit(True)
