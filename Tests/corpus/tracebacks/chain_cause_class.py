raise ValueError("effect") from KeyError
