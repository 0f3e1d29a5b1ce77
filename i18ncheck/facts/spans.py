"""Taken spans of a sentence (the numbers and dates already read), searched by bisection:
a sentence may hold thousands of them, and looking at every span for every word would make
reading it quadratic in its length."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence


class Spans:
    """Half-open spans [start, end), sorted by start, possibly overlapping."""

    def __init__(self, taken: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(taken)
        self.starts = [a for a, _ in self.spans]
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max))  # furthest end so far

    def overlapping(self, start: int, end: int) -> list[int]:
        """The starts of the spans that overlap [start, end)."""
        out = []
        j = bisect.bisect_left(self.starts, end) - 1
        while j >= 0 and self.reach[j] > start:
            if self.spans[j][1] > start:
                out.append(self.spans[j][0])
            j -= 1
        return out

    def covers(self, pos: int) -> bool:
        """Does a span hold position `pos`?"""
        return bool(self.overlapping(pos, pos + 1))
