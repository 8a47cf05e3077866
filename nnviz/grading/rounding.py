"""What a written number claims: the tolerance that follows the digits the learner wrote.

``0.0335`` claims four decimals: it is right for any value within half a unit of its
last digit, 0.00005 (so for 0.033512, not for 0.0336). ``0.034`` claims three
decimals, right for 0.0335 (within 0.0005); ``0.0340`` claims four, wrong for it.
The exponent counts: ``3.4e-5`` claims a last digit of 10⁻⁶.

An integer written without a decimal point (``0``, ``1``, ``-2``) is taken as exact:
inputs, targets and step outputs are whole numbers, and ``0`` should not pass for
0.3. Below every tolerance lies a floor, :data:`RELATIVE_FLOOR` of the value and
:data:`ABSOLUTE_FLOOR`, so a value the machine computes as 1e-17 where the exact
answer is 0 is right when written as 0, and long copies of a float are right.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from nnviz.i18n import translate

RELATIVE_FLOOR = 1e-6
ABSOLUTE_FLOOR = 1e-9


def half_unit(text: str) -> float:
    """Half a unit in the last written digit of ``text``; 0 for an integer without a point."""
    body = text.strip().lower()
    if "." not in body.split("e")[0]:
        return 0.0
    try:
        exponent = Decimal(body).as_tuple().exponent
    except InvalidOperation:
        return 0.0
    return 0.5 * 10.0 ** int(exponent)


def tolerance(text: str, expected: float) -> float:
    """How far from ``expected`` the value written as ``text`` may be and still be right."""
    return max(half_unit(text), RELATIVE_FLOOR * abs(expected), ABSOLUTE_FLOOR) * (1 + 1e-9)


def exact(value: float, expected: float) -> bool:
    """Equal up to the floors: the learner wrote the value itself, not a rounding of it."""
    return abs(value - expected) <= max(RELATIVE_FLOOR * abs(expected), ABSOLUTE_FLOOR)


def digits_text(text: str) -> str:
    """What the rounding was, for a verdict: ``4 decimals`` or ``3 significant digits``."""
    body = text.strip().lower()
    try:
        exponent = int(Decimal(body).as_tuple().exponent)
    except InvalidOperation:
        return translate("Check", "the digits written")
    if "e" in body:
        digits = len(Decimal(body).as_tuple().digits)
        if digits == 1:
            return translate("Check", "{0} significant digit").format(digits)
        return translate("Check", "{0} significant digits").format(digits)
    if exponent == -1:
        return translate("Check", "{0} decimal").format(-exponent)
    return translate("Check", "{0} decimals").format(-exponent)
