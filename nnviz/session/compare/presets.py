"""Comparison lessons: shipped files that say which experiment, which setting and which values.

``resources/comparisons/NAME.json``::

    {"nnviz_compare": 1, "name": "…", "lesson": "Markdown",
     "experiment": "circle-1-hidden",            (a preset name, or an experiment object)
     "vary": {"path": "network.layers[0].units", "values": [1, 2, 3, 8], "labels": ["…", …]},
     "seeds": 1, "epochs": 300, "target_loss": 0.3, "boundary_epoch": 300}

``labels`` (a name per value, for values that are structures), ``seeds``, ``epochs``
(default: the experiment's), ``target_loss`` (default: the highest final training loss of any
value) and ``boundary_epoch`` (default: the last) are optional. Problems are named by their JSON path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nnviz.core.experiment import Experiment
from nnviz.core.json_read import read_json_file
from nnviz.core.validate import ExperimentError
from nnviz.resources import resource_path
from nnviz.session.compare.vary import Vary, make_vary

KEYS = (
    "nnviz_compare",
    "name",
    "lesson",
    "experiment",
    "vary",
    "seeds",
    "epochs",
    "target_loss",
    "boundary_epoch",
)


@dataclass
class ComparisonPreset:
    """A comparison lesson, read and checked."""

    name: str
    lesson: str
    experiment: Experiment
    vary: Vary
    seeds: int = 1
    epochs: int | None = None
    target_loss: float | None = None
    boundary_epoch: int | None = None


def comparison_dir() -> Path:
    return resource_path("comparisons")


def comparison_names() -> list[str]:
    return sorted(p.stem for p in comparison_dir().glob("*.json"))


def find(name: str) -> Path | None:
    """The shipped comparison of that name, if ``name`` is not a file."""
    if Path(name).is_file():
        return None
    path = comparison_dir() / f"{Path(name).name.removesuffix('.json')}.json"
    return path if path.is_file() else None


def load(path: Path) -> ComparisonPreset:
    from nnviz.presets import load_experiment

    doc = read_json_file(path)
    where = path.name
    problems = [f"{where}: {k}: unknown key; expected one of {', '.join(KEYS)}" for k in doc if k not in KEYS]
    if doc.get("nnviz_compare") != 1:
        problems.append(f"{where}: nnviz_compare: expected 1")
    vary = doc.get("vary")
    if (
        not isinstance(vary, dict)
        or not isinstance(vary.get("path"), str)
        or not isinstance(vary.get("values"), list)
    ):
        problems.append(f'{where}: vary: expected {{"path": "…", "values": […]}}')
    for key in ("seeds", "epochs", "boundary_epoch"):
        if key in doc and (not isinstance(doc[key], int) or isinstance(doc[key], bool) or doc[key] < 0):
            problems.append(f"{where}: {key}: expected a whole number ≥ 0")
    if "target_loss" in doc and (
        not isinstance(doc["target_loss"], int | float) or isinstance(doc["target_loss"], bool)
    ):
        problems.append(f"{where}: target_loss: expected a number")
    source = doc.get("experiment")
    if not isinstance(source, str | dict):
        problems.append(f"{where}: experiment: expected a preset name or an experiment object")
    if problems:
        raise ExperimentError(problems)
    experiment = load_experiment(source) if isinstance(source, str) else Experiment(source, path.parent)
    return ComparisonPreset(
        doc.get("name", path.stem),
        doc.get("lesson", ""),
        experiment,
        make_vary(vary["path"], vary["values"], vary.get("labels")),
        doc.get("seeds", 1),
        doc.get("epochs"),
        doc.get("target_loss"),
        doc.get("boundary_epoch"),
    )
