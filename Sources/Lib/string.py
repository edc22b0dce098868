"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""
# swiftpy's string module: our own code. Template scans templates by hand for the default
# placeholder syntax (a custom `pattern`, `idpattern` or `braceidpattern` needs the re module).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


####################################################################
_sentinel_dict = {}

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START = frozenset('_' + ascii_letters)
_ID_CONTINUE = frozenset('_' + ascii_letters + digits)


class _Placeholder:
    """One delimiter occurrence: its kind ('escaped', 'named', 'braced' or 'invalid'),
    the identifier, and where it starts and ends in the template."""
    __slots__ = ('kind', 'name', 'start', 'end')

    def __init__(self, kind, name, start, end):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # ASCII identifiers, case-insensitively (the re.IGNORECASE of `flags`).
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = 2  # re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                  or cls.braceidpattern not in (None, _DEFAULT_IDPATTERN) or cls.flags != 2)
        if custom:
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |   # Escape sequence of two delimiters
                  (?P<named>{cls.idpattern})       |   # delimiter and a Python identifier
                  {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
                  (?P<invalid>)             # Other ill-formed delimiter exprs
                )
                """
            cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # Finding placeholders.

    def _placeholders(self):
        """Every delimiter occurrence, left to right (what pattern.finditer matches)."""
        pattern = getattr(type(self), 'pattern', None)
        text = self.template
        if pattern is not None:
            for mo in pattern.finditer(text):
                kind = None
                for group in ('named', 'braced', 'escaped', 'invalid'):
                    if mo.group(group) is not None:
                        kind = group
                        break
                name = mo.group('named') or mo.group('braced') if kind in ('named', 'braced') else None
                yield _Placeholder(kind, name, mo.start(), mo.end())
            return
        delim = self.delimiter
        width = len(delim)
        pos = 0
        while True:
            at = text.find(delim, pos)
            if at < 0 or not delim:
                return
            after = at + width
            if text.startswith(delim, after):
                yield _Placeholder('escaped', None, at, after + width)
                pos = after + width
                continue
            end = after
            while end < len(text) and (text[end] in _ID_CONTINUE if end > after else text[end] in _ID_START):
                end += 1
            if end > after:
                yield _Placeholder('named', text[after:end], at, end)
                pos = end
                continue
            if after < len(text) and text[after] == '{':
                end = after + 1
                if end < len(text) and text[end] in _ID_START:
                    end += 1
                    while end < len(text) and text[end] in _ID_CONTINUE:
                        end += 1
                    if end < len(text) and text[end] == '}':
                        yield _Placeholder('braced', text[after + 1:end], at, end + 1)
                        pos = end + 1
                        continue
            yield _Placeholder('invalid', None, at, after)
            pos = after

    def _invalid(self, placeholder):
        i = placeholder.start + len(self.delimiter) if getattr(type(self), 'pattern', None) is None else placeholder.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        out = []
        pos = 0
        for ph in self._placeholders():
            out.append(text[pos:ph.start])
            pos = ph.end
            if ph.kind in ('named', 'braced'):
                if safe:
                    try:
                        out.append(str(mapping[ph.name]))
                    except KeyError:
                        out.append(text[ph.start:ph.end])
                else:
                    out.append(str(mapping[ph.name]))
            elif ph.kind == 'escaped':
                out.append(self.delimiter)
            elif ph.kind == 'invalid':
                if safe:
                    out.append(text[ph.start:ph.end])
                else:
                    self._invalid(ph)
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 getattr(self, 'pattern', None))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
            if ph.kind is None:
                raise ValueError('Unrecognized named group in pattern',
                                 getattr(self, 'pattern', None))
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.kind in ('named', 'braced'):
                if ph.name not in ids:
                    ids.append(ph.name)
            elif ph.kind is None:
                raise ValueError('Unrecognized named group in pattern',
                                 getattr(self, 'pattern', None))
        return ids


########################################################################
# The Formatter class: str.format's machinery as overridable methods.

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' numbers fields automatically; mixing with '{0}' is an error.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may itself hold fields ('{0:{1}}').
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs,
                used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
