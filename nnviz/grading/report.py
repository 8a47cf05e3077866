"""The result of ``nnviz check`` as text, Markdown (the learner's values beside nnviz's) or JSON."""

from __future__ import annotations

from nnviz.core.jsonfmt import dumps
from nnviz.core.number_text import num
from nnviz.grading.grade import CONSISTENT, RIGHT, ROUNDED, WRONG, Grade, Verdict

DIGITS = 6
TAG = {RIGHT: "RIGHT", ROUNDED: "ROUNDED", CONSISTENT: "CONSISTENT", WRONG: "WRONG"}


def _summary(result: Grade) -> str:
    parts = [f"{result.count(RIGHT)} right", f"{result.count(ROUNDED)} right to your rounding"]
    if result.count(CONSISTENT):
        parts.append(f"{result.count(CONSISTENT)} consistent with your earlier value")
    parts.append(f"{result.count(WRONG)} wrong")
    return f"{len(result.verdicts)} values: " + ", ".join(parts)


def _score(result: Grade) -> str:
    return ", ".join(f"{phase} {ok}/{n}" for phase, (ok, n) in result.score().items())


def _note(v: Verdict) -> str:
    if v.verdict == ROUNDED:
        return f"right to {v.rounding}"
    if v.verdict == CONSISTENT:
        return f"consistent with your earlier value: {v.sentence}"
    if v.verdict == WRONG:
        head = f"{v.mistake.name}: {v.mistake.meaning}. " if v.mistake else ""
        return f"{head}Correct: {v.sentence}"
    return ""


def _first(result: Grade) -> str:
    first = result.first_wrong
    if first is None:
        return "No wrong value." if result.all_right else "No new mistake."
    return f"First wrong value: {first.label} ({first.given.where})."


def text(result: Grade, experiment: str, iteration: int, show_expected: bool) -> str:
    lines = [f"nnviz check: {experiment}, iteration {iteration}", _summary(result), f"Score: {_score(result)}"]
    lines.append(_first(result))
    lines.append("")
    for v in result.verdicts:
        expected = f"  (expected {num(v.expected, DIGITS)})" if show_expected and v.verdict != RIGHT else ""
        note = _note(v)
        lines.append(f"{TAG[v.verdict]:<10} {v.label}: {v.given.text}{expected}{'  — ' + note if note else ''}")
    return "\n".join(lines) + "\n"


def markdown(result: Grade, experiment: str, iteration: int) -> str:
    out = [
        f"# Check: {experiment}, iteration {iteration}",
        "",
        f"{_summary(result)}.",
        "",
        f"**Score by phase:** {_score(result)}.",
        "",
        f"**{_first(result)}**",
        "",
        "| value | yours | expected | from your inputs | verdict | note |",
        "|---|---|---|---|---|---|",
    ]
    for v in result.verdicts:
        cells = [
            v.label,
            v.given.text,
            num(v.expected, DIGITS),
            num(v.from_yours, DIGITS),
            v.verdict,
            _note(v).replace("|", "\\|"),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


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
