"""A lesson keeps telling the truth about its data and network: a change relabels a lesson nobody edited.

A shipped lesson's name and text speak of its data and its network ("XOR with a 2-2-1 network").
When the learner swaps the data set and has not touched the name or the text, the name gets the
new data in brackets and the text a first line saying the lesson was written for other data; a
change of the network's layers (units, activations, layers added or removed) marks the name
"(network changed)" and heads the text likewise. Going back to the lesson's own data and network
(or undoing) brings the original words back. A name or text the learner wrote is theirs and never
changed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nnviz.i18n import ENGLISH, QT_TRANSLATE_NOOP, translate_in


def data_words(data: Any) -> str:
    """The data in a word or two, as the Experiment panel names it: a data set, a CSV file, or inline."""
    if not isinstance(data, dict):
        return "other"
    if isinstance(data.get("dataset"), str):
        return data["dataset"]
    if isinstance(data.get("csv"), str):
        return Path(data["csv"]).name
    return "inline"


NOTE = QT_TRANSLATE_NOOP(
    "Lessons",
    "*Changed: this lesson was written for the {was} data; the data is now {now}, so what it says may not hold.*",
)
RENAMED = QT_TRANSLATE_NOOP("Lessons", "{name} (on {now} data)")
NETWORK_NOTE = QT_TRANSLATE_NOOP(
    "Lessons",
    "*Changed: the network's layers are not the ones this lesson was written for, so what it says may not hold.*",
)
NETWORK_RENAMED = QT_TRANSLATE_NOOP("Lessons", "{name} (network changed)")


def layers_shape(network: Any) -> Any:
    """What a lesson's words depend on in a spec's ``network``: its layers without their weights (an edited
    or trained weight leaves the lesson as true as it was)."""
    if not isinstance(network, dict) or not isinstance(network.get("layers"), list):
        return network
    layers = [
        {k: v for k, v in layer.items() if k not in ("weights", "bias")} if isinstance(layer, dict) else layer
        for layer in network["layers"]
    ]
    return {**{k: v for k, v in network.items() if k != "layers"}, "layers": layers}


def _each(text: Any, change) -> Any:
    """``change(lang, text)`` of a plain text (in English) or of each language of a map."""
    if isinstance(text, dict):
        return {lang: change(lang, value) for lang, value in text.items()}
    return change(ENGLISH, text)


@dataclass(frozen=True)
class LessonOrigin:
    """The name, lesson text and data of an experiment as it was opened or saved."""

    name: Any
    lesson: Any
    data: Any
    network: Any = None
    """The spec's network as :func:`layers_shape` sees it."""

    @classmethod
    def of(cls, spec: dict) -> LessonOrigin:
        network = layers_shape(spec.get("network"))
        return cls(spec.get("name"), spec.get("lesson"), copy.deepcopy(spec.get("data")), copy.deepcopy(network))

    def words_for(self, data: Any, network: Any) -> tuple[Any, Any]:
        """The (name, lesson) this lesson shows, untouched, over ``data`` and the spec's ``network``."""
        name, lesson = self.name, self.lesson
        if not lesson:
            return name, lesson
        if data != self.data:
            was, now = data_words(self.data), data_words(data)
            name, lesson = self._marked(
                name,
                lesson,
                lambda lang, n: translate_in(lang, "Lessons", RENAMED).format(name=n, now=now),
                lambda lang: translate_in(lang, "Lessons", NOTE).format(was=was, now=now),
            )
        if layers_shape(network) != self.network:
            name, lesson = self._marked(
                name,
                lesson,
                lambda lang, n: translate_in(lang, "Lessons", NETWORK_RENAMED).format(name=n),
                lambda lang: translate_in(lang, "Lessons", NETWORK_NOTE),
            )
        return name, lesson

    @staticmethod
    def _marked(name: Any, lesson: Any, renamed, note) -> tuple[Any, Any]:
        """``name`` renamed and ``lesson`` headed by ``note`` in each of its languages (no name: none made up)."""
        name = name if name is None else _each(name, renamed)
        return name, _each(lesson, lambda lang, text: f"{note(lang)}\n\n{text}")

    def relabel(self, old: dict, new: dict) -> dict:
        """``new`` with the name and lesson following its data and network, when ``old`` showed them
        untouched and this change leaves them alone; else ``new`` as it is."""
        untouched = (old.get("name"), old.get("lesson")) == self.words_for(old.get("data"), old.get("network"))
        same_words = (new.get("name"), new.get("lesson")) == (old.get("name"), old.get("lesson"))
        same_subject = new.get("data") == old.get("data") and layers_shape(new.get("network")) == layers_shape(
            old.get("network")
        )
        if same_subject or not (untouched and same_words):
            return new
        relabelled = dict(new)
        name, lesson = self.words_for(new.get("data"), new.get("network"))
        for key, value in (("name", name), ("lesson", lesson)):
            if value is None:
                relabelled.pop(key, None)
            else:
                relabelled[key] = value
        return relabelled
