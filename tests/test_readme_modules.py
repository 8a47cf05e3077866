"""The README's Architecture section stays true: every module under nnviz/ is named in README.md, by its
file name (`paint.py`, `canvas/paint.py`) or its dotted name (`nnviz.session.wide_deep`)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_module_is_named_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []
    for path in sorted((ROOT / "nnviz").rglob("*.py")):
        if path.name == "__init__.py":
            continue
        dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        by_file = re.search(rf"(?<![\w.]){re.escape(path.name)}\b", readme)
        if not (by_file or re.search(rf"\b{re.escape(dotted)}\b", readme)):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == [], f"add a short line for each to README.md's Architecture section: {missing}"
