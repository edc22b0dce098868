import string
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(repr(string.whitespace), repr(string.printable), string.ascii_letters, string.hexdigits, string.octdigits, string.punctuation)
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords(''), string.capwords('aBC dEF'))
T = string.Template
for tpl in ['$who likes $what', '${who}x and $$ and $', 'a $1 b', 'x ${bad', '$who$what', 'line1\nline2 $ oops', '${who', 'tail $', '$_a1 $A', '${}', '$$$$', '$who.$what', 'π $who']:
    t = T(tpl)
    check(t.substitute, who='tim', what='kung pao', _a1='u', A='v')
    check(t.safe_substitute, {'who': 'tim'})
    print(t.is_valid(), t.get_identifiers())
check(T('$who').substitute, {'who': 1}, who=2)
check(T('$who $x').substitute, {'who': 1}, x=2)
check(T('$missing').substitute)
check(T('$who').substitute, {}, {})
class P(string.Template):
    delimiter = '%'
print(P('%who and %% and %{x}').substitute(who='a', x='b'), P('100%').safe_substitute())
class D(string.Template):
    delimiter = '<<'
print(D('<<a + <<<< <<{b}').substitute(a=1, b=2))
print(T.delimiter, T.idpattern, int(T.flags), T("x").template)
f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{} {}', 1, 2), f.format('{x.real:>{w}}|{y[1]}|{z!r}', x=3, w=5, y=[7, 8], z='q'))
check(f.format, '{} {0}', 1)
check(f.format, '{0} {}', 1)
check(f.format, '{0:{1:{2}}}', 1, 2, 3)
check(f.format, '{!x}', 1)
check(f.format, '{a}', b=1)
check(f.format, '{0}')
check(f.format, '{')
print(list(f.parse('a{0!r:>{w}}b{{c}}{x.y[1]}')))
print(f.get_field('a.real', (), {'a': 5}), f.convert_field('x', 'a'), f.format_field(3.14159, '.2f'))
class Cnt(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Cnt().format('{0} {x} {y}', 'a', x=1))
print(string.__all__)
