"""The loss names and formulas the sentences write: the model's own English, translated otherwise."""

import pytest

from nnviz import i18n
from nnviz.core.explain_names import LOSS_WORDS, loss_words
from nnviz.core.losses import NAMES, get_loss


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("name", NAMES)
def test_every_loss_has_words_and_in_english_they_are_the_models(name):
    loss = get_loss(name, margin=0.5)
    assert name in LOSS_WORDS
    display, formula = LOSS_WORDS[name]
    assert (display, formula.format(margin="0.5")) == (loss.display_name, loss.formula)
    assert loss_words(loss) == (loss.display_name, loss.formula)


def test_in_chinese_the_names_are_translated_and_the_numbers_kept():
    i18n.set_language("zh_CN")
    assert loss_words(get_loss("mse"))[0] == "均方误差"
    assert loss_words(get_loss("hinge", margin=0.25))[1].endswith("+ 0.25)")
    i18n.set_language("zh_TW")
    assert loss_words(get_loss("mae"))[0] == "平均絕對誤差"
