import sys
print("exiting")
sys.exit("a message to stderr")
