"""A worked example of a real batch: δ of every sample per layer, batch sums that check, one symbol
per parameter, and the regularization always stated."""

import re

import pytest

from nnviz.cli import main


def markdown(capsys, preset: str) -> str:
    assert main(["trace", preset, "--format", "markdown"]) == 0
    return capsys.readouterr().out


def tables(text: str) -> list[list[list[str]]]:
    """Every Markdown table in ``text`` as rows of cells (header first, the rule left out)."""
    found, rows = [], []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            if not line.startswith("|---"):
                rows.append([c.strip() for c in line.strip("|").split("|")])
        elif rows:
            found.append(rows)
            rows = []
    return found


def value(cell: str) -> float:
    return float(cell.replace("−", "-"))


def test_xor_has_a_delta_table_per_layer_with_every_sample_and_its_sum(capsys):
    backward = markdown(capsys, "xor-2-2-1").split("### Backward pass")[1].split("### Update")[0]
    layer2, layer1 = backward.split("Layer 1:")
    for part, units in ((layer2, 1), (layer1, 2)):
        (delta,) = [t for t in tables(part) if t[0][0] == "sample"]
        assert delta[0] == [
            "sample",
            *[f"∂L/∂a{j}" for j in range(1, units + 1)],
            *[f"δ{j}" for j in range(1, units + 1)],
        ]
        assert [row[0] for row in delta[1:]] == ["1", "2", "3", "4", "Σ (batch)"]  # the whole batch of XOR
        for j in range(units):
            column = [value(row[1 + units + j]) for row in delta[1:-1]]
            assert value(delta[-1][1 + units + j]) == pytest.approx(sum(column), abs=1e-3)


def test_xor_batch_sums_agree_with_the_update_table(capsys):
    md = markdown(capsys, "xor-2-2-1")
    backward_layer2 = md.split("### Backward pass")[1].split("Layer 1:")[0]
    (params,) = tables(md.split("### Update")[1].split("Layer 2:")[1])
    grads = {row[0]: row[2] for row in params[1:]}
    for name in ("w1,1", "w1,2", "b1"):
        lines = backward_layer2.splitlines()
        (line,) = [s for s in lines if s.startswith("- Summed") and f"∂L_data/∂{name} =" in s]
        assert line.endswith(f"= {grads[name]}.")  # the sentence's sum is the table's gradient


@pytest.mark.parametrize("preset", ["xor-2-2-1", "worked-example", "l2-shrink"])
def test_every_update_line_names_its_parameter_as_the_table_does(capsys, preset):
    update = markdown(capsys, preset).split("### Update")[1]
    names = [row[0] for t in tables(update) for row in t[1:]]
    lines = [line for line in update.splitlines() if "←" in line]
    if preset == "l2-shrink":  # 8 parameters: sentences too
        assert len(names) == 8
    assert [re.match(r"- (\S+) ←", line).group(1) for line in lines] == names


@pytest.mark.parametrize(
    ("preset", "words"), [("xor-2-2-1", "regularization: none;"), ("l2-shrink", "regularization: L2")]
)
def test_the_regularization_is_stated_even_when_there_is_none(capsys, preset, words):
    assert words in markdown(capsys, preset).split("## Iteration")[0]
