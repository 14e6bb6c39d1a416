"""Analysis: demand per skill, coverage by the certifications, typology, trends."""
from analysis.gaps import analyze

__all__ = ["analyze"]
