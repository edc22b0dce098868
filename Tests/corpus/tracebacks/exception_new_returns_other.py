class E(Exception):
    def __new__(cls, *a):
        return ValueError("other")
raise E
