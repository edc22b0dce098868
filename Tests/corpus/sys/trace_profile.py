import sys
print(sys.gettrace(), sys.getprofile())
def tracer(*a): return tracer
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
print(sys.call_tracing(max, (3, 9)))
try:
    sys.call_tracing(max, [1])
except TypeError as e:
    print(e)
