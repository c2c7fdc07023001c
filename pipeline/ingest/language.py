"""An article's language: from its metadata, else the --language option, else detected.

Detection uses lingua (offline, n-gram models shipped in the wheel), restricted to the
configured languages plus a few common ones, so that it is fast and so that an article
in, say, Portuguese is recognised as such (and reported as having no pipeline) rather
than forced into the nearest configured language. A text too short or too mixed to
tell ("Article 3.": French 0.48, English 0.38) is not guessed: it goes to the first
configured language, as before detection existed. The detector is built once per set of
languages, on first use: building it loads its models (about a second).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# Detected even when no pipeline is configured for them, so they are named, not guessed.
COMMON = ("en", "es", "fr", "pt", "de", "it")
SAMPLE_CHARS = 2000  # the opening of an article is enough to tell its language
MIN_CONFIDENCE = 0.5  # below this, detection cannot tell
METADATA, OPTION, DETECTED, DEFAULT = "metadata", "option", "detected", "default"


def decide_language(
    metadata: str | None, option: str | None, text: str, configured: Iterable[str]
) -> tuple[str | None, str]:
    """(language, how it was decided): metadata first, then the option, then detection,
    then the first configured language when detection cannot tell."""
    if metadata:
        return metadata, METADATA
    if option:
        return option, OPTION
    configured = list(configured)
    found = detect_language(text, tuple(sorted(configured)))
    if found is not None:
        return found, DETECTED
    return (configured[0] if configured else None), DEFAULT


def detect_language(text: str, configured: tuple[str, ...] = ()) -> str | None:
    """ISO 639-1 code of `text` ('es' for 'Los manifestantes exigen ...'), or None when
    the text is empty or no language reaches MIN_CONFIDENCE."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    detector = _detector(tuple(sorted(set(configured) | set(COMMON))))
    ranked = detector.compute_language_confidence_values(sample)
    if not ranked or ranked[0].value < MIN_CONFIDENCE:
        return None
    return ranked[0].language.iso_code_639_1.name.lower()


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    known = [getattr(IsoCode639_1, code.upper()) for code in codes
             if hasattr(IsoCode639_1, code.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*known).build()


def reset_detector() -> None:
    """Forget the built detectors: a forked worker builds its own (a native object with
    its own threads) rather than use its copy of the parent's."""
    _detector.cache_clear()
