"""The figures of the comparison and the landscape lay their words out from the fonts' metrics:
in the large presentation type and in Chinese (taller glyphs) as in the light theme in English,
no text is cut by its box or the figure's edge and no two texts overlap (:mod:`text_boxes`)."""

import pytest
from text_boxes import problems, record

from nnviz.qt.theme import THEMES
from nnviz.session.compare import presets
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import make_table
from nnviz.session.compare.train_run import Job, train

EPOCHS = 3
CASES = [("presentation", "zh_TW", (1366, 768)), ("light", "en", (1400, 900)), ("dark", "zh_CN", (1920, 1080))]


@pytest.fixture
def language(qapp):
    from nnviz.qt.i18n import install_language

    yield install_language
    install_language("en")


def comparison(name: str, keep: bool = False) -> tuple[Comparison, int]:
    preset = presets.load(presets.find(name))
    plan = make_plan(preset.experiment, preset.vary, seeds=1, epochs=EPOCHS)
    plan.name = preset.name
    return Comparison(plan, [train(Job(r, EPOCHS, (EPOCHS,), keep)) for r in plan.runs]), preset.target_loss


def compare_figure(theme, size):
    from nnviz.qt.compare.figure import CompareFigure

    c, target = comparison("compare-deep-activations")
    return CompareFigure(c, make_table(c, target), theme, size, EPOCHS)


def compare_seeds_figure(theme, size):
    """Several seeds (the band's notes) and eight rows in the table."""
    from nnviz.qt.compare.figure import CompareFigure

    preset = presets.load(presets.find("compare-hidden-units"))
    plan = make_plan(preset.experiment, preset.vary, seeds=2, epochs=EPOCHS)
    c = Comparison(plan, [train(Job(r, EPOCHS, (EPOCHS,))) for r in plan.runs])
    return CompareFigure(c, make_table(c, preset.target_loss), theme, size, EPOCHS)


def ablation_figure(theme, size):
    """The Wide & Deep ablation: the right-only table in place of the small multiples."""
    from nnviz.presets import load_experiment
    from nnviz.qt.compare.ablation_figure import make_figure
    from nnviz.session.compare.ablation import ablation_plan, ablation_table

    plan = ablation_plan(load_experiment("wide-and-deep"), epochs=EPOCHS)
    c = Comparison(plan, [train(Job(r, EPOCHS, (EPOCHS,))) for r in plan.runs])
    return make_figure(c, ablation_table(c, None), theme, size, EPOCHS)


def landscape_figure(theme, size):
    from nnviz.presets import load_experiment
    from nnviz.qt.landscape_shot import landscape_figure as make

    return make(load_experiment("xor-2-2-1"), 5, None, theme, size)


def shared_landscape_figure(theme, size):
    from nnviz.qt.compare.export import shared_landscape_figure as make

    c, _ = comparison("compare-optimizers", keep=True)
    return make(c, theme, size)


@pytest.mark.parametrize(
    "make", [compare_figure, compare_seeds_figure, ablation_figure, landscape_figure, shared_landscape_figure]
)
@pytest.mark.parametrize(("theme", "lang", "size"), CASES)
def test_no_text_is_cut_or_overlaps(language, make, theme, lang, size):
    language(lang)
    drawn, bounds = record(make(THEMES[theme], size))
    assert len(drawn) > 10
    found = problems(drawn, bounds)
    assert not found, "\n".join(found)
