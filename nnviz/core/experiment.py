"""Experiment: the whole reproducible state of a lesson, loaded from and saved to JSON.

An experiment file names the data, the network, the loss, the optimizer and one
seed; after training it also carries the trained parameters, the optimizer's
buffers, the generator state and the counters, so that a saved file loads back
to a bit-identical state and continues exactly as if it had never stopped.

The seed drives three independent streams spawned from one
``numpy.random.SeedSequence``: data generation, weight initialization, and
training (shuffling and dropout masks). Changing the network therefore never
changes the data, and the same file always gives the same numbers.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnviz.core import experiment_data, network_spec, perceptron
from nnviz.core.atomic_write import write_text_atomically
from nnviz.core.experiment_spec import TOP_KEYS, validate_spec
from nnviz.core.experiment_state import apply_state, state_to_json
from nnviz.core.json_read import parse_json, read_json_file
from nnviz.core.jsonfmt import dumps
from nnviz.core.losses import get_loss
from nnviz.core.memory import MemoryEstimate, estimate, memory_problem
from nnviz.core.network import Network
from nnviz.core.network_spec import build_network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.regularizers import Regularizer
from nnviz.core.training import Trainer
from nnviz.core.validate import ExperimentError, Problems
from nnviz.i18n import in_language

DEFAULT_SEED = 0
DEFAULT_EPOCHS = 100


@dataclass
class EvalResult:
    """Losses (data part) and accuracies (``None`` for regression) on train and test sets."""

    train_loss: float
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None


class Experiment:
    """A validated experiment document and the trainer built from it.

    ``spec`` is the document as written (keys in canonical order), without the
    trained state, which lives in ``trainer`` and is written back by :meth:`to_dict`.
    """

    def __init__(self, spec: dict, base_dir: Path | None = None):
        problems = validate_spec(spec)
        problems.raise_if_any()
        self.spec = {k: copy.deepcopy(spec[k]) for k in TOP_KEYS if k in spec and k != "state"}
        self.base_dir = base_dir
        self.path: Path | None = None
        self.reset()
        if "state" in spec:
            p = Problems()
            apply_state(self.trainer, spec["state"], p)
            p.raise_if_any()

    # -- loading and saving ------------------------------------------------------------------
    @classmethod
    def from_json(cls, text: str, base_dir: Path | None = None) -> Experiment:
        return cls(parse_json(text), base_dir)

    @classmethod
    def load(cls, path: str | Path) -> Experiment:
        """Read, validate and build the experiment file ``path`` (limits: :mod:`nnviz.core.json_read`)."""
        path = Path(path)
        try:
            experiment = cls(read_json_file(path), path.parent)
        except ExperimentError as error:
            raise ExperimentError(
                [p if p.startswith(f"{path}:") else f"{path.name}: {p}" for p in error.problems]
            ) from None
        experiment.path = path
        return experiment

    def to_dict(self) -> dict:
        """The document to save: the spec plus, once anything was trained or edited, the state."""
        doc = copy.deepcopy(self.spec)
        if self.trainer.iteration > 0 or self._edited():
            doc["state"] = state_to_json(self.trainer)
        return doc

    def to_json(self) -> str:
        return dumps(self.to_dict())

    def save(self, path: str | Path) -> None:
        """Write atomically (a fresh temporary file, then a rename) so a failed save loses nothing."""
        path = Path(path)
        write_text_atomically(path, self.to_json())
        self.path = path

    # -- building ----------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The name in the current language (a file may give one per language)."""
        return in_language(self.spec.get("name")) or "untitled"

    @property
    def lesson(self) -> str:
        """The lesson text in the current language (a file may give one per language)."""
        return in_language(self.spec.get("lesson"))

    @property
    def seed(self) -> int:
        return int(self.spec.get("seed", DEFAULT_SEED))

    @property
    def epochs(self) -> int:
        return int(self.spec.get("epochs", DEFAULT_EPOCHS))

    @property
    def network(self) -> Network:
        return self.trainer.network

    def reset(self) -> None:
        """Rebuild data, network and trainer from the spec with the same seed (iteration 0)."""
        data_seq, init_seq, train_seq = np.random.SeedSequence(self.seed).spawn(3)
        p = Problems()
        data = experiment_data.load(self.spec["data"], np.random.default_rng(data_seq), self.base_dir, p)
        p.raise_if_any()
        self.memory = self._estimate_memory(data)
        problem = memory_problem(self.memory)
        if problem:
            p.add("network", problem)
            p.raise_if_any()
        network = self._build_network(data, np.random.default_rng(init_seq), p)
        p.raise_if_any()
        loss_spec = self.spec["loss"]
        loss_spec = {"name": loss_spec} if isinstance(loss_spec, str) else loss_spec
        loss = get_loss(loss_spec["name"], margin=loss_spec.get("margin", 1.0))
        try:
            loss.check_output(network.output_activation, network.layers[-1].units)
        except ValueError as error:
            p.add(f"network.layers[{len(network.layers) - 1}].activation", str(error))
            p.raise_if_any()
        self.data = experiment_data.fit_targets(data, loss.name, network.layers[-1].units, p)
        p.raise_if_any()
        opt = dict(self.spec["optimizer"])
        optimizer = make_optimizer(opt.pop("name"), **opt)
        _check_rule(network, optimizer.name, p)
        p.raise_if_any()
        reg = self.spec.get("regularization", {"kind": "none"})
        regularizer = Regularizer(reg["kind"], float(reg.get("lambda", 0.0)))
        self.trainer = Trainer(
            network,
            loss,
            optimizer,
            self.data.x_train,
            self.data.t_train,
            batch_size=int(self.spec.get("batch_size", len(self.data.x_train))),
            rng=np.random.default_rng(train_seq),
            regularizer=regularizer,
            shuffle=self.spec.get("shuffle", True),
        )
        self._initial = [p_.copy() for p_ in network.parameters()]

    def with_spec(self, spec: dict) -> Experiment:
        """A copy sharing this experiment's data and trainer, with ``spec`` as its document.

        For settings the trainer takes without a rebuild (learning rate, λ); the
        caller updates the trainer.
        """
        twin = copy.copy(self)
        twin.spec = {k: copy.deepcopy(spec[k]) for k in TOP_KEYS if k in spec and k != "state"}
        return twin

    def _build_network(self, data, rng: np.random.Generator, p: Problems) -> Network | None:
        return build_network(self.spec["network"], data.input_shape, data.input_names, rng, p)

    def _estimate_memory(self, data: experiment_data.ExperimentData) -> MemoryEstimate:
        n = len(data.x_train)
        counted = network_spec.count(self.spec["network"], data.input_shape)
        units, weights = counted if counted is not None else ([1], 0)  # a shape that does not fit: built below
        return estimate(
            int(np.prod(data.input_shape)),
            units,
            batch=min(int(self.spec.get("batch_size", n)), n),
            samples=max(n, len(data.x_test)),
            plane=data.points_train.ndim == 2 and data.points_train.shape[1] == 2,
            weights=weights,
        )

    def _edited(self) -> bool:
        return any(not np.array_equal(a, b) for a, b in zip(self.network.parameters(), self._initial))

    # -- results -------------------------------------------------------------------------------
    def evaluate(self) -> EvalResult:
        """Data loss and accuracy on the training and test sets, in evaluation mode."""
        train_loss, train_acc = self.trainer.evaluate(self.data.x_train, self.data.t_train)
        test_loss, test_acc = (None, None)
        if len(self.data.x_test):
            test_loss, test_acc = self.trainer.evaluate(self.data.x_test, self.data.t_test)
        return EvalResult(train_loss, test_loss, train_acc, test_acc)


def _check_rule(network: Network, optimizer: str, p: Problems) -> None:
    """Step units train only by the perceptron rule, and the rule trains only one layer of them."""
    if optimizer == "perceptron":
        problem = perceptron.check_network(network.layers)
        if problem:
            p.add("optimizer.name", problem)
        return
    for k, layer in enumerate(network.layers):
        if layer.activation.name == "step":
            p.add(
                f"network.layers[{k}].activation",
                f"step units have f′(z) = 0 wherever it is defined, so {optimizer} (gradient descent) "
                'cannot train them; use "optimizer": {"name": "perceptron"} on a single layer of step units',
            )
            return
