# stderr: last-line
# sys.stderr without write(): the exception is dumped to the C stderr, "lost sys.stderr";
# the failing sys.stderr.flush() at exit makes the status 120.
import sys
class W:
    pass
sys.stderr = W()
1/0
