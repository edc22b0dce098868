import textwrap
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
text = ("The quick brown fox jumps over the lazy dog. Look, goof-ball -- use the -b option! "
        "Supercalifragilisticexpialidocious words-with-many-hyphens and\ttabs\there. End.  Two spaces.")
for width in [5, 10, 15, 20, 33, 70]:
    print(textwrap.wrap(text, width))
    print(textwrap.fill(text, width, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, drop_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, expand_tabs=False), textwrap.wrap(text, 25, replace_whitespace=False), textwrap.wrap('a\tb\tc', 30, tabsize=4))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=1, placeholder='…'), textwrap.wrap(text, 20, max_lines=2, initial_indent='>> '))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten(text, 40, placeholder=' (more)'))
check(textwrap.wrap, 'abc', 0)
check(textwrap.wrap, 'abc def', 5, max_lines=1, placeholder=' [......]')
check(textwrap.shorten, 'a b c', 2)
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('  lead and trail  ', 8), textwrap.fill('x' * 25, 10))
print(textwrap.TextWrapper()._split('Look, goof-ball -- use the -b option!'))
print(textwrap.TextWrapper(break_on_hyphens=False)._split('Look, goof-ball -- use the -b option!'))
for s in ['''\
    def foo():
        return 1
''', '  a\n\tb\n', '\thello\n\t  world\n', '  x\n   \n  y', 'no indent\n  some', '   \n  \t\n', '  a\r\n  b', '']:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)), repr(textwrap.indent('x\r\ny', '-')))
print(textwrap.__all__)
