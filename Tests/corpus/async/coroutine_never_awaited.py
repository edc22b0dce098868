# A coroutine dropped without running warns once per location (RuntimeWarning on stderr).
async def job():
    print("never printed")

job()
print("after first")

def make():
    c = job()
    return None

make()
make()
print("after make")

for i in range(3):
    job()
print("after loop")

c = job()
del c
print("after del")

# closed or started coroutines do not warn
c = job()
c.close()
del c
class Once:
    def __await__(self):
        yield
async def started():
    await Once()
c = started()
c.send(None)
del c
print("no warnings for closed/started")
print(sorted(k[2] for k in __warningregistry__ if k != "version"))
