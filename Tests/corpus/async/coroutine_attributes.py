# cr_await, cr_frame, cr_running, cr_code, cr_suspended, cr_origin, names.
class Suspend:
    def __await__(self):
        yield "suspended"

async def inner():
    await Suspend()
    return 1

async def outer():
    print("running inside:", co.cr_running)
    r = await inner()
    return r

co = outer()
print(co.cr_running, co.cr_suspended, co.cr_await, co.cr_origin)
print(co.cr_code is outer.__code__, type(co.cr_frame).__name__, co.cr_frame.f_lineno)
print(co.send(None))
print(co.cr_running, co.cr_suspended)
aw = co.cr_await
print(type(aw).__name__, aw.__qualname__)
print(type(aw.cr_await).__name__)
try:
    co.send(None)
except StopIteration as e:
    print("finished with", e.value)
print(co.cr_frame, co.cr_await, co.cr_suspended)

co = outer()
co.__name__ = "new_name"
co.__qualname__ = "Q.new_name"
print(co.__name__, co.__qualname__, repr(co).startswith("<coroutine object Q.new_name at"))
for name in ["cr_code", "cr_origin", "cr_running", "cr_frame", "cr_await", "cr_suspended"]:
    try:
        setattr(co, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    co.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
co.close()
print(sorted(n for n in dir(co) if not n.startswith("_") or n in ("__await__", "__del__", "__name__", "__qualname__")))

class K:
    async def meth(self):
        pass
c = K().meth()
print(c.__qualname__)
c.close()
