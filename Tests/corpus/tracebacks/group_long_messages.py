raise ExceptionGroup("x" * 200, [ValueError("y" * 200)])
