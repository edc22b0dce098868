b = b"\xZ"
