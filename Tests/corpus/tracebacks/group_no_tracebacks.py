raise ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3)])
