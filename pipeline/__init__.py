"""newsclaims: comparable claims from news articles, written to Parquet."""

__version__ = "0.1.0"
