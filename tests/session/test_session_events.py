import subprocess
import sys

import pytest

from nnviz.session.events import (
    BACKWARD,
    EPOCH,
    FORWARD,
    ITERATION,
    LAYER,
    LOSS,
    PHASE,
    UNIT,
    UPDATE,
    Event,
    event_index,
    iteration_events,
    stop_indices,
)

EVENTS = iteration_events([2, 3, 1])


def test_events_of_an_iteration_in_order():
    assert EVENTS == (
        Event(FORWARD, 1, 0),
        Event(FORWARD, 1, 1),
        Event(FORWARD, 1, 2),
        Event(FORWARD, 2, 0),
        Event(LOSS, 0),
        Event(BACKWARD, 2, 0),
        Event(BACKWARD, 1, 0),
        Event(BACKWARD, 1, 1),
        Event(BACKWARD, 1, 2),
        Event(UPDATE, 1),
        Event(UPDATE, 2),
    )


def test_backward_goes_from_the_output_layer_down():
    layers = [e.layer for e in iteration_events([4, 2, 3, 1]) if e.phase == BACKWARD]
    assert layers == [3, 2, 2, 2, 1, 1]


def test_labels_count_units_from_one():
    assert Event(FORWARD, 2, 0).label == "forward · layer 2 · unit 1"
    assert Event(BACKWARD, 1, 2).label == "backward · layer 1 · unit 3"
    assert Event(LOSS, 0).label == "loss"
    assert Event(UPDATE, 2).label == "update · layer 2"


@pytest.mark.parametrize(
    ("granularity", "stops"),
    [
        (UNIT, tuple(range(11))),
        (LAYER, (2, 3, 4, 5, 8, 9, 10)),
        (PHASE, (3, 4, 8, 10)),
        (ITERATION, (10,)),
        (EPOCH, (10,)),
    ],
)
def test_stop_indices(granularity, stops):
    assert stop_indices(EVENTS, granularity) == stops


def test_event_index_maps_back():
    where = event_index(EVENTS)
    assert [where[(e.phase, e.layer, e.unit)] for e in EVENTS] == list(range(len(EVENTS)))


def test_session_never_imports_qt():
    code = (
        "import sys, nnviz.session, nnviz.session.stepper; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
