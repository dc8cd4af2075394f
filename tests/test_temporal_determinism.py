"""Date-conflict explanations do not depend on the hash seed, and name the event with a noun.

Found in session 8: with two name keys in a restated event's clause (a person and a place),
the one shown in the explanation followed a set's iteration order, so the same article read
"the death of Bamako" in one process and "the death of Eberle" in another.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reliability.features.temporal import _EVENT_LEMMAS, _LEMMA_NOUNS, analyse_dates

SOURCE = Path(__file__).resolve().parents[1] / "src"

DEATH = ("Matthias Eberle died in Bamako on 26 February 1996, his family said. The museum he founded has since "
         "doubled in size. Colleagues recalled his work on river ecology. Eberle's death, on 10 November 1996, "
         "was mourned across the region.")
CONVICTION = ("Oluwaseun Bakare was convicted at Brecon Crown Court in 2004 of fraud. He appealed twice. "
              "His conviction in October 2001 ended his career in banking.")

_SCRIPT = (
    "import json, sys\n"
    "from reliability.features.temporal import analyse_dates\n"
    "texts = json.loads(sys.stdin.read())\n"
    "print(json.dumps([[(c.kind, c.spans, c.explanation) for c in analyse_dates(t).conflicts] for t in texts]))\n"
)


def _explanations_with_hash_seed(seed: int) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": str(seed),
                   "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps([DEATH, CONVICTION]), env=environment,
                          capture_output=True, text=True, check=True).stdout


def test_explanations_are_the_same_under_every_hash_seed() -> None:
    outputs = {_explanations_with_hash_seed(seed) for seed in (1, 2, 3, 4, 5, 6)}
    assert len(outputs) == 1, outputs


def test_the_event_is_named_by_the_first_name_of_its_clause_not_a_place() -> None:
    (death,) = analyse_dates(DEATH).conflicts
    assert death.kind == "restated_event"
    assert death.explanation.startswith("the death of Eberle is dated 26 February 1996 here")
    (conviction,) = analyse_dates(CONVICTION).conflicts
    assert conviction.explanation.startswith("the conviction of Oluwaseun Bakare is dated 2004 here")


def test_every_event_lemma_has_a_noun_for_explanations() -> None:
    missing = sorted(lemma for lemma in set(_EVENT_LEMMAS.values()) if lemma not in _LEMMA_NOUNS)
    assert missing == []
