# sys.set_coroutine_origin_tracking_depth: cr_origin records where coroutines were created,
# and the "never awaited" warning shows it.
import sys

async def job():
    pass

def make():
    return job()

def outer():
    return make()

print(sys.get_coroutine_origin_tracking_depth())
c = job()
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print(c.cr_origin)
c.close()
c = job()
print(c.cr_origin)
c.close()

def dropper():
    outer()
dropper()
print("after drop")

sys.set_coroutine_origin_tracking_depth(0)
print(outer().cr_origin)

for bad in [-1, "x", 1.5]:
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
sys.set_coroutine_origin_tracking_depth(depth=1)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print("TypeError:", e)
