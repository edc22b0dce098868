class MyNameError(NameError):
    pass
apple = 1
raise MyNameError("custom", name="appel")
