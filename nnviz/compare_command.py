"""``nnviz compare``: train the runs of a comparison in worker processes, write the figure and CSV."""

from __future__ import annotations

import sys
from pathlib import Path

from nnviz.core.atomic_write import write_text_atomically
from nnviz.core.validate import ExperimentError
from nnviz.errors import BadInput
from nnviz.i18n import ENGLISH, language, set_language, translate
from nnviz.session.compare import presets
from nnviz.session.compare.ablation import ablation_plan, ablation_table, right_lines
from nnviz.session.compare.plan import MAX_SEEDS, make_plan
from nnviz.session.compare.pool import ComparisonError, Pool
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import make_table
from nnviz.session.compare.train_run import Job
from nnviz.session.compare.vary import parse_vary
from nnviz.text_width import display_width, ljust

THEMES = ("light", "dark", "presentation")


def run_compare(args) -> int:
    from nnviz.presets import load_experiment
    from nnviz.qt.shot import parse_size

    suffix = Path(args.out).suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise BadInput(f"--out {args.out}: the file must end in .png, .svg or .pdf")
    if args.theme not in THEMES:
        raise BadInput(f"--theme {args.theme!r}: expected one of {', '.join(THEMES)}")
    size = parse_size(args.size)
    if getattr(args, "ablation", None) is not None:
        return _run_ablation(args, size)
    preset_path = presets.find(args.experiment)
    if preset_path is not None:
        preset = presets.load(preset_path)
        experiment, vary = preset.experiment, preset.vary
        seeds, epochs = preset.seeds, preset.epochs
        target, boundary = preset.target_loss, preset.boundary_epoch
    else:
        experiment, vary = load_experiment(args.experiment), None  # a name that is nothing is named first
        if args.vary is None:
            raise BadInput("--vary PATH=V1,V2,… is needed (unless EXPERIMENT is a comparison lesson)")
        seeds = epochs = target = boundary = None
    if args.vary is not None:
        vary = parse_vary(args.vary)
    seeds = args.seeds or seeds or 1
    if args.seeds is not None and not 1 <= args.seeds <= MAX_SEEDS:  # the flag's, not the lesson's
        raise BadInput(f"--seeds {args.seeds}: expected 1 to {MAX_SEEDS}")
    epochs = args.epochs if args.epochs is not None else epochs
    try:
        plan = make_plan(experiment, vary, seeds=seeds, epochs=epochs)
    except ExperimentError as error:
        if preset_path is None or args.vary is not None:
            raise
        raise presets.from_lesson(error, preset_path.name) from None  # a value of the lesson's
    if preset_path is not None:
        plan.name = preset.name
    epoch = (
        args.boundary_epoch
        if args.boundary_epoch is not None
        else boundary
        if boundary is not None
        else plan.epochs
    )
    if not 0 <= epoch <= plan.epochs:
        said = f"{preset_path.name}: boundary_epoch" if args.boundary_epoch is None else "--boundary-epoch"
        raise BadInput(f"{said} {epoch}: expected 0 to {plan.epochs} (the epochs trained)")
    landscape = getattr(args, "landscape", None)
    if landscape is not None and Path(landscape).suffix.lower() not in (".png", ".svg", ".pdf"):
        raise BadInput(f"--landscape {landscape}: the file must end in .png, .svg or .pdf")
    keep = landscape is not None
    axes_text = getattr(args, "landscape_axes", None)
    if axes_text is not None and landscape is None:
        raise BadInput(f"--landscape-axes {axes_text}: draws the shared landscape; give --landscape FILE too")
    if keep:
        from nnviz.qt.compare.export import shared_axes

        axes = shared_axes(plan, axes_text)
    results = _train(plan, args, (epoch,), keep)
    comparison = Comparison(plan, results)
    diverged = [
        f"run {r.index + 1} ({vary.label(plan.runs[r.index].value)}) diverged in epoch {r.diverged_at}"
        for r in results
        if r.diverged_at
    ]
    table = make_table(comparison, args.target_loss if args.target_loss is not None else target)
    _write(comparison, table, args, size, epoch)
    if landscape is not None:
        from nnviz.qt.compare.export import write_shared_landscape

        write_shared_landscape(comparison, Path(landscape), args.theme, size, axes)
    if preset_path is not None:
        print(f"{preset.name}\n\n{preset.lesson.strip()}\n" if preset.lesson.strip() else f"{preset.name}\n")
    _print(comparison, table, diverged)
    print(args.out)
    if landscape is not None:
        print(landscape)
    return 0


def _train(plan, args, boundary_epochs: tuple[int, ...], keep: bool) -> list:
    pool = Pool([Job(r, plan.epochs, boundary_epochs, keep) for r in plan.runs], args.workers)
    show = _Bar() if sys.stderr.isatty() else None
    try:
        return pool.run(show)
    except ComparisonError as error:
        raise BadInput(str(error)) from None
    finally:
        if show:
            show.close()


def _write(comparison: Comparison, table, args, size: tuple[int, int], epoch: int) -> None:
    """The figure, and the CSV with ``--csv``."""
    from nnviz.qt.compare.export import write_figure

    write_figure(comparison, table, Path(args.out), args.theme, size, epoch)
    if args.csv:
        try:
            write_text_atomically(Path(args.csv), comparison.csv_text())
        except OSError as error:
            raise BadInput(f"--csv {args.csv}: {error.strerror or error}") from None


def _run_ablation(args, size: tuple[int, int]) -> int:
    """``--ablation wide_deep``: the Wide&Deep file as wide only, deep only and both."""
    from nnviz.presets import load_experiment

    for flag, given in (
        ("--vary", args.vary is not None),
        ("--seeds", args.seeds not in (None, 1)),
        ("--landscape", getattr(args, "landscape", None) is not None),
        ("--landscape-axes", getattr(args, "landscape_axes", None) is not None),
        ("--boundary-epoch", args.boundary_epoch is not None),
    ):
        if given:
            raise BadInput(
                f"--ablation {args.ablation}: {flag} does not apply (the ablation trains three fixed models)"
            )
    experiment = load_experiment(args.experiment)
    shown = language()
    set_language(ENGLISH)  # its error line stays English
    try:
        plan = ablation_plan(experiment, epochs=args.epochs)
    finally:
        set_language(shown)
    plan.name = experiment.name  # the figure's title in --lang
    comparison = Comparison(plan, _train(plan, args, (), False))
    table = ablation_table(comparison, args.target_loss)
    _write(comparison, table, args, size, plan.epochs)
    diverged = [
        f"run {r.index + 1} ({plan.runs[r.index].value}) diverged in epoch {r.diverged_at}"
        for r in comparison.results
        if r.diverged_at
    ]
    _print(comparison, table, diverged)
    for line in right_lines(comparison):
        print(line)
    print(args.out)
    return 0


def _print(comparison: Comparison, table, diverged: list[str]) -> None:
    for line in comparison.lock_lines():
        print(line)
    header = (*table.header, translate("Compare", "wall s"), translate("Compare", "epochs/s"))
    rows = []
    for v, row in enumerate(table.rows):
        runs = comparison.runs_of(v)
        wall = sum(r.wall_s for r in runs) / len(runs)
        rate = sum(r.epochs_per_s for r in runs) / len(runs)
        rows.append((*row, f"{wall:.2f}", f"{rate:.0f}"))
    # Padded by columns on the terminal, not characters: a Chinese header takes two per character.
    widths = [max(display_width(h), *(display_width(r[i]) for r in rows)) for i, h in enumerate(header)]
    for line in (header, *rows):
        print("  ".join(ljust(cell, w) for cell, w in zip(line, widths)).rstrip())
    for line in diverged:
        print(f"nnviz: warning: {line}", file=sys.stderr)


class _Bar:
    """A one-line progress bar on stderr (only when stderr is a terminal)."""

    def __call__(self, done: float) -> None:
        percent = int(100 * done)
        sys.stderr.write(f"\rcomparing [{'#' * (percent // 4):<25}] {percent:3d}%")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
