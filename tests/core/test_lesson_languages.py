"""An experiment file may carry its name and lesson in several languages; saving keeps them all."""

import copy

import pytest
from xor_spec import XOR_SPEC

from nnviz import i18n
from nnviz.core.experiment import Experiment
from nnviz.errors import USER_ERRORS

LESSON = {
    "en": "Two hidden units solve XOR.",
    "zh_CN": "两个隐藏神经元解决 XOR。",
    "zh_TW": "兩個隱藏神經元解決 XOR。",
}
NAME = {"en": "XOR", "zh_CN": "异或", "zh_TW": "互斥或"}


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def test_a_file_with_three_languages_round_trips(tmp_path):
    experiment = Experiment({**copy.deepcopy(XOR_SPEC), "name": NAME, "lesson": LESSON})
    path = tmp_path / "x.json"
    experiment.save(path)
    again = Experiment.load(path)
    assert again.spec["lesson"] == LESSON and again.spec["name"] == NAME
    i18n.set_language("zh_TW")
    assert (again.name, again.lesson) == ("互斥或", LESSON["zh_TW"])
    i18n.set_language("zh_CN")
    assert again.lesson == LESSON["zh_CN"]


def test_a_missing_language_falls_back_to_english_and_a_plain_string_serves_all():
    i18n.set_language("zh_TW")
    assert i18n.in_language({"en": "E", "zh_CN": "C"}) == "E"
    assert i18n.in_language({"zh_CN": "C"}) == "C"
    assert i18n.in_language("same") == "same"
    assert i18n.with_language({"en": "E"}, "T") == {"en": "E", "zh_TW": "T"}
    assert i18n.with_language("plain", "T") == "T"


def test_an_unknown_language_in_a_lesson_is_named_by_its_path():
    with pytest.raises(USER_ERRORS) as error:
        Experiment({**copy.deepcopy(XOR_SPEC), "lesson": {"en": "x", "fr": "y"}})
    assert "lesson.fr" in str(error.value)
