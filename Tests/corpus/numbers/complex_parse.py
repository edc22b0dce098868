# complex(str): all accepted forms and malformed strings.
def check(s):
    try:
        print(repr(s), repr(complex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for s in ['1', '1j', '-1j', 'j', '-j', '+j', 'J', '1+2j', '1-2j', '1+j', '1-J', '(1+2j)', ' ( 1+2j ) ', '(j)', '1e5j',
          '1.5e-3-2.5E+4j', 'infj', '-infj', 'nan', 'nan+nanj', 'inf-infj', '1_0+2_0j', '1__0j', '1_j', '\t1+2j\n',
          '\u0661+\u0662j', '1e400+1e400j', '.5j', '5.j', '-.5-.5j', '', ' ', '1e', '1+', '1+2', '1+2jj', 'j1', '(1+2j',
          '1+2j)', '( 1+2j', ' 1 + 2j', '1 +2j', '1+ 2j', '(1+2j) ', '((1+2j))', '1+2i', '1e5', 'x', '1+1e5j', '2J', '+1-1J']:
    check(s)
