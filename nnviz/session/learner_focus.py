"""What the learner looks at in a workspace: the traced sample, the selection and the step view.

Mixed into :class:`~nnviz.session.workspace.Workspace` (it reads the workspace's
``experiment`` and ``stepper``): every panel asks these three and nothing else
which numbers to show.
"""

from __future__ import annotations

from nnviz.core.numbering import informative_row
from nnviz.i18n import language
from nnviz.session.exercise import Exercise
from nnviz.session.picture_probe import PictureProbe, probe_trace, probe_view
from nnviz.session.selection import Selection
from nnviz.session.step_view import StepView, workspace_view


class LearnerFocus:
    """The traced sample, the selection and the memoised :class:`StepView` of a workspace."""

    def __init__(self):
        self._chosen_sample: int | None = None
        self._split_row: int | None = None
        self._auto_sample: tuple[object, int] = (None, 0)
        self._selection: Selection | None = None
        self._view: tuple[tuple, tuple, StepView] | None = None
        self.exercise: Exercise | None = None
        """The exercise mode's answers while the mode is on (:mod:`nnviz.session.exercise`)."""
        self._probe: PictureProbe | None = None
        self._probe_pass: tuple[object, object, object] = (None, None, None)

    def set_exercise_mode(self, on: bool) -> None:
        """Enter (with no answers yet) or leave the exercise mode."""
        if on != (self.exercise is not None):
            self.exercise = Exercise(self) if on else None

    @property
    def sample(self) -> int:
        """The traced sample: a row of the current batch whose numbers the views spell out.

        Until the learner picks a row, it is the batch's most informative row
        (:func:`nnviz.core.numbering.informative_row`: the first with the most
        non-zero inputs), so the sentences never multiply everything by 0.
        """
        if self._chosen_sample is not None:
            return self._chosen_sample
        trace = self.stepper.trace
        if trace is None:
            return 0
        if self._auto_sample[0] is not trace.x:
            self._auto_sample = (trace.x, informative_row(trace.x))
        return self._auto_sample[1]

    @sample.setter
    def sample(self, row: int) -> None:
        self._chosen_sample = int(row)
        self._probe = None  # a batch row traced again
        self._split_row = None  # and its output is the one split

    @property
    def split_row(self) -> int | None:
        """The 0-based test row whose encoding and output split the views show (the Data view's
        row table, the Wide & Deep page), or ``None``: the traced sample's."""
        row = self._split_row
        return row if row is not None and 0 <= row < len(self.experiment.data.x_test) else None

    @split_row.setter
    def split_row(self, row: int | None) -> None:
        self._split_row = None if row is None else int(row)

    @property
    def probe(self) -> PictureProbe | None:
        """A picture traced in the batch row's place (:mod:`nnviz.session.picture_probe`), or ``None``.
        It needs an iteration (its pass uses the parameters the iteration started from); the
        exercise mode asks about the batch row, so it sets the picture aside while on."""
        return self._probe if self.stepper.trace is not None and self.exercise is None else None

    @probe.setter
    def probe(self, probe: PictureProbe | None) -> None:
        self._probe = probe

    @property
    def selection(self) -> Selection | None:
        """The unit or weight the learner picked; ``None`` when it no longer fits the network."""
        sel = self._selection
        return sel if sel is not None and sel.fits(self.experiment.network) else None

    @selection.setter
    def selection(self, selection: Selection | None) -> None:
        self._selection = selection

    def step_view(self) -> StepView:
        """Every number the panels show at the cursor (:mod:`nnviz.session.step_view`). Built once
        per step: the same object until the cursor, the trace, the parameters, the traced sample,
        the selection or the language (its sentences) change."""
        net = self.experiment.network
        objects = (self.stepper, self.stepper.trace, net, *net.parameters())  # compared by identity
        exercise = None if self.exercise is None else (self.exercise, self.exercise.revision)
        probe = self.probe
        values = (self.stepper.position, self.sample, self.selection, exercise, probe, language())
        memo = self._view
        if (
            memo is None
            or memo[1] != values
            or len(memo[0]) != len(objects)
            or any(x is not y for x, y in zip(memo[0], objects))
        ):
            if probe is None:
                view = workspace_view(self, self.selection, self.exercise)
            else:
                view = probe_view(self, probe, self._pass_of(probe), self.selection)
            memo = self._view = (objects, values, view)
        return memo[2]

    def _pass_of(self, probe: PictureProbe):
        """The probe's trace for the current iteration, remembered until either changes."""
        trace, memo_probe, pass_ = self._probe_pass
        if trace is not self.stepper.trace or memo_probe is not probe:
            pass_ = probe_trace(self, probe)
            self._probe_pass = (self.stepper.trace, probe, pass_)
        return pass_
