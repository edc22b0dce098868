import contextlib, sys
from contextlib import contextmanager, closing, suppress, redirect_stdout, redirect_stderr, ExitStack, nullcontext, AbstractContextManager, ContextDecorator
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('a') as t: print('inside', t)
try:
    with tag('b'): raise ValueError('x')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError: print('swallowed')
with swallow(): raise KeyError(1)
@contextmanager
def bad():
    yield; yield
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with suppress(ZeroDivisionError): 1 / 0
print('after suppress')
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
b = Buf()
with redirect_stdout(b): print('hidden')
print(b.parts)
b2 = Buf()
with redirect_stderr(b2): print('err', file=sys.stderr)
print(b2.parts)
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.callback(print, 'cb2')
    st.enter_context(tag('x'))
    print('body')
with ExitStack() as st:
    st.push(lambda *exc: print('push exit', exc[0].__name__) or True)
    raise IndexError
print('stack swallowed')
with ExitStack() as st:
    st.callback(print, 'moved')
    new = st.pop_all()
print('before close'); new.close()
with nullcontext(5) as v: print(v)
@ContextDecorator.__class__
def noop(x): return x
class Track(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *e): print('exit'); return False
@Track()
def decorated(): print('in decorated')
decorated()
@tag('deco')
def f(): print('f body')
f()
class CM(AbstractContextManager):
    def __exit__(self, *e): return None
with CM() as cm: print(type(cm).__name__)
print(issubclass(type(open.__class__), object), isinstance(nullcontext(), AbstractContextManager))
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('k')
except ZeroDivisionError as e:
    print('ctx', type(e.__context__).__name__)
try: ExitStack().enter_context(5)
except TypeError as e: print(e)
