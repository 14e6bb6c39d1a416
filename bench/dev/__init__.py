"""Development sets for choosing the analysis thresholds, kept apart from the bundled sample.

- ``coverage_cases.json``: fictional certifications of other trades, with demanded skills and the coverage
  expected for each (couvert, faible, elongation, nouveau);
- :mod:`bench.dev.streams`: synthetic weekly offer streams with planted signals (rising, steady,
  one-employer, transversal, groups of related uncovered skills, reposted offers);
- :mod:`bench.dev.calibrate`: the threshold search on these sets (``python -m bench.dev.calibrate``).

The sample in ``data/sample`` is never used to choose a threshold: ``bench/typology_eval.py`` measures the
agreement with its planted truth as an evaluation.
"""
