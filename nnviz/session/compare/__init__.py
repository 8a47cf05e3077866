"""Comparison runs: one setting varied over a few values (and seeds), everything else locked.

Qt-free. :mod:`vary` reads ``PATH=V1,V2,…`` and writes each value into a copy of the
experiment's spec; :mod:`plan` builds the runs, locks what can be locked (seed, data,
split, initial weights where shapes allow) and says what is locked; :mod:`train_run`
trains one run and records its numbers; :mod:`pool` trains the runs in worker
processes, as many at once as there are cores, with progress and cancel;
:mod:`results` summarises them (mean and min–max over seeds, the epoch a loss is
reached, CSV); :mod:`presets` reads the shipped comparison lessons.
"""
