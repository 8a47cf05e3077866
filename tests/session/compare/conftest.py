"""Comparison tests start worker processes: the worker drops the current folder from its
import path, so the tests run from a scratch folder and the worktree's own ``nnviz`` is imported."""

import pytest


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
