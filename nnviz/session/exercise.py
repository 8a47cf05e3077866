"""The app's exercise mode: the learner types the values after the cursor and each is judged at once.

No Qt. While the mode is on, the values the cursor has not revealed stay blank
(as always) and the learner fills them in, one at a time, on the unit or edge they
belong to, for the traced sample — or loads a whole student file (``nnviz check``'s
JSON or CSV). Every answer is graded by :mod:`nnviz.grading` with all the learner's
answers of the iteration, so it follows their own numbers exactly as ``nnviz
check`` does: right, right to your rounding, consistent with your earlier value, or
wrong with the usual mistake and the correct sentence.

What a unit or edge asks for next (:meth:`Exercise.blank`), in the order of the
computation: a unit its z, a, ∂L/∂a and δ; a weight its gradient ∂L/∂w and its
value after the update (a bias: ∂L/∂b and b after). A value is asked for while
the cursor has not revealed it and the learner has no standing answer (a wrong
one may be typed again). Answers belong to one iteration: the next iteration
starts with none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnviz.grading.grade import CONSISTENT, RIGHT, ROUNDED, WRONG, Verdict, grade
from nnviz.grading.recompute import Iteration
from nnviz.grading.sentences import label
from nnviz.grading.student_file import parse_student, read_student
from nnviz.grading.student_values import Key, StudentValues, given_value
from nnviz.session.events import BACKWARD, FORWARD, UPDATE
from nnviz.session.selection import Selection

MARK = {RIGHT: "right", ROUNDED: "rounded", CONSISTENT: "consistent", WRONG: "wrong"}
"""The canvas's mark (a theme colour name) of each verdict."""
_WORST_FIRST = (WRONG, CONSISTENT, ROUNDED, RIGHT)
UNIT_VALUES = ((FORWARD, "z"), (FORWARD, "a"), (BACKWARD, "grad_a"), (BACKWARD, "delta"))
UNIT_QUANTITIES = tuple(q for _, q in UNIT_VALUES)
WEIGHT_VALUES = ((BACKWARD, "grad_weights"), (UPDATE, "weights"))
BIAS_VALUES = ((BACKWARD, "grad_bias"), (UPDATE, "bias"))


@dataclass(frozen=True)
class Blank:
    """One value the learner may type: its ``nnviz check`` key and index, and its name."""

    key: Key
    index: tuple[int, ...]

    @property
    def label(self) -> str:
        return label(self.key, self.index)


class Exercise:
    """The learner's answers for the current iteration of ``owner.stepper`` (a workspace's, which
    a rebuild replaces) and their verdicts."""

    def __init__(self, owner):
        self.owner = owner
        self.given: StudentValues = {}
        self._verdicts: dict[tuple[Key, tuple[int, ...]], Verdict] = {}
        self.revision = 0
        """Counts the changes of the answers (the step view is rebuilt when it moves)."""
        self._trace = None
        self._iteration: Iteration | None = None

    @property
    def stepper(self):
        return self.owner.stepper

    @property
    def verdicts(self) -> dict[tuple[Key, tuple[int, ...]], Verdict]:
        """The judged answers of the current iteration by ``(key, index)``."""
        self._follow()
        return self._verdicts

    # -- following the stepper ---------------------------------------------------------------------
    def _follow(self) -> None:
        trace = self.stepper.trace
        if trace is not self._trace:
            self._trace, self._iteration = trace, None
            if self.given:
                self.given, self._verdicts = {}, {}
                self.revision += 1

    @property
    def iteration(self) -> Iteration:
        """The iteration at the cursor, as ``nnviz check`` grades it."""
        self._follow()
        if self._iteration is None:
            trainer = self.stepper.trainer
            self._iteration = Iteration(trainer, self.stepper.trace, trainer.optimizer)
        return self._iteration

    @property
    def available(self) -> bool:
        """Whether there is an iteration to fill in (a dense network, a traced iteration)."""
        return self.stepper.trace is not None and self.stepper.trainer.network.is_dense

    # -- what is asked ---------------------------------------------------------------------------------
    def values_of(self, target: Selection, row: int) -> list[Blank]:
        """Every value a unit (for batch row ``row``) or edge holds, in the order of the computation."""
        k = target.layer
        if k == 0:
            return []
        if target.is_unit:
            return [Blank((phase, k, q), (row, target.unit)) for phase, q in UNIT_VALUES]
        fan_in = self.stepper.trainer.network.layers[k - 1].fan_in
        if target.source == fan_in:
            return [Blank((phase, k, q), (target.unit,)) for phase, q in BIAS_VALUES]
        return [Blank((phase, k, q), (target.unit, target.source)) for phase, q in WEIGHT_VALUES]

    def blank(self, target: Selection, row: int) -> Blank | None:
        """The next value of ``target`` the learner may type: not revealed by the cursor and
        without a standing answer; ``None`` when there is none."""
        if not self.available:
            return None
        self._follow()
        for blank in self.values_of(target, row):
            answered = self._verdicts.get((blank.key, blank.index))
            if not self._revealed(blank) and (answered is None or answered.verdict == WRONG):
                return blank
        return None

    def _revealed(self, blank: Blank) -> bool:
        phase, k, q = blank.key
        if phase == UPDATE:
            return self.stepper.is_revealed(UPDATE, k)
        unit = blank.index[1] if q in UNIT_QUANTITIES else blank.index[0]  # (row, j) or the parameter's (j, …)
        return self.stepper.is_revealed(phase, k, unit)

    # -- answering -------------------------------------------------------------------------------------
    def answer(self, blank: Blank, text: str) -> Verdict:
        """Judge ``text`` typed for ``blank``; raises :class:`~nnviz.errors.BadInput` for a non-number."""
        given = given_value(text, blank.label)
        self._follow()
        self.given.setdefault(blank.key, {})[blank.index] = given
        self._grade()
        return self._verdicts[(blank.key, blank.index)]

    def load(self, path: Path) -> int:
        """Take every value of a student file (``nnviz check``'s JSON or CSV) for this iteration as
        the learner's answers, replacing those typed; returns how many. Raises ``BadInput``."""
        it = self.iteration
        return self._take(read_student(Path(path), {k: v.shape for k, v in it.true.items()}, it.trace.iteration))

    def paste(self, text: str) -> int:
        """As :meth:`load`, from pasted text (CSV lines or the JSON of a file)."""
        it = self.iteration
        shapes = {k: v.shape for k, v in it.true.items()}
        return self._take(parse_student(text, shapes, it.trace.iteration, "pasted text"))

    def _take(self, given: StudentValues) -> int:
        self.given = given
        self._grade()
        return len(self._verdicts)

    def _grade(self) -> None:
        with np.errstate(all="ignore"):
            result = grade(self.iteration, self.given)
        self._verdicts = {(v.key, v.index): v for v in result.verdicts}
        self.revision += 1

    # -- what the views show ---------------------------------------------------------------------------
    def answers_of(self, target: Selection, row: int) -> list[Verdict]:
        """The judged answers of a unit (batch row ``row``) or edge, in the order of the computation."""
        self._follow()
        found = (self._verdicts.get((b.key, b.index)) for b in self.values_of(target, row))
        return [v for v in found if v is not None]

    def marks(self, row: int) -> dict[Selection, str]:
        """Per unit (batch row ``row``) or edge with answers, the mark of its worst verdict."""
        self._follow()
        worst: dict[Selection, str] = {}
        network = self.stepper.trainer.network
        for (key, index), verdict in self._verdicts.items():
            target = _target_of(key, index, row, network)
            if target is None:
                continue
            old = worst.get(target)
            if old is None or _WORST_FIRST.index(verdict.verdict) < _WORST_FIRST.index(old):
                worst[target] = verdict.verdict
        return {target: MARK[v] for target, v in worst.items()}


def _target_of(key: Key, index: tuple[int, ...], row: int, network) -> Selection | None:
    """The unit or edge a value is drawn on (``None`` for the loss, the givens and other batch rows)."""
    _, k, q = key
    if q in UNIT_QUANTITIES:
        return Selection(k, index[1]) if index[0] == row else None
    if q in ("grad_weights", "weights"):
        return Selection(k, index[0], index[1])
    if q in ("grad_bias", "bias"):
        return Selection(k, index[0], network.layers[k - 1].fan_in)
    return None
