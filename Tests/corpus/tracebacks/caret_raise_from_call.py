def fail(kind):
    raise kind("failure")
fail(TypeError)
