"""A corpus of malformed and hostile experiment and CSV files, generated (never stored).

Each :class:`Case` writes its files into a folder and names the problem its
refusal must mention (a JSON path, a CSV row and column, a limit). The tests
in ``test_hostile_files.py`` feed every case to ``nnviz train``, ``trace`` and
``shot`` and to the app's File › Open. Run ``python -m tests.cli.hostile_corpus
FOLDER`` to write the corpus out and look at it.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BASE = {
    "nnviz": 1,
    "seed": 1,
    "data": {"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]},
    "network": {"layers": [{"units": 2, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.5},
}
CNN = {
    "nnviz": 1,
    "seed": 1,
    "data": {"inputs": [[[[0, 1], [1, 0]]], [[[1, 0], [0, 1]]]], "targets": [[0], [1]]},
    "network": {
        "layers": [
            {"kind": "conv2d", "channels": 1, "kernel": 2, "activation": "relu"},
            {"kind": "flatten"},
            {"units": 1, "activation": "sigmoid"},
        ]
    },
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.5},
}
"""A valid conv network on two inline 1×2×2 images, the base of the image-layer cases."""
CSV_DATA = {"csv": "table.csv", "targets": ["y"]}
GOOD_CSV = "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"
EXPERIMENT = "experiment.json"
_DELETE = object()
TANH_1 = {"units": 1, "activation": "tanh"}
SIGMOID_1 = {"units": 1, "activation": "sigmoid"}


@dataclass
class Case:
    """One hostile input: ``files`` (name → bytes, or a callable making it at a path) in a folder;
    the refusal names ``expect``. ``open_as`` is the path given to the command (default the experiment)."""

    name: str
    files: dict[str, bytes | Callable[[Path], None]]
    expect: str
    open_as: str = EXPERIMENT
    not_in_message: tuple[str, ...] = field(default=())

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in self.files.items():
            target = folder / name
            if callable(content):
                content(target)
            else:
                target.write_bytes(content)
        return folder / self.open_as


def _doc(changes: dict | None = None, base: dict = BASE) -> dict:
    """``base`` with ``changes`` ({"a.b[0].c": value}) applied; ``_DELETE`` removes a key."""
    doc = copy.deepcopy(base)
    for path, value in (changes or {}).items():
        node, keys = doc, _keys(path)
        for key in keys[:-1]:
            node = node[key]
        if value is _DELETE:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value
    return doc


def _keys(path: str) -> list:
    keys: list = []
    for part in path.split("."):
        name, *indices = part.replace("]", "").split("[")
        keys += [name] + [int(i) for i in indices]
    return keys


def _json(changes: dict | None = None, base: dict = BASE) -> bytes:
    return json.dumps(_doc(changes, base)).encode()


def json_case(name: str, changes: dict, expect: str, base: dict = BASE) -> Case:
    return Case(name, {EXPERIMENT: _json(changes, base)}, expect)


def raw_case(name: str, data: bytes, expect: str) -> Case:
    return Case(name, {EXPERIMENT: data}, expect)


def csv_case(name: str, table: bytes | Callable[[Path], None], expect: str, **data) -> Case:
    spec = {**CSV_DATA, **data}
    return Case(name, {EXPERIMENT: _json({"data": spec}), spec["csv"]: table}, expect)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _link_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _state(**changes) -> dict:
    """A valid trained state of BASE after one iteration (hand-written: the corpus imports no nnviz)."""
    state = {
        "iteration": 1,
        "epoch": 1,
        "position": 0,
        "order": None,
        "generator": {
            "bit_generator": "PCG64",
            "state": {
                "state": 35399562948360463058890781895381311971,
                "inc": 87136372517582989555478159403783844777,
            },
            "has_uint32": 0,
            "uinteger": 0,
        },
        "parameters": [
            {"weights": [[0.1, 0.2], [0.3, 0.4]], "bias": [0.0, 0.0]},
            {"weights": [[0.5, 0.6]], "bias": [0.0]},
        ],
        "optimizer": {"steps": 1, "buffers": {}},
    }
    state.update(changes)
    return state


def _deep(opening: str, closing: str, depth: int) -> bytes:
    return ('{"nnviz": 1, "name": ' + opening * depth + closing * depth + "}").encode()


def cases() -> list[Case]:
    out = [
        # -- the file itself -------------------------------------------------------------------
        raw_case("empty file", b"", "not valid JSON"),
        raw_case("only whitespace", b"  \n\t ", "not valid JSON"),
        raw_case("null document", b"null", "JSON object"),
        raw_case("list document", b"[]", "JSON object"),
        raw_case("number document", b"42", "JSON object"),
        raw_case("string document", b'"xor"', "JSON object"),
        raw_case("truncated", b'{"nnviz": 1, "data": {', "not valid JSON"),
        raw_case("trailing comma", b'{"nnviz": 1,}', "not valid JSON"),
        raw_case("NaN literal", b'{"nnviz": NaN}', "NaN is not a number JSON allows"),
        raw_case("Infinity literal", b'{"nnviz": 1, "seed": Infinity}', "Infinity is not a number"),
        raw_case("minus Infinity", b'{"nnviz": 1, "seed": -Infinity}', "-Infinity is not a number"),
        raw_case("single quotes", b"{'nnviz': 1}", "not valid JSON"),
        raw_case("a comment", b'{"nnviz": 1 // one\n}', "not valid JSON"),
        raw_case("UTF-16", json.dumps(BASE).encode("utf-16"), "not UTF-8"),
        raw_case("Latin-1 name", b'{"nnviz": 1, "name": "caf\xe9"}', "not UTF-8"),
        raw_case("NUL byte in a string", b'{"nnviz": 1, "name": "a\x00b"}', "not valid JSON"),
        raw_case("arrays 100 000 deep", _deep("[", "]", 100_000), "nested too deeply"),
        raw_case("objects 100 000 deep", _deep('{"a": ', "}", 100_000), "nested too deeply"),
        raw_case("arrays 50 deep", _deep("[", "]", 50), "nested too deeply"),
        raw_case("float beyond 1.8e308", b'{"nnviz": 1, "seed": 1e400}', "seed"),
        raw_case("integer beyond 1.8e308", b'{"nnviz": 1, "seed": 1' + b"0" * 400 + b"}", "seed"),
        raw_case("integer of 5000 digits", b'{"nnviz": 1, "seed": ' + b"9" * 5000 + b"}", "seed"),
        raw_case("a lone surrogate in a string", b'{"nnviz": 1, "name": "a\\ud800"}', "name: a lone surrogate"),
        raw_case("a lone surrogate in a key", b'{"nnviz": 1, "x\\udc00": 1}', "x\\udc00: a lone surrogate"),
        raw_case("duplicate top key", b'{"nnviz": 1, "nnviz": 1}', "nnviz: the key appears more than once"),
        Case(
            "duplicate nested key",
            {
                EXPERIMENT: json.dumps(BASE)
                .replace('"learning_rate": 0.5', '"learning_rate": 0.5, "learning_rate": 9')
                .encode()
            },
            "optimizer.learning_rate: the key appears more than once",
        ),
        Case("over 32 MiB", {EXPERIMENT: lambda p: _big_file(p, 33 * 2**20)}, "the limit is 32.0 MiB"),
        Case("a folder", {"folder.json": _folder}, "not a regular file", open_as="folder.json"),
        Case("a FIFO", {"pipe.json": _fifo}, "not a regular file", open_as="pipe.json"),
        Case("link to /dev/zero", {"zero.json": _link_to("/dev/zero")}, "not a regular file", open_as="zero.json"),
        Case("no such file", {}, "no such file or preset", open_as="missing.json"),
        # -- top level -------------------------------------------------------------------------
        json_case("no version", {"nnviz": _DELETE}, "nnviz: missing"),
        json_case("version 0", {"nnviz": 0}, "nnviz: 0 is out of range"),
        json_case("version 2", {"nnviz": 2}, "newer than this nnviz reads"),
        json_case("version string", {"nnviz": "1"}, "nnviz: expected a whole number"),
        json_case("version 1.0", {"nnviz": 1.0}, "nnviz: expected a whole number written without a decimal"),
        json_case("version true", {"nnviz": True}, "nnviz: expected a whole number"),
        json_case("unknown key", {"surprise": 1}, "surprise: unknown key"),
        json_case("no data", {"data": _DELETE}, "data: missing"),
        json_case("no network", {"network": _DELETE}, "network: missing"),
        json_case("no loss", {"loss": _DELETE}, "loss: missing"),
        json_case("no optimizer", {"optimizer": _DELETE}, "optimizer: missing"),
        json_case("name a number", {"name": 42}, "name: expected a string"),
        json_case("name too long", {"name": "x" * 1000}, "name: 1,000 characters; at most 200"),
        json_case("lesson a list", {"lesson": ["a"]}, "lesson: expected a string"),
        json_case("lesson of 200 000 characters", {"lesson": "a" * 200_000}, "lesson: 200,000 characters"),
        json_case("seed negative", {"seed": -1}, "seed: -1 is out of range"),
        json_case("seed 2^64", {"seed": 2**64}, "seed:"),
        json_case("seed 1.5", {"seed": 1.5}, "seed: expected a whole number"),
        json_case("seed 1e300", {"seed": 1e300}, "seed: expected a whole number"),
        json_case("batch_size 0", {"batch_size": 0}, "batch_size: 0 is out of range"),
        json_case("batch_size 1e300", {"batch_size": 1e300}, "batch_size: expected a whole number"),
        json_case("batch_size 10^30", {"batch_size": 10**30}, "batch_size:"),
        json_case("batch_size a word", {"batch_size": "all"}, "batch_size: expected a whole number"),
        json_case("epochs negative", {"epochs": -1}, "epochs: -1 is out of range"),
        json_case("epochs 1e300", {"epochs": 1e300}, "epochs: expected a whole number"),
        json_case("epochs 10^20", {"epochs": 10**20}, "epochs:"),
        json_case("shuffle a word", {"shuffle": "yes"}, "shuffle: expected true or false"),
        # -- data ------------------------------------------------------------------------------
        json_case("data a string", {"data": "xor"}, "data: expected an object"),
        json_case("data empty", {"data": {}}, 'data: give exactly one of "dataset"'),
        json_case("two sources", {"data.dataset": "xor"}, 'data: give exactly one of "dataset"'),
        json_case("unknown data set", {"data": {"dataset": "mnist"}}, "data.dataset: unknown data set 'mnist'"),
        json_case("data set a number", {"data": {"dataset": 3}}, "data.dataset: expected a string"),
        json_case("samples 0", {"data": {"dataset": "xor", "samples": 0}}, "data.samples: 0 is out of range"),
        json_case("samples 10^9", {"data": {"dataset": "xor", "samples": 10**9}}, "data.samples:"),
        json_case(
            "digits samples 1 798",
            {"data": {"dataset": "digits", "samples": 1798}},
            "data.samples: 1798 is out of range",
        ),
        json_case("samples 3.5", {"data": {"dataset": "xor", "samples": 3.5}}, "data.samples: expected a whole"),
        json_case("noise negative", {"data": {"dataset": "xor", "noise": -1}}, "data.noise: -1 is out of range"),
        json_case("noise 1e308", {"data": {"dataset": "xor", "noise": 1e308}}, "data.noise:"),
        json_case("test_fraction 1", {"data.test_fraction": 1}, "data.test_fraction: 1 is out of range"),
        json_case("test_fraction negative", {"data.test_fraction": -0.1}, "data.test_fraction:"),
        json_case("unknown feature", {"data.features": ["x3"]}, "data.features"),
        json_case("features empty", {"data.features": []}, "data.features: expected a non-empty list"),
        json_case("features a string", {"data.features": "x1"}, "data.features: expected a non-empty list"),
        json_case("inputs empty", {"data.inputs": []}, "data.inputs: expected a non-empty list of rows"),
        json_case("inputs of empty rows", {"data.inputs": [[]] * 4}, "data.inputs: expected a non-empty list"),
        json_case("inputs ragged", {"data.inputs": [[0, 0], [0], [1, 0], [1, 1]]}, "data.inputs: rows have"),
        json_case(
            "inputs a number row", {"data.inputs[2]": 5}, "data.inputs[2]: expected a row (a list of numbers)"
        ),
        json_case(
            "weights a string row",
            {"network.layers[0].weights": [[1, 2], "w"]},
            "network.layers[0].weights[1]: expected a row (a list of numbers), got a string",
        ),
        json_case("inputs a string cell", {"data.inputs[1][1]": "one"}, "data.inputs[1][1]: expected a number"),
        json_case("inputs a null cell", {"data.inputs[2][0]": None}, "data.inputs[2][0]: expected a number"),
        json_case("inputs 1e308", {"data.inputs[3][1]": 1e308}, "data.inputs[3][1]: 1e+308 is too large"),
        json_case("inputs -1e308", {"data.inputs[0][0]": -1e308}, "data.inputs[0][0]: -1e+308 is too large"),
        json_case(
            "inputs nested", {"data.inputs[0][0]": [1]}, "data.inputs[0][1]: expected a list (level 3 of images"
        ),
        json_case(
            "inputs 100 001 rows",
            {"data": {"inputs": [[0, 0]] * 100_001, "targets": [0] * 100_001}},
            "data.inputs: 100,001 samples; at most 100,000",
        ),
        json_case(
            "inputs 10 001 columns",
            {"data": {"inputs": [[0] * 10_001], "targets": [0]}},
            "data.inputs: 10,001 input columns",
        ),
        json_case("no targets", {"data.targets": _DELETE}, "data.targets: missing"),
        json_case("targets too few", {"data.targets": [[0], [1]]}, "data.targets: expected 4 targets"),
        json_case("targets a string", {"data.targets": "xor"}, "data.targets"),
        json_case(
            "test_inputs empty",
            {"data.test_inputs": [], "data.test_targets": []},
            "data.test_inputs: expected a non-empty list",
        ),
        json_case("test_inputs alone", {"data.test_inputs": [[0, 0]]}, "test_inputs and test_targets go together"),
        json_case(
            "test_inputs other columns",
            {"data.test_inputs": [[0, 0, 0]], "data.test_targets": [[0]]},
            "data.test_inputs: expected 2 columns",
        ),
        json_case(
            "features overflow",
            {"data.inputs[1][0]": 1e5, "data.features": ["x1^2", "x2"]},
            'data.features: "x1^2" of data.inputs[1] is 1e+10',
        ),
        json_case("unknown data key", {"data.labels": [0, 1]}, "data.labels: unknown key"),
        json_case("standardize a word", {"data.standardize": "yes"}, "data.standardize: expected true or false"),
        json_case(
            "class index out of range",
            {
                "loss": {"name": "cross_entropy"},
                "data.targets": [0, 1, 2, 1],
                "network.layers[1].units": 2,
                "network.layers[1].activation": "softmax",
            },
            "data.targets: class indices must be whole numbers 0…1",
        ),
        json_case("bce target 2", {"data.targets[0][0]": 2}, "data.targets: bce targets must lie in [0, 1]"),
        # -- network ---------------------------------------------------------------------------
        json_case("network a list", {"network": []}, "network: expected an object"),
        json_case("no layers", {"network.layers": _DELETE}, "network.layers: missing"),
        json_case("layers empty", {"network.layers": []}, "network.layers: expected a non-empty list"),
        json_case(
            "33 layers",
            {
                "network.layers": [{"units": 1, "activation": "tanh"}] * 32
                + [{"units": 1, "activation": "sigmoid"}]
            },
            "network.layers: at most 32 layers, got 33",
        ),
        json_case("layer a number", {"network.layers[0]": 4}, "network.layers[0]: expected an object"),
        json_case("units 0", {"network.layers[0].units": 0}, "network.layers[0].units: 0 is out of range"),
        json_case("units 4097", {"network.layers[0].units": 4097}, "network.layers[0].units: 4097 is out of"),
        json_case("units 2.0", {"network.layers[0].units": 2.0}, "network.layers[0].units: expected a whole"),
        json_case("units a word", {"network.layers[0].units": "two"}, "network.layers[0].units: expected"),
        json_case("unknown activation", {"network.layers[0].activation": "swish"}, "network.layers[0].activation"),
        json_case("softmax hidden", {"network.layers[0].activation": "softmax"}, "softmax is only allowed"),
        json_case(
            "slope 1",
            {"network.layers[0].activation": "leaky_relu", "network.layers[0].slope": 1},
            "network.layers[0].slope: 1 is out of range",
        ),
        json_case("dropout 1", {"network.layers[0].dropout": 1}, "network.layers[0].dropout: 1 is out of range"),
        json_case("dropout on the output", {"network.layers[1].dropout": 0.5}, "dropout is for hidden layers"),
        json_case("unknown init", {"network.layers[0].init": "orthogonal"}, "network.layers[0].init"),
        json_case("uniform a 0", {"network.layers[0].init": {"name": "uniform", "a": 0}}, "init.a: 0 is out"),
        json_case(
            "uniform a 1e308",
            {"network.layers[0].init": {"name": "uniform", "a": 1e308}},
            "network.layers[0].init.a: 1e+308 is out of range",
        ),
        json_case("weights empty", {"network.layers[0].weights": []}, "network.layers[0].weights: expected a non"),
        json_case(
            "weights [[]]", {"network.layers[0].weights": [[]]}, "network.layers[0].weights: expected a non"
        ),
        json_case("weights ragged", {"network.layers[0].weights": [[1, 2], [3]]}, "weights: rows have different"),
        json_case("weights 3 columns", {"network.layers[0].weights": [[1, 2, 3], [3, 4, 5]]}, "expected 2×2"),
        json_case("weights a null", {"network.layers[0].weights": [[1, None], [3, 4]]}, "weights[0][1]: expected"),
        json_case("bias too long", {"network.layers[0].bias": [0, 0, 0]}, "network.layers[0].bias: expected 2"),
        json_case("inputs mismatch", {"network.inputs": 3}, "network.inputs: the data has 2 input feature(s)"),
        json_case("inputs 0", {"network.inputs": 0}, "network.inputs: 0 is out of range"),
        json_case("unknown layer key", {"network.layers[0].kernel": 3}, "network.layers[0].kernel: unknown key"),
        json_case(
            "32 layers of 4096 units",
            {
                "data": {"dataset": "circle", "samples": 100_000},
                "network.layers": [{"units": 4096, "activation": "relu"}] * 31
                + [{"units": 1, "activation": "sigmoid"}],
            },
            "network: this experiment needs about",
        ),
        json_case(
            "wide layers on a big batch",
            {"data": {"dataset": "circle", "samples": 100_000}, "network.layers[0].units": 4096},
            "network: this experiment needs about",
        ),
        # -- image layers ----------------------------------------------------------------------
        json_case(
            "conv uniform a 0",
            {"network.layers[0].init": {"name": "uniform", "a": 0}},
            "network.layers[0].init.a: 0 is out of range",
            base=CNN,
        ),
        json_case(
            "image pixel a word",
            {"data.inputs[1][0][1][0]": "one"},
            "data.inputs[1][0][1][0]: expected a num",
            base=CNN,
        ),
        json_case(
            "image pixel null",
            {"data.inputs[0][0][0][1]": None},
            "data.inputs[0][0][0][1]: expected a num",
            base=CNN,
        ),
        json_case(
            "image pixel true",
            {"data.inputs[0][0][0][0]": True},
            "data.inputs[0][0][0][0]: expected a num",
            base=CNN,
        ),
        json_case(
            "image pixel 1e308",
            {"data.inputs[1][0][0][0]": 1e308},
            "data.inputs[1][0][0][0]: 1e+308 is too",
            base=CNN,
        ),
        json_case(
            "image pixel a list",
            {"data.inputs[1][0][0][0]": [1]},
            "data.inputs[1][0][0][0]: expected a num",
            base=CNN,
        ),
        json_case(
            "image pixel of 350 digits",
            {"data.inputs[1][0][0][1]": 10**350},
            "data.inputs[1][0][0][1]: 100000000000… (351 digits) is too large",
            base=CNN,
        ),
        json_case(
            "image row short",
            {"data.inputs[1][0][1]": [1]},
            "data.inputs[1][0][1]: expected 2 entries like data.inputs[0][0][0], got 1",
            base=CNN,
        ),
        json_case(
            "image of two channels among one",
            {"data.inputs[1]": [[[1, 0], [0, 1]], [[1, 0], [0, 1]]]},
            "data.inputs[1]: expected 1 entries like data.inputs[0], got 2",
            base=CNN,
        ),
        json_case(
            "image map empty", {"data.inputs[0][0]": []}, "data.inputs[0][0]: expected a non-empty list", base=CNN
        ),
        json_case(
            "kernel weight a word",
            {"network.layers[0].weights": [[[[0.1, "x"], [0.2, 0.3]]]]},
            "network.layers[0].weights[0][0][0][1]: expected a number, got a string",
            base=CNN,
        ),
        # -- loss, regularization, optimizer ---------------------------------------------------
        json_case("unknown loss", {"loss": {"name": "l3"}}, "loss.name: unknown value 'l3'"),
        json_case("zero_one loss", {"loss": {"name": "zero_one"}}, "zero_one"),
        json_case("hinge margin negative", {"loss": {"name": "hinge", "margin": -1}}, "loss.margin: -1 is out"),
        json_case("bce on tanh", {"network.layers[1].activation": "tanh"}, "network.layers[1].activation"),
        json_case("cross_entropy on 1 unit", {"loss": {"name": "cross_entropy"}}, "network.layers[1].activation"),
        json_case("loss a number", {"loss": 42}, "loss: expected an object"),
        json_case("unknown regularization", {"regularization": {"kind": "l3"}}, "regularization.kind: unknown"),
        json_case("lambda negative", {"regularization": {"kind": "l2", "lambda": -1}}, "regularization.lambda"),
        json_case("lambda a word", {"regularization": {"kind": "l2", "lambda": "big"}}, "regularization.lambda"),
        json_case("unknown optimizer", {"optimizer": {"name": "adagrad"}}, "optimizer.name: unknown value"),
        json_case("optimizer without name", {"optimizer": {"learning_rate": 1}}, "optimizer.name: missing"),
        json_case("learning rate negative", {"optimizer.learning_rate": -1}, "optimizer.learning_rate"),
        json_case("learning rate a word", {"optimizer.learning_rate": "fast"}, "optimizer.learning_rate"),
        raw_case(
            "learning rate 1e400",
            json.dumps(BASE).replace('"learning_rate": 0.5', '"learning_rate": 1e400').encode(),
            "optimizer.learning_rate",
        ),
        json_case("momentum negative", {"optimizer.momentum": -0.5}, "optimizer.momentum"),
        json_case("weight decay", {"optimizer.weight_decay": 0.1}, "optimizer.weight_decay: not used"),
        json_case("nesterov without momentum", {"optimizer.nesterov": True}, "nesterov momentum requires"),
        json_case("betas 1", {"optimizer": {"name": "adam", "betas": [1, 0.999]}}, "optimizer.betas"),
        json_case("one beta", {"optimizer": {"name": "adam", "betas": [0.9]}}, "optimizer.betas"),
        json_case("eps negative", {"optimizer": {"name": "adam", "eps": -1}}, "optimizer.eps"),
        json_case("alpha negative", {"optimizer": {"name": "rmsprop", "alpha": -1}}, "optimizer.alpha"),
        json_case("unknown optimizer key", {"optimizer.beta": 0.9}, "optimizer.beta: unknown key"),
        # -- the trained state -----------------------------------------------------------------
        json_case("state epoch 1e300", {"state": _state(epoch=1e300)}, "state.epoch: expected a whole number"),
        json_case("state epoch 10^30", {"state": _state(epoch=10**30)}, "state.epoch:"),
        json_case("state iteration negative", {"state": _state(iteration=-1)}, "state.iteration: -1 is out"),
        json_case("state incomplete", {"state": {"iteration": 1}}, "state.epoch: missing"),
        json_case(
            "state generator out of range",
            {"state": _state(generator={**_state()["generator"], "state": {"state": 2**200, "inc": 1}})},
            "state.generator",
        ),
        json_case(
            "state generator unknown", {"state": _state(generator={"bit_generator": "MT19937"})}, "state.generator"
        ),
        json_case(
            "state generator fraction",
            {"state": _state(generator={**_state()["generator"], "state": {"state": 1.5, "inc": 1}})},
            "state.generator.state.state: expected a whole number written without a decimal point",
        ),
        json_case(
            "state generator true",
            {"state": _state(generator={**_state()["generator"], "has_uint32": True})},
            "state.generator.has_uint32: expected a whole number, got true/false",
        ),
        json_case(
            "state weights of another shape",
            {"state": _state(parameters=[{"weights": [[1, 2, 3]], "bias": [0]}, {"weights": [[1]], "bias": [0]}])},
            "state.parameters[0].weights: expected 2×2",
        ),
        json_case("state order not a permutation", {"state": _state(order=[0, 0, 1, 2])}, "state.order"),
        json_case("state position past the data", {"state": _state(position=9)}, "state.position: 9 is past"),
        json_case(
            "state unknown buffer",
            {"state": _state(optimizer={"steps": 1, "buffers": {"exp_avg": [None] * 4}})},
            "state.optimizer.buffers.exp_avg: unknown buffer",
        ),
        json_case(
            "state steps 1.5",
            {"state": _state(optimizer={"steps": 1.5, "buffers": {}})},
            "state.optimizer.steps: expected a whole number",
        ),
        # -- CSV files -------------------------------------------------------------------------
        Case("csv missing", {EXPERIMENT: _json({"data": CSV_DATA})}, "no such CSV file: table.csv"),
        csv_case("csv a folder", _folder, "not a regular file"),
        csv_case("csv a FIFO", _fifo, "not a regular file"),
        csv_case("csv link to /dev/zero", _link_to("/dev/zero"), "data.csv: /dev/zero: not a regular file"),
        Case(
            "csv /dev/zero by path",
            {EXPERIMENT: _json({"data": {**CSV_DATA, "csv": "/dev/zero"}})},
            "/dev/zero: not a regular file",
        ),
        Case(
            "csv /etc/passwd by a relative path",
            {EXPERIMENT: _json({"data": {**CSV_DATA, "csv": "../" * 12 + "etc/passwd"}})},
            "/etc/passwd: row 1 is not a header",
            not_in_message=("root:", "/bin/"),
        ),
        Case(
            "csv /proc/self/environ",
            {EXPERIMENT: _json({"data": {**CSV_DATA, "csv": "/proc/self/environ"}})},
            "/environ: row 1, column ",
            not_in_message=("PATH=", "HOME="),
        ),
        csv_case("csv empty", b"", "table.csv: the file is empty"),
        csv_case("csv header only", b"x1,x2,y\n", "table.csv: no data rows after the header"),
        csv_case("csv header of numbers", b"1,2,3\n4,5,6\n", "table.csv: row 1 holds numbers"),
        csv_case("csv duplicate columns", b"x1,x1,y\n0,0,0\n", 'table.csv: row 1: column "x1" appears twice'),
        csv_case(
            "csv 200 000 columns",
            (",".join(f"c{i}" for i in range(200_000)) + "\n").encode(),
            "table.csv: 200,000 columns; at most 10,000",
        ),
        csv_case(
            "csv 9 999 columns, the last a duplicate",
            (",".join([f"c{i}" for i in range(9_998)] + ["c0"]) + "\n" + ",".join(["0"] * 9_999) + "\n").encode(),
            'column "c0" appears twice',
        ),
        csv_case("csv ragged rows", b"x1,x2,y\n0,0,0\n1,1\n", "table.csv: row 3 has 2 cells"),
        csv_case(
            "csv a word", b"x1,x2,y\n0,zero,0\n1,1,1\n", 'table.csv: row 2, column "x2": "zero" is not a num'
        ),
        csv_case("csv nan", b"x1,x2,y\n0,nan,0\n1,1,1\n", 'row 2, column "x2": "nan" is not a finite number'),
        csv_case("csv 1e308", b"x1,x2,y\n0,1e308,0\n1,1,1\n", 'row 2, column "x2": 1e+308 is too large'),
        csv_case("csv empty cell", b"x1,x2,y\n0,,0\n1,1,1\n", 'table.csv: row 2, column "x2": empty cell'),
        csv_case("csv NUL byte", b"x1,x2,y\n0,\x00,0\n", "table.csv: row 2, column 2: a NUL byte (\\x00)"),
        csv_case("csv Latin-1", b"x1,x2,caf\xe9\n0,0,0\n", "table.csv: not a UTF-8 text file"),
        csv_case("csv 100 001 rows", ("x1,x2,y\n" + "0,0,1\n" * 100_001).encode(), "more than 100,000 data rows"),
        csv_case("csv over 32 MiB", lambda p: _big_file(p, 33 * 2**20, b"x1,x2,y\n"), "the limit is 32.0 MiB"),
        csv_case("csv a huge field", b"x1,x2,y\n" + b"1" * 200_000 + b",0,0\n", "row 2: not a valid CSV row"),
        csv_case("csv no such target", GOOD_CSV.encode(), 'no target column "label"', targets=["label"]),
        csv_case("csv one class", b"x1,x2,y\n0,0,a\n1,1,a\n", 'column "y" has one class only'),
        csv_case("csv open quote", b'x1,x2,y\n0,"0,0\n', "not a valid CSV row"),
        csv_case(
            "csv features overflow",
            b"x1,x2,y\n0,0,0\n100000,1,1\n",
            'data.features: "x1^2" of the data[1] is 1e+10',
            features=["x1^2", "x2"],
        ),
        csv_case(
            "csv a cross of 3 000 × 3 000 categories",
            ("x1,x2,y\n" + "".join(f"a{i},b{i},{i % 2}\n" for i in range(3000))).encode(),
            "one-hot encoding would make 9,006,000 input columns × 3,000 rows",
            categorical=["x1", "x2"],
            crosses=[["x1", "x2"]],
        ),
        csv_case(
            "csv a column named like a one-hot column",
            b"x1,x1=a,y\na,1,0\nb,2,1\na,3,1\n",
            'two input columns would be named "x1=a"',
            categorical=["x1"],
        ),
        csv_case(
            "csv targets a string", GOOD_CSV.encode(), "data.targets: expected a non-empty list", targets="y"
        ),
    ]
    return out


def _big_file(path: Path, size: int, head: bytes = b"") -> None:
    with path.open("wb") as file:
        file.write(head)
        file.truncate(size)  # sparse: NUL bytes, no disk used


ACCEPTED = {
    "a byte-order mark": ("\ufeff" + json.dumps(BASE)).encode(),
    "learning rate 0": _json({"optimizer.learning_rate": 0}),
    "momentum 1.5 and dampening 2": _json({"optimizer.momentum": 1.5, "optimizer.dampening": 2}),
    "RMSprop eps 0": _json({"optimizer": {"name": "rmsprop", "eps": 0}}),
    "RMSprop alpha 1": _json({"optimizer": {"name": "rmsprop", "alpha": 1.0}}),
    "inputs of 1e9": _json({"data.inputs[1][0]": 1e9, "data.inputs[2][1]": -1e9}),
    "weights of 1e300": _json({"network.layers[0].weights": [[1e300, -1e300], [1, 1]]}),
}
"""Files that look odd but are valid: loaded, trained and drawn without a traceback."""


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for number, case in enumerate(cases()):
        case.write(root / f"{number:03d}-{case.name.replace(' ', '-').replace('/', '_')}")
    print(f"{len(cases())} cases in {root}")
