"""Benchmark sections for ``python -m nnviz.bench``.

Each section is a module with ``TITLE``, ``COLUMNS`` and ``run(budget, options) -> list[dict]``;
:mod:`nnviz.bench` imports a section only when it runs, so a section that needs Qt
imports it inside itself and the training section never loads it.
"""
