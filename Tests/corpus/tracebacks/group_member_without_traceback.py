e = ValueError("no tb")
raise ExceptionGroup("g", [e, ExceptionGroup("sub", [TypeError("t")])])
