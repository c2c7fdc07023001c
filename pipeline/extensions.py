"""Every Doc extension newsclaims uses, registered in one place."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory and every worker process."""
    defaults = {
        "published": None,  # datetime.date | None: the anchor for relative dates
        "entity_mentions": None,  # list[EntityMention]
        "dates": None,  # list[DateMention]
        "casualties": None,  # list[CasualtyClaim]
        "demands": None,  # list[Demand]
        "faults": None,  # list[str]: a stage that failed on this document, and why
    }
    for name, default in defaults.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per Doc: spaCy joins every token again at each access, and
    several stages read the whole text."""
    text = doc.user_data.get(("newsclaims", "text"))
    if text is None:
        text = doc.user_data[("newsclaims", "text")] = doc.text
    return text


register_extensions()
