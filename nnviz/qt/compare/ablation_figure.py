"""The Wide & Deep ablation's figure: the comparison figure with the models by name and, where
the small multiples would be, which test rows each model gets right that the others miss.

Each row of that table is one pattern (:mod:`nnviz.session.compare.right_only`): the models
that get the rows right (their colour squares), the models that miss them, how many rows, and
the rows by their raw categories with their test-row numbers (the rows every model gets right
are only counted).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from nnviz.qt.compare.figure import CompareFigure
from nnviz.qt.figure_text import LEFT, WRAP, height_of, wrapped
from nnviz.qt.i18n import translate
from nnviz.session.compare.ablation import is_ablation, right_table, variant_name
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table

MAX_LISTED = 6
"""Category groups listed per pattern; more are counted as "… n more"."""


class AblationFigure(CompareFigure):
    """The figure of an ablation comparison (:func:`nnviz.session.compare.ablation.ablation_plan`)."""

    def __init__(self, comparison: Comparison, *args, **kwargs):
        super().__init__(comparison, *args, **kwargs)
        self.labels = [variant_name(v) for v in comparison.plan.vary.values]
        self.right = right_table(comparison)

    def _title(self) -> str:
        return translate("Compare", "Ablation: {0}").format(self.comparison.plan.name)

    def _header_lines(self) -> list[str]:
        plan = self.comparison.plan
        lines = self.comparison.lock_lines()
        sep = translate("Compare", "; ")
        runs = translate("Compare", "{0} runs × {1} epochs").format(len(plan.runs), plan.epochs)
        return [sep.join(lines[:3]), translate("Compare", "{0}. {1}.").format(sep.join(lines[3:]), runs)]

    def _multiples(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.theme.q("text"))
        title = translate("Compare", "Test rows each model gets right that the others miss (epoch {0})").format(
            self.comparison.plan.epochs
        )
        top = wrapped(painter, self.theme.font(13, bold=True), rect.left(), rect.top(), rect.width(), title) + 8
        if self.right is None:
            painter.setPen(self.theme.q("muted"))
            text = translate("Compare", "no test set: nothing to compare row by row")
            wrapped(painter, self.theme.font(11), rect.left(), top, rect.width(), text)
            return
        self._groups(painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top))

    def _groups(self, painter: QPainter, rect: QRectF) -> None:
        """The patterns one under the other, each row as tall as its models or its listed rows
        need; those that do not fit are counted in a last line."""
        right, n = self.right, len(self.labels)
        widths = (rect.width() * 0.2, rect.width() * 0.2, rect.width() * 0.08)
        columns = (*widths, rect.width() - sum(widths))
        heads = (
            translate("Compare", "right by"),
            translate("Compare", "missed by"),
            translate("Compare", "rows"),
            translate("Compare", "rows by category, numbered from 1"),
        )
        bold, plain = self.theme.font(11, bold=True), self.theme.font(11)
        head_h = max(height_of(painter, bold, [head], w - 6) for head, w in zip(heads, columns))
        painter.setPen(self.theme.q("text"))
        painter.setFont(bold)
        x = rect.left()
        for head, w in zip(heads, columns):
            painter.drawText(QRectF(x, rect.top(), w - 6, head_h), WRAP | Qt.AlignmentFlag.AlignBottom, head)
            x += w
        y = rect.top() + head_h + 2
        painter.setPen(QPen(self.theme.q("outline"), 1))
        painter.drawLine(rect.left(), y, rect.right(), y)
        y += 4
        text_w = columns[3] - 6
        # The rows some models get right and others miss first: the all-right count goes last.
        groups = sorted(right.groups(), key=lambda g: len(g.right_by) == n)
        for shown, group in enumerate(groups):
            listed = self._listed(group, n)
            lines = max(1 if len(m) in (0, n) else len(m) for m in (group.right_by, group.missed_by(n)))
            row_h = max(lines * self._line(painter), height_of(painter, plain, [listed], text_w)) + 8
            more = translate("Compare", "… {0} more").format(len(groups) - shown)
            more_h = 0 if shown == len(groups) - 1 else height_of(painter, plain, [more])
            if y + row_h + more_h > rect.bottom():
                painter.setPen(self.theme.q("muted"))
                painter.drawText(
                    QRectF(rect.left(), y, rect.width(), height_of(painter, plain, [more])), LEFT, more
                )
                break
            self._models(painter, QRectF(rect.left(), y, widths[0] - 6, row_h), group.right_by)
            self._models(painter, QRectF(rect.left() + widths[0], y, widths[1] - 6, row_h), group.missed_by(n))
            painter.setPen(self.theme.q("text"))
            painter.setFont(plain)
            painter.drawText(
                QRectF(rect.left() + sum(widths[:2]), y, widths[2] - 6, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                str(len(group.rows)),
            )
            painter.setPen(self.theme.q("text" if len(group.right_by) < n else "muted"))
            painter.drawText(QRectF(rect.left() + sum(widths), y, text_w, row_h), WRAP, listed)
            y += row_h

    def _line(self, painter: QPainter) -> float:
        """The height of one model's line (its name, in Chinese too)."""
        words = [translate("Compare", "none"), translate("Compare", "every model")]
        return height_of(painter, self.theme.font(11), [*self.labels, *words])

    def _listed(self, group, n: int) -> str:
        if len(group.right_by) == n:
            return translate("Compare", "every model gets these right")
        parts = [
            translate("Compare", "{0} ×{1} ({2})").format(text, len(rows), ", ".join(map(str, rows)))
            for text, rows in self.right.listed(group.rows)
        ]
        more = len(parts) - MAX_LISTED
        shown = (
            parts[:MAX_LISTED]
            if more <= 0
            else [*parts[:MAX_LISTED], translate("Compare", "… {0} more").format(more)]
        )
        return translate("Compare", "; ").join(shown)

    def _models(self, painter: QPainter, rect: QRectF, models: tuple[int, ...]) -> None:
        """Each model of ``models`` as its colour square and name, one under the other."""
        line = self._line(painter)
        painter.setFont(self.theme.font(11))
        if len(models) in (0, len(self.labels)):
            painter.setPen(self.theme.q("muted" if not models else "text"))
            word = translate("Compare", "none") if not models else translate("Compare", "every model")
            painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), LEFT, _cut(painter, word, rect))
            return
        side = round(0.55 * line)
        for i, m in enumerate(models):
            top = rect.top() + i * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colors[m])
            painter.drawRect(QRectF(rect.left(), top + (line - side) / 2, side, side))
            painter.setPen(self.theme.q("text"))
            name = QRectF(rect.left() + side + 5, top, rect.width() - side - 5, line)
            painter.drawText(
                name,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _cut(painter, self.labels[m], name),
            )


def _cut(painter: QPainter, text: str, rect: QRectF) -> str:
    """``text`` cut with "…" to ``rect``'s width in the painter's font."""
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))


def make_figure(comparison: Comparison, table: Table, theme, size, epoch: int, seeds=frozenset()) -> CompareFigure:
    """The figure of ``comparison``: :class:`AblationFigure` for an ablation, else :class:`CompareFigure`."""
    kind = AblationFigure if is_ablation(comparison.plan) else CompareFigure
    return kind(comparison, table, theme, size, epoch, seeds)
