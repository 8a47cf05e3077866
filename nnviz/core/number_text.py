"""Numbers as a learner reads them in a formula: significant digits, a real minus "−",
powers of ten as ·10⁻⁵, negative factors in parentheses, long sums shortened around "…"."""

from __future__ import annotations

import numpy as np

from nnviz.i18n import translate

DIGITS = 4
MAX_TERMS = 8
_HEAD, _TAIL = 4, 2  # terms shown before and after "…" in a long sum
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def num(x: float, digits: int = DIGITS) -> str:
    """``x`` with ``digits`` significant digits and a real minus: −0.2449, 1.5·10⁻⁵."""
    x = float(x)
    if x == 0:
        return "0"
    if not np.isfinite(x):
        return "NaN" if np.isnan(x) else ("∞" if x > 0 else "−∞")
    text = f"{x:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}·10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return text.replace("-", "−")


def factor(x: float, digits: int = DIGITS) -> str:
    """``x`` as a factor in a product: in parentheses when negative or written with a power of 10."""
    text = num(x, digits)
    return f"({text})" if text.startswith("−") or "·" in text else text


def sum_text(terms: list[str]) -> tuple[str, str]:
    """``(sum, note)``: the terms joined by " + ", abbreviated around "…" beyond MAX_TERMS."""
    if len(terms) <= MAX_TERMS:
        return " + ".join(terms), ""
    shown = [*terms[:_HEAD], "…", *terms[-_TAIL:]]
    note = translate("Explain", " ({0} terms; the {1} in the middle not shown.)")
    return " + ".join(shown), note.format(len(terms), len(terms) - _HEAD - _TAIL)


class Numbers:
    """Numbers as text with ``digits`` significant digits."""

    def __init__(self, digits: int):
        self.digits = digits

    def __call__(self, x: float) -> str:
        return num(x, self.digits)

    def f(self, x: float) -> str:
        return factor(x, self.digits)

    def f_for(self, x: float, rule, result: float) -> str:
        """``x`` as a factor, with more digits if that is what it takes for ``rule`` worked on the written
        ``x`` to come within 1 % of ``result``: a = −0.9999973 written −1 made "1 − (−1)² = 5.3·10⁻⁶"
        (a last digit off by one, as rounding makes it, is left alone)."""
        for digits in range(self.digits, 17):
            if abs(rule(float(f"{x:.{digits}g}")) - result) <= 0.01 * abs(result):
                return factor(x, digits)
        return factor(x, 17)

    def products(self, left, right) -> tuple[str, str]:
        """``(sum, note)`` of the products left_i·right_i."""
        return sum_text([f"{self.f(u)}·{self.f(v)}" for u, v in zip(left, right)])
