raise ExceptionGroup("fifteen", [ValueError(i) for i in range(16)])
