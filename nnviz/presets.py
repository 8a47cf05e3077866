"""Shipped presets (``resources/presets/*.json``), their lesson order, and resolving "a file or a preset name".

The lesson order (:data:`LESSON_GROUPS`) is plain data so the preset picker only draws it and a
test without Qt checks that every shipped preset has its place.
"""

from __future__ import annotations

import json
from pathlib import Path

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.i18n import QT_TRANSLATE_NOOP, in_language, translate
from nnviz.resources import resource_path

LESSON_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Lessons", "A neuron"), ("single-neuron",)),
    (
        QT_TRANSLATE_NOOP("Lessons", "The perceptron"),
        ("perceptron-and", "perceptron-or", "perceptron-nand", "perceptron-xor", "sigmoid-and"),
    ),
    (
        QT_TRANSLATE_NOOP("Lessons", "Hidden layers"),
        (
            "xor-2-2-1",
            "circle-1-hidden",
            "circle-2-hidden",
            "circle-3-hidden",
            "convex-region",
            "combined-regions",
            "linear-collapse",
            "spiral",
        ),
    ),
    (QT_TRANSLATE_NOOP("Lessons", "Backpropagation by hand"), ("worked-example",)),
    (
        QT_TRANSLATE_NOOP("Lessons", "Losses"),
        ("mse-sigmoid-slow", "cross-entropy-fast", "regression-mse", "regression-mae"),
    ),
    (
        QT_TRANSLATE_NOOP("Lessons", "Regularization"),
        ("overfitting", "overfitting-l2", "overfitting-dropout", "l2-shrink", "l1-sparse"),
    ),
    (
        QT_TRANSLATE_NOOP("Lessons", "Vanishing gradients and activations"),
        ("vanishing-sigmoid", "deep-relu", "dead-relu", "leaky-relu"),
    ),
    (QT_TRANSLATE_NOOP("Lessons", "Softmax and multi-class"), ("softmax-3-classes", "hinge-3-classes")),
    (
        QT_TRANSLATE_NOOP("Lessons", "Images and tables: CNN, Wide & Deep"),
        ("digits-mlp", "digits-cnn", "digits-shifted", "bars-edge-kernel", "wide-and-deep"),
    ),
)
"""The suggested order of the lessons: groups, each a few preset names, easiest first."""
COMPARISON_GROUP = QT_TRANSLATE_NOOP("Lessons", "Comparisons")
"""The heading of the comparison lessons (``resources/comparisons``), listed after the presets."""
OTHER_GROUP = QT_TRANSLATE_NOOP("Lessons", "Other presets")
"""Where :func:`lesson_groups` puts a shipped preset that :data:`LESSON_GROUPS` does not name yet."""


def preset_dir() -> Path:
    return resource_path("presets")


def is_shipped(path: str | Path | None) -> bool:
    """Whether ``path`` is one of the shipped preset files (which the app never overwrites)."""
    if path is None:
        return False
    try:
        return Path(path).resolve().parent == preset_dir().resolve()
    except OSError:
        return False


def preset_names() -> list[str]:
    """Names of the shipped presets, sorted (file names without ``.json``)."""
    return sorted(p.stem for p in preset_dir().glob("*.json"))


def preset_title(name: str) -> str:
    """The preset's ``name`` field, for listings."""
    try:
        return (
            in_language(json.loads((preset_dir() / f"{name}.json").read_text(encoding="utf-8")).get("name"))
            or name
        )
    except (OSError, ValueError):
        return name


def preset_lesson(name: str) -> str:
    """The preset's lesson text (Markdown), read without building the experiment; "" if none."""
    try:
        lesson = json.loads((preset_dir() / f"{name}.json").read_text(encoding="utf-8")).get("lesson", "")
    except (OSError, ValueError):
        return ""
    return in_language(lesson)


def lesson_groups() -> list[tuple[str, list[str]]]:
    """The shipped presets in :data:`LESSON_GROUPS` order, each group only with presets that exist;
    any preset no group names comes last under :data:`OTHER_GROUP`, so none is hidden."""
    shipped = set(preset_names())
    groups = [(title, [n for n in names if n in shipped]) for title, names in LESSON_GROUPS]
    named = {n for _, names in LESSON_GROUPS for n in names}
    other = sorted(shipped - named)
    if other:
        groups.append((OTHER_GROUP, other))
    return [(translate("Lessons", title), names) for title, names in groups if names]


def resolve(name_or_path: str | Path) -> Path:
    """An existing file, else the shipped preset of that name; ``ExperimentError`` if neither."""
    if not str(name_or_path).strip():  # Path("") is the current folder, which names nothing the user wrote
        raise ExperimentError(
            [translate("Presets", "an empty name: give an experiment file or a preset (nnviz presets lists them)")]
        )
    path = Path(name_or_path)
    if path.is_file():
        return path
    preset = preset_dir() / f"{Path(name_or_path).name.removesuffix('.json')}.json"
    if preset.is_file():
        return preset
    if path.exists() or path.is_symlink():  # a folder, device or pipe: refused by name when read
        return path
    from nnviz.session.compare.presets import command, comparison_names

    stem = Path(name_or_path).name.removesuffix(".json")
    if stem in comparison_names():  # listed by nnviz presets under Comparisons, run by nnviz compare
        raise ExperimentError([f"{stem} is a comparison lesson: run {command(stem, 'FILE')}"])
    raise ExperimentError([f"{name_or_path}: no such file or preset (nnviz presets lists the presets)"])


def load_experiment(name_or_path: str | Path) -> Experiment:
    """The experiment file or preset; a comparison lesson's file is refused with the command that runs it
    (read as an experiment it would only be a list of unknown keys)."""
    path = resolve(name_or_path)
    try:
        return Experiment.load(path)
    except ExperimentError:
        from nnviz.session.compare.presets import find

        if find(str(path)) is None:
            raise
    raise ExperimentError(
        [
            translate(
                "Presets", "{0}: a comparison lesson, not an experiment: run nnviz compare {1} --out FILE.png"
            ).format(path.name, path)
        ]
    )
