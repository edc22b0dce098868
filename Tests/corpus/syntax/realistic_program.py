# mode: ast
"""A small program mixing many constructs."""
from __future__ import annotations

import sys
from collections import defaultdict
from typing import Iterable


class Counter:
    """Counts words."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.counts: dict[str, int] = defaultdict(int)
        for word in words:
            self.add(word)

    def add(self, word: str, *, times: int = 1) -> None:
        if not word:
            raise ValueError(f"empty word: {word!r}")
        self.counts[word.lower()] += times

    def most_common(self, n=None):
        items = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]

    @property
    def total(self):
        return sum(self.counts.values())

    def __repr__(self):
        return f"Counter({dict(self.counts)})"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    counter = Counter(w for line in argv for w in line.split())
    try:
        for word, count in counter.most_common(3):
            print(f"{word:>10} {count:3d}")
    except (KeyError, IndexError) as exc:
        print("error:", exc, file=sys.stderr)
        return 1
    finally:
        pass
    match counter.total:
        case 0:
            return 2
        case n if n > 100:
            return 0
        case _:
            return 0


if __name__ == "__main__":
    sys.exit(main())
