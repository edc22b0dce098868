"""
General functions for HTML manipulation.
"""
# swiftpy's html package: our own code; unescape scans character references by hand with
# the HTML5 rules (the entity tables are in html/entities.py, loaded when first needed).

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # first, so the other replacements stay intact
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references the HTML5 parser maps to other characters (mostly the Windows-1252
# meaning of the C1 controls).
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
    0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
    0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}

# Numeric references that produce nothing: controls and noncharacters.
_invalid_codepoints = set()
for _lo, _hi in [(0x1, 0x8), (0xb, 0xb), (0xe, 0x1f), (0x7f, 0x9f), (0xfdd0, 0xfdef)]:
    _invalid_codepoints.update(range(_lo, _hi + 1))
for _plane in range(17):
    _invalid_codepoints.update((_plane << 16 | 0xfffe, _plane << 16 | 0xffff))
del _lo, _hi, _plane

_DIGITS = frozenset('0123456789')
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
_NAME_STOP = frozenset('\t\n\f <&#;')


def _numeric(num):
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _reference(s, i, html5):
    """The replacement of the character reference whose '&' is at s[i] and the index
    after it, or None when no reference starts there."""
    n = len(s)
    j = i + 1
    if j < n and s[j] == '#':
        if j + 1 < n and s[j + 1] in 'xX':
            k = j + 2
            while k < n and s[k] in _HEX_DIGITS:
                k += 1
            if k == j + 2:
                return None
            num = int(s[j + 2:k], 16)
        else:
            k = j + 1
            while k < n and s[k] in _DIGITS:
                k += 1
            if k == j + 1:
                return None
            num = int(s[j + 1:k])
        if k < n and s[k] == ';':
            k += 1
        return _numeric(num), k
    # A name: up to 32 characters, an optional ';'.
    k = j
    while k < n and k - j < 32 and s[k] not in _NAME_STOP:
        k += 1
    if k == j:
        return None
    if k < n and s[k] == ';':
        k += 1
    name = s[j:k]
    if name in html5:
        return html5[name], k
    # The longest prefix that is a reference name (some need no ';').
    for x in range(len(name) - 1, 1, -1):
        if name[:x] in html5:
            return html5[name[:x]] + name[x:], k
    return '&' + name, k


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    from html.entities import html5
    out = []
    pos = 0
    i = s.find('&')
    while i >= 0:
        found = _reference(s, i, html5)
        if found is None:
            i = s.find('&', i + 1)
            continue
        text, end = found
        out.append(s[pos:i])
        out.append(text)
        pos = end
        i = s.find('&', end)
    out.append(s[pos:])
    return ''.join(out)
