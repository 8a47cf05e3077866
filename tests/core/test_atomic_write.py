"""Saving goes where the user said: a fresh temporary file beside the target, then one rename;
a symlink planted where the old temporary file went is never followed."""

import os
import stat
from pathlib import Path

import pytest

from nnviz.cli import main
from nnviz.core.atomic_write import write_atomically, write_text_atomically
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment


@pytest.fixture
def planted(tmp_path):
    """A victim file and symlinks to it at the temporary names a naive save would use."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out.json"
    for name in ("out.json.tmp", ".out.json.tmp", "out.json~"):
        (tmp_path / name).symlink_to(victim)
    return victim, out


def test_saving_an_experiment_never_follows_a_planted_link(planted):
    victim, out = planted
    experiment = load_experiment("xor-2-2-1")
    experiment.trainer.step()
    experiment.save(out)
    assert victim.read_text() == "precious"
    assert not out.is_symlink() and Experiment.load(out).trainer.iteration == 1
    assert sorted(p.name for p in out.parent.iterdir()) == [
        ".out.json.tmp",
        "out.json",
        "out.json.tmp",
        "out.json~",
        "victim.txt",
    ]


def test_train_out_and_history_never_follow_a_planted_link(planted, tmp_path):
    victim, out = planted
    history = tmp_path / "history.csv"
    (tmp_path / "history.csv.tmp").symlink_to(victim)
    assert main(["train", "xor-2-2-1", "--epochs", "2", "--out", str(out), "--history", str(history)]) == 0
    assert victim.read_text() == "precious"
    assert out.read_text().startswith("{") and history.read_text().startswith("epoch,")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "kept.json"
    target.write_text("old")
    with pytest.raises(TypeError):
        write_atomically(target, None)  # fails inside the write
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["kept.json"]


def test_an_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "shared.json"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomically(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text() == "new"


def test_a_device_a_fifo_or_a_folder_is_refused_not_replaced(tmp_path):
    """As root, saving to /dev/full turned the device into a file (found by fuzzing)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to("/dev/null")
    for target in (Path("/dev/full"), fifo, tmp_path, link):
        before = os.lstat(target)
        with pytest.raises(OSError, match="not a regular file"):
            write_text_atomically(target, "x")
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
