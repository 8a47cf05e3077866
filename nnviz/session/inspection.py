"""What the inspector says about the selection at the cursor, decided without Qt.

From a :class:`~nnviz.session.step_view.StepView` and the trainer it was built
from, :func:`inspect` gives the inspector's title, its subtitle (the traced
sample and the cursor), the chain-rule sentences the cursor has revealed for
the selection, and its table of values. Each table row names the time point of
its value, so a row never mixes a parameter after the update with a product of
the forward pass (the forward share w·a_in always uses the w the forward pass
used). ``None`` in a row: not revealed yet (shown as "—").

With nothing selected the target is the unit the cursor is on (forward,
backward); at the loss or an update there is no target and the event's own
sentences (:attr:`StepView.event_groups`) say it all. In the exercise mode the
target's first group is ``Exercise``: the learner's answers, judged, and its
next blank (:mod:`nnviz.session.exercise`, worded by :mod:`nnviz.session.exercise_feedback`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nnviz.core.explain import explain_loss, explain_weight
from nnviz.core.explain_kernel import explain_kernel_gradient
from nnviz.core.explain_layers import cell_text, explain_layer_backward
from nnviz.core.explain_names import kind_words
from nnviz.core.explain_update import explain_update
from nnviz.core.numbering import subscript, unit_label
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.event_sentences import forward_sentences, no_parameters_sentence
from nnviz.session.events import BACKWARD, FORWARD, LOSS, UPDATE
from nnviz.session.exercise_feedback import EXERCISE, exercise_lines
from nnviz.session.layer_view import LayerView
from nnviz.session.selection import Selection
from nnviz.session.step_view import StepView
from nnviz.session.wide_deep import find_lanes, split_lines, trace_split
from nnviz.worked_layers import kernel_symbol

Group = tuple[str, list[str]]
BIAS_MEANING = {
    (True, True): QT_TRANSLATE_NOOP("Inspection", "the unit's bias, after this update"),
    (True, False): QT_TRANSLATE_NOOP("Inspection", "the unit's bias, as used forward"),
    (False, True): QT_TRANSLATE_NOOP("Inspection", "its kernel's bias, after this update"),
    (False, False): QT_TRANSLATE_NOOP("Inspection", "its kernel's bias, as used forward"),
}
"""The inspector's words for a unit's bias row: (dense layer?, after the update?)."""
Z_MEANING = {
    "dense": QT_TRANSLATE_NOOP("Inspection", "weighted sum Σ w·a + b"),
    "conv2d": QT_TRANSLATE_NOOP("Inspection", "Σ kernel ⊙ window + b"),
    "max_pool2d": QT_TRANSLATE_NOOP("Inspection", "the largest value in the window (no weights)"),
    "avg_pool2d": QT_TRANSLATE_NOOP("Inspection", "the mean of the window (no weights)"),
    "flatten": QT_TRANSLATE_NOOP("Inspection", "the map cell it lays out in the row"),
    "concat": QT_TRANSLATE_NOOP("Inspection", "the input column or deep output it copies"),
}
"""The inspector's words for a unit's z, by the kind of its layer."""


@dataclass(frozen=True)
class Row:
    """One line of the inspector's table: ``value`` is ``None`` while not revealed."""

    symbol: str
    value: float | None
    meaning: str


@dataclass
class Inspection:
    """Everything the inspector shows (see the module docstring)."""

    target: Selection | None
    title: str
    subtitle: str
    groups: list[Group] = field(default_factory=list)
    """The selection's sentences the cursor has revealed, ``(heading, sentences)``."""
    rows: list[Row] = field(default_factory=list)
    can_check: bool = False
    """Whether the gradient of the target weight can be checked (its backward event is revealed)."""

    @property
    def sentences(self) -> list[str]:
        return [s for _, lines in self.groups for s in lines]


HEADINGS = (
    QT_TRANSLATE_NOOP("Inspection", "Forward"),
    QT_TRANSLATE_NOOP("Inspection", "Loss"),
    QT_TRANSLATE_NOOP("Inspection", "Backward"),
    QT_TRANSLATE_NOOP("Inspection", "Gradient"),
    QT_TRANSLATE_NOOP("Inspection", "Update"),
    QT_TRANSLATE_NOOP("Inspection", "Wide & Deep"),
)
"""The groups' headings: kept in English as keys, translated where the inspector shows them."""


def where(view: StepView) -> str:
    """``Traced: sample 4 (batch row 2) · iteration 3, epoch 1 · at forward · layer 1 · unit 2``."""
    if view.trace is None:
        return translate("Inspection", "Before the first iteration: step to see the numbers.")
    at = view.event.label if view.event is not None else ""
    text = translate("Inspection", "Traced: {sample} · iteration {iteration}, epoch {epoch} · at {at}")
    return text.format(sample=view.sample_text(with_row=True), iteration=view.iteration, epoch=view.epoch, at=at)


def inspect(view: StepView, trainer, input_names: list[str]) -> Inspection:
    """The inspector's content for ``view``'s selection (or the unit at the cursor).

    ``trainer`` gives the loss, regularizer and optimizer the sentences name;
    ``input_names`` name the inputs (``x₁`` or a feature such as ``x1²``).
    """
    target = view.selection
    event = view.event
    if target is None and event is not None and event.phase in (FORWARD, BACKWARD):
        target = Selection(event.layer, event.unit)
    if target is None:
        return _nothing(view)
    if target.layer == 0:
        return _input(view, target, input_names)
    shown = _unit(view, target, trainer, input_names) if target.is_unit else _edge(view, target, trainer)
    if view.exercise is not None and view.trace is not None:
        shown.groups.insert(0, (EXERCISE, exercise_lines(view, target)))
    return shown


def _nothing(view: StepView) -> Inspection:
    event = view.event
    if event is not None and event.phase in (LOSS, UPDATE):
        title = (
            translate("Inspection", "Loss")
            if event.phase == LOSS
            else translate("Inspection", "Update · layer {k}").format(k=event.layer)
        )
        layer = view.network.layers[event.layer - 1] if event.phase == UPDATE else None
        if layer is not None and layer.W is None:
            return Inspection(None, title, f"{where(view)}\n{no_parameters_sentence(event.layer, layer.kind)}")
        return Inspection(
            None, title, where(view) + "\n" + translate("Inspection", "Click an edge for one weight's numbers.")
        )
    return Inspection(
        None,
        translate("Inspection", "Nothing selected"),
        translate("Inspection", "Click a unit or a weight on the canvas."),
    )


def _input(view: StepView, target: Selection, input_names: list[str]) -> Inspection:
    i = target.unit
    name = input_names[i] if i < len(input_names) else f"x{i + 1}"
    symbol = f"x{subscript(i + 1)}"
    x = float(view.x[i]) if view.trace is not None else None
    rows = [Row(symbol, x, translate("Inspection", "feature {name} of the traced sample").format(name=name))]
    return Inspection(
        target,
        translate("Inspection", "Input {symbol} ({name})").format(symbol=symbol, name=name),
        where(view),
        rows=rows,
    )


def _logit_split(view: StepView, trainer, input_names: list[str], unit: int) -> list[Group]:
    """A Wide&Deep output unit's logit split by lane for the traced sample (nothing elsewhere)."""
    lanes = find_lanes(view.network, input_names)
    if lanes is None:
        return []
    parts = trace_split(lanes, view.network, view.trace, trainer.loss if view.loss_revealed else None)
    return [("Wide & Deep", split_lines(parts, lanes, view.row, unit, trainer.loss))]


def _unit(view: StepView, target: Selection, trainer, input_names: list[str]) -> Inspection:
    k, j, n = target.layer, target.unit, view.row
    lv = view.layers[k - 1]
    last = k == len(view.layers)
    dense = isinstance(lv, LayerView)
    place = unit_label(j) if dense else cell_text(lv.shape, j)
    if dense:
        kind = lv.activation
    elif lv.kind == "conv2d":
        kind = translate("Inspection", "{kind}, {activation}").format(
            kind=kind_words(lv.kind), activation=lv.activation
        )
    else:
        kind = kind_words(lv.kind)
    if last:
        title = translate("Inspection", "Output layer {k} · {unit} ({activation})")
    else:
        title = translate("Inspection", "Layer {k} · {unit} ({activation})")
    title = title.format(k=k, unit=place, activation=kind)
    trace, network = view.trace, view.network
    values = view.unit_values(k, j)
    fwd, bwd = trace is not None and bool(lv.forward[j]), trace is not None and bool(lv.backward[j])
    groups: list[Group] = []
    if fwd:
        groups.append(("Forward", forward_sentences(trace, k, j, n, network, bool(lv.forward.all()))))
    if last and view.loss_revealed:
        groups.append(
            ("Loss", explain_loss(trace, n, network=network, loss=trainer.loss, regularizer=trainer.regularizer))
        )
    if last and fwd:
        groups += _logit_split(view, trainer, input_names, j)
    if bwd:
        # explain_layer_backward takes ∂L/∂a through whatever lies above (a concat, say).
        groups.append(("Backward", explain_layer_backward(trace, k, j, n, network=network, loss=trainer.loss)))

    def shown(name: str) -> float | None:
        return values[name] if values[name] == values[name] else None

    layer_kind = "dense" if dense else lv.kind
    passes_on = layer_kind in ("max_pool2d", "avg_pool2d", "flatten", "concat")
    a_meaning = (
        translate("Inspection", "a = z: no activation here")
        if passes_on
        else translate("Inspection", "activation {f}(z)").format(f=lv.activation)
    )
    rows = [
        Row("z", shown("z"), translate("Inspection", Z_MEANING[layer_kind])),
        Row("a", shown("a"), a_meaning),
    ]
    if lv.dropout > 0:
        rows.append(
            Row(
                "a·mask/(1−p)",
                shown("output"),
                translate("Inspection", "after dropout p = {p:g}").format(p=lv.dropout),
            )
        )
    rows += [
        Row("∂L/∂a", shown("grad_a"), translate("Inspection", "how the loss changes with a")),
        Row("δ = ∂L/∂z", shown("delta"), translate("Inspection", "how the loss changes with z")),
    ]
    if lv.parameters is not None:
        # A conv cell's bias is its kernel's (one per map).
        bias_now = float(lv.parameters[j if dense else j // (lv.units // len(lv.parameters)), -1])
        meaning = BIAS_MEANING[dense, bool(lv.after_update)]
        rows.append(Row("b", bias_now, translate("Inspection", meaning)))
    return Inspection(target, title, where(view), groups, rows)


def _kernel_weight(view: StepView, target: Selection, trainer) -> Inspection:
    """A conv kernel's weight (or bias): ``unit`` is the kernel, ``source`` its index in ``[K | b]``."""
    k, o, i, n = target.layer, target.unit, target.source, view.row
    lv = view.layers[k - 1]
    bias = i == lv.before.shape[1] - 1
    w = "b" if bias else "K"
    symbol = kernel_symbol(view.network.layers[k - 1].W.shape, o, i)
    title = translate("Inspection", "{w} · layer {k}").format(w=symbol, k=k)
    subtitle = translate("Inspection", "Kernel {0} of layer {k}: used at every cell of output map {0}.").format(
        o + 1, k=k
    )
    subtitle += "\n" + where(view)
    trace = view.trace
    bwd = trace is not None and bool(lv.kernels_revealed[o])
    groups: list[Group] = []
    if bwd:
        lines = explain_kernel_gradient(trace, k, o, i, n, regularizer=trainer.regularizer)
        groups.append(("Gradient", lines))
    if trace is not None and lv.after_update:
        groups.append(("Update", explain_update(trace, k, o, i, optimizer=trainer.optimizer)))

    def shown(values) -> float | None:
        v = float(values[o, i])
        return v if v == v else None

    rows = [
        Row(
            w,
            float(lv.before[o, i]),
            translate("Inspection", "before this iteration's update: what the forward pass used"),
        ),
        Row(
            f"∂L/∂{w}",
            shown(lv.gradient),
            translate("Inspection", "summed over every cell of the map and the batch (mean)"),
        ),
        Row(f"Δ{w}", shown(lv.step), translate("Inspection", "the optimizer's step")),
        Row(
            translate("Inspection", "{w} new").format(w=w),
            shown(lv.new),
            translate("Inspection", "after this iteration's update"),
        ),
    ]
    return Inspection(target, title, subtitle, groups, rows, can_check=bwd)


def _edge(view: StepView, target: Selection, trainer) -> Inspection:
    k, j, i, n = target.layer, target.unit, target.source, view.row
    lv = view.layers[k - 1]
    if not isinstance(lv, LayerView):
        return _kernel_weight(view, target, trainer)
    bias = i == lv.fan_in
    if bias:
        title = translate("Inspection", "Bias {b} · layer {k}, unit {j}").format(
            b=f"b{subscript(j + 1)}", k=k, j=j + 1
        )
        source = translate("Inspection", "the bias unit (value 1)")
    else:
        title = translate("Inspection", "Weight {w} · layer {k}").format(w=f"w{subscript(j + 1, i + 1)}", k=k)
        if k == 1:
            source = translate("Inspection", "input {x}").format(x=f"x{subscript(i + 1)}")
        else:
            source = translate("Inspection", "unit {i} of layer {k}").format(i=i + 1, k=k - 1)
    subtitle = translate("Inspection", "From {source} into unit {j} of layer {k}.").format(
        source=source, j=j + 1, k=k
    )
    subtitle += "\n" + where(view)
    trace = view.trace
    fwd = trace is not None and bool(lv.forward[j])
    bwd = trace is not None and bool(lv.backward[j])
    upd = trace is not None and lv.after_update
    groups: list[Group] = []
    if fwd:
        groups.append(("Forward", forward_sentences(trace, k, j, n, view.network, bool(lv.forward.all()))))
    if bwd:
        groups.append(("Gradient", explain_weight(trace, k, j, i, n, regularizer=trainer.regularizer)))
    if upd:
        groups.append(("Update", explain_update(trace, k, j, i, optimizer=trainer.optimizer)))
    v = view.edge_values(k, j, i)

    def shown(name: str) -> float | None:
        return v[name] if v[name] == v[name] else None

    w = "b" if bias else "w"
    rows = [
        Row(w, v["before"], translate("Inspection", "before this iteration's update: what the forward pass used")),
        Row("a_in", shown("input"), translate("Inspection", "what flows in from the source, this sample")),
        Row(
            f"{w}·a_in",
            shown("share"),
            translate("Inspection", "its share of z of unit {j} (the {w} above)").format(j=j + 1, w=w),
        ),
    ]
    if not bias:
        rows += [
            Row(
                f"∂L_data/∂{w}", shown("gradient_data"), translate("Inspection", "from the data loss, batch mean")
            ),
            Row(f"∂L_reg/∂{w}", shown("gradient_reg"), translate("Inspection", "from regularization")),
        ]
    rows += [
        Row(f"∂L/∂{w}", shown("gradient"), translate("Inspection", "the gradient the optimizer uses")),
        Row(f"Δ{w}", shown("step"), translate("Inspection", "the optimizer's step")),
        Row(
            translate("Inspection", "{w} new").format(w=w),
            shown("new"),
            translate("Inspection", "after this iteration's update"),
        ),
    ]
    return Inspection(target, title, subtitle, groups, rows, can_check=bwd)


def note_lines(view: StepView, trainer) -> list[str]:
    """The canvas's note beside a selection: the newest revealed chain-rule step of the selected
    unit (its last two sentences, forward or backward) or weight (its gradient), else a line
    saying when they come (the note stays while something is selected, so the network does
    not jump as it comes and goes); nothing for no selection or an input."""
    if view.selection is None or view.selection.layer == 0:
        return []
    shown = inspect(view, trainer, [])
    groups = dict(shown.groups)
    if view.selection.is_unit:
        lines = (groups.get("Backward") or groups.get("Forward") or [])[-2:]
        when = translate("Inspection", "its forward step")
    else:
        lines = groups.get("Gradient", [])[1:3]
        when = translate("Inspection", "the backward step of the unit it feeds")
    return lines or [
        translate("Inspection", "{title}: the chain rule appears here at {when}.").format(
            title=shown.title, when=when
        )
    ]
