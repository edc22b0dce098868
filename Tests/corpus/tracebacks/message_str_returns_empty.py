class Quiet(Exception):
    def __str__(self):
        return ""
raise Quiet("ignored")
