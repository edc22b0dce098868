# sys.exit with a message: the message on stderr, status 1; stdout is flushed first.
import sys
print("before exit")
sys.exit("fatal: something went wrong")
