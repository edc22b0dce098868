try:
    try:
        raise ValueError("v")
    except (KeyError, 3):
        pass
except TypeError as e:
    print("tuple with int:", e)
try:
    try:
        raise ValueError("v")
    except "ValueError":
        pass
except TypeError as e:
    print("string:", e)
try:
    try:
        raise ValueError("v")
    except (KeyError, (ValueError,)):
        print("nested tuple matched")
except TypeError as e:
    print("nested tuple:", e)
# A bad clause is not checked when an earlier one matches.
try:
    raise ValueError("v")
except ValueError:
    print("first clause")
except 42:
    pass
# The variable is deleted after the handler.
try:
    raise KeyError("x")
except KeyError as err:
    pass
try:
    err
except NameError as e:
    print(e)
# ...even if it was bound before.
err = "before"
try:
    raise KeyError("x")
except KeyError as err:
    pass
print("err" in dir())
# Class matching uses the MRO, not __subclasscheck__.
class Meta(type):
    def __subclasscheck__(cls, sub):
        return True
class Catchall(Exception, metaclass=Meta):
    pass
try:
    try:
        raise ValueError("not caught by metaclass trick")
    except Catchall:
        print("caught by Catchall")
except ValueError as e:
    print("passed through:", e)
# except BaseException catches SystemExit and KeyboardInterrupt.
for exc in (SystemExit(1), KeyboardInterrupt(), GeneratorExit()):
    try:
        raise exc
    except Exception:
        print("Exception caught", type(exc).__name__)
    except BaseException:
        print("BaseException caught", type(exc).__name__)
