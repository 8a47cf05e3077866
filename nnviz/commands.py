"""The headless commands behind ``nnviz trace``, ``nnviz train``, ``nnviz check`` and ``nnviz presets``."""

from __future__ import annotations

import copy
import csv
import json
import math
import os
import sys
from pathlib import Path

import numpy as np

from nnviz.core.atomic_write import write_text_atomically
from nnviz.core.diagnose import saturated_share, training_warning
from nnviz.core.experiment import Experiment
from nnviz.core.jsonfmt import dumps
from nnviz.core.memory import trace_problem
from nnviz.core.numbering import sample_index
from nnviz.core.perceptron import Convergence
from nnviz.core.trace_json import traces_to_json
from nnviz.errors import BadInput
from nnviz.i18n import ENGLISH, set_language, translate
from nnviz.presets import COMPARISON_GROUP, lesson_groups, load_experiment, preset_title
from nnviz.progress_line import ProgressLine, run_in_steps


class Diverged(Exception):
    """Training produced a non-finite loss or parameter."""


def run_presets(args) -> int:
    """The shipped presets in the suggested lesson order, under numbered group headings (as the
    app's picker shows them): name and title per line; last, the comparison lessons and the
    command that runs them."""
    from nnviz.session.compare import presets as comparisons

    groups = lesson_groups()
    lessons = comparisons.comparison_names()
    width = max((len(n) for _, names in groups for n in (*names, *lessons)), default=0)
    for number, (title, names) in enumerate(groups, start=1):
        print(f"{number}. {title}")
        for name in names:
            print(f"  {name:<{width}}  {preset_title(name)}")
    if lessons:
        heading = translate("Lessons", "{0}: run one with {1}").format(
            translate("Lessons", COMPARISON_GROUP), comparisons.command("NAME")
        )
        print(f"{len(groups) + 1}. {heading}")
        for name in lessons:
            print(f"  {name:<{width}}  {comparisons.comparison_text(name, 'name')}")
    return 0


def run_shot(args) -> int:
    from nnviz.qt.shot import ShotRequest, parse_size, shoot

    request = ShotRequest(
        experiment=args.experiment,
        out=Path(args.out),
        iterations=args.iterations,
        cursor=args.cursor,
        panel=args.panel,
        theme=args.theme,
        size=parse_size(args.size),
        scale=args.scale,
        transparent=args.transparent,
        labels=args.labels,
        axes=args.axes,
        lang=args.lang,
    )
    path = shoot(request)
    print(path)
    return 0


def run_compare(args) -> int:
    from nnviz.compare_command import run_compare as compare  # the comparison engine, only when asked

    set_language(args.lang)
    if args.lang != ENGLISH:  # the figure's words come through Qt's translators: install them first
        from nnviz.qt.headless import application

        application(args.lang, "nnviz-compare")
    return compare(args)


def run_trace(args) -> int:
    set_language(args.lang)
    experiment = load_experiment(args.experiment)
    problem = trace_problem(experiment.memory, args.iterations)
    if problem:
        raise BadInput(f"--iterations {args.iterations}: {problem}")
    traces = []
    with np.errstate(all="ignore"):
        for _ in range(args.iterations):
            traces.append(experiment.trainer.step())
    if args.format == "json":
        sys.stdout.write(dumps(traces_to_json(experiment.name, traces)))
        return 0
    from nnviz.worked_example import render, traced_row

    sample = None if args.sample is None else sample_index(args.sample)
    for trace in traces:
        try:
            traced_row(trace, sample)
        except ValueError as error:
            raise BadInput(f"--sample {args.sample}: {error}") from None
    sys.stdout.write(render(experiment, traces, args.format, sample=sample))
    return 0


def _checked_iteration(experiment, number: int):
    """Iteration ``number`` of ``experiment`` traced for grading."""
    from nnviz.grading.recompute import Iteration

    problem = trace_problem(experiment.memory, 1)
    if problem:
        raise BadInput(problem)
    trainer = experiment.trainer
    with np.errstate(all="ignore"):
        run_in_steps(number - 1, lambda n: _step(trainer, n))
        optimizer = copy.deepcopy(trainer.optimizer)
        trace = trainer.step()
    return Iteration(trainer, trace, optimizer)


def _step(trainer, n: int) -> None:
    for _ in range(n):
        trainer.step()


def run_check(args) -> int:
    """Grade a learner's values of one iteration: exit 0 all right, 1 some wrong (2: bad input)."""
    from nnviz.grading import report
    from nnviz.grading.grade import grade
    from nnviz.grading.student_file import read_student

    set_language(ENGLISH)  # a bad file is an error on the command line: English, machine-parsable
    experiment = load_experiment(args.experiment)
    iteration = _checked_iteration(experiment, args.iteration)
    shapes = {key: value.shape for key, value in iteration.true.items()}
    student = read_student(Path(args.student), shapes, args.iteration)
    if not student:
        raise BadInput(f"{args.student}: no values to check (every value is missing or null)")
    set_language(args.lang if args.format != "json" else ENGLISH)
    result = grade(iteration, student)
    name, number = experiment.name, args.iteration
    if args.format == "json":
        text = report.json_text(result, name, number)
    elif args.format in ("markdown", "pdf"):
        text = (report.html if args.format == "pdf" else report.markdown)(result, name, number)
    else:
        text = report.text(result, name, number, args.expected)
    _output(
        args,
        text,
        translate("Check", "Check: {experiment}, iteration {iteration}").format(experiment=name, iteration=number),
    )
    return 0 if result.all_right else 1


def run_exercise(args) -> int:
    from nnviz.grading.worksheet import Scope, default_scope, render

    set_language(args.lang)
    experiment = load_experiment(args.experiment)
    iteration = _checked_iteration(experiment, args.iteration)
    batch, layers = len(iteration.trace.x), iteration.n_layers
    if isinstance(args.sample, int) and args.sample > batch:
        raise BadInput(f"--sample {args.sample}: the mini-batch holds samples 1 to {batch}")
    if args.layer is not None and args.layer > layers:
        raise BadInput(f"--layer {args.layer}: the network has layers 1 to {layers}")
    if args.sample is None:
        scope = default_scope(iteration, layer=args.layer)
    else:
        scope = Scope(None if args.sample == "all" else (args.sample - 1,), args.layer)
    fmt = "html" if args.format == "pdf" else args.format
    text = render(experiment.name, iteration, args.iteration, fmt, args.answers, scope)
    kind = translate("Check", "Answer key") if args.answers else translate("Check", "Exercise")
    title = translate("Check", "{title}: {name}, iteration {iteration}").format(
        title=kind, name=experiment.name, iteration=args.iteration
    )
    _output(args, text, title)
    return 0


def _output(args, text: str, title: str) -> None:
    """A command's document to ``--out`` or stdout; with ``--format pdf`` ``text`` is the HTML
    typeset as a PDF file (``--out`` required)."""
    if args.format != "pdf":
        if args.out:
            _write(Path(args.out), text)
        else:
            sys.stdout.write(text)
        return
    if not args.out:
        raise BadInput("--format pdf writes a file: add --out FILE.pdf")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_HASH_SEED", "0")  # the embedded fonts in the same order every run (see shot)
    from nnviz.qt.document_pdf import write_document_pdf

    if Path(args.out).is_dir():
        raise BadInput(f"--out {args.out}: a folder; give a file name in it")
    try:
        write_document_pdf(text, Path(args.out), title)
    except OSError as error:
        raise BadInput(f"--out {args.out}: cannot write it: {error.strerror or error}") from None
    print(args.out)


def run_train(args) -> int:
    experiment = load_experiment(args.experiment)
    epochs = experiment.epochs if args.epochs is None else args.epochs
    with np.errstate(all="ignore"):
        first_loss = experiment.evaluate().train_loss
    history = []
    progress = ProgressLine(epochs) if sys.stderr.isatty() else None
    rule = Convergence() if experiment.trainer.optimizer.name == "perceptron" else None
    try:
        for _ in range(epochs):
            with np.errstate(all="ignore"):
                trace = _run_epoch(experiment.trainer, rule)
            if not math.isfinite(trace.loss_total) or not _finite(experiment):
                raise Diverged(_diverged(experiment, trace.loss_total))
            if args.history:
                with np.errstate(all="ignore"):
                    history.append((experiment.trainer.epoch, trace.loss_total, experiment.evaluate()))
            if progress:
                progress.update(experiment.trainer.epoch)
    except Diverged as error:
        raise BadInput(str(error)) from None
    finally:
        if progress:
            progress.close()
    with np.errstate(all="ignore"):
        result = experiment.evaluate()
        saturated = saturated_share(experiment.network, experiment.data.x_train)
    warning = training_warning(first_loss, result.train_loss, saturated) if epochs > 0 and not rule else None
    if rule and rule.converged_epoch is None and epochs > 0:
        warning = f"perceptron rule {rule.sentence()}"
    if warning:
        print(f"nnviz: warning: {warning}", file=sys.stderr)
    if args.out:
        _write(Path(args.out), experiment.to_json())
    if args.history:
        _write_history(Path(args.history), history)
    summary = {
        "epochs": experiment.trainer.epoch,
        "train_loss": result.train_loss,
        "test_loss": result.test_loss,
        "train_accuracy": result.train_accuracy,
        "test_accuracy": result.test_accuracy,
    }
    if rule:
        summary["perceptron"] = {
            "updates": rule.updates,
            "converged_epoch": rule.converged_epoch,
            "cycle_epoch": rule.cycle_epoch,
        }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"epochs          {summary['epochs']}")
        for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            value = summary[key]
            print(f"{key:<15} {'—' if value is None else f'{value:.6g}'}")
        if rule:
            print(f"perceptron      {rule.sentence()}")
    return 0


def _run_epoch(trainer, rule: Convergence | None):
    """One epoch; with the perceptron rule, its updates counted and its end state compared."""
    if rule is None:
        return trainer.run_epoch()
    start = trainer.epoch
    while True:
        trace = trainer.step()
        rule.count(trace.rule_steps)
        if trainer.epoch != start:
            rule.epoch_ended(trainer.network.parameters())
            return trace


def _diverged(experiment: Experiment, loss: float) -> str:
    """What became non-finite in the epoch just trained, and the settings to make smaller: the
    learning rate, and λ when there is a regularization (a huge λ diverges at any learning rate)."""
    epoch = experiment.trainer.epoch
    if math.isfinite(loss):
        what = translate(
            "Train", "training diverged in epoch {0}: the parameters became NaN or ∞ (the loss was {1:.4g})"
        )
    else:
        what = translate("Train", "training diverged in epoch {0}: the loss became {1}")
    if experiment.trainer.regularizer.active:
        advice = translate(
            "Train", "try a smaller learning rate (optimizer.learning_rate) or regularization.lambda"
        )
    else:
        advice = translate("Train", "try a smaller learning rate (optimizer.learning_rate)")
    return f"{what.format(epoch, loss)}; {advice}"


def _finite(experiment: Experiment) -> bool:
    return all(np.all(np.isfinite(p)) for p in experiment.network.parameters())


def _write(path: Path, text: str, option: str = "--out") -> None:
    """Write ``text`` to the file the command line's ``option`` named; a clear error if it cannot be."""
    if path.is_dir():
        raise BadInput(f"{option} {path}: a folder; give a file name in it")
    try:
        write_text_atomically(path, text)
    except OSError as error:
        raise BadInput(f"{option} {path}: cannot write it: {error.strerror or error}") from None


def _write_history(path: Path, rows) -> None:
    from io import StringIO

    out = StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["epoch", "batch_loss", "train_loss", "test_loss", "train_accuracy", "test_accuracy"])
    for epoch, batch_loss, r in rows:
        writer.writerow(
            [
                epoch,
                batch_loss,
                r.train_loss,
                _blank(r.test_loss),
                _blank(r.train_accuracy),
                _blank(r.test_accuracy),
            ]
        )
    _write(path, out.getvalue(), "--history")


def _blank(value):
    return "" if value is None else value
