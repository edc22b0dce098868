import sys
sys.foo
