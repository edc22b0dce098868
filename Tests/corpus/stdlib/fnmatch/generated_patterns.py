# timeout: 40
import fnmatch
state = 99
def draw(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n
palpha = ['*', '?', '[', ']', '!', '-', 'a', 'b', 'c', '\\', '^', '&', '.', 'z']
nalpha = ['a', 'b', 'c', '-', ']', '[', '!', '\\', '^', '.', 'z', '&']
for _ in range(1000):
    p = ''.join(palpha[draw(len(palpha))] for _ in range(draw(7)))
    names = [''.join(nalpha[draw(len(nalpha))] for _ in range(draw(5))) for _ in range(6)]
    try:
        r = ''.join('1' if fnmatch.fnmatchcase(n, p) else '0' for n in names)
    except Exception as e:
        r = type(e).__name__
    print(repr(p), fnmatch.translate(p), names, r)
