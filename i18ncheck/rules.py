"""How facts are compared: when two readings are the same fact, when they may be paired
as a changed fact, how they are shown, and which check reports them.

Numbers and dates are one family: a year may be read as a plain number in one edition
("2017") and as a date in another ("2017 року"), and both must meet. Names are the other
family, in `entity_rules`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from .compare import Cluster, FactRules, GroupContext
from .entity_rules import ENTITIES
from .facts.numbers import MAX_RANGE_GAP, year_like
from .facts.units import convert, same_quantity
from .facts.units import table as unit_table
from .model import Fact

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_COUNTABLE = {"count", "money", "ordinal", "vague", "fraction", "percent"}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-9 * max(abs(a), abs(b)))


def _vague_equal(order_value: float, other: Fact) -> bool:
    order = round(math.log10(order_value))
    if other.category == "vague":
        return _close(order_value, other.values[0])
    return any(10 ** order <= v < 10 ** (order + 2) for v in other.values if isinstance(v, float))


def _numbers_equal(a: Fact, b: Fact) -> bool:
    if a.category == "link" or b.category == "link":
        return a.unit == b.unit and a.text == b.text  # the same run of the same link
    if a.category == "score" or b.category == "score":
        if a.category != b.category:
            return False
        x, y = a.values[0], b.values[0]
        return x == y or x == y[::-1]
    if a.category == "vague":
        return _vague_equal(a.values[0], b)
    if b.category == "vague":
        return _vague_equal(b.values[0], a)
    if {a.category, b.category} == {"ordinal", "count"}:
        # her 40th birthday / ей исполнилось 40 лет: an ordinal against as many years
        ordinal, count = (a, b) if a.category == "ordinal" else (b, a)
        if count.unit == "year" and any(_close(x, y) for x in ordinal.values for y in count.values):
            return True
    if {a.category, b.category} == {"fraction", "percent"}:
        frac, pct = (a, b) if a.category == "fraction" else (b, a)
        return any(_close(f * 100, p) for f in frac.values for p in pct.values)
    if a.unit and b.unit:
        units = unit_table()
        if a.unit in units and b.unit in units:
            verdict = same_quantity(a.values[0], a.unit, a.precision, b.values[0], b.unit, b.precision)
            if verdict is not None:
                return verdict
        if a.category == "money" and b.category == "money" and a.unit != b.unit:
            return False  # currencies are never converted
    return any(_close(x, y) for x in a.values for y in b.values)


def _time_equal(x: int, ux: str | None, y: int, uy: str | None) -> bool:
    if x == y:
        return True
    if "12h" in (ux or "") + (uy or "") and x % 720 == y % 720:
        return True
    # a time converted to another zone differs by whole hours; not when both editions
    # name the same zone (19:00 Kyiv time is not 21:00 Kyiv time)
    za, zb = _zone_of(ux), _zone_of(uy)
    return (za or zb) is not None and not (za is not None and za == zb) and (x - y) % 60 == 0


def _zone_of(unit: str | None) -> str | None:
    """The zone a time's unit names ("zone:kyiv" -> "kyiv"), if any."""
    return unit.removeprefix("zone:") if unit and unit.startswith("zone:") else None


def _dates_equal(a: Fact, b: Fact) -> bool:
    x, y = a.values[0], b.values[0]
    ca, cb = a.category, b.category
    if {ca, cb} == {"year", "decade"}:
        return x == y  # в 1900 годах: the decade's first year, its suffix left out
    if ca == cb:
        if ca == "time":
            return _time_equal(x, a.unit, y, b.unit)
        if ca == "decade" and "yy" in (a.unit or "", b.unit or ""):
            return x % 100 == y % 100
        return any(u == v for u in a.values for v in b.values)  # 5/11: either reading
    return False


def _year_of(f: Fact) -> int | None:
    """The year a fact states, if it is one (a date's year or a bare four-digit number)."""
    if f.kind == "date" and f.category == "year" or f.kind == "number" and year_like(f):
        return int(f.values[0])
    return None


def _short_year(a: Fact, b: Fact) -> int | None:
    """A two-digit label (SS19, FY24, '19) against a year: the year's last two digits
    against the label's value (0 when they agree), None when the pair is not that."""
    label, other = (a, b) if a.category == "label" else (b, a)
    if label.category != "label" or len(label.text) != 2 or not label.text.isdigit():
        return None
    year = _year_of(other)
    return None if year is None else (year - int(label.text)) % 100


def numeric_equal(a: Fact, b: Fact) -> bool:
    """Do two numeric facts (numbers or dates) state the same thing?"""
    short = _short_year(a, b)
    if short is not None:
        return short == 0
    if a.kind == "number" and b.kind == "number":
        return _numbers_equal(a, b)
    if a.kind == "date" and b.kind == "date":
        return _dates_equal(a, b)
    date, number = (a, b) if a.kind == "date" else (b, a)
    if date.category == "year":  # the same digits read as a year in one edition (до 1500)
        return number.category in ("count", "money") and any(_close(v, date.values[0]) for v in number.values)
    return False


def _dimension(f: Fact) -> str | None:
    unit = unit_table().get(f.unit or "")
    return unit.dimension if unit else None


def numeric_compatible(a: Fact, b: Fact) -> bool:
    """May b be a changed rendering of a (the same slot holding another value)?"""
    if a.category == "link" or b.category == "link":
        return a.unit == b.unit
    if _short_year(a, b) is not None:
        return True  # SS19 against весна-літо 2016: a year changed
    if b.weak:
        return (b.category == "label" and a.category in ("label", "count")) or \
            (b.category == "relative" and a.category == "relative" and a.values[0][0] == b.values[0][0])
    if a.kind == "date" or b.kind == "date":
        if a.kind == b.kind:
            return a.category == b.category or {a.category, b.category} in ({"month", "day"}, {"year", "decade"})
        number = b if a.kind == "date" else a
        date = a if a.kind == "date" else b
        return date.category == "year" and (year_like(number) or number.category == "count")
    if (a.category == "percent") != (b.category == "percent"):
        return False
    if (a.category == "score") != (b.category == "score"):
        return False
    if a.category == "label" and b.category != "label":
        return False
    da, db = _dimension(a), _dimension(b)
    return da is None or db is None or da == db or "pound" in (da, db)


def show(f: Fact) -> object:
    """A fact's value for the report's `args.values`."""
    v = f.values[0]
    if f.kind == "date":
        if f.category == "day":
            return f"{v[0]:02d}-{v[1]:02d}"
        if f.category == "month":
            return f"--{v:02d}"
        if f.category == "weekday":
            return _WEEKDAYS[v]
        if f.category == "time":
            return f"{v // 60:02d}:{v % 60:02d}"
        if f.category == "decade":
            return f"{v}s" if v >= 100 else f"'{v:02d}s"
        if f.category == "century":
            return f"century {v}"
        if f.category == "quarter":
            return f"Q{v}"
        if f.category == "relative":
            return f"{v[1]:+d} {v[0]}"
        return v
    if f.category == "score":
        return f"{v[0]}:{v[1]}"
    if f.category == "link":
        return f.text
    return int(v) if isinstance(v, float) and v.is_integer() else v


def describe(reference: Fact, found: Fact) -> str:
    """The reference as the editor should read it, converted into the odd edition's unit."""
    if reference.unit and found.unit and reference.unit != found.unit:
        converted = convert(reference.values[0], reference.unit, found.unit)
        if converted is not None:
            digits = 0 if abs(converted) >= 10 else 1
            return f"{reference.text} = {round(converted, digits):g} {found.unit}"
    return reference.text


def changeable(f: Fact) -> bool:
    """May an agreed fact be reported as changed in the odd edition? Weak facts only when
    they are labels (Leopard 2) or relative dates (this week)."""
    return not f.weak or f.category in ("label", "relative", "link")


def _codes(f: Fact) -> tuple[str, str]:
    return ("DT01", "DT02") if f.kind == "date" else ("NU01", "NU02")


def _unit_left_out(ctx: GroupContext, ref: Fact, found: Fact, cl: Cluster, odd: str) -> bool:
    """A bare value equal to an agreeing one that names its unit replaced nothing (70 = 70 mph
    = 113 km/h: only the ends of the chain differ, by the unit one edition left out)."""
    chain = [found, *ctx.members(cl).values()]
    return found.kind == "number" and len({f.unit is None for f in chain}) == 2 \
        and any(numeric_equal(found, f) for f in chain[1:])


def _accept_change(ctx: GroupContext, ref: Fact, found: Fact, cl: Cluster, odd: str) -> bool:
    return not _unit_left_out(ctx, ref, found, cl, odd)


_RESTATED_GAP = 3  # characters between a value and its conversion: "6 miles (10 km)", "10 km/6 mi"


def _before(a: Fact, b: Fact) -> bool:
    """Does `b` follow `a` within a conversion's gap ("6 miles (10 km)")?"""
    return 0 <= b.span.start - a.span.end <= _RESTATED_GAP


def _ranged(a: Fact, b: Fact) -> bool:
    """Does `b` follow `a` as the second number of a range or list does: right after it
    (10–12), or a few words on in the same unit, which the number reader gives both ends
    of a range ("8 to 10 feet", at most MAX_RANGE_GAP characters apart)?"""
    return _before(a, b) or 0 <= b.span.start - a.span.end <= MAX_RANGE_GAP and a.unit is not None and a.unit == b.unit


def _conversion(ctx: GroupContext, fact: Fact, lang: str) -> Fact | None:
    """The fact beside `fact` in its edition that states its value in another unit."""
    for g in ctx.facts[ctx.index].get(lang, ()):
        if g is not fact and g.kind == "number" and g.unit and fact.unit and g.unit != fact.unit \
                and (_before(g, fact) or _before(fact, g)) and numeric_equal(fact, g):
            return g
    return None


def _restated(ctx: GroupContext, ref: Fact, cl: Cluster, odd: str) -> bool:
    """Do the agreeing editions state `ref` beside its conversion, while the odd edition
    states a value of that quantity in one unit (kept one of two equal values)?"""
    if ref.kind != "number":
        return False
    twins = [t for lang, m in ctx.members(cl).items() if (t := _conversion(ctx, m, lang))]
    dimensions = {_dimension(ref), *(_dimension(t) for t in twins)} - {None}
    return bool(twins) and any(o.unit and _dimension(o) in dimensions for o in ctx.facts[ctx.index].get(odd, ()))


def _negated(f: Fact) -> Fact:
    from dataclasses import replace

    return replace(f, values=tuple(-v for v in f.values))


def _bad_conversion(ctx: GroupContext, lang: str, f: Fact, rivals: Sequence[Fact]) -> Mapping[str, object] | None:
    """A value an edition states alone right after another of the same dimension in another
    unit (2.5 kg (3.5 lb), 80 km/30 miles): the gloss of a value the other editions state,
    that is not that value converted. Not a range or list (10–12 inches), not money (a rate
    of the day), and a minus sign the reader may have left out is tried on either side."""
    mine = ctx.facts[ctx.index].get(lang, ())
    if f.kind != "number" or not f.unit or f.category == "money":
        return None
    numbers = [g for g in mine if g.kind == "number" and g is not f]
    if any(_ranged(f, g) for g in numbers):
        return None  # the first number of a range or list
    glossed = [g for g in numbers if g.unit and g.unit != f.unit and g.category != "money" and _before(g, f)
               and g.span.end < f.span.start]
    if len(glossed) != 1:
        return None
    g = glossed[0]
    if _dimension(g) is None or _dimension(g) != _dimension(f):
        return None
    if any(_ranged(g2, g) for g2 in numbers if g2 is not g):
        return None  # the end of a range or list: 10–12 cm (4–5 in), 2.5 to 3 m (8 to 10 ft)
    others = [o for other, facts in ctx.facts[ctx.index].items() if other != lang for o in facts]
    if not any(numeric_equal(g, o) for o in others):
        return None  # the glossed value is not the one the other editions state
    if any(numeric_equal(a, b) for a in (g, _negated(g)) for b in (f, _negated(f))):
        return None
    return {"expected": describe(g, f)}


NUMERIC = FactRules(frozenset({"number", "date"}), _codes, numeric_equal, numeric_compatible, show, describe,
                    changeable, accept_change=_accept_change, restated=_restated, restated_code="NU03",
                    lone=_bad_conversion, lone_code="NU05")

RULES: tuple[FactRules, ...] = (NUMERIC, ENTITIES)
