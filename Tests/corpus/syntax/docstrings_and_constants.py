# mode: ast
"""Module docstring."""

def f():
    """Function docstring."""
    return None

class C:
    """Class docstring."""
    x = ...

True
False
None
...
x = ...
