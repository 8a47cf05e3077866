"""``python -m nnviz.bench``: nnviz's performance figures, as ratios measured in one run.

Each section lives in :mod:`nnviz.benchmarks` and is imported only when it runs
(sections that draw need Qt; the training section never imports it). A section
module has ``run(budget, options) -> Result``; add one by naming it in ``SECTIONS``.

Ratios, not absolute speeds, are the figures to compare: the contenders of a
row are measured in interleaved rounds on the same machine, so a slow or busy
machine moves all of them together.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time

from nnviz.allocator import keep_freed_memory
from nnviz.benchmarks.report import Result, format_table
from nnviz.benchmarks.timing import Budget

SECTIONS: dict[str, str] = {
    "training": "nnviz.benchmarks.training",
    "cnn": "nnviz.benchmarks.cnn",
    "canvas": "nnviz.benchmarks.canvas",
    "live": "nnviz.benchmarks.live",
    "compare": "nnviz.benchmarks.compare",
    "landscape": "nnviz.benchmarks.landscape",
}
"""Section name → module with ``run(budget, options) -> Result``, in the order they run."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m nnviz.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run (a few seconds), rougher numbers")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of tables")
    parser.add_argument(
        "--section",
        action="append",
        choices=list(SECTIONS),
        help="run only this section (repeatable); default: all",
    )
    parser.add_argument("--no-torch", dest="torch", action="store_false", help="skip PyTorch even if installed")
    parser.add_argument(
        "--no-convnetjs",
        dest="convnetjs",
        action="store_false",
        help="skip the ConvNetJS rows (node + npm; the package is installed into ~/.cache/nnviz-bench)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads for NumPy's BLAS and for PyTorch (default 1: equal, and steady on a busy machine)",
    )
    return parser


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")


def limit_blas_threads(n: int) -> str:
    """Give NumPy's BLAS ``n`` threads; BLAS reads them when NumPy loads. Returns what was done, for the notes."""
    if "numpy" in sys.modules:
        return "NumPy was loaded before the benchmark: BLAS threads as it chose"
    for name in BLAS_THREAD_VARIABLES:
        os.environ[name] = str(n)
    return f"{n} BLAS thread{'s' if n > 1 else ''}"


def machine() -> str:
    """The CPU model (where the OS tells it), CPU count and Python version, for the report."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()} on {platform.system()}"


def run_sections(names: list[str], budget: Budget, options: argparse.Namespace) -> list[Result]:
    """Run the named sections in order and return their results."""
    return [importlib.import_module(SECTIONS[name]).run(budget, options) for name in names]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print them; the exit status is 0 even when a target is missed.

    Timings on a busy machine are too noisy to fail a build on: the table says pass or FAIL.
    """
    parser = build_parser()
    options = parser.parse_args(argv)
    if options.threads < 1:
        parser.error("--threads must be at least 1")
    options.blas = limit_blas_threads(options.threads)
    options.allocator = keep_freed_memory()
    budget = Budget.quick() if options.quick else Budget()
    names = options.section or list(SECTIONS)
    start = time.perf_counter()
    results = run_sections(names, budget, options)
    elapsed = time.perf_counter() - start
    passed = all(r.passed for r in results)
    if options.json:
        out = {"machine": machine(), "seconds": round(elapsed, 1), "passed": passed}
        out["sections"] = {n: r.as_json() for n, r in zip(names, results)}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(f"Machine: {machine()}\n")
        print("\n\n".join(format_table(r) for r in results))
        print(f"\n{'all targets met' if passed else 'some targets missed'} ({elapsed:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
