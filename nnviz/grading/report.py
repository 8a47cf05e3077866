"""The result of ``nnviz check`` as text, Markdown or HTML (the learner's values beside nnviz's) or JSON."""

from __future__ import annotations

from nnviz.core.jsonfmt import dumps
from nnviz.core.number_text import num
from nnviz.grading.grade import CONSISTENT, RIGHT, ROUNDED, WRONG, Grade, Verdict
from nnviz.i18n import translate
from nnviz.worked_render import Block, Heading, Paragraph, Table, to_html, to_markdown

DIGITS = 6
TAG = {RIGHT: "RIGHT", ROUNDED: "ROUNDED", CONSISTENT: "CONSISTENT", WRONG: "WRONG"}


def _summary(result: Grade) -> str:
    parts = [
        translate("Check", "{0} right").format(result.count(RIGHT)),
        translate("Check", "{0} right to your rounding").format(result.count(ROUNDED)),
    ]
    if result.count(CONSISTENT):
        parts.append(translate("Check", "{0} consistent with your earlier value").format(result.count(CONSISTENT)))
    parts.append(translate("Check", "{0} wrong").format(result.count(WRONG)))
    return translate("Check", "{0} values: ").format(len(result.verdicts)) + _comma().join(parts)


def _score(result: Grade) -> str:
    return _comma().join(f"{translate('Check', phase)} {ok}/{n}" for phase, (ok, n) in result.score().items())


def _comma() -> str:
    """The list separator of the language (Chinese writes a full-width comma)."""
    return translate("Check", ", ")


def _note(v: Verdict) -> str:
    if v.verdict == ROUNDED:
        return translate("Check", "right to {0}").format(v.rounding)
    if v.verdict == CONSISTENT:
        return translate("Check", "consistent with your earlier value: {0}").format(v.sentence)
    if v.verdict == WRONG:
        return mistake_text(v) + v.correction()
    return ""


def mistake_text(v: Verdict) -> str:
    """The named mistake of a wrong value, "NAME: meaning. " (empty when it matches none)."""
    if not v.mistake:
        return ""
    return translate("Check", "{name}: {meaning}. ").format(
        name=translate("Check", v.mistake.name), meaning=translate("Check", v.mistake.meaning)
    )


def _first(result: Grade) -> str:
    first = result.first_wrong
    if first is None:
        return translate("Check", "No wrong value.") if result.all_right else translate("Check", "No new mistake.")
    return translate("Check", "First wrong value: {0} ({1}).").format(first.label, first.given.place())


def text(result: Grade, experiment: str, iteration: int, show_expected: bool) -> str:
    lines = [
        translate("Check", "nnviz check: {experiment}, iteration {iteration}").format(
            experiment=experiment, iteration=iteration
        ),
        _summary(result),
        translate("Check", "Score: {0}").format(_score(result)),
    ]
    lines.append(_first(result))
    lines.append("")
    for v in result.verdicts:
        expected = (
            translate("Check", "  (expected {0})").format(num(v.expected, DIGITS))
            if show_expected and v.verdict != RIGHT
            else ""
        )
        note = _note(v)
        lines.append(f"{TAG[v.verdict]:<10} {v.label}: {v.given.shown()}{expected}{'  — ' + note if note else ''}")
    return "\n".join(lines) + "\n"


TONES = {RIGHT: "#dcfce7", ROUNDED: "#ecfccb", CONSISTENT: "#fef9c3", WRONG: "#fee2e2"}
"""Each verdict's row colour in the HTML (and PDF) report: green, lime, yellow, red."""


def blocks(result: Grade, experiment: str, iteration: int) -> list[Block]:
    """The report as a document: summary, score by phase, the first wrong value, and a table of
    every value with the learner's number beside nnviz's and the one their inputs give."""
    rows = [
        [
            v.label,
            v.given.shown(),
            num(v.expected, DIGITS),
            num(v.from_yours, DIGITS),
            translate("Check", v.verdict),
            _note(v).replace("|", "\\|"),
        ]
        for v in result.verdicts
    ]
    header = translate("Check", "| value | yours | expected | from your inputs | verdict | note |")
    return [
        Heading(1, _title(experiment, iteration)),
        Paragraph(translate("Check", "{0}.").format(_summary(result))),
        Paragraph(translate("Check", "**Score by phase:** {0}.").format(_score(result))),
        Paragraph(f"**{_first(result)}**"),
        Table(
            [cell.strip() for cell in header.strip("| ").split("|")],
            rows,
            [TONES[v.verdict] for v in result.verdicts],
        ),
    ]


def _title(experiment: str, iteration: int) -> str:
    return translate("Check", "Check: {experiment}, iteration {iteration}").format(
        experiment=experiment, iteration=iteration
    )


def markdown(result: Grade, experiment: str, iteration: int) -> str:
    return to_markdown(blocks(result, experiment, iteration))


def html(result: Grade, experiment: str, iteration: int) -> str:
    """The Markdown report's document as HTML, each value's row coloured by its verdict (for the PDF)."""
    return to_html(blocks(result, experiment, iteration), _title(experiment, iteration))


def json_text(result: Grade, experiment: str, iteration: int) -> str:
    first = result.first_wrong
    doc = {
        "experiment": experiment,
        "iteration": iteration,
        "all_right": result.all_right,
        "first_wrong": None if first is None else first.label,
        "score": {phase: {"ok": ok, "given": n} for phase, (ok, n) in result.score().items()},
        "values": [
            {
                "phase": v.key[0],
                "layer": v.key[1] or None,
                "quantity": v.key[2],
                "index": list(v.index),
                "label": v.label,
                "where": v.given.where,
                "yours": v.given.text,
                "expected": v.expected,
                "from_your_inputs": v.from_yours,
                "verdict": v.verdict,
                "mistake": v.mistake.name if v.mistake else None,
                "correct": v.sentence or None,
            }
            for v in result.verdicts
        ],
    }
    return dumps(doc)
