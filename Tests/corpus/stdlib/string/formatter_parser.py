# _string.formatter_parser / formatter_field_name_split on many generated format strings
# (literal text, doubled braces, fields with conversions, nested specs, indexes, errors).
import _string

alphabet = ['{', '}', '[', ']', '!', ':', '.', 'a', '0', '1', 'r', 's', ' ', 'x']
state = 12345
def draw(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
for _ in range(1500):
    s = ''.join(alphabet[draw(len(alphabet))] for _ in range(draw(9)))
    try:
        r = list(_string.formatter_parser(s))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    try:
        first, rest = _string.formatter_field_name_split(s)
        r2 = (first, list(rest))
    except Exception as e:
        r2 = type(e).__name__ + ': ' + str(e)
    print(repr(s), r, r2)
it = _string.formatter_parser('ok {x} } bad')
print(next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError:', e)
print(_string.formatter_field_name_split('٣.x')[0], list(_string.formatter_field_name_split('a[٣]')[1]))
try:
    _string.formatter_parser(5)
except TypeError as e:
    print('TypeError')
