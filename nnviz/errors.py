"""Errors that the command line reports as bad input (exit code 2) rather than internal errors."""

from nnviz.core.validate import ExperimentError


class BadInput(Exception):
    """A user error found by a command: a bad option value, a diverging run, an unwritable file."""


USER_ERRORS = (ExperimentError, BadInput)
