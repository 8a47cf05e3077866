"""A lesson keeps telling the truth about its data: a data change relabels a lesson nobody edited.

A shipped lesson's name and text speak of its data ("XOR with a 2-2-1 network"). When the
learner swaps the data set and has not touched the name or the text, the name gets the new
data in brackets and the text a first line saying the lesson was written for other data; going
back to the lesson's own data (or undoing) brings the original words back. A name or text the
learner wrote is theirs and never changed.
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

    @classmethod
    def of(cls, spec: dict) -> LessonOrigin:
        return cls(spec.get("name"), spec.get("lesson"), copy.deepcopy(spec.get("data")))

    def words_for(self, data: Any) -> tuple[Any, Any]:
        """The (name, lesson) this lesson shows, untouched, over ``data``."""
        if data == self.data or not self.lesson:
            return self.name, self.lesson
        was, now = data_words(self.data), data_words(data)

        def note(lang: str, lesson: str) -> str:
            words = translate_in(lang, "Lessons", NOTE).format(was=was, now=now)
            return f"{words}\n\n{lesson}"

        def renamed(lang: str, name: str) -> str:
            return translate_in(lang, "Lessons", RENAMED).format(name=name, now=now)

        name = self.name if self.name is None else _each(self.name, renamed)  # no name: none made up
        return name, _each(self.lesson, note)

    def relabel(self, old: dict, new: dict) -> dict:
        """``new`` with the name and lesson following its data, when ``old`` showed them untouched
        and this change leaves them alone; else ``new`` as it is."""
        untouched = (old.get("name"), old.get("lesson")) == self.words_for(old.get("data"))
        same_words = (new.get("name"), new.get("lesson")) == (old.get("name"), old.get("lesson"))
        if new.get("data") == old.get("data") or not (untouched and same_words):
            return new
        relabelled = dict(new)
        name, lesson = self.words_for(new.get("data"))
        for key, value in (("name", name), ("lesson", lesson)):
            if value is None:
                relabelled.pop(key, None)
            else:
                relabelled[key] = value
        return relabelled
