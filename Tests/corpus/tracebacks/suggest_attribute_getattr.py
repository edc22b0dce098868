class Proxy:
    target = 1
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")
Proxy().targe
