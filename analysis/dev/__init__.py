"""Development sets for choosing the analysis thresholds, kept apart from the bundled sample.

- ``coverage_cases.json``: fictional certifications of other trades, with demanded skills and the coverage
  expected for each (couvert, faible, elongation, nouveau);
- :mod:`analysis.dev.streams`: synthetic weekly offer streams with planted signals (rising, steady,
  one-employer, transversal, groups of related uncovered skills, reposted offers);
- :mod:`analysis.dev.calibrate`: the threshold search on these sets (``python -m analysis.dev.calibrate``).

The sample in ``data/sample`` is never used to choose a threshold: ``bench/typology_eval.py`` measures the
agreement with its planted truth as an evaluation.
"""
