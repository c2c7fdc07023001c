"""Placeholder: sets an empty list until the real component lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions

EXT = "casualties"


@Language.factory("newsclaims_casualties", default_config={"models_dir": ""})
def make_component(nlp: Language, name: str, models_dir: str):
    register_extensions()

    def component(doc: Doc) -> Doc:
        setattr(doc._, EXT, [])
        return doc

    return component
