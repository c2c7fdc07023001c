"""Cross-outlet comparison of one extraction run: toll, framing, event-term and coverage
tables (Parquet) and a self-contained HTML report. `compare(out, report_dir)` does it all."""

from pipeline.compare.build import CompareError, compare

__all__ = ["CompareError", "compare"]
