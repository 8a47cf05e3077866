"""The worked-example preset, checked against numbers computed by hand.

The preset is Matt Mazur's "A Step by Step Backpropagation Example" network: inputs
x = (0.05, 0.10), targets t = (0.01, 0.99), hidden weights w1…w4 and bias 0.35, output
weights w5…w8 and bias 0.60, sigmoid everywhere, loss ½·Σ(y − t)², plain SGD with η = 0.5.
Every number below is worked out step by step with ``math.exp``, the way a learner does
it on paper, then looked for in ``nnviz trace worked-example`` output.
"""

import json
import math

import pytest

from nnviz.cli import main

# -- the hand computation -------------------------------------------------------------------------

ETA = 0.5
x1, x2 = 0.05, 0.10
t1, t2 = 0.01, 0.99
w1, w2, w3, w4, b1 = 0.15, 0.20, 0.25, 0.30, 0.35  # w1: x1→h1, w2: x2→h1, w3: x1→h2, w4: x2→h2
w5, w6, w7, w8, b2 = 0.40, 0.45, 0.50, 0.55, 0.60  # w5: h1→o1, w6: h2→o1, w7: h1→o2, w8: h2→o2


def sigma(z):
    return 1.0 / (1.0 + math.exp(-z))


# Forward pass: z = Σ w·input + b·1, a = σ(z).
z_h1 = w1 * x1 + w2 * x2 + b1 * 1
z_h2 = w3 * x1 + w4 * x2 + b1 * 1
a_h1 = sigma(z_h1)
a_h2 = sigma(z_h2)
z_o1 = w5 * a_h1 + w6 * a_h2 + b2 * 1
z_o2 = w7 * a_h1 + w8 * a_h2 + b2 * 1
y1 = sigma(z_o1)
y2 = sigma(z_o2)

# Loss of the one sample (the batch mean of one sample is the sample's loss).
loss = 0.5 * ((y1 - t1) ** 2 + (y2 - t2) ** 2)

# Output layer: ∂L/∂y = y − t, σ′(z) = y·(1 − y), δ = ∂L/∂y·σ′(z).
dL_dy1 = y1 - t1
dL_dy2 = y2 - t2
slope_o1 = y1 * (1 - y1)
slope_o2 = y2 * (1 - y2)
delta_o1 = dL_dy1 * slope_o1
delta_o2 = dL_dy2 * slope_o2

# Hidden layer: ∂L/∂a_h = Σ_k w_kh·δ_k with the weights before the update, then times σ′(z_h).
dL_da_h1 = w5 * delta_o1 + w7 * delta_o2
dL_da_h2 = w6 * delta_o1 + w8 * delta_o2
slope_h1 = a_h1 * (1 - a_h1)
slope_h2 = a_h2 * (1 - a_h2)
delta_h1 = dL_da_h1 * slope_h1
delta_h2 = dL_da_h2 * slope_h2

# Gradients: ∂L/∂w = δ·(the value the weight multiplies); ∂L/∂b = δ·1.
g_w5, g_w6, g_b2_o1 = delta_o1 * a_h1, delta_o1 * a_h2, delta_o1
g_w7, g_w8, g_b2_o2 = delta_o2 * a_h1, delta_o2 * a_h2, delta_o2
g_w1, g_w2, g_b1_h1 = delta_h1 * x1, delta_h1 * x2, delta_h1
g_w3, g_w4, g_b1_h2 = delta_h2 * x1, delta_h2 * x2, delta_h2

# SGD: p ← p − η·∂L/∂p (nnviz updates the biases too; the blog post keeps them fixed).
new_w1, new_w2, new_b1_h1 = w1 - ETA * g_w1, w2 - ETA * g_w2, b1 - ETA * g_b1_h1
new_w3, new_w4, new_b1_h2 = w3 - ETA * g_w3, w4 - ETA * g_w4, b1 - ETA * g_b1_h2
new_w5, new_w6, new_b2_o1 = w5 - ETA * g_w5, w6 - ETA * g_w6, b2 - ETA * g_b2_o1
new_w7, new_w8, new_b2_o2 = w7 - ETA * g_w7, w8 - ETA * g_w8, b2 - ETA * g_b2_o2


def shown(x: float) -> str:
    """A number as the document prints it: 4 significant digits and a real minus sign "−"."""
    text = f"{x:.4g}"
    assert "e" not in text
    return text.replace("-", "−")


def factor(x: float) -> str:
    """A factor in a written product: negative numbers in parentheses."""
    return f"({shown(x)})" if x < 0 else shown(x)


def test_hand_numbers_agree_with_the_published_example():
    """Mazur's post gives these to 9 digits; a slip in the hand computation above would show here."""
    assert a_h1 == pytest.approx(0.593269992, abs=1e-9)
    assert a_h2 == pytest.approx(0.596884378, abs=1e-9)
    assert y1 == pytest.approx(0.75136507, abs=1e-8)
    assert y2 == pytest.approx(0.772928465, abs=1e-9)
    assert loss == pytest.approx(0.298371109, abs=1e-9)
    for ours, published in [
        (new_w5, 0.35891648),
        (new_w6, 0.408666186),
        (new_w7, 0.511301270),
        (new_w8, 0.561370121),
        (new_w1, 0.149780716),
        (new_w2, 0.19956143),
        (new_w3, 0.24975114),
        (new_w4, 0.29950229),
    ]:
        assert ours == pytest.approx(published, abs=1e-8)


def trace(capsys, fmt: str) -> str:
    assert main(["trace", "worked-example", "--format", fmt]) == 0
    return capsys.readouterr().out


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def test_markdown_shows_every_hand_number(capsys):
    md = trace(capsys, "markdown")
    forward, rest = md.split("### Loss")
    loss_part, rest = rest.split("### Backward pass")
    backward, update = rest.split("### Update")

    # Forward: one table per layer, then z and a of each unit with the products written out.
    assert (
        table(
            ["sample", "x1", "x2", "+1", "z1", "z2", "a1", "a2"],
            [["1", "0.05", "0.1", "1", shown(z_h1), shown(z_h2), shown(a_h1), shown(a_h2)]],
        )
        in forward
    )
    assert (
        table(
            ["sample", "L1.a1", "L1.a2", "+1", "z1", "z2", "a1", "a2"],
            [["1", shown(a_h1), shown(a_h2), "1", shown(z_o1), shown(z_o2), shown(y1), shown(y2)]],
        )
        in forward
    )
    assert f"z = Σ_i w_i·x_i + b·1 = 0.15·0.05 + 0.2·0.1 + 0.35·1 = {shown(z_h1)}." in forward
    assert f"z = Σ_i w_i·x_i + b·1 = 0.25·0.05 + 0.3·0.1 + 0.35·1 = {shown(z_h2)}." in forward
    assert f"a = σ(z) = 1/(1 + e^(−z)) = σ({shown(z_h1)}) = {shown(a_h1)}." in forward
    assert f"a = σ(z) = 1/(1 + e^(−z)) = σ({shown(z_h2)}) = {shown(a_h2)}." in forward
    assert f"z = Σ_i w_i·a_i + b·1 = 0.4·{shown(a_h1)} + 0.45·{shown(a_h2)} + 0.6·1 = {shown(z_o1)}." in forward
    assert f"z = Σ_i w_i·a_i + b·1 = 0.5·{shown(a_h1)} + 0.55·{shown(a_h2)} + 0.6·1 = {shown(z_o2)}." in forward
    assert f"σ({shown(z_o1)}) = {shown(y1)}." in forward
    assert f"σ({shown(z_o2)}) = {shown(y2)}." in forward

    # Loss.
    assert (
        f"½·(({shown(y1)} − 0.01)² + ({shown(y2)} − 0.99)²) = {shown(loss)}." in loss_part
        and f"the total loss is L = {shown(loss)}." in loss_part
    )

    # Backward: δ of every unit, output layer first.
    layer2, layer1 = backward.split("Layer 1:")
    assert f"∂L/∂a = (y − t)/N = ({shown(y1)} − 0.01)/1 = {shown(dL_dy1)}." in layer2
    assert f"∂L/∂a = (y − t)/N = ({shown(y2)} − 0.99)/1 = {shown(dL_dy2)}." in layer2
    assert f"σ′(z) = a·(1 − a) = {shown(y1)}·(1 − {shown(y1)}) = {shown(slope_o1)}." in layer2
    assert f"δ = ∂L/∂a · σ′(z) = {factor(dL_dy1)}·{factor(slope_o1)} = {shown(delta_o1)}." in layer2
    assert f"δ = ∂L/∂a · σ′(z) = {factor(dL_dy2)}·{factor(slope_o2)} = {shown(delta_o2)}." in layer2
    assert f"Σ_k w_kj·δ_k = 0.4·{factor(delta_o1)} + 0.5·{factor(delta_o2)} = {shown(dL_da_h1)}." in layer1
    assert f"Σ_k w_kj·δ_k = 0.45·{factor(delta_o1)} + 0.55·{factor(delta_o2)} = {shown(dL_da_h2)}." in layer1
    assert f"δ = ∂L/∂a · σ′(z) = {factor(dL_da_h1)}·{factor(slope_h1)} = {shown(delta_h1)}." in layer1
    assert f"δ = ∂L/∂a · σ′(z) = {factor(dL_da_h2)}·{factor(slope_h2)} = {shown(delta_h2)}." in layer1
    assert f"∂L/∂w2,1 = δ·a_prev = {factor(delta_o2)}·{factor(a_h1)} = {shown(g_w7)}." in layer2
    assert f"∂L/∂w1,1 = δ·a_prev = {factor(delta_h1)}·0.05 = {shown(g_w1)}." in layer1
    header = ["sample", "∂L/∂a1", "∂L/∂a2", "δ1", "δ2"]
    delta_rows = [["1", shown(dL_dy1), shown(dL_dy2), shown(delta_o1), shown(delta_o2)]]
    assert table(header, [*delta_rows, ["Σ (batch)", "", "", shown(delta_o1), shown(delta_o2)]]) in layer2
    delta_rows = [["1", shown(dL_da_h1), shown(dL_da_h2), shown(delta_h1), shown(delta_h2)]]
    assert table(header, [*delta_rows, ["Σ (batch)", "", "", shown(delta_h1), shown(delta_h2)]]) in layer1

    # Update: before, gradient, step and after of every weight and bias, per layer.
    def rows(params):
        return [[name, shown(old), shown(g), shown(-ETA * g), shown(new)] for name, old, g, new in params]

    header = ["parameter", "before", "∂L/∂·", "Δ", "after"]
    assert (
        table(
            header,
            rows(
                [
                    ("w1,1", w1, g_w1, new_w1),
                    ("w1,2", w2, g_w2, new_w2),
                    ("b1", b1, g_b1_h1, new_b1_h1),
                    ("w2,1", w3, g_w3, new_w3),
                    ("w2,2", w4, g_w4, new_w4),
                    ("b2", b1, g_b1_h2, new_b1_h2),
                ]
            ),
        )
        in update.split("Layer 2:")[0]
    )
    assert (
        table(
            header,
            rows(
                [
                    ("w1,1", w5, g_w5, new_w5),
                    ("w1,2", w6, g_w6, new_w6),
                    ("b1", b2, g_b2_o1, new_b2_o1),
                    ("w2,1", w7, g_w7, new_w7),
                    ("w2,2", w8, g_w8, new_w8),
                    ("b2", b2, g_b2_o2, new_b2_o2),
                ]
            ),
        )
        in update.split("Layer 2:")[1]
    )
    # Each update line names its parameter as the table does.
    assert f"w1,1 ← w1,1 − η·∂L/∂w1,1 = 0.4 − 0.5·{factor(g_w5)} = {shown(new_w5)}." in update
    assert f"w2,1 ← w2,1 − η·∂L/∂w2,1 = 0.5 − 0.5·{factor(g_w7)} = {shown(new_w7)}." in update
    assert f"b2 ← b2 − η·∂L/∂b2 = 0.35 − 0.5·{factor(g_b1_h2)} = {shown(new_b1_h2)}." in update


def test_latex_is_a_complete_document(capsys):
    tex = trace(capsys, "latex")
    assert tex.startswith(r"\documentclass")
    assert r"\begin{longtable}" in tex
    assert tex.rstrip().endswith(r"\end{document}")
    assert shown(loss) in tex


def test_json_holds_the_hand_numbers_exactly(capsys):
    doc = json.loads(trace(capsys, "json"))
    (it,) = doc["iterations"]
    hidden, output = it["forward"]
    assert hidden["input"] == [[x1, x2]]
    assert hidden["z"][0] == pytest.approx([z_h1, z_h2], abs=1e-12)
    assert hidden["a"][0] == pytest.approx([a_h1, a_h2], abs=1e-12)
    assert output["z"][0] == pytest.approx([z_o1, z_o2], abs=1e-12)
    assert output["a"][0] == pytest.approx([y1, y2], abs=1e-12)
    assert it["loss"]["data"] == pytest.approx(loss, abs=1e-12)
    assert it["loss"]["regularization"] == 0
    assert it["loss"]["total"] == pytest.approx(loss, abs=1e-12)

    back_out, back_hidden = it["backward"]
    assert (back_out["layer"], back_hidden["layer"]) == (2, 1)
    assert back_out["grad_a"][0] == pytest.approx([dL_dy1, dL_dy2], abs=1e-12)
    assert back_out["delta"][0] == pytest.approx([delta_o1, delta_o2], abs=1e-12)
    assert back_hidden["grad_a"][0] == pytest.approx([dL_da_h1, dL_da_h2], abs=1e-12)
    assert back_hidden["delta"][0] == pytest.approx([delta_h1, delta_h2], abs=1e-12)
    grads_out = [g for row in back_out["grad_weights"] for g in row]
    grads_hidden = [g for row in back_hidden["grad_weights"] for g in row]
    assert grads_out == pytest.approx([g_w5, g_w6, g_w7, g_w8], abs=1e-12)
    assert back_out["grad_bias"] == pytest.approx([g_b2_o1, g_b2_o2], abs=1e-12)
    assert grads_hidden == pytest.approx([g_w1, g_w2, g_w3, g_w4], abs=1e-12)
    assert back_hidden["grad_bias"] == pytest.approx([g_b1_h1, g_b1_h2], abs=1e-12)

    up_hidden, up_out = it["update"]
    assert up_hidden["weights_before"] == [[w1, w2], [w3, w4]]
    assert up_out["weights_before"] == [[w5, w6], [w7, w8]]
    assert [g for row in up_hidden["weights"] for g in row] == pytest.approx(
        [new_w1, new_w2, new_w3, new_w4], abs=1e-12
    )
    assert up_hidden["bias"] == pytest.approx([new_b1_h1, new_b1_h2], abs=1e-12)
    assert [g for row in up_out["weights"] for g in row] == pytest.approx(
        [new_w5, new_w6, new_w7, new_w8], abs=1e-12
    )
    assert up_out["bias"] == pytest.approx([new_b2_o1, new_b2_o2], abs=1e-12)
