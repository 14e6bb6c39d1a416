"""ecarts: skills asked in job offers that certifications do not cover.

The core modules that every stage imports: :mod:`ecarts.config` (settings), :mod:`ecarts.exceptions`
(errors) and :mod:`ecarts.text` (French text normalisation).
"""

__version__ = "0.1.0"
