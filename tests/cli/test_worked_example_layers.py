"""Worked examples of CNN and Wide&Deep networks: the conv cell (window, products, sum), the pool
window and the concat, every number equal to the same iteration's JSON trace."""

import json
import re

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.number_text import num


def run(capsys, preset: str, fmt: str) -> str:
    assert main(["trace", preset, "--format", fmt]) == 0
    return capsys.readouterr().out


def tables_after(text: str, marker: str) -> list[list[str]]:
    """The rows (header first) of the first Markdown table after the line starting with ``marker``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(marker))
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            if not line.startswith("|---"):
                rows.append([c.strip() for c in line.strip("|").split("|")])
        elif rows:
            break
    return rows


def traced(text: str, iteration: dict) -> int:
    """The batch row the document's sentences follow."""
    sample = int(re.search(r"the sentences follow sample (\d+)", text).group(1))
    return iteration["samples"].index(sample - 1)


def worked_cell(text: str, layer: int) -> tuple[int, int, int]:
    m = re.search(rf"^Layer {layer} \(.*?one cell worked by hand, map (\d+), row (\d+), col (\d+) \(", text, re.M)
    return int(m[1]) - 1, int(m[2]) - 1, int(m[3]) - 1


@pytest.mark.parametrize("preset", ["digits-cnn", "bars-edge-kernel"])
def test_the_conv_cell_and_the_pool_window_are_the_traces_numbers(capsys, preset):
    it = json.loads(run(capsys, preset, "json"))["iterations"][0]
    text = run(capsys, preset, "markdown")
    n = traced(text, it)
    conv, pool = it["forward"][0], it["forward"][1]
    o, i, j = worked_cell(text, 1)
    rows = tables_after(text, "Layer 1 (conv2d")
    assert rows[0] == ["kernel weight", "window value", "weight", "product"]
    kernel = np.array(it["update"][0]["weights_before"])[o].reshape(-1)
    padded = np.pad(np.array(conv["input"])[n], ((0, 0), (1, 1), (1, 1)))  # both presets pad by 1
    window = padded[:, i : i + 3, j : j + 3].reshape(-1)
    body = rows[1 : 1 + len(kernel)]
    assert [r[1] for r in body] == [num(v) for v in window]
    assert [r[2] for r in body] == [num(v) for v in kernel]
    assert [r[3] for r in body] == [num(w * x) for w, x in zip(kernel, window)]
    assert rows[-3] == ["Σ K ⊙ window", "", "", num(np.dot(kernel, window))]
    bias = it["update"][0]["bias_before"][o]
    assert rows[-2][2] == num(bias)
    assert rows[-1] == ["z", "", "", num(np.array(conv["z"])[n, o, i, j])]
    assert f"a = max(0, z) = max(0, {num(conv['z'][n][o][i][j])}) = {num(conv['a'][n][o][i][j])}." in text

    m, pi, pj = worked_cell(text, 2)
    rows = tables_after(text, "Layer 2 (max_pool2d")
    winner = int(np.array(pool["winners"])[n, m, pi, pj])
    width = np.shape(pool["input"])[3]
    marked = [r[0] for r in rows[1:-1] if r[2] == "winner"]
    assert marked == [f"map {m + 1}, row {winner // width + 1}, col {winner % width + 1}"]
    assert rows[-1][:2] == ["z = max", num(np.array(pool["z"])[n, m, pi, pj])]
    assert max(float(r[1].replace("−", "-")) for r in rows[1:-1]) == pytest.approx(
        pool["z"][n][m][pi][pj], rel=1e-3
    )


def test_the_kernel_update_table_lists_every_kernel_parameter(capsys):
    it = json.loads(run(capsys, "digits-cnn", "json"))["iterations"][0]
    text = run(capsys, "digits-cnn", "markdown")
    rows = tables_after(text, "Layer 1 (conv2d):")
    update = it["update"][0]
    before, after = np.array(update["weights_before"]), np.array(update["weights"])
    assert len(rows) - 1 == before.size + len(update["bias"])
    row = next(r for r in rows if r[0] == "K[3, 1, 2, 1]")
    assert row[1] == num(before[2, 0, 1, 0]) and row[4] == num(after[2, 0, 1, 0])
    row = next(r for r in rows if r[0] == "b[8]")
    assert row[1] == num(update["bias_before"][7]) and row[4] == num(update["bias"][7])


def test_the_concat_lists_the_input_columns_then_the_deep_outputs(capsys):
    it = json.loads(run(capsys, "wide-and-deep", "json"))["iterations"][0]
    text = run(capsys, "wide-and-deep", "markdown")
    n = traced(text, it)
    concat = next(f for f in it["forward"] if f["kind"] == "concat")
    rows = tables_after(text, f"Layer {concat['layer']} (concat")
    assert rows[0] == ["place", "from", "value"]
    assert [r[2] for r in rows[1:]] == [num(v) for v in concat["z"][n]]
    wide = len(concat["z"][n]) - len(concat["input"][n])
    assert rows[1][1].startswith("input x") and rows[wide + 1][1] == f"layer {concat['layer'] - 1}, unit 1"
    assert "Concat put it at place" in text, "the deep layer's δ comes back through the concat"


def test_latex_of_a_cnn_is_a_complete_document(capsys):
    text = run(capsys, "bars-edge-kernel", "latex")
    assert text.startswith("\\documentclass") and text.rstrip().endswith("\\end{document}")
    assert "K[1, 1, 2, 2]" in text and "winner" in text


def test_the_wide_and_deep_logit_split_adds_up_to_the_traced_z(capsys):
    it = json.loads(run(capsys, "wide-and-deep", "json"))["iterations"][0]
    text = run(capsys, "wide-and-deep", "markdown")
    output = it["forward"][-1]
    rows = tables_after(text, "The output unit reads the concat of 16 wide input slots and 4 deep units")
    assert rows[0] == ["sample", "z_wide", "z_deep", "b", "z", "y", "loss term"]
    assert [r[4] for r in rows[1:]] == [num(z[0]) for z in output["z"]]
    assert [r[5] for r in rows[1:]] == [num(a[0]) for a in output["a"]]
    assert "z = z_wide + z_deep + b = " in text and "BCE term" in text
