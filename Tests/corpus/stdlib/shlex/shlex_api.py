import shlex
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for s in ['a b c', '  a   "b c"  d ', "x 'y z' \"w\\\"q\"", 'a\\ b c', 'echo $HOME # comment', "it's", '"unterminated', 'tail\\', '', '   ', '""', "''", 'a""b', 'héllo wörld', 'a;b|c&&d', 'x="1 2" y=3', 'a\\\\b', '"a\\nb"', "'a\\nb'", 'a#b c']:
    check(shlex.split, s)
    check(shlex.split, s, comments=True)
    check(shlex.split, s, posix=False)
for s in ['a && b || c; (d) > e < f', 'ls -l|grep x>out', 'a=1;b=2']:
    lex = shlex.shlex(s, punctuation_chars=True)
    print(list(lex))
    lex = shlex.shlex(s, posix=True, punctuation_chars='|;')
    lex.whitespace_split = True
    print(list(lex))
lex = shlex.shlex('a b\nc "d e" # comment\nf')
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks, repr(lex.eof), lex.error_leader())
lex = shlex.shlex('one two')
lex.push_token('zero')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a b', posix=True)
lex.push_source('x y')
print(list(lex))
for s in ['', 'abc', 'a b', "it's", 'a@b%c+d=e:f,g./h-i_j', 'tab\there', 'é', '$x', '*']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]), shlex.__all__)
print(shlex.shlex('x').wordchars, shlex.shlex('x', punctuation_chars=True).wordchars, shlex.shlex('x', punctuation_chars=True).punctuation_chars)
