"""Extract, format and print information about Python stack traces."""

# swiftpy: our own implementation of the commonly used parts of CPython 3.11's traceback module.
# Exceptions are formatted by the interpreter's own display (_swiftpy_traceback), so
# print_exc()/format_exception() show exactly what an uncaught exception shows (carets, chains,
# notes, groups). `limit` is applied by handing the display a shortened traceback chain.
# Stack summaries (extract_tb/extract_stack, FrameSummary) are built here from frames.

import sys
import linecache
from types import TracebackType
from _swiftpy_traceback import format_exception as _display_text

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


# ---------------------------------------------------------------------------------------------
# Exceptions

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _limited_tb(tb, limit):
    """`tb` cut to its first `limit` entries (the last -limit ones when negative)."""
    limit = _effective_limit(limit)
    if limit is None or tb is None:
        return tb
    entries = list(walk_tb_entries(tb))
    entries = entries[:limit] if limit >= 0 else entries[limit:]
    rebuilt = None
    for t in reversed(entries):
        rebuilt = TracebackType(rebuilt, t.tb_frame, t.tb_lasti, t.tb_lineno)
    return rebuilt


def walk_tb_entries(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _display(value, tb, limit, chain):
    """The interpreter's display of `value` with traceback `tb`, every traceback of the chain
    shortened to `limit`, without cause/context when `chain` is false."""
    saved = (value.__traceback__, value.__cause__, value.__context__, value.__suppress_context__)
    # The chained exceptions whose tracebacks are shortened meanwhile.
    others = []
    try:
        value.__traceback__ = _limited_tb(tb, limit)
        if not chain:
            value.__cause__ = None
            value.__context__ = None
        elif _effective_limit(limit) is not None:
            seen = {id(value)}
            pending = [value.__cause__, value.__context__]
            while pending:
                e = pending.pop()
                if e is None or id(e) in seen or not isinstance(e, BaseException):
                    continue
                seen.add(id(e))
                others.append((e, e.__traceback__))
                e.__traceback__ = _limited_tb(e.__traceback__, limit)
                pending += [e.__cause__, e.__context__]
        return _display_text(value)
    finally:
        for e, t in others:
            e.__traceback__ = t
        (value.__traceback__, value.__cause__,
         value.__context__, value.__suppress_context__) = saved


_CHAIN_MESSAGES = (
    "\nThe above exception was the direct cause of the following exception:\n\n",
    "\nDuring handling of the above exception, another exception occurred:\n\n",
)


def _chunks(text):
    """Splits a display into the pieces CPython's format_exception returns: the header, one
    string per frame (location, source line, carets), chain messages, the final lines."""
    out = []
    for message in _CHAIN_MESSAGES:
        text = text.replace(message, '\0' + message + '\0')
    for part in text.split('\0'):
        if part in _CHAIN_MESSAGES:
            out.append(part)
            continue
        current = None
        for line in part.splitlines(True):
            # A frame's location line ('  File "f", line 3, in g') starts a chunk; a
            # SyntaxError's ('  File "f", line 3') and its source lines are separate ones.
            if ((line.startswith('  File ') and ', in ' in line)
                    or line == 'Traceback (most recent call last):\n'):
                if current is not None:
                    out.append(current)
                current = line
            elif current is not None and line.startswith('    ') and not current.startswith('Traceback'):
                current += line
            elif current is not None and line.startswith('  [Previous line repeated'):
                out.append(current)
                current = line
            else:
                if current is not None:
                    out.append(current)
                    current = None
                out.append(line)
        if current is not None:
            out.append(current)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'.

    This differs from print_tb() in the following ways: (1) if
    traceback is not None, it prints a header "Traceback (most recent
    call last):"; (2) it prints the exception type and value after the
    stack trace; (3) if type is SyntaxError and value has the
    appropriate format, it prints the line where the syntax error
    occurred with a caret on the next line indicating the approximate
    position of the error.
    """
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information.

    The arguments have the same meaning as the corresponding arguments
    to print_exception().  The return value is a list of strings, each
    ending in a newline and some containing internal newlines.  When
    these lines are concatenated and printed, exactly the same text is
    printed as does print_exception().
    """
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _chunks(_display(value, tb, limit, chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback.

    The return value is a list of strings, each ending in a newline.

    Normally, the list contains a single string; however, for
    SyntaxError exceptions, it contains several lines that (when
    printed) display detailed information about where the syntax
    error occurred.

    The message indicating which exception occurred is always the last
    string in the list.
    """
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        # CPython formats the type with the str() of the value.
        return [f'{type(value).__qualname__}: {value}\n']
    return _chunks(_display(value, None, None, False))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---------------------------------------------------------------------------------------------
# Tracebacks and stacks

def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    tb = _limited_tb(tb, limit)
    if tb is None:
        return []
    placeholder = BaseException()
    chunks = _chunks(_display(placeholder, tb, None, False))
    # Drop the header and the placeholder's final line.
    return chunks[1:-1]


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'.

    If 'limit' is omitted or None, all entries are printed.  If 'file'
    is omitted or None, the output goes to sys.stderr; otherwise
    'file' should be an open file or file-like object with a write()
    method.
    """
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame.

    This will follow tb.tb_next (and thus is in the opposite order to
    walk_stack). Usually used with StackSummary.extract.
    """
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame.

    This will follow f.f_back from the given frame. If no frame is given, the
    current stack is used. Usually used with StackSummary.extract.
    """
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    """
    Return a StackSummary object representing a list of
    pre-processed entries from traceback.
    """
    return StackSummary._extract_from_tb(tb, limit)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame.

    The return value has the same format as for extract_tb().  The
    optional 'f' and 'limit' arguments have the same meaning as for
    print_stack().  Each item in the list is a quadruple (filename,
    line number, function name, text), and the entries are in order
    from oldest to newest stack frame.
    """
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point.

    The optional 'f' argument can be used to specify an alternate
    stack frame at which to start. The optional 'limit' and 'file'
    arguments have the same meaning as for print_exception().
    """
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing.

    Given a list of tuples or FrameSummary objects as returned by
    extract_tb() or extract_stack(), return a list of strings ready
    for printing.
    """
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback.

    - :attr:`filename` The filename for the frame.
    - :attr:`lineno` The line within filename for the frame that was
      active when the frame was captured.
    - :attr:`name` The name of the function or method that was executing
      when the frame was captured.
    - :attr:`line` The text from the linecache module for the
      of code that was running when the frame was captured.
    - :attr:`locals` Either None if locals were not supplied, or a dict
      mapping the name to the repr() of the variable.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # Returns the line as-is from the source, without modifying whitespace.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _frame_positions(frame, lasti):
    """(lineno, end_lineno, colno, end_colno) of the instruction at `lasti`, or Nones."""
    try:
        positions = list(frame.f_code.co_positions())
        return positions[lasti // 2]
    except Exception:
        return (None, None, None, None)


_RECURSIVE_CUTOFF = 3  # Also hardcoded in the interpreter's display.


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object.

        :param frame_gen: A generator that yields (frame, lineno) tuples
            whose summaries are to be included in the stack.
        :param limit: None to include all frames or the number of frames to
            include.
        :param lookup_lines: If True, lookup lines for each frame immediately,
            otherwise lookup is deferred until the frame is rendered.
        :param capture_locals: If True, the local variables from each frame will
            be captured as object representations into the FrameSummary.
        """
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_tb(klass, tb, limit):
        def gen():
            for t in walk_tb_entries(tb):
                positions = _frame_positions(t.tb_frame, t.tb_lasti)
                yield t.tb_frame, (t.tb_lineno,) + tuple(positions[1:])
        return klass._extract_from_extended_frame_gen(gen(), limit=limit)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        limit = _effective_limit(limit)
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name,
                lookup_line=False, locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for f in result:
            linecache.lazycache(f.filename, None)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """
        Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples.
        """
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary.

        Returns a string representing one frame involved in the stack. This
        gets called for every frame to be printed in the stack summary.
        """
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line
            row.append('    {}\n'.format(stripped))
            original = frame_summary._original_line
            if (frame_summary.colno is not None and frame_summary.end_colno is not None
                    and frame_summary.end_lineno == frame_summary.lineno):
                # Columns are UTF-8 byte offsets.
                encoded = original.encode('utf-8')
                start = len(encoded[:frame_summary.colno].decode('utf-8', 'replace'))
                end = len(encoded[:frame_summary.end_colno].decode('utf-8', 'replace'))
                indent = len(original) - len(original.lstrip())
                if not (start <= indent and end >= len(original.rstrip())):
                    row.append('    ' + ' ' * (start - indent) + '^' * max(end - start, 1) + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing.

        Returns a list of strings ready for printing.  Each string in the
        resulting list corresponds to a single frame from the stack.
        Each string ends in a newline; the strings may contain internal
        newlines as well, for those items with source text lines.

        For long sequences of the same frame and line, the first few
        repetitions are shown, followed by a summary line stating the exact
        number of further repetitions.
        """
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key == last:
                count += 1
            else:
                if count > _RECURSIVE_CUTOFF:
                    extra = count - _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {extra} more '
                                  f'time{"s" if extra > 1 else ""}]\n')
                last = key
                count = 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            extra = count - _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {extra} more '
                          f'time{"s" if extra > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception ready for rendering (a light version of CPython's: the exception is kept
    and formatted by the interpreter's display).

    - :attr:`exc_type` The class of the original traceback.
    - :attr:`stack` A `StackSummary` representing the traceback.
    - :attr:`__cause__`, :attr:`__context__` TracebackExceptions of the chained exceptions.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = StackSummary._extract_from_tb(exc_traceback, limit)
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            for attr in ('__cause__', '__context__'):
                chained = getattr(exc_value, attr)
                if chained is not None and id(chained) not in _seen:
                    setattr(self, attr, TracebackException(
                        type(chained), chained, chained.__traceback__, limit=limit,
                        lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen))
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self._value is None:
            yield from format_exception_only(None)
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception."""
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from _chunks(_display(self._value, self._tb, self._limit, chain))

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
