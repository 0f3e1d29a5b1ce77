"""Time sentence splitting, number scanning and fact reading on hostile text at 1x and 10x its size.

    python benchmarks/hostile_scaling.py [--size 100000]

Each shape is timed at `--size` characters and at ten times that; linear code takes about
ten times as long on the larger text (the `ratio` column), quadratic code about a hundred.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from i18ncheck.facts import extract_sentence
from i18ncheck.facts.numbers import digit_atoms
from i18ncheck.segment import split_sentences

CLAUSE = "Міністр заявив, що у грудні ліквідували 35 тисяч військових у 2017 р., тоді М. Федоров пішов, "
SENTENCE = "Міністр заявив, що у грудні ліквідували 35 тисяч військових у 2017 р. Тоді М. Федоров пішов. "
SHAPES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "paragraph of sentences / split": (lambda n: SENTENCE * (n // len(SENTENCE)), split_sentences),
    "run of full stops / split": (lambda n: "Слово" + "." * n + "далі. Тоді.", split_sentences),
    "token ab1ab1... / numbers": (lambda n: "Міністр " + "ab1" * (n // 3), lambda t: digit_atoms(t, "uk", [])),
    "token a@a@... / numbers": (lambda n: "Міністр " + "a@" * (n // 2), lambda t: digit_atoms(t, "uk", [])),
    "numbers 1 2 3... / numbers": (lambda n: "A 1 " * (n // 4), lambda t: digit_atoms(t, "uk", [])),
    # one sentence without an end, full of numbers and names: every fact reader at once
    "sentence of clauses / all facts": (lambda n: CLAUSE * (n // len(CLAUSE)),
                                        lambda t: extract_sentence(t, "uk", dates=True)),
}


def _seconds(fn: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


def main() -> None:
    """Print one row per shape: seconds at 1x and 10x, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters of the 1x text")
    size = parser.parse_args().size
    print(f"{'shape':<34} {'1x s':>8} {'10x s':>8} {'ratio':>6}")
    for name, (make, fn) in SHAPES.items():
        small, large = _seconds(fn, make(size)), _seconds(fn, make(10 * size))
        print(f"{name:<34} {small:8.3f} {large:8.3f} {large / max(small, 1e-9):6.1f}")


if __name__ == "__main__":
    main()
