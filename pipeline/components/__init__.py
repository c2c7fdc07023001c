"""One spaCy component per module; importing this package registers their factories."""

from pipeline.components import casualties, dates, demands, entities  # noqa: F401
