try:
    raise ExceptionGroup("m", [ValueError(1), TypeError(2)]) from KeyError("c")
except ExceptionGroup as e:
    e.add_note("nn")
    s = e.subgroup(ValueError)
    print(s.__cause__, s.__notes__, s.__traceback__ is e.__traceback__, s.__context__)
