"""The Training section: loss (hinge margin), optimizer, learning rate, momentum or Adam's betas, batch size,
shuffling, regularization and seed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox

from nnviz.core.losses import get_loss
from nnviz.core.optimizers import DEFAULTS as OPTIMIZER_DEFAULTS
from nnviz.core.regularizers import KINDS
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.experiment_panel.widgets import LogSpinBox, blocked, combo, dspin, select_value, spin
from nnviz.qt.i18n import translate
from nnviz.session.choice_names import choice_item
from nnviz.session.setting_names import setting_name
from nnviz.session.settings_rules import TRAINABLE_LOSSES, loss_name

if TYPE_CHECKING:
    from nnviz.qt.experiment_panel.panel import ExperimentPanel

MAX_SEED = 2**31 - 1
LOSS_TIPS = {
    "mse": QT_TRANSLATE_NOOP("experiment_panel", "for regression: big errors cost much more than small ones"),
    "half_sse": QT_TRANSLATE_NOOP("experiment_panel", "the textbook ½Σ(y − t)²: its gradient is simply y − t"),
    "mae": QT_TRANSLATE_NOOP(
        "experiment_panel", "for regression: every unit of error costs the same, so outliers matter less"
    ),
    "bce": QT_TRANSLATE_NOOP(
        "experiment_panel", "for two classes with a sigmoid output: the output is the probability of class 1"
    ),
    "cross_entropy": QT_TRANSLATE_NOOP(
        "experiment_panel", "for several classes with a softmax output: −log of the true class's probability"
    ),
    "hinge": QT_TRANSLATE_NOOP(
        "experiment_panel", "for several classes with raw scores: the true class must win by a margin"
    ),
}
OPTIMIZER_TIPS = {
    "sgd": QT_TRANSLATE_NOOP(
        "experiment_panel",
        "stochastic gradient descent: w ← w − η·∂L/∂w (with momentum, along a running sum of gradients)",
    ),
    "rmsprop": QT_TRANSLATE_NOOP(
        "experiment_panel", "divides each step by the root of a running mean of squared gradients"
    ),
    "adam": QT_TRANSLATE_NOOP(
        "experiment_panel", "momentum and RMSprop together, with bias correction: a robust default"
    ),
    "perceptron": QT_TRANSLATE_NOOP(
        "experiment_panel",
        "Rosenblatt's rule for one layer of step units: w ← w + η·(t − y)·x per misclassified sample",
    ),
}
REG_TIPS = {
    "none": QT_TRANSLATE_NOOP("experiment_panel", "no penalty on the weights"),
    "l1": QT_TRANSLATE_NOOP("experiment_panel", "adds λ·Σ|w|: pushes weights to exactly 0 (sparse networks)"),
    "l2": QT_TRANSLATE_NOOP("experiment_panel", "adds λ·Σw²: shrinks all weights smoothly (weight decay)"),
}


class TrainingSection(QGroupBox):
    """Settings of the training loop. Learning rate, momentum, regularization and λ apply without a reset."""

    def __init__(self, panel: ExperimentPanel):
        super().__init__(translate("training_section", "Training"))
        self.setObjectName("training_section")
        self.panel = panel
        self.loss = combo(
            "loss_combo",
            translate(
                "training_section",
                "How wrong the outputs are, as one number to minimize. Changing it also adapts the output layer "
                "(training restarts).",
            ),
            [
                choice_item(n, f"{get_loss(n).formula} — {translate('experiment_panel', LOSS_TIPS[n])}")
                for n in TRAINABLE_LOSSES
            ],
        )
        self.optimizer = combo(
            "optimizer_combo",
            translate(
                "training_section",
                "How a gradient becomes a step of the weights "
                "(training restarts: optimizers keep their own state).",
            ),
            [choice_item(n, translate("experiment_panel", OPTIMIZER_TIPS[n])) for n in OPTIMIZER_DEFAULTS],
        )
        self.learning_rate = LogSpinBox(
            "learning_rate_spin",
            translate(
                "training_section",
                "Learning rate η: the size of each step against the gradient. Too small: slow; too big: the loss "
                "jumps or becomes NaN; 0 computes the gradients without moving the weights. Applies from the next "
                "iteration; training continues.",
            ),
            1e-5,
            10.0,
            zero=True,
        )
        self.momentum = dspin(
            "momentum_spin",
            translate(
                "training_section",
                "Momentum: each step keeps this share of the previous one, which speeds up along steady slopes. "
                "Applies from the next iteration.",
            ),
            0.0,
            0.99,
            0.1,
        )
        self.beta1 = dspin(
            "beta1_spin",
            translate(
                "training_section",
                "Adam's β₁: how much of the running mean of gradients (the momentum) each step keeps. "
                "Applies from the next iteration.",
            ),
            0.0,
            0.9999,
            0.01,
            decimals=4,
        )
        self.beta2 = dspin(
            "beta2_spin",
            translate(
                "training_section",
                "Adam's β₂: how much of the running mean of squared gradients (the step-size scale) each step "
                "keeps. Applies from the next iteration.",
            ),
            0.0,
            0.99999,
            0.001,
            decimals=5,
        )
        self.margin = dspin(
            "hinge_margin_spin",
            translate(
                "training_section",
                "Hinge margin: by how much the true class's score must beat every other class's before a sample "
                "stops costing anything (training restarts).",
            ),
            0.0,
            100.0,
            0.1,
        )
        self.batch_size = spin(
            "batch_size_spin",
            translate(
                "training_section",
                "Samples per iteration. The gradient is their mean: small batches are noisy but quick, the whole "
                "set is exact but slow (training restarts).",
            ),
            1,
            100_000,
        )
        self.shuffle = QCheckBox(translate("training_section", "new order every epoch"))
        self.shuffle.setObjectName("shuffle_check")
        self.shuffle.setToolTip(
            translate(
                "training_section",
                "Shuffle the training set into new mini-batches at every epoch (seeded). Off: the same batches "
                "in the same order every epoch, which can make the loss curve cycle (training restarts).",
            )
        )
        self.regularization = combo(
            "regularization_combo",
            translate(
                "training_section",
                "A penalty on large weights added to the loss (biases are not penalized). Applies at once; "
                "training continues.",
            ),
            [choice_item(n, translate("experiment_panel", REG_TIPS[n])) for n in KINDS],
        )
        self.lam = LogSpinBox(
            "lambda_spin",
            translate(
                "training_section",
                "λ: the strength of the weight penalty. Applies from the next iteration; training continues.",
            ),
            1e-6,
            10.0,
            zero=True,
        )
        self.seed = spin(
            "seed_spin",
            translate(
                "training_section",
                "One number behind every random choice: data, initial weights, shuffling and dropout. Same seed, "
                "same numbers (training restarts).",
            ),
            0,
            MAX_SEED,
        )
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        form.addRow(translate("training_section", "Loss"), self.loss)
        form.addRow(translate("training_section", "Margin"), self.margin)
        form.addRow(translate("training_section", "Optimizer"), self.optimizer)
        form.addRow(translate("training_section", "Learning rate"), self.learning_rate)
        form.addRow(translate("training_section", "Momentum"), self.momentum)
        form.addRow("β₁", self.beta1)
        form.addRow("β₂", self.beta2)
        form.addRow(translate("training_section", "Batch size"), self.batch_size)
        form.addRow(translate("training_section", "Shuffle"), self.shuffle)
        form.addRow(translate("training_section", "Regularization"), self.regularization)
        form.addRow("λ", self.lam)
        form.addRow(translate("training_section", "Seed"), self.seed)
        self._form = form
        commit = self.panel.commit
        self.loss.activated.connect(self._on_loss_activated)
        self.optimizer.activated.connect(
            lambda i: commit(
                ("optimizer", "name"), self.optimizer.itemData(i), what=setting_name(("optimizer", "name"))
            )
        )
        self.learning_rate.valueChanged.connect(lambda v: commit(("optimizer", "learning_rate"), _clean(v)))
        self.momentum.valueChanged.connect(lambda v: commit(("optimizer", "momentum"), round(v, 4)))
        self.beta1.valueChanged.connect(lambda _: self._on_betas_changed())
        self.beta2.valueChanged.connect(lambda _: self._on_betas_changed())
        self.margin.valueChanged.connect(self._on_margin_changed)
        self.batch_size.valueChanged.connect(lambda v: commit(("batch_size",), v))
        self.shuffle.toggled.connect(
            lambda on: commit(("shuffle",), None if on else False, what=setting_name(("shuffle",)))
        )
        self.regularization.activated.connect(self._on_regularization_activated)
        self.lam.valueChanged.connect(lambda v: commit(("regularization", "lambda"), _clean(v)))
        self.seed.valueChanged.connect(lambda v: commit(("seed",), v))

    def populate(self, spec: dict, n_train: int) -> None:
        select_value(self.loss, loss_name(spec))
        opt = spec["optimizer"]
        name = opt["name"]
        select_value(self.optimizer, name)
        reg = spec.get("regularization", {"kind": "none"})
        has_momentum = "momentum" in OPTIMIZER_DEFAULTS[name]
        has_betas = "betas" in OPTIMIZER_DEFAULTS[name]
        is_hinge = loss_name(spec) == "hinge"
        self._form.setRowVisible(self.momentum, has_momentum)
        self._form.setRowVisible(self.beta1, has_betas)
        self._form.setRowVisible(self.beta2, has_betas)
        self._form.setRowVisible(self.margin, is_hinge)
        boxes = (self.learning_rate, self.momentum, self.beta1, self.beta2, self.margin, self.batch_size, self.lam)
        with blocked(*boxes, self.seed, self.shuffle):
            self.shuffle.setChecked(bool(spec.get("shuffle", True)))
            self.learning_rate.setValue(float(opt.get("learning_rate", OPTIMIZER_DEFAULTS[name]["learning_rate"])))
            if has_momentum:
                self.momentum.setValue(float(opt.get("momentum", OPTIMIZER_DEFAULTS[name]["momentum"])))
            if has_betas:
                beta1, beta2 = opt.get("betas", OPTIMIZER_DEFAULTS[name]["betas"])
                self.beta1.setValue(float(beta1))
                self.beta2.setValue(float(beta2))
            if is_hinge:
                loss = spec["loss"]
                self.margin.setValue(float(loss.get("margin", 1.0)) if isinstance(loss, dict) else 1.0)
            self.batch_size.setMaximum(max(1, n_train))
            self.batch_size.setValue(min(int(spec.get("batch_size", n_train)), max(1, n_train)))
            self.lam.setValue(float(reg.get("lambda", 0.0)))
            seed = int(spec.get("seed", 0))
            self.seed.setValue(min(seed, MAX_SEED))
            self.seed.setEnabled(seed <= MAX_SEED)  # a file's seed beyond 2³¹ − 1: Randomize still works
        select_value(self.regularization, reg.get("kind", "none"))
        self.lam.setEnabled(reg.get("kind", "none") != "none")

    def _on_loss_activated(self, index: int) -> None:
        name = self.loss.itemData(index)
        loss = self.panel.spec()["loss"]
        loss = dict(loss) if isinstance(loss, dict) else {}
        loss["name"] = name
        if name != "hinge":
            loss.pop("margin", None)
        self.panel.commit(("loss",), loss, what=setting_name(("loss",)))

    def _on_betas_changed(self) -> None:
        betas = [round(self.beta1.value(), 4), round(self.beta2.value(), 5)]
        self.panel.commit(("optimizer", "betas"), betas, what=setting_name(("optimizer", "betas")))

    def _on_margin_changed(self, value: float) -> None:
        loss = self.panel.spec()["loss"]
        loss = dict(loss) if isinstance(loss, dict) else {"name": loss}
        loss["margin"] = round(value, 4)
        self.panel.commit(("loss",), loss, what=setting_name(("loss", "margin")))

    def _on_regularization_activated(self, index: int) -> None:
        kind = self.regularization.itemData(index)
        spec = self.panel.spec()
        reg = dict(spec.get("regularization", {}))
        reg["kind"] = kind
        if kind != "none" and not reg.get("lambda"):
            reg["lambda"] = 0.001  # a penalty of 0 would change nothing
        what = setting_name(("regularization",))
        self.panel.commit(("regularization",), None if reg == {"kind": "none"} else reg, what=what)


def _clean(value: float) -> float:
    """The typed or stepped number without spin-box rounding noise (0.30000000000000004 → 0.3)."""
    return float(f"{value:.6g}")
