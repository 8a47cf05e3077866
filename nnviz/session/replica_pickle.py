"""Pickling what another process trains, so that it trains there as fast as here.

CPython (3.11 and later) keeps an object's attributes in a compact array laid
out by its class, and the interpreter reads them there on a fast path. Pickle
rebuilds an object by filling its ``__dict__`` in one go, which turns that
array into an ordinary dictionary for good: every attribute read of the
unpickled network, layers, optimizer and trainer then takes a slower path. A
workspace replica trained about 5 % slower in the training process than the
same workspace in the window (2-4-2-1, ``Trainer.step`` 34.4 against 32.9 µs,
best of 3 × 2 000 in one process). Python 3.10 has no such layout and 3.13 no such penalty (spiral,
``Trainer.step`` best of 5 × 1 000: plain pickle within 2 % of the original on both); it costs nothing there.

:func:`dumps` pickles objects of this package's plain classes so that the
other side sets their attributes one by one, as ``__init__`` did, which keeps
the fast layout; the bytes unpickle with plain :func:`pickle.loads`. Objects of
other packages (NumPy arrays, generators) and of classes that choose their own
pickling are pickled as usual.
"""

from __future__ import annotations

import copyreg
import io
import pickle

_PACKAGE = __name__.split(".")[0] + "."
_DEFAULT_GETSTATE = getattr(object, "__getstate__", None)  # Python 3.11+; absent before


def dumps(obj: object) -> bytes:
    """``obj`` pickled (highest protocol) so that this package's objects unpickle with their attributes set
    one by one; read it back with :func:`pickle.loads`."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def set_attributes(obj: object, state: dict) -> None:
    """Give the freshly made ``obj`` its attributes in the order they were made (bypassing a frozen
    dataclass's guard, as pickle's own ``__dict__`` update does)."""
    for name, value in state.items():
        object.__setattr__(obj, name, value)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        cls = type(obj)
        if not _plain(cls) or not isinstance(state := getattr(obj, "__dict__", None), dict):
            return NotImplemented
        if not _descriptor_names(cls).isdisjoint(state):
            # Setting such an attribute would run the class's property (or fail without a setter), where
            # pickle writes the value into __dict__ unseen.
            return NotImplemented
        # The six-item form: the object is remembered before its state is pickled, so cycles work.
        return copyreg.__newobj__, (cls,), dict(state), None, None, set_attributes


_plain_classes: dict[type, bool] = {}


def _plain(cls: type) -> bool:
    """Whether ``cls`` is one of this package's classes that pickle as their ``__dict__`` (the default)."""
    known = _plain_classes.get(cls)
    if known is None:
        known = _plain_classes[cls] = (
            isinstance(module := vars(cls).get("__module__"), str)  # Python 3.10: a descriptor on some types
            and module.startswith(_PACKAGE)
            and cls.__new__ is object.__new__
            and cls.__reduce_ex__ is object.__reduce_ex__
            and cls.__reduce__ is object.__reduce__
            and getattr(cls, "__getstate__", None) is _DEFAULT_GETSTATE
            and not hasattr(cls, "__setstate__")
            and not hasattr(cls, "__getnewargs__")
            and not hasattr(cls, "__getnewargs_ex__")
            and not _slot_names(cls)
        )
    return known


_descriptors: dict[type, frozenset[str]] = {}


def _descriptor_names(cls: type) -> frozenset[str]:
    """The names whose attribute of ``cls`` is a data descriptor (a property, say): an instance attribute of
    that name lives in ``__dict__`` only by writing there directly, and setting it would not put it there."""
    names = _descriptors.get(cls)
    if names is None:
        attributes = {}
        for klass in reversed(cls.__mro__):
            attributes.update(vars(klass))
        names = _descriptors[cls] = frozenset(
            name
            for name, value in attributes.items()
            if hasattr(type(value), "__set__") or hasattr(type(value), "__delete__")
        )
    return names


def _slot_names(cls: type) -> list[str]:
    names = []
    for klass in cls.__mro__:
        slots = vars(klass).get("__slots__", ())
        names += [slots] if isinstance(slots, str) else [n for n in slots if n not in ("__dict__", "__weakref__")]
    return names
