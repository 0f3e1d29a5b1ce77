"""Units of measurement: the table in data/units.toml and conversions between units.

Two quantities in different units of one dimension are compared in the dimension's base
unit, within a tolerance derived from the precision each edition shows (`620 км` is
rounded to 10 km, so 385 miles = 619.6 km agrees with it; `360 км` does not).
Temperatures are compared both as absolute readings (80 °F = 26.7 °C) and as differences
(a 20-degree rise = 11 °C), since the text rarely says which it is. A bare "pounds" may be
money or weight. Currencies are never converted.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .lexicon import load


@dataclass(frozen=True)
class Unit:
    """A unit: its name, dimension and factor to the dimension's base unit."""

    name: str
    dimension: str
    factor: float


@functools.cache
def table() -> dict[str, Unit]:
    """Every unit by name."""
    return {u["name"]: Unit(u["name"], u["dimension"], float(u["factor"])) for u in load("units.toml")["unit"]}


_COMPOUND = ("speed", "area", "energy")


@functools.cache
def patterns(lang: str) -> tuple[tuple[str, str], ...]:
    """(unit name, regular expression) for a language; compound units (km/h, sq km) come
    first, since an alternation takes the first alternative that matches, not the longest."""
    out = []
    units = load("units.toml")["unit"]
    for u in sorted(units, key=lambda u: u["dimension"] not in _COMPOUND):
        pat = u[lang]
        out.append((u["name"], f"(?-i:{pat})" if u.get("case") else pat))
    return tuple(out)


def _tolerance(value: float, precision: float, zeros: bool = True) -> float:
    """How far a converted value may be off: half its rounding, plus 2% for the rough
    factors translators use (1.6 km to the mile). A whole number ending in zeros is taken
    as rounded to them (620 km to 10 km), but never by more than a fifth of its value."""
    if zeros and precision >= 1 and value >= 10 and float(value).is_integer():
        digits = str(int(value))
        trailing = len(digits) - len(digits.rstrip("0"))
        precision = max(precision, min(10.0 ** trailing, 0.2 * value))
    return 0.5 * precision + 0.02 * abs(value)


def _temperatures(value: float, unit: str) -> list[float]:
    """Celsius readings of a temperature: as an absolute reading and as a difference."""
    if unit == "°C":
        return [value]
    if unit == "°F":
        return [(value - 32) * 5 / 9, value * 5 / 9]
    return [value, (value - 32) * 5 / 9, value * 5 / 9]  # degrees of unknown scale


def same_quantity(a: float, ua: str | None, pa: float, b: float, ub: str | None, pb: float) -> bool | None:
    """Are a (in unit ua, shown to precision pa) and b the same quantity?

    None when the units cannot be compared (different dimensions, or a unit on one side
    only): the caller then compares the bare values.
    """
    units = table()
    x, y = units.get(ua or ""), units.get(ub or "")
    if x is None or y is None:
        return None
    if x is y and x.name not in ("°", "pound"):
        # the same unit: one value may be a rounding of the other (2,54 см and 2,5 см)
        return abs(a - b) <= 0.5 * max(pa, pb) + 1e-9
    if x.dimension == "pound" or y.dimension == "pound":
        other = y if x.dimension == "pound" else x
        if other.dimension == "pound":
            return abs(a - b) <= max(_tolerance(a, pa), _tolerance(b, pb))
        if other.dimension != "mass":
            return None
        pound = units["lb"]
        x, y = (pound, y) if x.dimension == "pound" else (x, pound)
    if x.dimension != y.dimension:
        return None
    if x.dimension == "temperature":
        # temperatures are given to the degree, not rounded to tens
        tol = max(_tolerance(a, pa, False) * (5 / 9 if x.name != "°C" else 1),
                  _tolerance(b, pb, False) * (5 / 9 if y.name != "°C" else 1), 0.6)
        return any(abs(ca - cb) <= tol for ca in _temperatures(a, x.name) for cb in _temperatures(b, y.name))
    base_a, base_b = a * x.factor, b * y.factor
    tol = max(_tolerance(a, pa) * x.factor, _tolerance(b, pb) * y.factor)
    return abs(base_a - base_b) <= tol


def convert(value: float, unit: str, target: str) -> float | None:
    """A value in another unit of the same dimension (temperatures as absolute readings)."""
    units = table()
    x, y = units.get(unit), units.get(target)
    if x is None or y is None or x.dimension != y.dimension:
        return None
    if x.dimension == "temperature":
        if (x.name, y.name) == ("°F", "°C"):
            return (value - 32) * 5 / 9
        if (x.name, y.name) == ("°C", "°F"):
            return value * 9 / 5 + 32
        return value
    return value * x.factor / y.factor
