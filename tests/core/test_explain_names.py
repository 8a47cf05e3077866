"""The names of losses, layer kinds and activations the sentences write: the model's own English,
translated otherwise."""

import re

import pytest

from nnviz import i18n
from nnviz.core.activations import NAMES as NAMES_F
from nnviz.core.activations import get_activation
from nnviz.core.explain_names import LOSS_WORDS, activation_words, kind_words, loss_words
from nnviz.core.losses import NAMES, get_loss
from nnviz.core.network_spec import KINDS
from nnviz.presets import load_experiment
from nnviz.worked_layers import network_words


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


def test_a_layer_kind_is_its_identifier_in_english_and_a_glossary_term_in_chinese():
    assert [kind_words(kind) for kind in KINDS] == list(KINDS)
    i18n.set_language("zh_TW")
    assert [kind_words(kind) for kind in KINDS] == ["全連線", "卷積", "最大池化", "平均池化", "展平", "拼接"]
    i18n.set_language("zh_CN")
    assert kind_words("conv2d") == "卷积" and kind_words("flatten") == "展平"


def test_an_activation_is_named_in_the_language_but_a_function_keeps_its_name():
    assert [activation_words(get_activation(name)) for name in NAMES_F] == [
        get_activation(name).describe() for name in NAMES_F
    ]
    i18n.set_language("zh_CN")
    assert activation_words(get_activation("identity")) == "恒等"
    assert activation_words(get_activation("relu")) == "ReLU"
    assert activation_words(get_activation("leaky_relu", slope=0.1)) == "Leaky ReLU（斜率 0.1）"


def test_the_network_line_of_a_cnn_names_every_kind_in_chinese():
    """The worked example's and the exercise's first line said "max_pool2d" and "flatten"."""
    i18n.set_language("zh_TW")
    line = network_words(load_experiment("digits-cnn").network)
    assert "最大池化 2×2" in line and "→ 展平 →" in line and line.count("卷積") >= 1
    assert not re.search(r"conv2d|pool2d|flatten|dense", line), line
