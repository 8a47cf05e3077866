"""The tolerance follows the digits written; values right to the learner's rounding are not mistakes."""

import pytest

from nnviz.grading.rounding import digits_text, exact, half_unit, tolerance


def _right(text, expected):
    return abs(float(text) - expected) <= tolerance(text, expected)


def test_the_issue_examples():
    assert _right("0.0335", 0.033512)
    assert _right("0.034", 0.0335)  # three decimals
    assert not _right("0.0340", 0.0335)  # four decimals claim more than the value gives
    assert not _right("0.0336", 0.033512)


@pytest.mark.parametrize(
    ("text", "half"), [("0.0335", 0.00005), ("1.5", 0.05), ("3.4e-5", 0.5e-6), ("2.", 0.5), ("-0.10", 0.005)]
)
def test_half_a_unit_of_the_last_written_digit(text, half):
    assert half_unit(text) == pytest.approx(half)


def test_integers_are_exact_and_zero_has_a_floor():
    assert not _right("0", 0.3) and not _right("2", 2.4)
    assert _right("0", 1.3e-17)  # the machine's 0
    assert exact(0.1 + 0.2, 0.3)
    assert _right("0.30000000000000004", 0.3)


def test_digits_are_named_for_the_verdict():
    assert digits_text("0.0335") == "4 decimals"
    assert digits_text("0.5") == "1 decimal"
    assert digits_text("3.40e-5") == "3 significant digits"


def test_check_grades_rounded_values_and_values_from_rounded_inputs(checker):
    # Forward values rounded to 3 decimals, and the loss computed by hand from those rounded outputs.
    rows = checker.rows("forward", 1, "z", digits=3) + checker.rows("forward", 2, "a", digits=3)
    code, result, _ = checker.run(rows)
    assert code == 0
    assert {v["verdict"] for v in result["values"]} <= {"right to your rounding", "right"}
    assert result["all_right"] and result["first_wrong"] is None


def test_four_decimals_of_a_wrong_value_are_wrong(checker):
    z = checker.value("forward", 1, "z", 1, 1)
    code, result, _ = checker.run([["forward", 1, "z", 1, 1, f"{z + 0.0006:.4f}"]])
    assert code == 1 and result["values"][0]["verdict"] == "wrong"
    code, result, _ = checker.run([["forward", 1, "z", 1, 1, f"{z + 0.0004:.3f}"]])
    assert code == 0 and result["values"][0]["verdict"] in ("right to your rounding", "right")
