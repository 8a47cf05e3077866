"""Which test rows each model of a comparison gets right that the others miss (no Qt).

Every test row falls in one pattern: the set of models that predict it right. With the Wide &
Deep ablation's three models that is eight groups — right by all three, by wide only and wide &
deep but missed by deep only (a rule memorised through the crosses), …, missed by all three (often
a flipped label). Each group lists its rows by their raw categories (``colour=red, size=S``), the
rows of one category pair together, with their test-row numbers (from 1, as the Wide & Deep page
numbers them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.session.input_table import ONE_HOT, kind_of, raw_row

Array = np.ndarray


@dataclass(frozen=True)
class Group:
    """The test rows ``rows`` (0-based) that exactly the models ``right_by`` (indices) predict right."""

    right_by: tuple[int, ...]
    rows: Array

    def missed_by(self, models: int) -> tuple[int, ...]:
        return tuple(m for m in range(models) if m not in self.right_by)


@dataclass(frozen=True)
class RightOnly:
    """``right`` (M models, N test rows) bool; ``texts`` (N,) each row's raw categories."""

    right: Array
    texts: tuple[str, ...]

    @property
    def models(self) -> int:
        return self.right.shape[0]

    def only(self, m: int) -> Array:
        """The rows model ``m`` predicts right and every other model misses (0-based)."""
        others = np.delete(self.right, m, axis=0)
        return np.flatnonzero(self.right[m] & ~others.any(axis=0))

    def beats(self, a: int, b: int) -> Array:
        """The rows model ``a`` predicts right and model ``b`` misses (0-based)."""
        return np.flatnonzero(self.right[a] & ~self.right[b])

    def groups(self) -> list[Group]:
        """The non-empty patterns, the most models right first, then in model order."""
        weights = 1 << np.arange(self.models)[::-1]
        codes = weights @ self.right.astype(np.int64)
        out = []
        for code in sorted(set(codes.tolist()), key=lambda c: (-bin(c).count("1"), -c)):
            right_by = tuple(m for m in range(self.models) if code & int(weights[m]))
            out.append(Group(right_by, np.flatnonzero(codes == code)))
        return out

    def listed(self, rows: Array) -> list[tuple[str, list[int]]]:
        """``rows`` by their raw categories: (categories, test-row numbers from 1), the most rows
        first, then by the categories."""
        by_text: dict[str, list[int]] = {}
        for i in rows.tolist():
            by_text.setdefault(self.texts[i], []).append(i + 1)
        return sorted(by_text.items(), key=lambda item: (-len(item[1]), item[0]))


def row_texts(names, points: Array) -> tuple[str, ...]:
    """Each raw row (N, d) named ``names`` as its categories, ``colour=red, size=S``; the numeric
    columns only when there are no categorical ones."""
    columns = {name.split("=", 1)[0] for name in names if kind_of(name) == ONE_HOT}
    out = []
    for x in points:
        raw = raw_row(names, x)
        categorical = [(k, v) for k, v in raw if k in columns]
        out.append(", ".join(f"{k}={v}" for k, v in (categorical or raw)))
    return tuple(out)


def right_only(right: list[Array], names, points: Array) -> RightOnly:
    """The table of models whose per-row results are ``right`` (each (N,) bool) on the test rows
    ``points`` (N, d, raw) named ``names``."""
    return RightOnly(np.array(right, dtype=bool), row_texts(names, points))
