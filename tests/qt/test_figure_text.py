"""The figures of the comparison and the landscape lay their words out from the fonts' metrics:
in the large presentation type and in Chinese (taller glyphs) as in the light theme in English,
no text is cut by its box or the figure's edge and no two texts overlap (:mod:`text_boxes`)."""

import pytest
from PySide6.QtGui import QColor
from text_boxes import RecordingPainter, problems, record

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


@pytest.mark.parametrize("make", [compare_figure, ablation_figure, shared_landscape_figure])
@pytest.mark.parametrize(("theme", "lang"), [("presentation", "en"), ("light", "zh_CN")])
def test_a_small_page_is_laid_out_larger_and_scaled_down(language, make, theme, lang):
    """At 800×450 the table read "0…." and the headers overlapped: an export lays such a page out at
    :func:`layout_size` (same shape) and scales it down, so every text fits whole."""
    from nnviz.qt.figure_text import layout_size

    language(lang)
    page = (800, 450)
    size = layout_size(page, THEMES[theme].font_scale)
    assert size[0] / size[1] == pytest.approx(page[0] / page[1], rel=0.01) and size[0] > page[0]
    drawn, bounds = record(make(THEMES[theme], size))
    found = problems(drawn, bounds)
    assert not found, "\n".join(found)
    # No number elided ("0…"); "… 3 more" closing a list is a text of its own.
    assert not [t for t in (d.text for d in drawn) if "…" in t[1:] and any(c.isdigit() for c in t)]


def test_a_page_large_enough_is_laid_out_as_it_is():
    from nnviz.qt.figure_text import LAYOUT_MIN, layout_size

    assert layout_size((1400, 900), 1.0) == (1400, 900)
    assert layout_size(LAYOUT_MIN, 1.0) == LAYOUT_MIN
    assert layout_size((1100, 620), 1.45) == (1276, 719)  # the presentation type needs more room
    assert layout_size((550, 310), 1.0) == (1100, 620)


def test_the_exported_file_has_the_page_size_asked_for(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from nnviz.qt.compare.export import write_figure

    c, target = comparison("compare-optimizers")
    out = write_figure(c, make_table(c, target), tmp_path / "small.png", "presentation", (800, 450), EPOCHS)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 450)


@pytest.mark.parametrize(("theme", "size"), [("presentation", (1276, 814)), ("light", (1100, 700))])
def test_a_small_multiples_title_too_long_for_its_tile_is_the_value_alone(qapp, theme, size):
    """In a Compare window on a 1366×768 screen the tiles read "optimizer = SGD +…" and
    "optimizer = …": where a title is too long for its tile, every tile says its value alone, as
    the table's rows do."""
    from nnviz.qt.compare.figure import CompareFigure

    c, target = comparison("compare-optimizers")
    drawn, _ = record(CompareFigure(c, make_table(c, target), THEMES[theme], size, EPOCHS))
    texts = [d.text for d in drawn]
    # One title does not fit, so every tile says its value alone: they read alike.
    assert not [t for t in texts if t.startswith("optimizer =")]
    assert texts.count("Adam") == 2
    # The table's row and the tile's title (cut in the presentation type: the tiles are narrow).
    assert sum(t.startswith("SGD + mom") for t in texts) == 2


@pytest.mark.parametrize("make", [compare_figure, ablation_figure, shared_landscape_figure])
@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_text_reads_on_the_background(qapp, make, theme):
    """A run's colour as text (the tiles' titles, the shared landscape's legend) read 2.25:1 in
    Okabe–Ito orange on white and 3.2:1 in blue on the dark background: each text's colour now has
    at least READABLE_CONTRAST (WCAG 2's 4.5:1) with the figure's background."""
    from PySide6.QtGui import QImage

    from nnviz.qt.theme import READABLE_CONTRAST, blended, contrast

    class PenRecorder(RecordingPainter):
        def drawText(self, *args):
            super().drawText(*args)
            self.pens.append((args[-1], QColor(self.pen().color())))

    figure = make(THEMES[theme], (1400, 900))
    size = figure.natural_size().toSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    painter = PenRecorder(image)
    painter.pens = []
    figure.paint(painter, False)
    painter.end()
    background = THEMES[theme].q("background")
    low = [
        (text, color.name(), round(contrast(blended(color, background), background), 2))
        for text, color in painter.pens
        if text and contrast(blended(color, background), background) < READABLE_CONTRAST
    ]
    assert len(painter.pens) > 10 and not low
