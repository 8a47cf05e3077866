"""Read a data set from a CSV file: a table with one sample per row.

The first row names the columns. You choose which column(s) are targets; the
other columns (or the ones you list) are the inputs and must hold numbers.

- A target column with any cell that is not a number holds **class labels**
  (``setosa``, ``versicolor`` …). The labels are sorted and numbered 0, 1, 2 …,
  and the targets become those class indices (N,) — ready for cross_entropy or
  hinge. Pass ``classes=True`` to treat numbers as labels too (``1``, ``2``, ``3``
  sort by value), or ``classes=False`` to insist on numbers.
- Numeric targets stay numbers in columns (N, k): ``binary`` when every value
  is 0 or 1, else ``regression``.
- ``standardize=True`` rescales every input column to mean 0 and standard
  deviation 1 over all rows of the file. To use training rows only, load with
  ``standardize=False``, split, and apply
  :func:`nnviz.core.features.standardization` of the training inputs to both parts.

Every problem raises :class:`DataError` naming the file (its resolved path,
so a shared experiment cannot hide which file it reads), the row (the line
number in the file, counting the header as row 1) and the column, e.g.
``/home/ana/iris.csv: row 7, column "petal_width": "abc" is not a number``.

Limits: a regular file of at most :data:`MAX_FILE_BYTES`, at most
``MAX_SAMPLES`` data rows and :data:`MAX_COLUMNS` columns. Every step is
linear in the size of the file. Text from a file that does not look like a
table (a header of at least two comma-separated names) is never repeated in
a message, and cells are shown shortened.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from nnviz.core.datasets import MAX_SAMPLES, MAX_VALUE, Dataset
from nnviz.core.features import standardization
from nnviz.core.json_read import read_regular_file
from nnviz.core.validate import ExperimentError

Array = np.ndarray
Row = tuple[int, list[str]]  # (line number in the file, cells)

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_COLUMNS = 10_000
MAX_ENCODED = 2**24
"""The most numbers (rows × columns) a table's one-hot and crossed columns may make (128 MiB)."""
_SHOWN_CHARS = 32


class DataError(ValueError):
    """A data file that cannot be used, with the row and column to fix."""


def load_csv(
    path: str | Path,
    targets: Sequence[str],
    standardize: bool = False,
    features: Sequence[str] | None = None,
    *,
    classes: bool | None = None,
    categorical: Sequence[str] = (),
    crosses: Sequence[Sequence[str]] = (),
) -> Dataset:
    """Load ``path`` as a :class:`Dataset` named after the file.

    targets : column names of the target(s); class labels need exactly one.
    standardize : rescale inputs to mean 0, std 1 (over all rows, see above).
    features : input column names in order; default every non-target column.
    classes : ``None`` decides from the cells, ``True`` forces class labels,
        ``False`` forces numbers.
    categorical : input columns of category names, one-hot encoded (:mod:`nnviz.core.categorical`).
    crosses : pairs of categorical columns, each added as the one-hot of the pair.

    Returns x (N, d) float64 and t as (N,) class indices with ``class_names``,
    or (N, k) float64.
    """
    path = Path(path)
    where = str(path.resolve())
    if not isinstance(standardize, bool):
        raise DataError(f"{where}: standardize must be true or false, got {standardize!r}")
    if classes is not None and not isinstance(classes, bool):
        raise DataError(f"{where}: classes must be true, false or left out, got {classes!r}")
    header_line, columns, rows = _read_table(path, where)
    targets = _choose(targets, columns, where, "target")
    inputs = [c for c in columns if c not in targets] if features is None else _choose(features, columns, where)
    for name in inputs:
        if name in targets:
            raise DataError(f'{where}: column "{_shown(name)}" cannot be both an input and a target')
    if not inputs:
        raise DataError(f"{where}: no input columns left: every column is a target")
    for line, cells in rows:
        if len(cells) != len(columns):
            raise DataError(
                f"{where}: row {line} has {len(cells)} cells, but the header (row {header_line}) "
                f"has {len(columns)} columns"
            )
    index = {name: j for j, name in enumerate(columns)}
    _check_categorical(inputs, categorical, crosses, where)
    numeric = [name for name in inputs if name not in categorical]
    x = np.column_stack(
        [_numbers(rows, index[name], name, where) for name in numeric] or [np.zeros((len(rows), 0))]
    )
    if standardize:
        mean, std = standardization(x)
        x = (x - mean) / std
    if categorical or crosses:
        x, inputs = _encode(rows, index, numeric, x, categorical, crosses, where)
    text = {name: _cells(rows, index[name], name, where) for name in targets}
    labelled = classes if classes is not None else any(not _is_number(c) for v in text.values() for c in v)
    if labelled:
        if len(targets) != 1:
            raise DataError(
                f"{where}: class labels need exactly one target column, got {len(targets)}: {', '.join(targets)}"
            )
        t, names = _class_indices(text[targets[0]], targets[0], where)
        return Dataset(path.stem, x, t, "multiclass", tuple(inputs), names, tuple(targets))
    t = np.column_stack([_numbers(rows, index[name], name, where) for name in targets])
    kind = "binary" if np.isin(t, (0.0, 1.0)).all() else "regression"
    return Dataset(path.stem, x, t, kind, tuple(inputs), (), tuple(targets))


def _check_categorical(inputs, categorical, crosses, where) -> None:
    for name in categorical:
        if name not in inputs:
            raise DataError(f'{where}: categorical column "{_shown(name)}" is not an input column')
    for pair in crosses:
        for name in pair:
            if name not in categorical:
                raise DataError(f'{where}: crossed column "{_shown(name)}" must be declared categorical')


def _encode(rows, index, numeric, x, categorical, crosses, where) -> tuple[Array, list[str]]:
    """The numeric inputs, then every categorical column one-hot, then every cross; and their names."""
    from nnviz.core.categorical import categories, cross, one_hot

    counts = {name: len(categories(_cells(rows, index[name], name, where))) for name in categorical}
    width = len(numeric) + sum(counts.values()) + sum(counts[a] * counts[b] for a, b in crosses)
    if width > MAX_COLUMNS or width * len(rows) > MAX_ENCODED:
        widest = max(counts, key=counts.get)
        raise DataError(
            f"{where}: one-hot encoding would make {width:,} input columns × {len(rows):,} rows; at most "
            f'{MAX_COLUMNS:,} columns and {MAX_ENCODED:,} numbers (column "{_shown(widest)}" has '
            f"{counts[widest]:,} categories{'; each cross multiplies two counts' if crosses else ''})"
        )
    blocks, names = [x], list(numeric)
    try:
        for name in categorical:
            hot, hot_names = one_hot(_cells(rows, index[name], name, where), name)
            blocks.append(hot)
            names += hot_names
        for a, b in crosses:
            hot, hot_names = cross(_cells(rows, index[a], a, where), _cells(rows, index[b], b, where), a, b)
            blocks.append(hot)
            names += hot_names
    except DataError:
        raise
    except ValueError as error:  # a column of one category
        raise DataError(f"{where}: {error}") from None
    seen: set[str] = set()
    twice = next((name for name in names if name in seen or seen.add(name)), None)
    if twice is not None:  # e.g. a column named "a=x" beside the one-hot of a
        raise DataError(
            f'{where}: two input columns would be named "{_shown(twice)}"; rename the column of the file'
        )
    return np.hstack(blocks), names


def _read_table(path: Path, where: str) -> tuple[int, list[str], list[Row]]:
    """Header line number, column names and the data rows; blank lines are skipped."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES, "a CSV file")
    except ExperimentError as error:
        raise DataError(error.problems[0].replace(str(path), where, 1)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{where}: not a UTF-8 text file") from None
    nul = text.find("\x00")
    if nul >= 0:  # Python 3.10's csv stops at it with its own words, 3.11's reads it: the same message on both
        line_start = text.rfind("\n", 0, nul) + 1
        row, column = text.count("\n", 0, nul) + 1, text.count(",", line_start, nul) + 1
        raise DataError(f"{where}: row {row}, column {column}: a NUL byte (\\x00): not a text CSV file")
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for cells in reader:
            if cells and not (len(cells) == 1 and not cells[0].strip()):
                if not rows and len(cells) > MAX_COLUMNS:
                    raise DataError(f"{where}: {len(cells):,} columns; at most {MAX_COLUMNS:,}")
                rows.append((reader.line_num, cells))
            if len(rows) > MAX_SAMPLES + 1:
                raise DataError(f"{where}: more than {MAX_SAMPLES:,} data rows")
    except csv.Error as error:
        raise DataError(f"{where}: row {reader.line_num}: not a valid CSV row ({_reason(error)})") from None
    if not rows:
        raise DataError(f"{where}: the file is empty; expected a header row of column names")
    (header_line, header), data_rows = rows[0], rows[1:]
    columns = _check_header(header, header_line, where)
    if not data_rows:
        raise DataError(f"{where}: no data rows after the header")
    return header_line, columns, data_rows


def _reason(error: csv.Error) -> str:
    """The csv module's own words, which name no cell content."""
    return str(error).split(":")[0]


def _check_header(header: list[str], line: int, where: str) -> list[str]:
    columns = [name.strip() for name in header]
    if len(columns) < 2:
        raise DataError(
            f"{where}: row {line} is not a header of comma-separated column names such as x1,x2,label "
            "(a table needs input and target columns): is this a CSV file?"
        )
    if all(_is_number(name) for name in columns):
        raise DataError(
            f"{where}: row {line} holds numbers, not column names: the first row must be a header "
            f"such as x1,x2,label"
        )
    seen: set[str] = set()
    for i, name in enumerate(columns):
        if not name:
            raise DataError(f"{where}: row {line}, column {i + 1}: empty column name in the header")
        control = next((ch for ch in name if ord(ch) < 32 or ord(ch) == 127), None)
        if control is not None:  # a binary file's bytes, or a tab-separated header
            shown = (
                "a tab (nnviz reads comma-separated files)"
                if control == "\t"
                else f"the control character {control!r}"
            )
            raise DataError(
                f"{where}: row {line}, column {i + 1}: a column name holds {shown}: is this a CSV file?"
            )
        if name in seen:
            raise DataError(f'{where}: row {line}: column "{_shown(name)}" appears twice in the header')
        seen.add(name)
    return columns


def _choose(names: Sequence[str], columns: list[str], where: str, role: str = "input") -> list[str]:
    """Check a selection of column names: a non-empty list of distinct header names."""
    if isinstance(names, str) or not names or not all(isinstance(n, str) for n in names):
        raise DataError(f"{where}: choose the {role} columns as a non-empty list of column names")
    known = set(columns)
    chosen: set[str] = set()
    for name in names:
        if name not in known:
            raise DataError(f'{where}: no {role} column "{_shown(name)}"; the columns are {_shown_list(columns)}')
        if name in chosen:
            raise DataError(f'{where}: {role} column "{_shown(name)}" is chosen twice')
        chosen.add(name)
    return list(names)


def _shown(text: str) -> str:
    """``text`` for a message: control characters escaped, at most a few dozen characters."""
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _shown_list(columns: list[str]) -> str:
    shown = ", ".join(_shown(c) for c in columns[:12])
    return shown + (f" … ({len(columns)} in all)" if len(columns) > 12 else "")


def _cells(rows: list[Row], j: int, name: str, where: str) -> list[str]:
    """Column j as stripped text; empty cells raise."""
    cells = []
    for line, row in rows:
        cell = row[j].strip()
        if not cell:
            raise DataError(f'{where}: row {line}, column "{_shown(name)}": empty cell')
        cells.append(cell)
    return cells


def _numbers(rows: list[Row], j: int, name: str, where: str) -> Array:
    """Column j as float64 (N,); a cell that is not a finite number raises."""
    values = np.empty(len(rows))
    for i, ((line, _), cell) in enumerate(zip(rows, _cells(rows, j, name, where))):
        try:
            value = float(cell)
        except ValueError:
            raise DataError(
                f'{where}: row {line}, column "{_shown(name)}": "{_shown(cell)}" is not a number'
            ) from None
        if not math.isfinite(value):
            raise DataError(
                f'{where}: row {line}, column "{_shown(name)}": "{_shown(cell)}" is not a finite number'
            )
        if abs(value) > MAX_VALUE:
            raise DataError(
                f'{where}: row {line}, column "{_shown(name)}": {value:g} is too large; values are at most '
                f"{MAX_VALUE:g} in size (rescale the column)"
            )
        values[i] = value
    return values


def _class_indices(labels: list[str], name: str, where: str) -> tuple[Array, tuple[str, ...]]:
    """Class index (N,) per label and the sorted class names (by value when all are numbers)."""
    distinct = set(labels)
    numeric = all(_is_number(label) for label in distinct)
    names = tuple(sorted(distinct, key=float if numeric else None))
    if len(names) < 2:
        raise DataError(
            f'{where}: column "{_shown(name)}" has one class only ("{_shown(names[0])}"); a classifier needs two'
        )
    index = {label: k for k, label in enumerate(names)}
    return np.array([index[label] for label in labels], dtype=np.int64), names


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
