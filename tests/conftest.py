import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app remembers its layout, theme, language and recent files with QSettings, under
# $XDG_CONFIG_HOME: the tests get a folder of their own (and so do the processes they start),
# so running them neither reads nor fills the settings of the person running them.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="nnviz-tests-config-")

import pytest

from nnviz.session.training_process import TrainingProcess

atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)


@pytest.fixture
def process():
    """A training process of the test's own (not the app's shared one), stopped afterwards."""
    p = TrainingProcess()
    p.start()
    yield p
    p.close()
