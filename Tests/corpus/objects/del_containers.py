# Finalizers of objects held by containers run when the container releases them.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = {"a": A("dict-a"), "b": A("dict-b")}
d["a"] = None
print("replaced a")
d.clear()
print("cleared dict")
s = [A("s0")]
s[0] = A("s1")
print("replaced list item")
s = None
print("list dropped")
t = (A("t0"),)
t = None
print("tuple dropped")
# An object referenced from two containers dies with the last one.
x = A("shared")
l1, l2 = [x], [x]
del x
l1.clear()
print("l1 cleared")
l2.pop()
print("l2 popped")
# Nested instances: the outer dies first, then what it held.
outer = A("outer")
outer.inner = A("inner")
outer.inner.innermost = A("innermost")
del outer
print("outer deleted")
# Attribute replacement releases the old value.
holder = A("holder")
holder.attr = A("first attr")
holder.attr = A("second attr")
print("attr replaced")
delattr(holder, "attr")
print("attr deleted")
# Instances with __slots__ release slot values.
class S:
    __slots__ = ("v",)
s = S()
s.v = A("slot value")
s.v = None
print("slot cleared")
s.v = A("slot value 2")
del s
print("slotted deleted")
holder = None
print("done")
