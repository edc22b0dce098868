apple = 1
raise NameError("manual", name="appel")
