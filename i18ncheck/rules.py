"""How each family of facts is compared: equality, what may be paired as a mismatch."""

from __future__ import annotations

from .compare import FactRules
from .model import Fact


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-9 * max(abs(a), abs(b)))


def numbers_equal(a: Fact, b: Fact) -> bool:
    """Two numbers are equal when any reading of one equals any reading of the other."""
    return any(_close(x, y) for x in a.values for y in b.values)


def numbers_compatible(a: Fact, b: Fact) -> bool:
    """Could b be a changed rendering of a? Percentages pair only with percentages."""
    return (a.category == "percent") == (b.category == "percent")


def show_number(f: Fact) -> int | float:
    v = f.value
    return int(v) if float(v).is_integer() else v


NUMBERS = FactRules("number", "NU01", "NU02", numbers_equal, numbers_compatible, show_number)

RULES: tuple[FactRules, ...] = (NUMBERS,)
