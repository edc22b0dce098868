# The Mersenne Twister core against CPython for many seeds: ints of every size and sign,
# strings and bytes (sha512 seeding), floats (hash seeding) and the derived integer draws.
import random

r = random.Random()
seeds = list(range(-20, 200)) + [2**k + d for k in (31, 32, 33, 63, 64, 65, 100, 500, 1000) for d in (-1, 0, 1)]
seeds += ['', 'a', 'seed', 'x' * 1000, 'héllo wörld', b'', b'\x00\xff' * 50, bytearray(b'abc')]
seeds += [0.0, -0.0, 0.5, 1e300, -3.75, float('inf')]
for s in seeds:
    r.seed(s)
    words = [r.getrandbits(32) for _ in range(3)]
    print(repr(s)[:40], words, r.random(), r.getrandbits(1), r.getrandbits(33), r.getrandbits(65),
          r.randrange(1000), r.randrange(10**20), r.randint(-5, 5))
r.seed(12345)
print([r.getrandbits(k) for k in range(0, 200, 7)])
print(r.getrandbits(3000) % 10**50)
r.seed(99)
print(sum(r.random() for _ in range(2000)))
