"""Generator of the i18ncheck held-out set 20: `python3 -B benchmarks/heldout20/make.py` rewrites cases/,
gold.jsonl and index.json next to this file (deterministic: fixed seed 2020).

The articles were written for this set, independently of i18ncheck (its code, tests and output
were not opened or run), of the shared evaluation sets and of the earlier held-out sets. Only the
structure of benchmarks/heldout19/make.py was taken over (the ARTICLES and SWAPS dicts, the layout
dicts, the checks, the Config with its decks and the call into the shared generator
benchmarks/heldout_generator.py), and one heldout19 article module was read for its data layout;
none of its articles or sentences.

Each article lives in its own module, articles/aNN_<slug>.py, which defines SLUG, ARTICLE and SWAPS;
benchmarks/heldout_generator.py (`main`) imports them into ARTICLES and SWAPS dicts keyed by slug,
checks them (`check`) and writes the set with the news decks and this set's seed.

Articles are lists of paragraphs of gold sentence tuples (uk, en, ru[, layout dict]); {"brk": eds}
starts a new paragraph at that sentence in those editions, {"join": eds} on a paragraph's first
sentence joins it to the previous paragraph there. SWAPS entries are (uk map, en map, ru map,
swap kind); a replacement is always another real name of the same kind, spelled and inflected
for that edition, never a translation variant used by another edition. The stories are
synthetic news written for testing; the people, companies and events are invented and they are
not factual reports. Every dated weekday refers to the year 2027 (YEAR in the generator).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))

from heldout_generator import main  # noqa: E402

SEED = 2020  # the generator's news decks, as for heldout6 and on; only the seed is new

if __name__ == "__main__":
    main(HERE, SEED, sys.argv)
