"""How nnviz numbers what a learner reads: one convention for every panel, the CLI and the documents.

The arrays count from 0; the words a learner reads follow these rules, and every
sentence, caption, table header and command-line option uses the functions here:

- **Layers** count from 1 to L; the input layer is layer 0.
- **Units** count from 1 within their layer (array index ``j`` is "unit j+1"),
  like the subscripts of x₁, w₂₁ and z₁. The bias unit is "+1".
- **Samples** are named by their place in the training set, counting from 1:
  training-set row index ``i`` is "sample i+1", wherever it sits in a
  mini-batch. The batch row, also from 1, is said only beside it, as in
  "sample 4 (batch row 2)". ``nnviz trace --sample 4`` means that same sample 4.
- **Classes** are named by their target value, counting from 0, as the data
  file and the loss write them: a target t = 1 is "class 1", the first row of
  a one-hot target is "class 0". A data set's class names, when it has them,
  are shown beside the number.
- **Iterations and epochs** count from 1.

Machine-readable output is the one exception: the JSON trace's ``samples`` are
0-based training-set indices, ready to index the data arrays.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from nnviz.i18n import translate


def unit_number(unit: int) -> int:
    """The number a learner reads for 0-based unit index ``unit``."""
    return int(unit) + 1


def unit_label(unit: int) -> str:
    """``"unit 2"`` for index 1."""
    return translate("Numbering", "unit {n}").format(n=unit_number(unit))


def sample_number(index: int) -> int:
    """The number a learner reads for 0-based training-set index ``index``."""
    return int(index) + 1


def sample_label(index: int, row: int | None = None) -> str:
    """``"sample 4"`` for training-set index 3; with the 0-based batch ``row``: ``"sample 4 (batch row 2)"``."""
    text = translate("Numbering", "sample {n}").format(n=sample_number(index))
    if row is None:
        return text
    return translate("Numbering", "{sample} (batch row {row})").format(sample=text, row=int(row) + 1)


def batch_sample_label(samples: Sequence[int], row: int, *, with_row: bool = False) -> str:
    """The label of batch row ``row`` given the batch's training-set indices ``samples``."""
    return sample_label(int(samples[row]), row if with_row else None)


def sample_list(samples: Sequence[int]) -> str:
    """``"1, 2, 3"``: the sample numbers of a batch, in batch order."""
    return ", ".join(str(sample_number(i)) for i in samples)


def sample_index(number: int) -> int:
    """The 0-based training-set index of the sample a learner calls ``number`` (from 1)."""
    if int(number) < 1:
        raise ValueError(f"samples count from 1, got {number}")
    return int(number) - 1


def class_label(c: int, names: Sequence[str] | None = None) -> str:
    """``"class 1"`` for class index 1; ``"class 1 (versicolor)"`` when the data names it differently."""
    text = translate("Numbering", "class {c}").format(c=int(c))
    if names is not None and 0 <= c < len(names) and str(names[c]) != str(int(c)):
        text += f" ({names[c]})"
    return text


def informative_row(x: np.ndarray) -> int:
    """The batch row to trace by default: the first with the most non-zero inputs.

    A sample whose inputs are 0 turns every product w·x into 0 and teaches
    nothing, so (1, 1) is traced in a logic gate rather than (0, 0). ``x`` is
    the batch's input ``(N, features)`` or ``(N, C, H, W)``; an empty batch gives row 0.
    """
    x = np.asarray(x)
    if x.ndim < 2 or len(x) == 0:
        return 0
    x = x.reshape(len(x), -1)  # images (N, C, H, W) count their pixels
    nonzero = np.count_nonzero(np.nan_to_num(x, nan=0.0), axis=1)
    return int(np.argmax(nonzero))


_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(*numbers: int) -> str:
    """Numbers as subscripts: ``₂₁``; with a comma once a number has two digits (``₁₂,₃``)."""
    sep = "," if any(i >= 10 for i in numbers) else ""
    return sep.join(str(i) for i in numbers).translate(_SUBSCRIPT)


def parameter_name(unit: int, source: int, fan_in: int) -> str:
    """The symbol of a layer's weight from 0-based ``source`` into 0-based ``unit``: ``w₂₁``;
    ``source == fan_in`` (the bias unit) gives the bias ``b₂``."""
    if source == fan_in:
        return f"b{subscript(unit_number(unit))}"
    return f"w{subscript(unit_number(unit), unit_number(source))}"
