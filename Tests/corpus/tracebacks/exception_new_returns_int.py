class E(Exception):
    def __new__(cls, *a):
        return 5
raise E
