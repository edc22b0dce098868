"""string helper module"""
# swiftpy: CPython's _string (Objects/stringlib/unicode_format.h, MarkupIterator and
# FieldNameIterator) written in Python: the parser behind string.Formatter.


def _decimal_value(text):
    """The value of a field-name part made only of decimal digits, else -1."""
    if not text:
        return -1
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return -1
        value = value * 10 + int(ch)
        if value > 9223372036854775807:
            raise ValueError("Too many decimal digits in format string")
    return value


def _parse_field(s, pos, end):
    """Reads a replacement field after its '{': (field_name, format_spec, conversion, pos)."""
    name_start = pos
    c = ''
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            # An index: braces and colons inside it belong to the name.
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    field_name = s[name_start:pos - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= end:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < end:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field_name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field_name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, pos


def formatter_parser(format_string):
    """Iterate over (literal_text, field_name, format_spec, conversion) tuples."""
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    return _markup(format_string)


def _markup(s):
    pos = 0
    end = len(s)
    while pos < end:
        start = pos
        c = ''
        markup = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and markup and (at_end or s[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                # A doubled brace: one brace of literal text, no field.
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, spec, conversion, pos = _parse_field(s, pos, end)
        yield (literal, field_name, spec, conversion)


class _FieldNameIterator:
    """The attribute and index parts after the first part of a field name."""

    def __init__(self, text, pos):
        self._text = text
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        s = self._text
        end = len(s)
        pos = self._pos
        if pos >= end:
            raise StopIteration
        c = s[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < end and s[pos] not in '.[':
                pos += 1
            name = s[start:pos]
            is_attr = True
        elif c == '[':
            start = pos
            while pos < end and s[pos] != ']':
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            name = s[start:pos]
            pos += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        self._pos = pos
        if not name:
            raise ValueError("Empty attribute in format string")
        if not is_attr:
            index = _decimal_value(name)
            if index != -1:
                return (False, index)
        return (is_attr, name)


def formatter_field_name_split(field_name):
    """Split the field name into its first part and an iterator over the rest."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    pos = 0
    end = len(field_name)
    while pos < end and field_name[pos] not in '.[':
        pos += 1
    first = field_name[:pos]
    index = _decimal_value(first)
    return (first if index == -1 else index), _FieldNameIterator(field_name, pos)
