class E(Exception):
    def __str__(self):
        return "line1\nline2"
raise E()
