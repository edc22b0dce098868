class M:
    def __getitem__(self, key):
        return {}[key]
m = M()
print(m["a"])
