"""The comparison's table: only the varied field, the final metrics and the epoch at which each
value reached the target loss, as text (the figure draws it, the command prints it)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from nnviz.i18n import translate
from nnviz.session.compare.results import Comparison


@dataclass(frozen=True)
class Table:
    """``header`` and ``rows`` of text; row ``i`` is value ``i``."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    target: float

    @property
    def target_text(self) -> str:
        """The target loss as the last column's header writes it."""
        return number(self.target)


def make_table(comparison: Comparison, target: float | None = None) -> Table:
    """The table with the epoch reaching ``target`` (default :meth:`Comparison.default_target`);
    test columns only with a test set, accuracy only for classification; over several seeds
    the numbers are the means."""
    target = comparison.default_target() if target is None else target
    values = comparison.plan.vary.values
    columns = ["train_loss", "test_loss", "train_accuracy", "test_accuracy"]
    shown = [c for c in columns if any(math.isfinite(comparison.final(v, c)) for v in range(len(values)))]
    names = {
        "train_loss": translate("Compare", "train loss"),
        "test_loss": translate("Compare", "test loss"),
        "train_accuracy": translate("Compare", "train acc."),
        "test_accuracy": translate("Compare", "test acc."),
    }
    reach = translate("Compare", "epoch loss ≤ {0}").format(number(target))
    header = (comparison.plan.vary.text, *(names[c] for c in shown), reach)
    rows = []
    for v, value in enumerate(values):
        cells = [comparison.plan.vary.label(value)]
        for c in shown:
            x = comparison.final(v, c)
            cells.append("—" if not math.isfinite(x) else f"{100 * x:.1f} %" if "accuracy" in c else number(x))
        reached = comparison.epoch_reaching(v, target)
        cells.append(translate("Compare", "never") if reached is None else str(reached))
        rows.append(tuple(cells))
    return Table(header, tuple(rows), target)


def number(x: float) -> str:
    """A loss as written in tables: four significant digits."""
    return "—" if not math.isfinite(x) else f"{x:.4g}"
