"""Checking a learner's own numbers of one training iteration against nnviz's (``nnviz check``).

Qt-free. ``student_file`` reads the learner's values (``nnviz trace`` JSON or CSV),
``rounding`` decides what their written digits claim, ``recompute`` computes any
quantity of the iteration from chosen inputs, ``mistakes`` names the usual errors,
``grade`` puts them together in the order of the computation and ``report`` writes
the result as text, Markdown or JSON.
"""
