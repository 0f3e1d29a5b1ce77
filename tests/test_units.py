"""Unit conversion with a tolerance derived from the precision each edition shows."""

from __future__ import annotations

import pytest

from i18ncheck.facts.units import convert, same_quantity

CASES = [
    # a, unit a, precision a, b, unit b, precision b, same?
    (385, "mile", 1, 620, "km", 1, True),     # 619.6 km, shown rounded to 10
    (385, "mile", 1, 360, "km", 1, False),
    (200, "mile", 1, 320, "km", 1, True),     # 321.9
    (550, "pound", 1, 249, "kg", 1, True),    # pounds may be weight...
    (550, "pound", 1, 550, "GBP", 1, None),   # ...or money, which units do not decide
    (6.5, "ft", 1 / 12, 198, "cm", 1, True),
    (50, "mph", 1, 80, "km/h", 1, True),
    (90, "mph", 1, 90, "km/h", 1, False),
    (80, "°F", 1, 27, "°C", 1, True),         # absolute: 26.7 °C
    (20, "°F", 1, 11, "°C", 1, True),         # a 20-degree rise: 11.1 °C
    (80, "°", 1, 27, "°", 1, True),           # degrees of unknown scale
    (80, "°F", 1, 40, "°C", 1, False),
    (3, "in", 1, 7.6, "cm", 0.1, True),
    (2.54, "cm", 0.01, 2.5, "cm", 0.1, True),  # one is a rounding of the other
    (20, "year", 1, 22, "year", 1, False),
    (1.7, "GW", 0.1, 1700, "MW", 1, True),
    (5, "km", 1, 5, "kg", 1, None),           # different dimensions: not comparable
]


@pytest.mark.parametrize("a, ua, pa, b, ub, pb, same", CASES)
def test_same_quantity(a, ua, pa, b, ub, pb, same) -> None:
    assert same_quantity(a, ua, pa, b, ub, pb) is same


def test_convert() -> None:
    assert convert(385, "mile", "km") == pytest.approx(619.6, abs=0.1)
    assert convert(80, "°F", "°C") == pytest.approx(26.7, abs=0.1)
    assert convert(5, "km", "kg") is None
