try:
    e = KeyError("inner")
    e.add_note("inner note")
    raise e
except KeyError:
    outer = ValueError("outer")
    outer.add_note("outer note")
    raise outer
