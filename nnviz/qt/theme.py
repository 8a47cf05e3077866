"""Colours of nnviz: a light (default) and a dark palette around one diverging map.

Signed numbers — weights, gradients, activations — are drawn on a diverging map
from orange (negative) through a neutral grey-white (zero) to blue (positive).
Blue against orange stays distinct for the common colour-vision deficiencies
(deuteranopia, protanopia, tritanopia keeps the lightness ramp), and the map is
symmetric in lightness, so magnitude reads the same on both sides.

:func:`Theme.lut` turns the palette into a 256-entry RGBA lookup table that
NumPy code indexes directly (heatmaps, image grids); :func:`Theme.color` gives
one ``QColor`` for a value in [−1, 1].

:func:`apply_to_application` gives the Qt widgets around the drawings the
theme too: a Fusion palette from the theme's colours for dark, the style's own
palette for light, and the application font scaled by ``font_scale``.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from nnviz.i18n import language
from nnviz.qt import fonts

LUT_SIZE = 256
_FONTS: dict[tuple[str, int, bool], QFont] = {}
_BASE: dict[str, object] = {}
"""The application's own font and style name, before a theme changed them."""


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


@dataclass(frozen=True)
class Theme:
    """A palette. Colours are ``#rrggbb`` strings; ``diverging`` are the map's stops from −1 to +1."""

    name: str
    background: str
    text: str
    muted: str
    outline: str
    empty_fill: str
    empty_outline: str
    empty_edge: str
    bias_fill: str
    bias_outline: str
    highlight: str
    halo: str
    selection: str
    callout: str
    diverging: tuple[str, ...] = field(default=("#b35806", "#f1a340", "#f7f7f7", "#92c5de", "#2166ac"))
    right: str = "#15803d"
    """The exercise mode's marks, by verdict: right (green), right to the rounding (lime),
    consistent with an earlier value (amber), wrong (red) — apart from the orange/blue of values."""
    rounded: str = "#65a30d"
    consistent: str = "#d97706"
    wrong: str = "#dc2626"
    font_family: str = fonts.LATIN
    """The Latin face of every drawing; Chinese comes from the language's shipped face (:mod:`nnviz.qt.fonts`)."""
    font_scale: float = 1.0
    """Every font of the theme is this many times its normal size (presentation: larger)."""
    line_scale: float = 1.0
    """Edges and plot curves are this many times their normal width (presentation: thicker)."""

    @cached_property
    def lut(self) -> np.ndarray:
        """(256, 4) uint8 RGBA: entry ``round((v + 1) / 2 · 255)`` is the colour of ``v`` in [−1, 1]."""
        stops = np.array([_rgb(c) for c in self.diverging], dtype=float)
        xs = np.linspace(-1.0, 1.0, len(stops))
        v = np.linspace(-1.0, 1.0, LUT_SIZE)
        out = np.empty((LUT_SIZE, 4), dtype=np.uint8)
        for c in range(3):
            out[:, c] = np.round(np.interp(v, xs, stops[:, c]))
        out[:, 3] = 255
        return out

    def lut_index(self, values: np.ndarray) -> np.ndarray:
        """LUT rows for ``values`` in [−1, 1] (clipped; NaN maps to the neutral middle)."""
        v = np.clip(values, -1.0, 1.0)
        v = np.where(v == v, v, 0.0)
        return ((v + 1.0) * (0.5 * (LUT_SIZE - 1)) + 0.5).astype(np.intp)

    @cached_property
    def qcolors(self) -> list[QColor]:
        """The LUT as opaque QColors, for painting loops."""
        return [QColor(int(r), int(g), int(b)) for r, g, b, _ in self.lut]

    def color(self, value: float, alpha: int = 255) -> QColor:
        """The map's colour of ``value`` in [−1, 1] as a QColor (NaN: the neutral middle)."""
        v = 0.0 if value != value else min(max(float(value), -1.0), 1.0)
        c = self.qcolors[round((v + 1.0) * (0.5 * (LUT_SIZE - 1)))]
        if alpha == 255:
            return c
        c = QColor(c)
        c.setAlpha(alpha)
        return c

    def q(self, name: str, alpha: int = 255) -> QColor:
        """A named palette colour, e.g. ``theme.q("text")``."""
        c = QColor(getattr(self, name))
        c.setAlpha(alpha)
        return c

    def font(self, px: float, bold: bool = False) -> QFont:
        """The palette's font at ``px`` scene pixels (cached; pixel sizes keep PNG and SVG alike)."""
        key = (self.font_family, max(5, round(px * self.font_scale)), bold, language())
        f = _FONTS.get(key)
        if f is None:
            f = fonts.with_chinese(QFont(self.font_family))
            f.setPixelSize(key[1])
            f.setBold(bold)
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            _FONTS[key] = f
        return f

    @property
    def dark(self) -> bool:
        """Whether the background is dark (light text on it)."""
        return QColor(self.background).lightnessF() < 0.5

    @property
    def positive(self) -> str:
        return self.diverging[-1]

    @property
    def negative(self) -> str:
        return self.diverging[0]


LIGHT = Theme(
    name="light",
    background="#ffffff",
    text="#1f2430",
    muted="#6b7280",
    outline="#475063",
    empty_fill="#ffffff",
    empty_outline="#b9bfca",
    empty_edge="#dde1e7",
    bias_fill="#eef0f4",
    bias_outline="#6b7280",
    highlight="#111827",
    halo="#ffd84d",
    selection="#7b3fc4",
    callout="#fffdf5",
)

DARK = Theme(
    name="dark",
    background="#1c1e24",
    text="#e6e8ee",
    muted="#9aa1ad",
    outline="#c3c8d2",
    empty_fill="#262931",
    empty_outline="#555b66",
    empty_edge="#343842",
    bias_fill="#30343d",
    bias_outline="#9aa1ad",
    highlight="#f5f6f8",
    halo="#8a6d00",
    selection="#c79cf5",
    callout="#2a2d35",
    diverging=("#e08214", "#b86b1e", "#3d4048", "#4a86b8", "#6fb3e8"),
    right="#4ade80",
    rounded="#a3e635",
    consistent="#fbbf24",
    wrong="#f87171",
)

PRESENTATION = replace(
    LIGHT, name="presentation", font_scale=1.45, line_scale=1.8, text="#000000", muted="#374151"
)
"""For a projector: the light palette (its blue/orange map is colour-blind safe), large type, thick lines."""

THEMES = {t.name: t for t in (LIGHT, DARK, PRESENTATION)}


def blended(color: QColor, background: QColor) -> QColor:
    """The opaque colour that ``color`` shows over ``background``."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        *(alpha * c + (1.0 - alpha) * b for c, b in zip(color.getRgbF()[:3], background.getRgbF()[:3]))
    )


READABLE_CONTRAST = 4.5
"""The least contrast (WCAG 2) of a text's colour with the background: a run's colour as text
(Okabe–Ito orange on white is 2.25, blue on the dark background 3.2) is mixed toward the
theme's text colour until it has this much."""


def luminance(c: QColor) -> float:
    """The WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c.getRgbF()[:3]]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


FRAME_CONTRAST = 1.6
"""The least contrast of a unit's coloured frame with the background: a frame in the colour of a value near
0 (white on the light canvas) would vanish, and a softmax unit with p ≈ 0 looked like a loose triangle."""


def readable_on(
    color: QColor, theme: Theme, background: QColor | None = None, least: float = READABLE_CONTRAST
) -> QColor:
    """``color`` for a text on the theme's background (or ``background``, a widget's): itself if it
    reads (contrast ``least``, :data:`READABLE_CONTRAST` for text), else the least mix of it toward the
    theme's text colour that does (the hue stays recognisable)."""
    background, text = background or theme.q("background"), theme.q("text")
    for step in range(11):
        t = step / 10
        mixed = QColor.fromRgbF(*((1 - t) * c + t * x for c, x in zip(color.getRgbF()[:3], text.getRgbF()[:3])))
        if contrast(mixed, background) >= least:
            return mixed
    return text


_FRAMES: dict[tuple[str, int], QColor] = {}


def frame_color(color: QColor, theme: Theme) -> QColor:
    """A heatmap unit's frame in its value's ``color``, mixed toward the text colour until it stands out
    from the background (:data:`FRAME_CONTRAST`); remembered, as a live run asks every frame."""
    key = (theme.name, color.rgba())
    if key not in _FRAMES:
        if len(_FRAMES) > 4096:
            _FRAMES.clear()
        _FRAMES[key] = readable_on(color, theme, least=FRAME_CONTRAST)
    return _FRAMES[key]


def base_ui_font() -> QFont:
    """The application font as it was before any theme scaled it (the desktop's choice)."""
    if "font" not in _BASE:
        _BASE["font"] = QFont(QApplication.font())
    return QFont(_BASE["font"])


def ui_font(theme: Theme) -> QFont:
    """The font of Qt widgets (labels, tables, tabs) under ``theme``: the base font × ``font_scale``."""
    font = base_ui_font()
    fonts.with_chinese(font)  # Chinese from the shipped face of the language, its shapes at once
    if theme.font_scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * theme.font_scale)
    return font


def dark_palette(theme: Theme) -> QPalette:
    """A palette for Qt widgets in the colours of a dark ``theme`` (for the Fusion style)."""
    p = QPalette()
    window, button = QColor("#24272e"), QColor("#363b45")
    text, muted, accent = theme.q("text"), theme.q("muted"), QColor("#4a86b8")
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, QColor("#3a3f4a")),  # a check box is a square of Base: it must stand out of Window
        (roles.AlternateBase, QColor("#414754")),
        (roles.ToolTipBase, theme.q("callout")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, muted),
        (roles.Text, text),
        (roles.Button, button),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff6b6b")),
        (roles.Light, QColor("#3a3f4a")),
        (roles.Midlight, QColor("#33373f")),
        (roles.Mid, QColor("#2a2d35")),
        (roles.Dark, QColor("#15171b")),
        (roles.Shadow, QColor("#0b0c0e")),
        (roles.Highlight, accent),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor(theme.positive)),
        (roles.LinkVisited, theme.q("selection")),
    ):
        p.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#6b717c"))
    p.setColor(disabled, roles.Base, window)
    p.setColor(disabled, roles.Button, QColor("#282b32"))
    p.setColor(disabled, roles.Highlight, QColor("#3d4048"))
    return p


def apply_to_application(theme: Theme, app: QApplication | None = None) -> None:
    """Palette, style and font of the Qt widgets for ``theme``: Fusion with :func:`dark_palette`
    for a dark theme, the desktop's own style and palette otherwise; the font × ``font_scale``."""
    app = app or QApplication.instance()
    base_ui_font()
    _BASE.setdefault("style", app.style().name())
    if theme.dark:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette(theme))
    else:
        if app.style().name().lower() != str(_BASE["style"]).lower():
            app.setStyle(str(_BASE["style"]))
        app.setPalette(app.style().standardPalette())
    app.setFont(ui_font(theme))
    # Widgets hear of a new palette and font through posted events: deliver them now, so that what
    # is drawn next uses them; style sheets that name palette colours resolve them only when set.
    for kind in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ApplicationFontChange):
        QCoreApplication.sendPostedEvents(None, kind)
    # Widgets of windows already closed may still wait in reference cycles; freed now, none of them
    # is visited half destroyed (a crash seen in the test suite, where many windows come and go).
    gc.collect()
    for widget in app.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
