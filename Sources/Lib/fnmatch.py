"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""
# swiftpy's fnmatch: our own code. translate() builds the same regular expression text as
# CPython's; matching runs a small matcher over exactly that (restricted) expression, so it
# agrees with re without needing the re module.

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# The characters re.escape() prefixes with a backslash.
_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    return '\\' + c if c in _RE_SPECIAL else c


def _normcase(s):
    # posixpath.normcase: the path itself, which must be str or bytes.
    if isinstance(s, (str, bytes)):
        return s
    fspath = getattr(type(s), '__fspath__', None)
    if fspath is not None:
        result = fspath(s)
        if isinstance(result, (str, bytes)):
            return result
    raise TypeError("expected str, bytes or os.PathLike object, not "
                    + type(s).__name__)


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


# Compiled matchers by (type, pattern); a plain bounded dict (importing functools for
# lru_cache would cost more than the cache saves for a script's few patterns).
_cache = {}
_MAXCACHE = 32768


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        match = _cache[key] = _make_matcher(pat)
    return match


def _make_matcher(pat):
    if isinstance(pat, bytes):
        matcher = _Matcher(translate(str(pat, 'ISO-8859-1')))

        def match_bytes(name):
            if isinstance(name, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return matcher.match(str(name, 'ISO-8859-1'))
        return match_bytes
    matcher = _Matcher(translate(pat))

    def match_str(name):
        if not isinstance(name, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return matcher.match(name)
    return match_str


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    match = _compile_pattern(pat)
    for name in names:
        if match(_normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    match = _compile_pattern(pat)
    return match(name)


def _bracket_body(pat, i, j):
    """The regular-expression class body for pat[i:j] (the text between [ and ])."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges (a hyphen right after a range is a
        # literal), drop ranges that would be empty, and escape the rest.
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    # Set operations (&&, ~~, ||) are escaped.
    return ''.join('\\' + c if c in '&~|' else c for c in stuff)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not STAR:
                pieces.append(STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
                continue
            stuff = _bracket_body(pat, i, j)
            i = j + 1
            if not stuff:
                pieces.append('(?!)')
            elif stuff == '!':
                pieces.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                pieces.append(f'[{stuff}]')
        else:
            pieces.append(_escape(c))
    # A star followed by fixed text becomes a lazy atomic group (?>.*?fixed); a final
    # star is .*; text before the first star stays as it is.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    res = ''.join(out)
    return fr'(?s:{res})\Z'


class _CharClass:
    """A regular-expression character class body ([...]) as sre_parse reads it."""

    def __init__(self, body):
        self.negated = False
        self.chars = set()
        self.ranges = []
        i, n = 0, len(body)
        if i < n and body[i] == '^':
            self.negated = True
            i += 1
        items = []
        while i < n:
            c = body[i]
            i += 1
            if c == '\\' and i < n:
                c = body[i]
                i += 1
            if i < n and body[i] == '-' and i + 1 < n:
                # A range up to the next (possibly escaped) character.
                i += 1
                hi = body[i]
                i += 1
                if hi == '\\' and i < n:
                    hi = body[i]
                    i += 1
                self.ranges.append((c, hi))
            elif i < n and body[i] == '-' and i + 1 == n:
                self.chars.add(c)
                self.chars.add('-')
                i += 1
            else:
                self.chars.add(c)

    def __contains__(self, c):
        found = c in self.chars or any(lo <= c <= hi for lo, hi in self.ranges)
        return found != self.negated


class _Matcher:
    """Matches whole strings against a regular expression made by translate():
    literals, '.', classes, '(?!)', '.*' and '(?>.*?fixed)' (each fixed piece has a
    fixed width, so leftmost-first matching after a star is exact)."""

    def __init__(self, regex):
        body = regex[len('(?s:'):-len(r')\Z')]
        self.units = self._parse(body)

    @staticmethod
    def _parse(body):
        units = []          # ('lit', c) ('any',) ('class', cls) ('never',) ('star',)
        i, n = 0, len(body)
        while i < n:
            c = body[i]
            if body.startswith('(?>.*?', i):
                units.append(('star',))
                i += len('(?>.*?')
            elif c == ')':
                i += 1      # end of an atomic group
            elif body.startswith('(?!)', i):
                units.append(('never',))
                i += 4
            elif body.startswith('.*', i):
                units.append(('star',))
                i += 2
            elif c == '.':
                units.append(('any',))
                i += 1
            elif c == '\\':
                units.append(('lit', body[i + 1]))
                i += 2
            elif c == '[':
                # The class ends at the first unescaped ']' after its first character.
                j = i + 1
                if j < n and body[j] == '^':
                    j += 1
                if j < n and body[j] == ']':
                    j += 1
                while j < n and body[j] != ']':
                    if body[j] == '\\':
                        j += 1
                    j += 1
                units.append(('class', _CharClass(body[i + 1:j])))
                i = j + 1
            else:
                units.append(('lit', c))
                i += 1
        return units

    def _one(self, unit, c):
        kind = unit[0]
        if kind == 'lit':
            return unit[1] == c
        if kind == 'any':
            return True
        if kind == 'class':
            return c in unit[1]
        return False

    def match(self, name):
        units = self.units
        nu, nn = len(units), len(name)
        u = s = 0
        star_u = star_s = -1
        while s < nn:
            if u < nu and units[u][0] == 'star':
                star_u = u
                u += 1
                star_s = s
            elif u < nu and self._one(units[u], name[s]):
                u += 1
                s += 1
            elif star_u >= 0:
                u = star_u + 1
                star_s += 1
                s = star_s
            else:
                return False
        while u < nu and units[u][0] == 'star':
            u += 1
        return u == nu
