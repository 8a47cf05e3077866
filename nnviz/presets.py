"""Shipped presets (``resources/presets/*.json``) and resolving "a file or a preset name"."""

from __future__ import annotations

import json
from pathlib import Path

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.resources import resource_path


def preset_dir() -> Path:
    return resource_path("presets")


def preset_names() -> list[str]:
    """Names of the shipped presets, sorted (file names without ``.json``)."""
    return sorted(p.stem for p in preset_dir().glob("*.json"))


def preset_title(name: str) -> str:
    """The preset's ``name`` field, for listings."""
    try:
        return json.loads((preset_dir() / f"{name}.json").read_text(encoding="utf-8")).get("name", name)
    except (OSError, ValueError):
        return name


def resolve(name_or_path: str | Path) -> Path:
    """An existing file, else the shipped preset of that name; ``ExperimentError`` if neither."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    preset = preset_dir() / f"{Path(name_or_path).name.removesuffix('.json')}.json"
    if preset.is_file():
        return preset
    if path.exists() or path.is_symlink():  # a folder, device or pipe: refused by name when read
        return path
    raise ExperimentError([f"{name_or_path}: no such file or preset (nnviz presets lists the presets)"])


def load_experiment(name_or_path: str | Path) -> Experiment:
    return Experiment.load(resolve(name_or_path))
