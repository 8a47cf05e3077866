import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from nnviz.session.training_process import TrainingProcess


@pytest.fixture
def process():
    """A training process of the test's own (not the app's shared one), stopped afterwards."""
    p = TrainingProcess()
    p.start()
    yield p
    p.close()
