"""Plain text with math symbols (σ, ∂L/∂w, w_kj, 10⁻⁵ …) as LaTeX that pdflatex compiles."""

from __future__ import annotations

import re

_SYMBOLS = {
    "σ": r"\sigma",
    "Σ": r"\Sigma",
    "δ": r"\delta",
    "Δ": r"\Delta",
    "∂": r"\partial",
    "η": r"\eta",
    "λ": r"\lambda",
    "μ": r"\mu",
    "α": r"\alpha",
    "β": r"\beta",
    "ε": r"\varepsilon",
    "θ": r"\theta",
    "·": r"\cdot",
    "−": "-",
    "←": r"\leftarrow",
    "→": r"\rightarrow",
    "′": "'",
    "×": r"\times",
    "≈": r"\approx",
    "≤": r"\le",
    "≥": r"\ge",
    "≠": r"\ne",
    "√": r"\surd",
    "∈": r"\in",
    "₁": "_1",
    "₂": "_2",
    "ᵗ": "^t",
    "ⁿ": "^n",
}
_TEXT = {"…": r"\ldots{}", "—": "---", "–": "--", "‘": "`", "’": "'", "“": "``", "”": "''"}
_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_SUPER_RUN = re.compile("[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUBSCRIPT = re.compile(r"_([A-Za-z0-9,]+)")


def latex_escape(text: str) -> str:
    """Escape LaTeX's special characters and typeset symbols, subscripts and superscripts as math."""
    out = []
    pos = 0
    for match in _SUPER_RUN.finditer(text):
        out.append(_plain(text[pos : match.start()]))
        out.append(f"$^{{{match.group().translate(_SUPERSCRIPTS)}}}$")
        pos = match.end()
    out.append(_plain(text[pos:]))
    return "".join(out)


def _plain(text: str) -> str:
    out = []
    pos = 0
    for match in _SUBSCRIPT.finditer(text):
        out.append(_chars(text[pos : match.start()]))
        out.append(f"$_{{{match.group(1)}}}$")
        pos = match.end()
    out.append(_chars(text[pos:]))
    return "".join(out)


def _is_chinese(ch: str) -> bool:
    """CJK ideographs and punctuation, and the full-width forms (，：（）)."""
    code = ord(ch)
    return 0x3000 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF


def _chars(text: str) -> str:
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif ch in _SYMBOLS:
            out.append(f"${_SYMBOLS[ch]}$")
        elif ch in _TEXT:
            out.append(_TEXT[ch])
        elif ch == "_":
            out.append(r"\_")
        elif ord(ch) < 128 or _is_chinese(ch):
            out.append(ch)  # Chinese as it is: the Chinese documents are ctexart, for xelatex
        else:
            out.append("?")
    return "".join(out)
