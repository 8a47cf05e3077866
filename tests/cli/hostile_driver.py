"""Runs every case of the hostile corpus through ``nnviz train``, ``trace`` and ``shot`` in one
process under a memory limit, and prints one JSON line per run (exit code, stderr, seconds).

``python -m tests.cli.hostile_driver FOLDER`` writes the corpus into FOLDER first. The address
space is capped at :data:`ADDRESS_LIMIT`, so a case that tries to eat memory fails here instead
of taking the machine; the test reads each line and the peak resident size at the end.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import sys
import time
from pathlib import Path

ADDRESS_LIMIT = 6 * 1024**3
COMMANDS = {
    "train": ["train", "{path}", "--epochs", "2"],
    "trace": ["trace", "{path}"],
    "shot": ["shot", "{path}", "--panel", "network", "--out", "{out}"],
}


def main() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nnviz.cli import main as nnviz
    from tests.cli.hostile_corpus import cases

    root = Path(sys.argv[1])
    for number, case in enumerate(cases()):
        folder = root / f"{number:03d}"
        path = case.write(folder)
        os.chdir(folder)  # relative CSV paths resolve beside the experiment, whatever the folder
        for command, argv in COMMANDS.items():
            args = [a.format(path=path, out=folder / "shot.png") for a in argv]
            err = io.StringIO()
            start = time.perf_counter()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = nnviz(args)
            seconds = time.perf_counter() - start
            print(
                json.dumps(
                    {"case": number, "command": command, "code": code, "err": err.getvalue(), "seconds": seconds}
                ),
                flush=True,
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"peak_bytes": peak}), flush=True)


if __name__ == "__main__":
    main()
