"""ecarts: skills asked in job offers that certifications do not cover."""
__version__ = "0.1.0"
