import sys
print("before")
sys.stderr = None
raise ValueError("nobody sees this")
