"""Results of a picture classifier, in the data view's place: the confusion matrix on the test
set, the gallery of misclassified test pictures, and a pad to draw your own picture.

Three tabs. **Confusion**: the matrix (:mod:`.confusion`) with the test accuracy; a click on a
cell opens its pictures. **Misclassified**: the test pictures the network reads wrong, the most
confident mistakes first, captioned "true → read as"; a click on one puts it on the pad and
traces it.
**Draw**: an 8×8 pad (the picture's size) and the network's class probabilities for it, which
follow every stroke and every step (**Load PNG…** puts a picture file there:
:mod:`.picture_file`); **Trace it** makes the pad's picture the traced sample of
every view (:mod:`nnviz.session.picture_probe`). All of it uses the parameters the cursor shows
(:mod:`nnviz.session.image_results`).

During a live run the tab on show redraws once a second while it is on screen (the others
when opened; a pass of the digits CNN
over its test set took 16–48 ms here; :mod:`nnviz.qt.pacing`), and catches up when the run pauses.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.losses import true_classes
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.image_results.confusion import ConfusionMatrix
from nnviz.qt.image_results.draw_page import DrawPage
from nnviz.qt.image_results.picture_file import PictureFileError, ask_path, read_grey
from nnviz.qt.image_results.pictures import Gallery
from nnviz.qt.pacing import LivePacer, PacedPanel
from nnviz.qt.plots.style import caption_label, caption_style
from nnviz.qt.theme import LIGHT, Theme, ui_font
from nnviz.session.image_results import ImageResults, TestResults, applies
from nnviz.session.picture_import import picture_from_grey
from nnviz.session.picture_probe import PictureProbe

RESULTS_INTERVAL_S = 1.0
"""While running, the results redraw at most this often: a class's count moves slowly."""
MIN_WIDTH, MIN_HEIGHT = 60, 100
"""What the panel asks of its dock at least."""
GALLERY_MAX = 60
"""At most this many misclassified pictures are shown (the most confident mistakes)."""
TABS = {
    "confusion": QT_TRANSLATE_NOOP("image_results", "Confusion"),
    "misclassified": QT_TRANSLATE_NOOP("image_results", "Misclassified"),
    "draw": QT_TRANSLATE_NOOP("image_results", "Draw"),
}


def _page(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    return page


class ImageResultsView(PacedPanel, QWidget):
    """The three tabs around a controller; see the module docstring."""

    def __init__(self, controller: Controller, parent: QWidget | None = None, *, theme: Theme = LIGHT):
        super().__init__(parent)
        self.setObjectName("image_results")
        self.controller = controller
        self.theme = theme
        self.images: ImageResults | None = None
        self.results: TestResults | None = None
        self.cell: tuple[int, int] | None = None
        """The confusion cell whose pictures the gallery shows (``None``: every mistake)."""
        self.test_index: int | None = None
        """The test picture on the pad, until the learner draws on it (``None``: a drawing)."""
        self._loading = False
        self.matrix = ConfusionMatrix(theme)
        self.matrix_caption = caption_label(theme)
        self.gallery = Gallery(theme)
        self.gallery_caption = caption_label(theme)
        self.show_all = QPushButton(translate("image_results", "All mistakes"))
        self.show_all.setObjectName("show_all_mistakes")
        self.draw_page = DrawPage(theme)
        page = self.draw_page
        self.pad, self.bars, self.pad_caption, self.label = page.pad, page.bars, page.caption, page.label
        self.trace, self.clear, self.load = page.trace, page.clear, page.load
        self._probe: PictureProbe | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.gallery)
        head = QWidget()
        head_layout = QHBoxLayout(head)
        head_layout.setContentsMargins(0, 0, 4, 0)
        head_layout.addWidget(self.gallery_caption, 1)
        head_layout.addWidget(self.show_all)
        self.pages = {
            "confusion": _page(self.matrix_caption, self.matrix),
            "misclassified": _page(head, self.scroll),
            "draw": self.draw_page,
        }
        self.tabs = QTabWidget()
        self.tabs.setObjectName("image_results_tabs")
        self.tabs.setDocumentMode(True)
        for key, page in self.pages.items():
            page.setObjectName(f"{key}_page")
            self.tabs.addTab(page, translate("image_results", TABS[key]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._style(theme)
        self.matrix.cell_clicked.connect(self._on_matrix_cell_clicked)
        self.gallery.picked.connect(self._on_gallery_picked)
        self.show_all.clicked.connect(self._on_show_all_clicked)
        self.pad.changed.connect(self._on_pad_changed)
        self.clear.clicked.connect(self.pad.clear)
        self.load.clicked.connect(lambda: self.load_picture_file(ask_path(self)))
        self.trace.toggled.connect(self._on_trace_toggled)
        self._tabs_stale: set[str] = set()
        self.tabs.currentChanged.connect(self._draw_tab)
        self.label.valueChanged.connect(self._on_label_value_changed)
        self.pacer = LivePacer(self, controller, RESULTS_INTERVAL_S)
        controller.workspace_replaced.connect(self.rebuild)
        controller.stepped.connect(self._on_controller_stepped)
        self.rebuild()

    def minimumSizeHint(self) -> QSize:  # Qt override
        # The data view's stack asks every page, shown or not: this one must not widen the Data dock
        # of a network on two inputs, nor hold a narrow dock open (its tabs clip instead).
        return QSize(MIN_WIDTH, MIN_HEIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme`` from now on, and redraw."""
        self._style(theme)
        self.refresh()

    def _style(self, theme: Theme) -> None:
        self.theme = theme
        self.setFont(ui_font(theme))
        for widget in (self.matrix, self.gallery, self.pad, self.bars):
            widget.set_theme(theme)
        for label in (self.matrix_caption, self.gallery_caption, self.pad_caption):
            label.setStyleSheet(caption_style(theme))
        for page in self.pages.values():
            page.setStyleSheet(f"#{page.objectName()} {{ background: {theme.background}; }}")
        self.scroll.setStyleSheet(f"background: {theme.background};")

    @property
    def names(self) -> list[str]:
        """Class names as the data gives them (their numbers otherwise)."""
        k = self.images.n_classes if self.images is not None else 0
        names = list(self.controller.workspace.experiment.data.class_names or ())
        return names if len(names) == k else [str(c) for c in range(k)]

    def show_tab(self, key: str) -> QWidget:
        """Open tab ``key`` (confusion, misclassified, draw) and return its page."""
        self.tabs.setCurrentWidget(self.pages[key])
        return self.pages[key]

    # -- drawing --------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """A new experiment: new results, the cell filter dropped; the pad kept if the shape is the same."""
        experiment = self.controller.workspace.experiment
        self.images = ImageResults(experiment) if applies(experiment) else None
        self.cell = None
        self.matrix.set_picked(None)
        self._probe = None
        self.label.setRange(0, max(self.images.n_classes - 1, 0) if self.images is not None else 0)
        shape = experiment.network.input_shape[1:]
        test = experiment.data.points_test
        drawn = self.test_index is None and self.pad.picture.shape == shape and self.pad.picture.any()
        if not drawn:  # the learner's own drawing stays; else the pad shows a test picture of this data
            index = min(self.test_index or 0, len(test) - 1)
            self.test_index = index if self.images is not None and index >= 0 else None
            self.pad.picture = (
                np.zeros(shape) if self.test_index is None else np.array(test[index][0], dtype=float)
            )
            self.pad.update()
            if self.test_index is not None:
                with QSignalBlocker(self.label):
                    self.label.setValue(self._test_class(self.test_index))
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the workspace (skipped while hidden; done when shown)."""
        self._stale = False
        if self.images is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        # Only the tab on show: a pass over the test set is the costly part, and the Draw tab needs none.
        self._tabs_stale = set(self.pages)
        self._draw_tab(self.tabs.currentIndex())

    def _draw_tab(self, index: int) -> None:
        key = list(self.pages)[index] if 0 <= index < len(self.pages) else None
        if key is None or key not in self._tabs_stale or self.images is None:
            return
        {"confusion": self._draw_matrix, "misclassified": self._draw_gallery, "draw": self._draw_pad}[key]()

    def _draw_all(self) -> None:
        self._draw_matrix()
        self._draw_gallery()
        self._draw_pad()

    def _test_results(self) -> TestResults:
        """The test set's results with the parameters the cursor shows (remembered per state)."""
        self.results = self.images.results(self.controller.workspace.stepper)
        return self.results

    def _draw_matrix(self) -> None:
        self._tabs_stale.discard("confusion")
        results = self._test_results()
        self.matrix.set_counts(results.confusion, self.names)
        if not results.total:
            text = translate("image_results", "No test set: give the data a test fraction to see the matrix.")
        else:
            text = translate(
                "image_results",
                "Test set: {right} of {total} read right ({percent:.1f} %) · click a cell for its pictures",
            ).format(right=results.right, total=results.total, percent=100.0 * results.accuracy)
        self.matrix_caption.setText(text)

    def _draw_gallery(self) -> None:
        self._tabs_stale.discard("misclassified")
        results, names = self._test_results(), self.names
        picked = results.mistakes(*self.cell) if self.cell is not None else list(results.misclassified)
        shown = picked[:GALLERY_MAX]
        x_test = self.controller.workspace.experiment.data.points_test
        pictures = x_test[[m.index for m in shown]][:, 0] if shown else np.zeros((0, 1, 1))
        captions = [f"{names[m.true]}→{names[m.predicted]}\n{m.confidence:.2f}" for m in shown]
        tip = translate(
            "image_results", "Test picture {n}: true {t}, read as {p} with p = {c:.3f} · click to draw on it"
        )
        tips = [tip.format(n=m.index + 1, t=names[m.true], p=names[m.predicted], c=m.confidence) for m in shown]
        self.gallery.set_pictures(pictures, captions, [m.index for m in shown], tips)
        if self.cell is not None:
            text = translate("image_results", "True {t} read as {p}: {n} test pictures").format(
                t=names[self.cell[0]], p=names[self.cell[1]], n=len(picked)
            )
        else:
            text = translate(
                "image_results", "{n} misclassified test pictures, the most confident first (true→read as, p)"
            ).format(n=len(picked))
        if len(picked) > len(shown):
            text += translate("image_results", " · the first {m} shown").format(m=len(shown))
        self.gallery_caption.setText(text)
        self.show_all.setVisible(self.cell is not None)

    def _draw_pad(self) -> None:
        self._tabs_stale.discard("draw")
        ws, names = self.controller.workspace, self.names
        p = self.images.classify(ws.stepper, self.pad.picture)
        true = self.label.value()
        self.bars.set_probabilities(p, names, true)
        with QSignalBlocker(self.trace):
            self.trace.setChecked(self._probe is not None and ws.probe is self._probe)
        predicted = int(np.nanargmax(p)) if np.isfinite(p).any() else 0
        read = translate("image_results", "read as {p} (p = {v:.2f})").format(
            p=names[predicted], v=float(p[predicted])
        )
        if self.test_index is not None:
            head = translate("image_results", "Test picture {n}, true {t}: {read}").format(
                n=self.test_index + 1, t=names[true], read=read
            )
        else:
            head = translate("image_results", "Your picture: {read}").format(read=read)
        hint = translate("image_results", "Left button draws, right button erases.")
        self.pad_caption.setText(f"{head}<br>{hint}")

    def _test_class(self, index: int) -> int:
        t = self.controller.workspace.experiment.data.t_test
        return int(true_classes(t[index : index + 1])[0])

    # -- the learner's clicks ------------------------------------------------------------------------
    def _on_matrix_cell_clicked(self, true: int, predicted: int) -> None:
        self.cell = (true, predicted)
        self._draw_gallery()
        self.show_tab("misclassified")

    def _on_show_all_clicked(self) -> None:
        self.cell = None
        self.matrix.set_picked(None)
        self._probe = None
        self.label.setRange(0, max(self.images.n_classes - 1, 0) if self.images is not None else 0)
        self._draw_gallery()

    def _on_gallery_picked(self, index: int) -> None:
        """A misclassified picture clicked: on the pad, and traced on the canvas (after a first step)."""
        self.load_test_picture(index)
        self.show_tab("draw")
        if not self.trace.isChecked() and self.controller.workspace.stepper.trace is not None:
            self.trace.setChecked(True)  # traces it (toggled); when already on, loading re-traced it

    def load_test_picture(self, index: int) -> None:
        """Put test picture ``index`` (from 0) on the pad, to see its probabilities and draw on it."""
        picture = self.controller.workspace.experiment.data.points_test[index][0]
        self._loading = True
        try:
            self.pad.set_picture(picture)
        finally:
            self._loading = False
        self.test_index = index
        with QSignalBlocker(self.label):
            self.label.setValue(self._test_class(index))
        self._draw_pad()
        self._retrace()

    def load_picture_file(self, path: str) -> bool:
        """Put the picture at ``path`` on the pad, as if drawn there; a file that cannot be read is
        named in :attr:`Controller.failed` and the pad stays as it was ('' does nothing)."""
        if not path or self.images is None:
            return False
        try:
            grey = read_grey(path)
        except PictureFileError as error:
            self.controller.failed.emit(str(error))
            return False
        points = self.controller.workspace.experiment.data.points_train
        span = (float(points.min()), float(points.max())) if points.size else (0.0, 1.0)
        self.pad.set_picture(picture_from_grey(grey, self.pad.picture.shape, span))
        return True

    def _on_pad_changed(self) -> None:
        if self._loading or self.images is None:
            return
        self.test_index = None  # drawn on: the learner's own picture now
        self._draw_pad()
        self._retrace()

    # -- the pad's picture as the traced sample ------------------------------------------------------
    def picture_name(self) -> str:
        """How the views name the pad's picture: "test picture 12" or "your picture"."""
        if self.test_index is not None:
            return translate("image_results", "test picture {n}").format(n=self.test_index + 1)
        return translate("image_results", "your picture")

    def _on_trace_toggled(self, on: bool) -> None:
        if not on:
            self._probe = None
            self.controller.trace_picture(None)
            return
        if self.controller.workspace.stepper.trace is None:
            self.trace.setChecked(False)
            self.controller.failed.emit(
                translate(
                    "image_results", "Take a step first: a picture is traced with the parameters of an iteration."
                )
            )
            return
        self._trace_pad()

    def _trace_pad(self) -> None:
        self._probe = PictureProbe(self.pad.picture[None].copy(), self.label.value(), self.picture_name())
        self.controller.trace_picture(self._probe)

    def _retrace(self) -> None:
        """The pad changed: trace the new picture if the pad's picture is the traced one."""
        if self._probe is not None and self.controller.workspace.probe is self._probe:
            self._trace_pad()

    def _on_label_value_changed(self, _value: int) -> None:
        if self.images is not None:
            self._draw_pad()
            self._retrace()

    # -- export -----------------------------------------------------------------------------------------
    def export_widgets(self) -> dict[str, QWidget]:
        """The three pages by name (confusion, misclassified, draw), brought up to date first."""
        if self.images is not None and (self._stale or self._tabs_stale or self.results is None):
            self._stale = False
            self._draw_all()
        return dict(self.pages)
