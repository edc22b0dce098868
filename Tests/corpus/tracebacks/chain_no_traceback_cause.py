cause = OSError("never raised")
raise RuntimeError("effect") from cause
