def make():
    raise TypeError("in class body")
class Config:
    setting = make()
