"""The app's exercise mode without Qt: blanks after the cursor, each answer judged as `nnviz check` does."""

import numpy as np
import pytest

from nnviz.errors import BadInput
from nnviz.grading.mistakes import NO_SLOPE
from nnviz.presets import load_experiment
from nnviz.session.events import Granularity
from nnviz.session.inspection import inspect
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace


@pytest.fixture
def ws():
    """The worked example (2-2-2, one sample) with the cursor on its first event, in the exercise mode."""
    workspace = Workspace(load_experiment("worked-example"))
    workspace.step(Granularity.UNIT)
    workspace.set_exercise_mode(True)
    return workspace


def _true(ws, key, index) -> float:
    return float(ws.exercise.iteration.true[key][index])


def test_a_unit_asks_for_its_values_after_the_cursor_in_order_and_judges_each(ws):
    ex, row = ws.exercise, ws.sample
    assert ex.blank(Selection(1, 0), row).key == ("backward", 1, "grad_a")  # z and a are shown already
    out = Selection(2, 0)
    blank = ex.blank(out, row)
    assert blank.key == ("forward", 2, "z") and blank.label == "z, layer 2, sample 1, unit 1"
    z = _true(ws, blank.key, blank.index)
    assert ex.answer(blank, f"{z:.4f}").verdict == "right to your rounding"
    blank = ex.blank(out, row)
    assert blank.key == ("forward", 2, "a")
    assert ex.answer(blank, "0.5").verdict == "wrong"
    assert ex.blank(out, row) == blank  # a wrong answer may be typed again
    assert ws.step_view().exercise_marks == {out: "wrong"}
    a = _true(ws, blank.key, blank.index)
    assert ex.answer(blank, repr(a)).verdict == "right"
    assert ws.step_view().exercise_marks == {out: "rounded"}  # z: right to the rounding, a: right
    assert ex.blank(out, row).key == ("backward", 2, "grad_a")


def test_a_wrong_delta_is_diagnosed_in_the_inspector_and_the_gradient_from_it_is_consistent(ws):
    ex, row, out = ws.exercise, ws.sample, Selection(2, 0)
    for _ in range(3):  # z, a and ∂L/∂a, right
        blank = ex.blank(out, row)
        ex.answer(blank, repr(_true(ws, blank.key, blank.index)))
    delta = ex.blank(out, row)
    assert delta.key == ("backward", 2, "delta")
    grad_a = _true(ws, ("backward", 2, "grad_a"), delta.index)
    assert ex.answer(delta, f"{grad_a:.4f}").mistake == NO_SLOPE  # ∂L/∂a written for δ: f′(z) missing
    edge = Selection(2, 0, 0)
    grad = ex.blank(edge, row)
    assert grad.key == ("backward", 2, "grad_weights")
    a_in = _true(ws, ("forward", 2, "input"), (0, 0))
    assert ex.answer(grad, f"{grad_a * a_in:.4f}").verdict == "consistent with your earlier value"
    ws.selection = out
    shown = inspect(ws.step_view(), ws.stepper.trainer, [])
    heading, lines = shown.groups[0]
    assert heading == "Exercise" and any("f′(z) missing" in line and "Correct: δ =" in line for line in lines)
    assert ws.step_view().exercise_marks == {out: "wrong", edge: "consistent"}


def test_values_the_cursor_reveals_are_no_longer_asked_and_a_new_iteration_starts_blank(ws):
    ex, row, out = ws.exercise, ws.sample, Selection(2, 0)
    ex.answer(ex.blank(out, row), "1.0")
    ws.step(Granularity.LAYER)
    ws.step(Granularity.LAYER)  # forward of layer 2 revealed
    assert ex.blank(out, row).key == ("backward", 2, "grad_a")
    bias = Selection(2, 1, 2)
    assert ex.blank(bias, row).key == ("backward", 2, "grad_bias")
    ws.step(Granularity.ITERATION)
    ws.step(Granularity.UNIT)
    assert ex.verdicts == {} and ws.step_view().exercise_marks == {}
    assert ex.blank(out, row).key == ("forward", 2, "z")


def test_typed_text_that_is_no_number_is_refused_and_a_student_file_loads(ws, tmp_path):
    ex, row = ws.exercise, ws.sample
    with pytest.raises(BadInput, match="expected a number"):
        ex.answer(ex.blank(Selection(2, 0), row), "abc")
    path = tmp_path / "mine.csv"
    path.write_text("phase,layer,quantity,row,col,value\nforward,2,z,1,1,0.3\nupdate,2,bias,1,,0.53\n")
    assert ex.load(path) == 2
    assert ws.step_view().exercise_marks[Selection(2, 0)] == "wrong"
    assert ws.step_view().exercise_marks[Selection(2, 0, 2)] == "rounded"
    path.write_text("phase,layer,quantity,row,col,value\nforward,2,z,1,1\n")
    with pytest.raises(BadInput, match="line 2"):
        ex.load(path)


def test_leaving_the_mode_drops_the_answers_from_the_view(ws):
    ex = ws.exercise
    blank = ex.blank(Selection(2, 0), ws.sample)
    ex.answer(blank, repr(_true(ws, blank.key, blank.index)))
    assert ws.step_view().exercise_marks
    ws.set_exercise_mode(False)
    view = ws.step_view()
    assert view.exercise is None and view.exercise_marks == {}
    assert np.isnan(view.unit_values(2, 0)["z"])  # still blank: the cursor has not reached it


def test_a_wrong_value_after_a_wrong_one_gives_the_true_value_beside_the_computation_from_yours(ws):
    ex, row = ws.exercise, ws.sample
    hidden, out = Selection(1, 1), Selection(2, 0)
    assert ex.blank(hidden, row).key == ("forward", 1, "z")
    ex.answer(ex.blank(hidden, row), "0.5")  # z of hidden unit 2: wrong
    assert ex.answer(ex.blank(hidden, row), "0.9").verdict == "wrong"  # its a: wrong too
    z = ex.blank(out, row)
    true_z = _true(ws, z.key, z.index)
    verdict = ex.answer(z, "0.7")
    assert verdict.verdict == "wrong" and not np.isclose(verdict.from_yours, true_z)
    ws.selection = out
    (line,) = [line for line in inspect(ws.step_view(), ws.stepper.trainer, []).groups[0][1] if "0.7" in line]
    assert "From your earlier values: z =" in line and f"the true value is {true_z:.6g}" in line
    assert "Correct:" not in line
