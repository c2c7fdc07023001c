"""An article's language: from its metadata, else the --language option, else detected.

Detection uses lingua (offline, n-gram models shipped in the wheel), restricted to the
configured languages plus a few common ones, so that it is fast and so that an article
in, say, Portuguese is recognised as such (and reported as having no pipeline) rather
than forced into the nearest configured language. The detector is built once per set of
languages, on first use: building it loads its models (about a second).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# Detected even when no pipeline is configured for them, so they are named, not guessed.
COMMON = ("en", "es", "fr", "pt", "de", "it")
SAMPLE_CHARS = 2000  # the opening of an article is enough to tell its language
METADATA, OPTION, DETECTED = "metadata", "option", "detected"


def decide_language(
    metadata: str | None, option: str | None, text: str, configured: Iterable[str]
) -> tuple[str | None, str]:
    """(language, how it was decided): metadata first, then the option, then detection.

    The language is None when detection cannot tell (empty or too short a text).
    """
    if metadata:
        return metadata, METADATA
    if option:
        return option, OPTION
    return detect_language(text, tuple(sorted(configured))), DETECTED


def detect_language(text: str, configured: tuple[str, ...] = ()) -> str | None:
    """ISO 639-1 code of `text` ('es' for 'Los manifestantes exigen ...'), or None."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    found = _detector(tuple(sorted(set(configured) | set(COMMON)))).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    known = [getattr(IsoCode639_1, code.upper()) for code in codes
             if hasattr(IsoCode639_1, code.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*known).build()
