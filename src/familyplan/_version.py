"""Package and rules-data versions.

``__version__`` is the package version. ``RULES_VERSION`` changes whenever the
provision data change (a quote, a date, an amount), so a stored result says
which law data produced it; see docs/reproducibility.md.
"""

__all__ = ["RULES_VERSION", "__version__"]

__version__ = "0.2.0"
RULES_VERSION = "2026.12.1"
