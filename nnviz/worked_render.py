"""The building blocks of a worked example and their typesettings: Markdown, LaTeX and HTML.

A document is a list of blocks: headings, paragraphs, sentence lists and tables
of numbers already written as text (:func:`num`: 4 significant digits, a real minus).
Paragraph text is Markdown as far as ``**bold**`` goes; a table cell may escape ``|``
as ``\\|`` for Markdown. The HTML is the subset Qt's rich text draws (the PDFs of
:mod:`nnviz.qt.document_pdf` are typeset from it).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from nnviz.core import explain
from nnviz.i18n import ENGLISH, language
from nnviz.latex_text import latex_escape


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Paragraph:
    text: str


@dataclass
class Sentences:
    lines: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    tones: list[str] | None = None
    """A background colour per row (``#rrggbb``, empty for none), drawn by HTML only."""


Block = Heading | Paragraph | Sentences | Table


def num(x: float) -> str:
    return explain.num(float(x))


def to_markdown(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append("#" * block.level + " " + block.text)
        elif isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Sentences):
            parts.append("\n".join(f"- {line}" for line in block.lines))
        else:
            lines = ["| " + " | ".join(block.header) + " |", "|" + "---|" * len(block.header)]
            lines += ["| " + " | ".join(row) + " |" for row in block.rows]
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def to_latex(blocks: list[Block]) -> str:
    """A complete LaTeX document of the blocks: pdflatex for English; in Chinese a ``ctexart``
    document for xelatex (pdflatex has no Chinese fonts)."""
    commands = {1: "section*", 2: "subsection*", 3: "subsubsection*"}
    if language() == ENGLISH:
        preamble = [r"\documentclass[11pt]{article}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}"]
    else:
        preamble = ["% xelatex", r"\documentclass[11pt,UTF8]{ctexart}"]
    parts = [
        *preamble,
        r"\usepackage{amsmath,amssymb,booktabs,longtable}",
        r"\usepackage[margin=2cm]{geometry}",
        r"\begin{document}",
    ]
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"\\{commands[block.level]}{{{latex_escape(block.text)}}}")
        elif isinstance(block, Paragraph):
            parts.append(latex_escape(block.text))
        elif isinstance(block, Sentences):
            items = "\n".join(f"  \\item {latex_escape(line)}" for line in block.lines)
            parts.append("\\begin{itemize}\n" + items + "\n\\end{itemize}")
        else:
            spec = "l" + "r" * (len(block.header) - 1)
            head = " & ".join(latex_escape(h) for h in block.header)
            body = "\n".join(" & ".join(latex_escape(c) for c in row) + r" \\" for row in block.rows)
            parts.append(
                f"\\begin{{longtable}}{{{spec}}}\n\\toprule\n{head} \\\\\n\\midrule\n{body}\n\\bottomrule\n"
                "\\end{longtable}"
            )
    parts.append(r"\end{document}")
    return "\n\n".join(parts) + "\n"


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_NUMBER = re.compile(r"^[+\-−]?(\d[\d.,]*|\.\d+)(e[+\-−]?\d+)?%?$|^_+$")


def _inline_html(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))


def _cell_html(tag: str, text: str) -> str:
    text = text.replace("\\|", "|")
    align = ' align="right"' if _NUMBER.match(text.strip()) else ""
    return f"<{tag}{align}>{html.escape(text, quote=False)}</{tag}>"


def to_html(blocks: list[Block], title: str) -> str:
    """A complete HTML document of the blocks (tables with rules, numbers right-aligned)."""
    parts = [
        "<!DOCTYPE html>",
        f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>',
    ]
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{_inline_html(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{_inline_html(block.text)}</p>")
        elif isinstance(block, Sentences):
            parts.append("<ul>" + "".join(f"<li>{_inline_html(line)}</li>" for line in block.lines) + "</ul>")
        else:
            head = "".join(_cell_html("th", h) for h in block.header)
            rows = []
            for r, row in enumerate(block.rows):
                tone = block.tones[r] if block.tones else ""
                colour = f' bgcolor="{tone}"' if tone else ""
                rows.append(f"<tr{colour}>" + "".join(_cell_html("td", c) for c in row) + "</tr>")
            parts.append(
                '<table border="1" cellspacing="0" cellpadding="3">'
                f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
            )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
