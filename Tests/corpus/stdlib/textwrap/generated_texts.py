# timeout: 40
# Chunking and wrapping of generated texts (hyphens, em-dashes, punctuation, digits).
import textwrap
state = 4242
def draw(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n
alphabet = ['a', 'b', 'C', '1', '-', '-', ' ', ' ', '.', ',', '!', "'", '"', '_', 'é', '\t', '\n', '?', '&', '9x']
w = textwrap.TextWrapper(width=12)
w2 = textwrap.TextWrapper(width=7, break_on_hyphens=False, fix_sentence_endings=True)
for _ in range(600):
    text = ''.join(alphabet[draw(len(alphabet))] for _ in range(draw(30)))
    print(repr(text), w._split(text), w.wrap(text), w2.wrap(text))
