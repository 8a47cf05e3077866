"""Keep freed memory in the process, so training does not page-fault on every iteration.

Every training iteration allocates its trace afresh (tens of arrays of a few
tens of KiB, about 1.3 MiB at batch 500 on 2-8×6-1) and frees the previous
one. With glibc's default, dynamic thresholds, whether those freed megabytes
are kept or handed back to the kernel depends on what else sits on the heap:
when they are handed back, the next iteration touches fresh pages again,
~150 page faults per iteration, and the same code runs at 0.6× its speed.
Measured with ``resource.getrusage(...).ru_minflt`` around ``Trainer.step``.

Fixed thresholds make it steady: blocks below ``MMAP_THRESHOLD`` come from the
heap, and the heap is trimmed only when ``TRIM_THRESHOLD`` bytes are free at
its top. This is process-wide, so entry points call it (the app, the CLI, the
benchmark), never the library code.
"""

from __future__ import annotations

import ctypes
import ctypes.util

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
TRIM_THRESHOLD = 128 << 20
"""Bytes free at the heap's top before it is given back to the kernel."""
MMAP_THRESHOLD = 32 << 20
"""Blocks from this size up are mapped (and unmapped) on their own; smaller ones come from the heap."""

_applied: str | None = None


def keep_freed_memory() -> str:
    """Fix glibc's malloc thresholds (once); returns what was done, for a benchmark's notes.

    Elsewhere (macOS, Windows, musl) the allocator is left as it is.
    """
    global _applied
    if _applied is None:
        _applied = _apply()
    return _applied


def _apply() -> str:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):
        return "allocator as the platform set it"
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    if mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) != 1 or mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) != 1:
        return "allocator as the platform set it (mallopt refused)"
    return (
        f"glibc malloc: heap trimmed above {TRIM_THRESHOLD >> 20} MiB free, mmap from {MMAP_THRESHOLD >> 20} MiB"
    )
