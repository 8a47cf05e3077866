"""A bad command line is bad input like a bad file: exit 2 and one line `nnviz: error: OPTION: what` (README,
"Exit codes"), not argparse's usage block under `nnviz shot: error: argument …`."""

import pytest

from nnviz.cli import main


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (["shot", "xor-2-2-1", "--iterations", "10000001", "--out", "x.png"], "nnviz: error: --iterations: "),
        (["train", "xor-2-2-1", "--epochs", "-1"], "nnviz: error: --epochs: "),
        (["trace", "xor-2-2-1", "--format", "html"], "nnviz: error: --format: "),
        (["trace", "xor-2-2-1", "--lang", "fr"], "nnviz: error: --lang: "),
        (["shot", "xor-2-2-1"], "nnviz: error: the following arguments are required: --out"),
        (["train", "xor-2-2-1", "--bogus"], "nnviz: error: unrecognized arguments: --bogus"),
        (["xor-2-2-1", "--bogus"], "nnviz: error: unrecognized arguments: --bogus"),
        (
            ["compare", "xor-2-2-1", "--vary", "loss.name=mse", "--target-loss", "nan", "--out", "x.png"],
            "nnviz: error: --target-loss: expected a finite number, got 'nan'",
        ),
    ],
)
def test_a_bad_command_line_is_one_error_line_and_exit_2(argv, start, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(start), err
    assert err.count("\n") == 1, err


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["train", "xor-2-2-1", "--epochs", "1", "--out", "{dir}"], "--out"),
        (["train", "xor-2-2-1", "--epochs", "1", "--history", "{dir}"], "--history"),
        (["exercise", "worked-example", "--out", "{dir}"], "--out"),
    ],
)
def test_a_folder_given_for_a_file_names_the_option_and_the_folder(argv, option, tmp_path, capsys):
    assert main([a.format(dir=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err == f"nnviz: error: {option} {tmp_path}: a folder; give a file name in it\n", err
