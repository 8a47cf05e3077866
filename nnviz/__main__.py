"""``python -m nnviz`` is the ``nnviz`` command."""

import sys

from nnviz.cli import main

sys.exit(main())
