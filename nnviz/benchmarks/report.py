"""What a benchmark section hands back, and how it is printed: rows, columns, notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    """One table column: the row key it shows, its header and how a value is written."""

    key: str
    header: str
    fmt: Callable[[object], str] = str


@dataclass
class Result:
    """A section's measurements: one dict per row, the columns to print and notes under the table."""

    title: str
    columns: list[Column]
    rows: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when no row failed its target (rows without a target count as passed)."""
        return all(row.get("pass") is not False for row in self.rows)

    def as_json(self) -> dict:
        return {"title": self.title, "rows": self.rows, "notes": self.notes, "passed": self.passed}


def rate(value: object) -> str:
    """Iterations per second, e.g. ``12,345``; ``—`` when not measured."""
    return "—" if value is None else f"{value:,.0f}"


def ratio(value: object) -> str:
    return "—" if value is None else f"{value:.2f}×"


def verdict(value: object) -> str:
    return {True: "pass", False: "FAIL", None: "—"}[value]


def format_table(result: Result) -> str:
    """The section as a Markdown table (readable in a terminal and pasteable into the README)."""
    headers = [c.header for c in result.columns]
    cells = [[c.fmt(row.get(c.key)) for c in result.columns] for row in result.rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    numeric = [c.fmt is not str for c in result.columns]

    def line(values: list[str]) -> str:
        padded = (v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric))
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2)) for w, num in zip(widths, numeric))
    lines = [f"### {result.title}", "", line(headers), rule + "|", *(line(r) for r in cells)]
    if result.notes:
        lines += ["", *result.notes]
    return "\n".join(lines)
