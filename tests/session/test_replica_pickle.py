"""What the training process is sent: this package's objects come back whole (cycles, frozen
dataclasses, shared objects), others as pickle makes them, and a replica of every preset trains bit
for bit as the workspace it copies."""

import enum
import pickle
from dataclasses import FrozenInstanceError

import numpy as np
import pytest

from nnviz.core.network import Network
from nnviz.presets import load_experiment, preset_names
from nnviz.session import replica_pickle
from nnviz.session.breakpoints import Stop
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def round_trip(obj):
    return pickle.loads(replica_pickle.dumps(obj))


@pytest.mark.parametrize("name", preset_names())
def test_a_sent_replica_of_every_preset_trains_bit_for_bit_as_the_workspace(name, state_arrays, same):
    here, there = Workspace(load_experiment(name)), Workspace(load_experiment(name))
    replica = round_trip(there.replica())
    replica.take_progress()
    here.run(7)
    replica.run(7)
    there.apply_progress(pickle.loads(pickle.dumps(replica.take_progress())))
    same(state_arrays(here.stepper.trainer), state_arrays(replica.stepper.trainer))
    same(state_arrays(here.stepper.trainer), state_arrays(there.stepper.trainer))


def test_shared_objects_stay_shared_and_cycles_close():
    ws = Workspace(load_experiment("xor-2-2-1"))
    back = round_trip(ws.replica())
    assert back.stepper.trainer.network is back.experiment.trainer.network
    network = back.stepper.trainer.network
    assert isinstance(network, Network) and type(network) is type(ws.stepper.trainer.network)
    assert [layer.W.tolist() for layer in network.layers] == [
        layer.W.tolist() for layer in ws.stepper.trainer.network.layers
    ]


def test_a_frozen_dataclass_comes_back_equal_and_still_frozen():
    stop = Stop("iteration", "iteration 3 reached", 3)
    back = round_trip(stop)
    assert back == stop and back is not stop
    with pytest.raises(FrozenInstanceError):
        back.kind = "grad_norm"


class Colour(enum.Enum):
    RED = 1


def test_classes_that_pickle_their_own_way_or_belong_elsewhere_are_left_to_pickle():
    assert replica_pickle._plain(Network)
    assert not replica_pickle._plain(Granularity)  # an Enum: pickled by name
    assert not replica_pickle._plain(Colour)  # not this package's
    assert not replica_pickle._plain(np.ndarray)
    assert round_trip(Granularity.ITERATION) is Granularity.ITERATION
    rng = np.random.default_rng(3)
    assert round_trip(rng).random() == np.random.default_rng(3).random()


def test_the_objects_of_a_sent_replica_are_rebuilt_attribute_by_attribute(monkeypatch):
    rebuilt = []
    set_attributes = replica_pickle.set_attributes

    def counted(obj, state):
        rebuilt.append(type(obj).__name__)
        set_attributes(obj, state)

    ws = Workspace(load_experiment("xor-2-2-1"))
    ws.run(3)
    data = replica_pickle.dumps(ws.replica())
    monkeypatch.setattr(replica_pickle, "set_attributes", counted)  # what pickle.loads looks up by name
    pickle.loads(data)
    assert {"Workspace", "Stepper", "Trainer", "Network", "Dense", "Optimizer", "Loss"} <= set(rebuilt)


class Shadowed:
    """An attribute written into __dict__ under the name of a property (no setter, and one with a side effect)."""

    def __init__(self):
        self.__dict__["x"] = 5
        self.__dict__["y"] = 6

    @property
    def x(self):
        return self.__dict__["x"] + 100

    @property
    def y(self):
        return self.__dict__["y"]

    @y.setter
    def y(self, value):
        self.__dict__["y"] = value
        self.__dict__["sets"] = self.__dict__.get("sets", 0) + 1


def test_an_attribute_under_a_propertys_name_comes_back_as_pickle_brings_it(monkeypatch):
    # This module's classes count as the package's, in a cache of the test's own.
    monkeypatch.setattr(replica_pickle, "_PACKAGE", Shadowed.__module__)
    monkeypatch.setattr(replica_pickle, "_plain_classes", {})
    assert replica_pickle._plain(Shadowed)
    back = round_trip(Shadowed())
    assert vars(back) == vars(pickle.loads(pickle.dumps(Shadowed()))) == {"x": 5, "y": 6}
    assert back.x == 105
