"""``nnviz trace --sample N`` names sample N as every panel does (from 1), and the default teaches."""

from nnviz.cli import main


def markdown(capsys, *args) -> tuple[int, str, str]:
    code = main(["trace", "xor-2-2-1", "--format", "markdown", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_sample_3_is_called_sample_3(capsys):
    code, out, _ = markdown(capsys, "--sample", "3")
    assert code == 0
    assert "the sentences follow sample 3." in out
    assert "Forward pass, layer 1, unit 1, sample 3:" in out
    assert "sample 4" not in out.replace("samples 1, 2, 3, 4", "")


def test_the_default_traced_sample_has_non_zero_inputs(capsys):
    # XOR's inputs are (0, 0), (0, 1), (1, 0), (1, 1): only sample 4 makes every product w·x count.
    code, out, _ = markdown(capsys)
    assert code == 0
    assert "the sentences follow sample 4." in out
    assert "·0 =" not in out.split("### Loss")[0].split("Layer 1")[1]


def test_a_sample_outside_the_batch_is_bad_input(capsys):
    code, _, err = markdown(capsys, "--sample", "9")
    assert code == 2
    assert "--sample 9" in err and "samples 1, 2, 3, 4" in err


def test_the_error_line_stays_english_in_every_language(capsys):
    """README, Languages: error lines of the command line stay English and machine-parsable."""
    code, _, err = markdown(capsys, "--sample", "9", "--lang", "zh_CN")
    assert code == 2
    assert err == "nnviz: error: --sample 9: iteration 1's mini-batch holds samples 1, 2, 3, 4, not sample 9\n", (
        err
    )
