"""The in-browser anchor: ConvNetJS training the same CNNs under Node, beside PyTorch.

ConvNetJS (Andrej Karpathy's JavaScript deep-learning library, MIT) is what the
classic in-browser CNN demos run. Where ``node`` and ``npm`` are on the PATH,
the npm package ``convnetjs`` is installed into a cache folder the first time
(``$NNVIZ_BENCH_CACHE``, default ``~/.cache/nnviz-bench``; none of its code is in
this repository) and :data:`DRIVER`, a few lines of our own JavaScript, times
its ``SGDTrainer`` (plain SGD, momentum 0, batch 32) on random images:

- ``digits``: the digits CNN of the cnn section (8×8 input, conv 3×3×8 pad 1 →
  ReLU → max-pool 2 → softmax 10);
- ``mnist``: ConvNetJS's MNIST demo net (24×24 input, conv 5×5×8 pad 2 → ReLU →
  max-pool 2 → conv 5×5×16 pad 2 → ReLU → max-pool 3 → softmax 10), which the
  core then trains too (:func:`mnist_core_trainer`), on random images at batch 32.

ConvNetJS trains one image at a time (it steps the parameters every 32), so its
speed is images per second; the best of chunks of 32·4 images is reported, as
the other rows report their best chunk. Without node, npm or the package the
rows are skipped and a note says why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np

from nnviz.benchmarks.loops import Loop
from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D
from nnviz.core.init import init_kernel, init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.pool import MaxPool2D
from nnviz.core.reshape import Flatten
from nnviz.core.training import Trainer

PACKAGE = "convnetjs"
BATCH = 32
LEARNING_RATE = 0.01
IMAGES = 256
"""Random images each side trains on (ConvNetJS and, for the MNIST demo net, the core)."""

DRIVER = r"""
const [path, which, secondsText] = process.argv.slice(1);
const convnetjs = require(path);
const nets = {
  digits: [
    {type: 'input', out_sx: 8, out_sy: 8, out_depth: 1},
    {type: 'conv', sx: 3, filters: 8, stride: 1, pad: 1, activation: 'relu'},
    {type: 'pool', sx: 2, stride: 2},
    {type: 'softmax', num_classes: 10},
  ],
  mnist: [
    {type: 'input', out_sx: 24, out_sy: 24, out_depth: 1},
    {type: 'conv', sx: 5, filters: 8, stride: 1, pad: 2, activation: 'relu'},
    {type: 'pool', sx: 2, stride: 2},
    {type: 'conv', sx: 5, filters: 16, stride: 1, pad: 2, activation: 'relu'},
    {type: 'pool', sx: 3, stride: 3},
    {type: 'softmax', num_classes: 10},
  ],
};
const net = new convnetjs.Net();
net.makeLayers(nets[which]);
const trainer = new convnetjs.SGDTrainer(net, {
  method: 'sgd', learning_rate: LEARNING_RATE, momentum: 0.0, batch_size: BATCH, l2_decay: 0.0,
});
const side = nets[which][0].out_sx;
let seed = 1;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const images = [];
for (let i = 0; i < IMAGES; i++) {
  const v = new convnetjs.Vol(side, side, 1, 0.0);
  for (let k = 0; k < v.w.length; k++) v.w[k] = rand();
  images.push([v, Math.floor(rand() * 10)]);
}
let next = 0;
const chunk = (n) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++, next = (next + 1) % IMAGES) trainer.train(images[next][0], images[next][1]);
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
};
chunk(BATCH);
let best = 0;
const end = Date.now() + 1000 * Number(secondsText);
do { best = Math.max(best, chunk(BATCH * 4)); } while (Date.now() < end);
console.log(JSON.stringify({images_per_second: best}));
"""


def cache_folder() -> Path:
    return Path(os.environ.get("NNVIZ_BENCH_CACHE", Path.home() / ".cache" / "nnviz-bench"))


def installed_module(cache: Path | None = None) -> Path | None:
    """The package's folder in the cache when it is installed there."""
    folder = (cache or cache_folder()) / "node_modules" / PACKAGE
    return folder if (folder / "package.json").is_file() else None


def ensure_convnetjs(cache: Path | None = None) -> tuple[Path | None, str]:
    """The installed package (installing it with npm the first time) and, when there is none, why."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "node or npm not found"
    cache = cache or cache_folder()
    module = installed_module(cache)
    if module is not None:
        return module, ""
    cache.mkdir(parents=True, exist_ok=True)
    command = ["npm", "install", "--prefix", str(cache), "--no-audit", "--no-fund", "--no-save", PACKAGE]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"npm install {PACKAGE} failed: {error}"
    module = installed_module(cache)
    if module is None:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return None, f"npm install {PACKAGE} failed: {last[0]}"
    return module, ""


def describe(module: Path) -> str:
    """``ConvNetJS 0.3.0 under Node v20.20.2``."""
    version = json.loads((module / "package.json").read_text(encoding="utf-8")).get("version", "?")
    done = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=30, check=False)
    return f"ConvNetJS {version} under Node {done.stdout.strip() or '?'}"


def images_per_second(module: Path, net: str, seconds: float) -> float:
    """ConvNetJS's best images per second training ``net`` (``digits`` or ``mnist``) for ``seconds``."""
    script = DRIVER.replace("LEARNING_RATE", repr(LEARNING_RATE)).replace("BATCH", str(BATCH))
    script = script.replace("IMAGES", str(IMAGES))
    command = ["node", "-e", script, str(module), net, str(seconds)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60 + 4 * seconds, check=True)
    return float(json.loads(done.stdout)["images_per_second"])


def mnist_core_trainer(seed: int = 0) -> Loop:
    """The core's ``Trainer.step`` on ConvNetJS's MNIST demo net, random 24×24 images, SGD, batch 32."""
    rng = np.random.default_rng(seed)
    relu = get_activation("relu")
    layers = [
        Conv2D(init_kernel("he_uniform", (8, 1, 5, 5), rng), np.zeros(8), relu, padding=2),
        MaxPool2D((2, 2)),
        Conv2D(init_kernel("he_uniform", (16, 8, 5, 5), rng), np.zeros(16), relu, padding=2),
        MaxPool2D((3, 3)),
        Flatten(),
        Dense(init_weights("xavier_uniform", 10, 16 * 4 * 4, rng), np.zeros(10), get_activation("softmax")),
    ]
    x, t = rng.random((IMAGES, 1, 24, 24)), rng.integers(0, 10, IMAGES)
    optimizer = make_optimizer("sgd", learning_rate=LEARNING_RATE)
    trainer = Trainer(
        Network((1, 24, 24), layers), get_loss("cross_entropy"), optimizer, x, t, batch_size=BATCH, rng=rng
    )

    def run(n: int) -> None:
        step = trainer.step
        for _ in range(n):
            step()

    return run, trainer.network.parameters
