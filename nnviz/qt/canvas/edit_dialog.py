"""The canvas's question for a parameter's new value (a double-click on an edge, a unit's bias or a
kernel weight), naming the parameter in the window's language."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from nnviz.qt.i18n import translate
from nnviz.session.canvas.tooltips import kernel_weight_name
from nnviz.session.step_view import StepView


def ask_new_value(parent: QWidget, view: StepView, k: int, j: int, src: int, kernel: bool) -> float | None:
    """The value typed for parameter ``[j, src]`` of layer ``k`` (``src`` the fan-in: the bias; with
    ``kernel``, weight ``src`` of kernel ``j``), or ``None`` when cancelled."""
    lv = view.layers[k - 1]
    if kernel:
        name = kernel_weight_name(view, k, j, src)
    elif src == lv.fan_in:
        name = translate("canvas", "b of layer {k}, unit {unit}").format(k=k, unit=j + 1)
    else:
        name = translate("canvas", "w from unit {source} to layer {k}, unit {unit}").format(
            source=src + 1, k=k, unit=j + 1
        )
    value, ok = QInputDialog.getDouble(
        parent,
        translate("canvas", "Edit parameter"),
        translate("canvas", "New value of {0}:").format(name),
        float(lv.parameters[j, src]),
        -1e6,
        1e6,
        6,
    )
    return float(value) if ok else None
