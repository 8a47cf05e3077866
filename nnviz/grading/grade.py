"""Grading a learner's values of one iteration, following their own numbers.

Values are judged in the order of the computation (parameters before the update,
forward, loss, backward from the output down, update). Each written value is

- **right**: equal to nnviz's value (up to the floors of :mod:`rounding`);
- **right to your rounding**: within half a unit of the last digit written, or equal to
  what the learner's own right-but-rounded earlier values give;
- **consistent with your earlier value**: wrong only because an earlier value of theirs
  was wrong — equal to what their own inputs give — so one mistake counts once;
- **wrong**, with the usual mistake it matches (:mod:`mistakes`) and the correct
  sentence of the chain rule with the learner's numbers.

A value not written is, for the values after it, what the learner's own inputs give.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.number_text import num
from nnviz.grading import sentences
from nnviz.grading.mistakes import Mistake, alternatives, diagnose, near
from nnviz.grading.recompute import PHASE_OF, PHASES, Iteration
from nnviz.grading.rounding import digits_text, exact, tolerance
from nnviz.grading.student_values import Given, Key, StudentValues
from nnviz.i18n import QT_TRANSLATE_NOOP, translate

RIGHT = QT_TRANSLATE_NOOP("Check", "right")
ROUNDED = QT_TRANSLATE_NOOP("Check", "right to your rounding")
CONSISTENT = QT_TRANSLATE_NOOP("Check", "consistent with your earlier value")
WRONG = QT_TRANSLATE_NOOP("Check", "wrong")
CORRECT = (RIGHT, ROUNDED)


@dataclass
class Verdict:
    """The judgement of one written value."""

    key: Key
    index: tuple[int, ...]
    given: Given
    verdict: str
    expected: float
    """nnviz's value."""
    from_yours: float
    """The value the learner's own earlier values give."""
    mistake: Mistake | None = None
    sentence: str = ""
    """The correct computation from the learner's inputs (for values not right)."""

    @property
    def label(self) -> str:
        return sentences.label(self.key, self.index)

    def correction(self) -> str:
        """What a wrong value should have been: the computation from the learner's inputs, and
        nnviz's value beside it where those inputs were wrong themselves."""
        if np.isclose(self.from_yours, self.expected, rtol=1e-9, atol=1e-12):
            return translate("Check", "Correct: {0}").format(self.sentence)
        return translate("Check", "From your earlier values: {0}; the true value is {1}.").format(
            self.sentence, num(self.expected, 6)
        )

    @property
    def phase(self) -> str:
        return PHASE_OF[self.key[2]]

    @property
    def rounding(self) -> str:
        return digits_text(self.given.text)


@dataclass
class Grade:
    verdicts: list[Verdict]

    @property
    def first_wrong(self) -> Verdict | None:
        return next((v for v in self.verdicts if v.verdict == WRONG), None)

    @property
    def all_right(self) -> bool:
        return all(v.verdict in CORRECT for v in self.verdicts)

    def count(self, verdict: str) -> int:
        return sum(v.verdict == verdict for v in self.verdicts)

    def score(self) -> dict[str, tuple[int, int]]:
        """Per phase: (values not counted as a mistake, values given); a consistent value is no new mistake."""
        out = {}
        for phase in PHASES:
            mine = [v for v in self.verdicts if v.phase == phase]
            if mine:
                out[phase] = (sum(v.verdict != WRONG for v in mine), len(mine))
        return out


def grade(it: Iteration, student: StudentValues) -> Grade:
    """Judge every value of ``student`` against the iteration ``it``."""
    mine: dict[Key, np.ndarray] = {}
    trusted: dict[Key, np.ndarray] = {}
    verdicts = []
    for key in it.order():
        with np.errstate(all="ignore"):
            from_mine = np.array(it.compute(key, mine.__getitem__), dtype=float)
            from_trusted = np.array(it.compute(key, trusted.__getitem__), dtype=float)
        mine_key, trusted_key = from_mine.copy(), from_trusted.copy()
        judge = _Judge(it, key, from_mine, from_trusted, mine.__getitem__)
        for index, given in sorted(student.get(key, {}).items()):
            verdict = judge(index, given)
            verdicts.append(verdict)
            mine_key[index] = given.value
            if verdict.verdict in CORRECT:
                trusted_key[index] = given.value
        mine[key], trusted[key] = mine_key, trusted_key
    return Grade(verdicts)


class _Judge:
    """Judges the written values of one key; the mistakes' arrays are computed once, at the first wrong value."""

    def __init__(self, it: Iteration, key: Key, from_mine, from_trusted, get):
        self.it, self.key, self.get = it, key, get
        self.from_mine, self.from_trusted = from_mine, from_trusted
        self.candidates = None

    def __call__(self, index: tuple[int, ...], given: Given) -> Verdict:
        it, key = self.it, self.key
        expected = float(it.true[key][index])
        yours, trusted = float(self.from_mine[index]), float(self.from_trusted[index])
        v = given.value
        verdict = Verdict(key, index, given, RIGHT, expected, yours)
        if exact(v, expected):
            return verdict
        if abs(v - expected) <= tolerance(given.text, expected) or near(
            v, trusted, given.text, slack=not exact(trusted, expected)
        ):
            verdict.verdict = ROUNDED
            return verdict
        verdict.sentence = sentences.sentence(it, key, index, self.get, yours)
        if near(v, yours, given.text) and not near(yours, expected, given.text):
            verdict.verdict = CONSISTENT
            return verdict
        verdict.verdict = WRONG
        if self.candidates is None:
            self.candidates = alternatives(it, key, self.get, self.from_mine)
        verdict.mistake = diagnose(self.candidates, index, given, self.from_mine)
        return verdict
