def outer():
    def middle():
        def inner():
            return undefined_name
        return inner()
    return middle()
class K:
    def method(self):
        return outer()
    @classmethod
    def cm(cls):
        return cls().method()
    @staticmethod
    def sm():
        return K.cm()
K.sm()
