"""Comparison lessons: shipped files that say which experiment, which setting and which values.

``resources/comparisons/NAME.json``::

    {"nnviz_compare": 1, "name": "…", "lesson": "Markdown",
     "experiment": "circle-1-hidden",            (a preset name, or an experiment object)
     "vary": {"path": "network.layers[0].units", "values": [1, 2, 3, 8], "labels": ["…", …]},
     "seeds": 1, "epochs": 300, "target_loss": 0.3, "boundary_epoch": 300}

``labels`` (a name per value, for values that are structures; each a string or a map from
language to string, as ``name``), ``seeds``, ``epochs``
(default: the experiment's), ``target_loss`` (default: the highest final training loss of any
value) and ``boundary_epoch`` (default: the last) are optional. Problems are named by their JSON path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from nnviz.core.experiment import Experiment
from nnviz.core.experiment_spec import MAX_LESSON, MAX_NAME, check_text
from nnviz.core.json_read import read_json_file
from nnviz.core.validate import ExperimentError, Problems, type_name
from nnviz.i18n import in_language
from nnviz.resources import resource_path
from nnviz.session.compare.plan import MAX_SEEDS
from nnviz.session.compare.vary import Vary, make_vary

MAX_EPOCHS = 10**7
"""The most epochs a lesson asks for (as ``--epochs``)."""

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

VARY_KEYS = ("path", "values", "labels")


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
    written: dict = field(default_factory=dict)
    """The file's ``name`` and ``lesson`` as written: a string, or a map language → string."""

    def text(self, key: str) -> str:
        """``name`` or ``lesson`` in the current language (which may have changed since the file was
        read: a window showing the lesson follows a language switch)."""
        return in_language(self.written[key]) if key in self.written else getattr(self, key)


def comparison_dir() -> Path:
    return resource_path("comparisons")


ORDER = (
    "compare-perceptron-xor",
    "compare-hidden-units",
    "compare-mse-cross-entropy",
    "compare-l2-lambda",
    "compare-deep-activations",
    "compare-optimizers",
)
"""The suggested order of the shipped comparison lessons, as the presets' lesson order runs."""


def comparison_names() -> list[str]:
    """The shipped comparison lessons in :data:`ORDER`, any it does not name after them, sorted."""
    shipped = {p.stem for p in comparison_dir().glob("*.json")}
    return [n for n in ORDER if n in shipped] + sorted(shipped - set(ORDER))


def comparison_text(name: str, key: str) -> str:
    """A shipped lesson's ``name`` (its title; the file name if it has none) or ``lesson`` (Markdown)
    in the current language, read without building the experiment, for listings and the picker."""
    try:
        doc = json.loads((comparison_dir() / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        doc = {}
    text = in_language(doc.get(key)) if isinstance(doc, dict) else ""
    return text or (name if key == "name" else "")


def command(name: str, out: str = "FILE.png") -> str:
    """The command that runs the shipped lesson ``name``."""
    return f"nnviz compare {name} --out {out}"


def find(name: str) -> Path | None:
    """The comparison lesson ``name`` is: a file whose document has ``"nnviz_compare"``, or, if
    ``name`` is not a file, the shipped one of that name."""
    if Path(name).is_file():
        try:
            doc = read_json_file(Path(name))
        except ExperimentError:
            return None  # reading it as an experiment names the problem
        return Path(name) if isinstance(doc, dict) and "nnviz_compare" in doc else None
    path = comparison_dir() / f"{Path(name).name.removesuffix('.json')}.json"
    return path if path.is_file() else None


def is_lesson_file(name: str) -> bool:
    """Whether ``name`` is a file holding a comparison lesson (not a shipped lesson's name)."""
    return Path(name).is_file() and find(name) is not None


def load(path: Path) -> ComparisonPreset:
    """The lesson at ``path``; :class:`ExperimentError` names each problem ``FILE: key: what``
    (the experiment's own problems as ``FILE: experiment.PATH`` or ``FILE: experiment: NAME: …``)."""
    from nnviz.presets import load_experiment

    doc = read_json_file(path)
    where = path.name
    if not isinstance(doc, dict):
        raise ExperimentError([f"{where}: expected a JSON object, got {type_name(doc)}"])
    problems = [f"{where}: {k}: unknown key; expected one of {', '.join(KEYS)}" for k in doc if k not in KEYS]
    if doc.get("nnviz_compare") != 1 or isinstance(doc.get("nnviz_compare"), bool | float):
        problems.append(f"{where}: nnviz_compare: expected 1")
    vary = doc.get("vary")
    texts = Problems()
    if (
        not isinstance(vary, dict)
        or not isinstance(vary.get("path"), str)
        or not isinstance(vary.get("values"), list)
    ):
        problems.append(f'{where}: vary: expected {{"path": "…", "values": […]}}')
    else:
        problems += [
            f"{where}: vary.{k}: unknown key; expected path, values, labels" for k in vary if k not in VARY_KEYS
        ]
        if "labels" in vary and not isinstance(vary["labels"], list):
            problems.append(f"{where}: vary.labels: expected a list of names, one per value")
        for i, label in enumerate(vary.get("labels") if isinstance(vary.get("labels"), list) else ()):
            check_text(label, f"vary.labels[{i}]", MAX_NAME, texts)
    for key, limit in (("name", MAX_NAME), ("lesson", MAX_LESSON)):
        if key in doc:
            check_text(doc[key], key, limit, texts)
    problems += [f"{where}: {line}" for line in texts.items]
    for key, low, high in (("seeds", 1, MAX_SEEDS), ("epochs", 0, MAX_EPOCHS), ("boundary_epoch", 0, MAX_EPOCHS)):
        if key in doc and (
            not isinstance(doc[key], int) or isinstance(doc[key], bool) or not low <= doc[key] <= high
        ):
            problems.append(f"{where}: {key}: expected a whole number from {low} to {high:,}")
    if "target_loss" in doc and (
        not isinstance(doc["target_loss"], int | float) or isinstance(doc["target_loss"], bool)
    ):
        problems.append(f"{where}: target_loss: expected a number")
    source = doc.get("experiment")
    if not isinstance(source, str | dict):
        problems.append(f"{where}: experiment: expected a preset name or an experiment object")
    if problems:
        raise ExperimentError(problems)
    try:
        experiment = load_experiment(source) if isinstance(source, str) else Experiment(source, path.parent)
    except ExperimentError as error:
        joint = ": " if isinstance(source, str) else "."
        raise ExperimentError([f"{where}: experiment{joint}{line}" for line in error.problems]) from None
    try:
        labels = [in_language(label) for label in vary["labels"]] if "labels" in vary else None
        made = make_vary(vary["path"], vary["values"], labels)
    except ExperimentError as error:
        raise from_lesson(error, where) from None
    return ComparisonPreset(
        in_language(doc.get("name", path.stem)),
        in_language(doc.get("lesson", "")),
        experiment,
        made,
        doc.get("seeds", 1),
        doc.get("epochs"),
        doc.get("target_loss"),
        doc.get("boundary_epoch"),
        {"name": doc.get("name", path.stem), "lesson": doc.get("lesson", "")},
    )


def from_lesson(error: ExperimentError, where: str) -> ExperimentError:
    """``error`` about the varied setting, said of the lesson file ``where`` rather than of ``--vary``."""
    return ExperimentError([f"{where}: vary: {line.removeprefix('--vary ')}" for line in error.problems])
