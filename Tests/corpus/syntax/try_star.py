# mode: ast
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
