"""The Data section: which points the network learns from, and which features of them it sees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QWidget

from nnviz.core.datasets import DATASETS, GATES
from nnviz.core.features import FEATURE_LABELS, FEATURES
from nnviz.core.image_datasets import IMAGE_SETS
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.experiment_panel.widgets import blocked, combo, dspin, select_value, spin
from nnviz.qt.i18n import translate
from nnviz.session import settings_rules as rules
from nnviz.session.setting_names import setting_name

if TYPE_CHECKING:
    from nnviz.qt.experiment_panel.panel import ExperimentPanel

FEATURE_CELLS = {  # (row, column): the raw inputs and their product, the squares, the sines
    "x1": (0, 0),
    "x2": (0, 1),
    "x1*x2": (0, 2),
    "x1^2": (1, 0),
    "x2^2": (1, 1),
    "sin(x1)": (2, 0),
    "sin(x2)": (2, 1),
}
KIND_TEXT = {
    "binary": QT_TRANSLATE_NOOP("data_section", "2 classes"),
    "multiclass": QT_TRANSLATE_NOOP("data_section", "3 classes"),
    "regression": QT_TRANSLATE_NOOP("data_section", "regression"),
}
FEATURE_TIPS = {
    "x1": QT_TRANSLATE_NOOP("experiment_panel", "The first coordinate of each point."),
    "x2": QT_TRANSLATE_NOOP("experiment_panel", "The second coordinate of each point."),
    "x1^2": QT_TRANSLATE_NOOP(
        "experiment_panel", "x₁ squared: with x₂² a circle becomes a straight line in these features."
    ),
    "x2^2": QT_TRANSLATE_NOOP(
        "experiment_panel", "x₂ squared: with x₁² a circle becomes a straight line in these features."
    ),
    "x1*x2": QT_TRANSLATE_NOOP(
        "experiment_panel", "The product x₁·x₂: its sign alone separates the XOR quadrants."
    ),
    "sin(x1)": QT_TRANSLATE_NOOP("experiment_panel", "sin x₁: a wave along x₁, useful for periodic patterns."),
    "sin(x2)": QT_TRANSLATE_NOOP("experiment_panel", "sin x₂: a wave along x₂, useful for periodic patterns."),
}


class DataSection(QGroupBox):
    """Data set, samples, noise, test fraction and input features."""

    def __init__(self, panel: ExperimentPanel):
        super().__init__(translate("data_section", "Data"))
        self.setObjectName("data_section")
        self.panel = panel
        items = [
            (
                name,
                f"{name}  ·  {translate('data_section', KIND_TEXT[info.kind])}",
                translate("Datasets", info.description),
            )
            for name, info in DATASETS.items()
        ]
        self.dataset = combo(
            "dataset_combo",
            translate(
                "data_section",
                "The points to learn from. Changing to a set of another kind (2 classes, 3 classes, regression) "
                "also changes the output layer and the loss to fit it.",
            ),
            items,
        )
        self.dataset.setPlaceholderText(translate("data_section", "data from the file"))
        self.source = QLabel()
        self.source.setObjectName("data_source_label")
        self.source.setToolTip(
            translate("data_section", "This experiment brings its own data (a CSV file or numbers in the file).")
        )
        self.source.setWordWrap(True)
        self.samples = spin(
            "samples_spin",
            translate(
                "data_section",
                "How many points to draw (training and test together). More points: a smoother "
                "picture of the pattern, slower epochs.",
            ),
            4,
            100_000,
        )
        self.noise = dspin(
            "noise_spin",
            translate(
                "data_section",
                "How much the points are jittered (0 to 1). With noise the classes overlap and no "
                "boundary is perfect: a network that fits every point is over-fitting.",
            ),
            0.0,
            1.0,
            0.05,
        )
        self.test_fraction = dspin(
            "test_fraction_spin",
            translate(
                "data_section",
                "The share of points held out as a test set. The network never trains on "
                "them, so the test loss shows how well it generalizes.",
            ),
            0.0,
            0.9,
            0.05,
        )
        self.standardize = QCheckBox(translate("data_section", "standardize inputs"))
        self.standardize.setObjectName("standardize_check")
        self.standardize.setToolTip(
            translate(
                "data_section",
                "Rescale every input column to mean 0 and standard deviation 1 (measured on the training set). "
                "Inputs of very different sizes make gradient descent slow.",
            )
        )
        self.features: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for name in FEATURES:
            box = QCheckBox(FEATURE_LABELS[name])
            box.setObjectName(f"feature_{name}")
            box.setToolTip(
                translate("experiment_panel", FEATURE_TIPS[name])
                + translate("experiment_panel", " Keep at least one feature.")
            )
            box.clicked.connect(self._on_feature_clicked)
            self.features[name] = box
            grid.addWidget(box, *FEATURE_CELLS[name])
        feature_box = QWidget()
        feature_box.setLayout(grid)
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        form.addRow(translate("data_section", "Data set"), self.dataset)
        form.addRow(self.source)
        form.addRow(translate("data_section", "Samples"), self.samples)
        form.addRow(translate("data_section", "Noise"), self.noise)
        form.addRow(translate("data_section", "Test fraction"), self.test_fraction)
        form.addRow(translate("data_section", "Features"), feature_box)
        self._feature_box = feature_box
        form.addRow("", self.standardize)
        self._form = form
        self.dataset.activated.connect(self._on_dataset_activated)
        self.samples.valueChanged.connect(lambda v: self.panel.commit(("data", "samples"), v))
        self.noise.valueChanged.connect(lambda v: self.panel.commit(("data", "noise"), round(v, 4)))
        self.test_fraction.valueChanged.connect(
            lambda v: self.panel.commit(("data", "test_fraction"), round(v, 4) or None)
        )
        self.standardize.clicked.connect(lambda on: self.panel.commit(("data", "standardize"), on or None))

    def populate(self, data: dict, raw: int) -> None:
        """Show the data spec; ``raw`` is the number of raw input columns of the current data."""
        info = rules.dataset_info(data)
        named = info is not None
        for w in (self.samples, self.noise):
            self._form.setRowVisible(w, named)
        self._form.setRowVisible(self.source, not named)
        with blocked(self.samples, self.noise, self.test_fraction):
            if named:
                select_value(self.dataset, info.name)
                self.samples.setValue(int(data.get("samples", info.default_samples)))
                self.noise.setValue(float(data.get("noise", info.default_noise)))
                gate = info.name in GATES
                for w in (self.samples, self.noise):
                    w.setEnabled(not gate)
                    w.setStatusTip(
                        translate("data_section", "logic gates always have their four clean points")
                        if gate
                        else ""
                    )
            else:
                with blocked(self.dataset):
                    self.dataset.setCurrentIndex(-1)  # shows the placeholder: the file's own data
                self.source.setText(_source_text(data))
            self.test_fraction.setValue(float(data.get("test_fraction", 0.0)))
            self.test_fraction.setEnabled("test_inputs" not in data)
        self.standardize.setChecked(bool(data.get("standardize", False)))
        # Pictures have no features of the plane (x₁², sin x₁): their pixels are the inputs.
        self._form.setRowVisible(self._feature_box, data.get("dataset") not in IMAGE_SETS)
        one_d = rules.raw_inputs(data, raw) == 1
        usable = rules.raw_inputs(data, raw) <= 2
        chosen = data.get("features") or (list(FEATURES[:raw]) if usable else [])
        for name, box in self.features.items():
            box.setChecked(name in chosen)
            box.setEnabled(usable and not (one_d and "x2" in name))
        if usable and len(chosen) == 1 and chosen[0] in self.features:
            self.features[chosen[0]].setEnabled(False)  # the last feature stays: a network needs an input

    def _on_dataset_activated(self, index: int) -> None:
        name = self.dataset.itemData(index)
        data = self.panel.spec()["data"]
        if "dataset" in data:
            self.panel.commit(("data", "dataset"), name)
            return
        # From the file's own data to a named set: the file's points and their options go.
        kept = {k: data[k] for k in ("test_fraction", "standardize") if k in data and "test_inputs" not in data}
        self.panel.commit(("data",), {"dataset": name, **kept}, what=setting_name(("data", "dataset")))

    def _on_feature_clicked(self) -> None:
        chosen = [name for name, box in self.features.items() if box.isChecked()]
        raw = self.panel.raw_inputs()
        default = list(FEATURES[:raw]) if raw <= 2 else None
        self.panel.commit(("data", "features"), None if chosen == default else chosen)


def _source_text(data: dict) -> str:
    image = IMAGE_SETS.get(data.get("dataset"))
    if image is not None:  # edited in the file for now: the picker lists the plane's data sets
        samples = int(data.get("samples", image.default_samples))
        c, h, w = image.shape
        return translate("data_section", "images: {name} · {description} · {n} pictures of {c}×{h}×{w}").format(
            name=image.name, description=translate("Datasets", image.description), n=samples, c=c, h=h, w=w
        )
    if "csv" in data:
        return translate("data_section", "CSV file {0} · targets {1}").format(
            data["csv"], ", ".join(data["targets"])
        )
    n, test = len(data.get("inputs", [])), len(data.get("test_inputs", []))
    if test:
        return translate("data_section", "{0} sample(s) given in the file, {1} test sample(s)").format(n, test)
    return translate("data_section", "{0} sample(s) given in the file").format(n)
