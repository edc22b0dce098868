# Module-level objects of a script with functions, classes and containers are finalized at exit.
class Resource:
    def __init__(self, name): self.name = name
    def __del__(self): print("closing", self.name)
def helper():
    return Resource("from helper")
config = {"db": Resource("db"), "cache": Resource("cache")}
primary = helper()
pool = [Resource("conn1"), Resource("conn2")]
class Service:
    def __init__(self): self.res = Resource("service res")
service = Service()
print("main done")
