"""Implementation of JSONEncoder
"""
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import make_encoder as c_make_encoder

# The escapes of the characters JSON strings cannot hold as themselves.
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _code in range(0x20):
    ESCAPE_DCT.setdefault(chr(_code), '\\u{0:04x}'.format(_code))
del _code

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    return '"' + ''.join([ESCAPE_DCT.get(c, c) for c in s]) + '"'


def _ascii_escape(c):
    escaped = ESCAPE_DCT.get(c)
    if escaped is not None:
        return escaped
    code = ord(c)
    if code < 0x10000:
        return '\\u{0:04x}'.format(code)
    code -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    return '"' + ''.join([c if ' ' <= c <= '~' and c != '"' and c != '\\' else _ascii_escape(c)
                          for c in s]) + '"'


encode_basestring = (c_encode_basestring or py_encode_basestring)
encode_basestring_ascii = (
    c_encode_basestring_ascii or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults (the options
        are those of ``json.dumps``).
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        if _one_shot:
            # The native encoder writes the whole text at once (indented or not).
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)(o, 0)

        allow_nan = self.allow_nan

        def floatstr(o, _repr=float.__repr__):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        return _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot):
    """The chunk-by-chunk encoder behind ``JSONEncoder.iterencode``: a
    generator function yielding the pieces of the text in CPython's chunks."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    _intstr = int.__repr__

    def _enter(o):
        if markers is not None:
            ident = id(o)
            if ident in markers:
                raise ValueError("Circular reference detected")
            markers[ident] = o
            return ident
        return None

    def _leave(ident):
        if ident is not None:
            del markers[ident]

    def _scalar(o):
        """The text of a str/None/bool/int/float, or None for other values."""
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        ident = _enter(lst)
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
                continue
            yield buf
            if isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, _current_indent_level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, _current_indent_level)
            else:
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        _leave(ident)

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        ident = _enter(dct)
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, _current_indent_level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, _current_indent_level)
            else:
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        _leave(ident)

    def _iterencode(o, _current_indent_level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            ident = _enter(o)
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            _leave(ident)
    return _iterencode
