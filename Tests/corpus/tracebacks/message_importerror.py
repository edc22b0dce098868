raise ImportError("cannot do it", name="pkg", path="/x/y")
