"""The ``nnviz`` command line: open the app, or trace, train, shoot and list presets headless.

Exit codes: 0 success, 2 bad input (one line on stderr naming the problem),
1 internal error.
"""

from __future__ import annotations

import argparse
import math
import sys
import traceback
from pathlib import Path

from nnviz.allocator import keep_freed_memory
from nnviz.errors import USER_ERRORS, BadInput
from nnviz.i18n import ENGLISH, LANGUAGES

COMMANDS = ("trace", "train", "check", "exercise", "presets", "shot", "compare")
EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line as bad input: one ``nnviz: error: --OPTION: what`` line
    and exit code 2, as a bad file is reported, instead of a usage block (``--help`` still prints it)."""

    def error(self, message: str):
        raise BadInput(message.removeprefix("argument "))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nnviz",
        description="Make neural networks visible: step through backprop, train live, export figures.",
        epilog="Run 'nnviz EXPERIMENT' (a file or a preset name) to open the app; "
        "'nnviz COMMAND --help' documents each command.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    trace = sub.add_parser("trace", help="print every number of the first training iterations")
    trace.add_argument("experiment", help="experiment file or preset name")
    trace.add_argument("--iterations", type=_positive_int, default=1, metavar="N", help="iterations to trace (1)")
    trace.add_argument(
        "--format", choices=("json", "markdown", "latex"), default="json", help="output format (json)"
    )
    _add_lang(trace, "language of markdown and latex worked examples (en); json is the same in every language")
    trace.add_argument(
        "--sample",
        type=_positive_int,
        default=None,
        metavar="N",
        help="training sample, counted from 1, whose chain-rule sentences markdown/latex spell out "
        "(default: the first in each mini-batch with the most non-zero inputs)",
    )

    train = sub.add_parser("train", help="train headless and report final loss and accuracy")
    train.add_argument("experiment", help="experiment file or preset name")
    train.add_argument(
        "--epochs", type=_non_negative_int, metavar="N", help="epochs to train (the file's 'epochs')"
    )
    train.add_argument("--out", metavar="FILE", help="write the trained experiment here")
    train.add_argument("--history", metavar="CSV", help="write per-epoch loss and accuracy here")
    train.add_argument("--json", action="store_true", help="print the result as one JSON object")

    check = sub.add_parser(
        "check",
        help="grade your own numbers of one training iteration, value by value",
        description="Compare the values you computed for one iteration (a file in the 'nnviz trace' JSON "
        "schema with any subset of its values, or a CSV of phase,layer,quantity,row,col,value) with nnviz's: "
        "right, right to your rounding, consistent with your earlier value, or wrong with the usual mistake "
        "it matches. Exit 0 when every value is right, 1 when some are wrong, 2 for a bad file.",
    )
    check.add_argument("experiment", help="experiment file or preset name")
    check.add_argument("student", help="your values: .json (nnviz trace schema) or .csv")
    check.add_argument("--iteration", type=_positive_int, default=1, metavar="N", help="iteration to check (1)")
    check.add_argument(
        "--format",
        choices=("text", "markdown", "json", "pdf"),
        default="text",
        help="report format (text); pdf is the markdown report typeset, written to --out",
    )
    check.add_argument("--expected", action="store_true", help="show nnviz's value beside each one not right")
    check.add_argument("--out", metavar="FILE", help="write the report here instead of to stdout (pdf: required)")
    _add_lang(check, "language of the text and markdown reports (en); json is the same in every language")

    exercise = sub.add_parser(
        "exercise",
        help="write a worksheet of one iteration: the givens and a blank box for every value (or the key)",
    )
    exercise.add_argument("experiment", help="experiment file or preset name")
    exercise.add_argument("--iteration", type=_positive_int, default=1, metavar="N", help="iteration (1)")
    exercise.add_argument(
        "--format",
        choices=("markdown", "latex", "pdf", "csv"),
        default="markdown",
        help="markdown, latex or pdf worksheet, or the blank boxes as a CSV for 'nnviz check' (markdown)",
    )
    exercise.add_argument(
        "--sample",
        type=_sample_choice,
        default=None,
        metavar="N|all",
        help="ask for the values of batch row N only (counted from 1, as 'nnviz check' counts samples), or of "
        "all; default: all for a network on columns, the traced sample for one on pictures",
    )
    exercise.add_argument(
        "--layer", type=_positive_int, default=None, metavar="L", help="ask for layer L's values only (all)"
    )
    exercise.add_argument("--answers", action="store_true", help="the answer key: every box filled")
    exercise.add_argument("--out", metavar="FILE", help="write it here instead of to stdout (pdf: required)")
    _add_lang(exercise, "language of the markdown and latex worksheets (en)")

    sub.add_parser("presets", help="list the shipped presets")

    shot = sub.add_parser(
        "shot",
        help="render a panel of the app in a given state to PNG, SVG or PDF (headless)",
        description="Render headless the picture the app shows after N iterations with the cursor at "
        "PHASE:LAYER[:UNIT] of the next iteration (layers and units count from 1; e.g. forward:1:2, loss, "
        "backward:2, update:1). The same inputs give the same bytes.",
    )
    shot.add_argument("experiment", help="experiment file or preset name")
    shot.add_argument("--iterations", type=_non_negative_int, default=0, metavar="N", help="iterations first (0)")
    shot.add_argument("--cursor", metavar="PHASE:LAYER[:UNIT]", help="then step into the next iteration to here")
    shot.add_argument(
        "--panel",
        default="network",
        help="window|network|data|loss|gradients|activation|softmax|layers|wide_deep|landscape|kernel_math|confusion|"
        "misclassified|draw",
    )
    shot.add_argument(
        "--axes",
        metavar="L:U:S,L:U:S|random|pca|line",
        help="the landscape's two parameters, counted from 1 (S = source, b = bias), e.g. 1:2:1,2:1:b; "
        "or a plane: random, pca or line",
    )
    shot.add_argument("--theme", default="light", help="light|dark|presentation (light)")
    shot.add_argument("--size", default="1200x800", metavar="WxH", help="figure size in pixels (1200x800)")
    shot.add_argument("--scale", type=float, default=1.0, metavar="S", help="PNG pixels per figure pixel, 1-4 (1)")
    shot.add_argument("--transparent", action="store_true", help="transparent PNG/SVG background")
    shot.add_argument(
        "--labels",
        default="off",
        help="numbers on the network: off (unit values), weights, "
        "gradients, updates, activations, none (a clean figure)",
    )
    _add_lang(shot, "language of every word in the figure (en)")
    shot.add_argument("--out", required=True, metavar="FILE", help="output file: .png, .svg or .pdf")
    _add_compare(sub)
    return parser


def _add_compare(sub) -> None:
    compare = sub.add_parser(
        "compare",
        help="train variants of an experiment side by side and draw them in one figure (headless)",
        description="Vary one setting by its JSON path over values (and seeds) with everything else locked "
        "(seed, data, split, initial weights where shapes allow, mini-batch order), train the runs in worker "
        "processes and write the figure. EXPERIMENT is a file, a preset or a comparison lesson "
        "(resources/comparisons). The same inputs give the same bytes.",
    )
    compare.add_argument("experiment", help="experiment file, preset name or comparison lesson")
    compare.add_argument(
        "--vary", metavar="PATH=V1,V2,…", help="e.g. network.layers[0].units=1,2,3,8 or loss.name=mse,bce"
    )
    compare.add_argument(
        "--seeds", type=_positive_int, metavar="N", help="seeds per value: the file's seed, +1, … (1)"
    )
    compare.add_argument(
        "--epochs", type=_non_negative_int, metavar="N", help="epochs per run (the file's 'epochs')"
    )
    compare.add_argument(
        "--ablation",
        choices=("wide_deep",),
        help="instead of --vary: a Wide&Deep file trained as wide only, deep only and both",
    )
    compare.add_argument("--out", required=True, metavar="FILE", help="figure: .png, .svg or .pdf")
    compare.add_argument("--csv", metavar="FILE", help="write every run's per-epoch numbers here")
    compare.add_argument(
        "--landscape",
        metavar="FILE",
        help="also draw the runs' shared loss landscape (same start, same loss): .png, .svg or .pdf",
    )
    compare.add_argument(
        "--landscape-axes",
        metavar="pca|random|L:U:S,L:U:S",
        help="the shared landscape's axes: the paths' principal components (pca, the default), two random "
        "filter-normalised directions, or two parameters counted from 1 (S = source, b = bias), e.g. 1:2:1,2:1:b",
    )
    compare.add_argument(
        "--target-loss",
        type=_finite_float,
        metavar="X",
        help="the table's 'epoch loss ≤ X' (default: the highest final training loss)",
    )
    compare.add_argument(
        "--boundary-epoch", type=_non_negative_int, metavar="E", help="epoch of the small multiples (the last)"
    )
    compare.add_argument("--theme", default="light", help="light|dark|presentation (light)")
    compare.add_argument("--size", default="1400x900", metavar="WxH", help="figure size in pixels (1400x900)")
    compare.add_argument(
        "--workers", type=_positive_int, metavar="N", help="worker processes (the number of cores)"
    )
    _add_lang(compare, "language of every word in the figure (en); the CSV is the same in every language")


def _add_lang(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=ENGLISH, help=help_text)


def _positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {text!r}")
    return value


def _finite_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def _sample_choice(text: str) -> int | str:
    return "all" if text.strip().lower() == "all" else _positive_int(text)


MAX_COUNT = 10**7
"""The most epochs or iterations a command line asks for (as ``epochs`` in a file)."""


def _non_negative_int(text: str) -> int:
    try:
        value = int(text) if len(text) <= 20 else MAX_COUNT + 1
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, got {text!r}")
    if value > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"expected at most {MAX_COUNT:,}, got {text[:24]!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    keep_freed_memory()
    try:
        if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
            return _open_app(argv)
        args = build_parser().parse_args(argv)
        from nnviz import commands

        return getattr(commands, f"run_{args.command}")(args)
    except USER_ERRORS as error:
        for line in str(error).splitlines() or [type(error).__name__]:
            print(f"nnviz: error: {line}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("nnviz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        print(f"nnviz: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_INTERNAL


def _open_app(argv: list[str]) -> int:
    parser = _Parser(prog="nnviz", add_help=False)
    parser.add_argument("experiment", nargs="?")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    args, rest = parser.parse_known_args(argv)
    if rest:
        build_parser().error(f"unrecognized arguments: {' '.join(rest)}")
    from nnviz.presets import resolve
    from nnviz.session.compare.presets import comparison_names, is_lesson_file

    name = args.experiment
    shipped = name in comparison_names() and not Path(name).exists()
    lesson = name if shipped or (name and is_lesson_file(name)) else None
    path = resolve(args.experiment) if args.experiment and lesson is None else None
    try:
        from nnviz.qt.app import main as app_main
    except ImportError:
        print("nnviz: the desktop app is not built yet; use 'nnviz trace' or 'nnviz train'", file=sys.stderr)
        return EXIT_INTERNAL
    if lesson is not None:  # the app on XOR, and the lesson in the Compare window
        return app_main(None, lang=args.lang, comparison=lesson)
    return app_main(path, lang=args.lang)
