"""The hostile corpus (``hostile_corpus.py``, generated, 201 kinds of bad file) through ``nnviz train``,
``trace`` and ``shot``: each refused with exit 2 and the problem named (JSON path, CSV row and
column, or the limit), never a traceback, within 5 s, and all of it within 1 GiB of memory."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nnviz.cli import main
from tests.cli.hostile_corpus import ACCEPTED, EXPERIMENT, cases

ROOT = Path(__file__).resolve().parents[2]
SECONDS_PER_RUN = 5.0
MEMORY_CAP = 1024**3


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """One line per case and command from the driver, run in its own process under an address-space limit."""
    folder = tmp_path_factory.mktemp("hostile")
    done = subprocess.run(
        [sys.executable, "-m", "tests.cli.hostile_driver", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return lines[:-1], lines[-1]["peak_bytes"]


def test_the_corpus_is_large():
    assert len(cases()) >= 150
    assert len({case.name for case in cases()}) == len(cases())


def test_every_bad_file_is_refused_by_every_command_with_its_problem_named(runs):
    records, _ = runs
    corpus = cases()
    assert len(records) == 3 * len(corpus)
    wrong = []
    for r in records:
        case = corpus[r["case"]]
        err = r["err"]
        lines = err.strip().splitlines()
        ok = (
            r["code"] == 2
            and case.expect in err
            and "Traceback" not in err
            and lines
            and all(line.startswith("nnviz: error: ") for line in lines)
            and not any(text in err for text in case.not_in_message)
        )
        if not ok:
            wrong.append(
                f"{case.name} / {r['command']}: exit {r['code']}: {err[:300]!r} (expected {case.expect!r})"
            )
    assert not wrong, "\n".join(wrong)


def test_no_bad_file_takes_long(runs):
    records, _ = runs
    corpus = cases()
    slow = [(corpus[r["case"]].name, r["command"], round(r["seconds"], 2)) for r in records]
    assert [s for s in slow if s[2] > SECONDS_PER_RUN] == []


def test_the_whole_corpus_stays_within_the_memory_cap(runs):
    _, peak = runs
    assert peak < MEMORY_CAP


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_odd_but_valid_files_load_and_train(name, tmp_path, capsys):
    path = tmp_path / EXPERIMENT
    path.write_bytes(ACCEPTED[name])
    code = main(["train", str(path), "--epochs", "3"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 0, err


def test_the_corpus_script_writes_every_case(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tests.cli.hostile_corpus", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == f"{len(cases())} cases in {tmp_path}"
    assert len(list(tmp_path.iterdir())) == len(cases())
