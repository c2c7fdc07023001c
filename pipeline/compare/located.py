"""Where each casualty claim happened, in the gazetteer: the level tolls are compared at.

The claim's own location comes first ("killed in Juliaca" -> Juliaca, region Puno). An
incident claim without one takes the place its sentence names, when the sentence names
places in exactly one region ("Security forces opened fire in Juliaca, killing seventeen"),
else, in the article's lead, the place its title names ("At least 17 dead in Juliaca ...":
only names the body also tags as places count).
Running totals without a place are about the article's country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from pipeline.places import Gazetteer, Place
from pipeline.toll import LEAD_CHARS


@dataclass(frozen=True)
class Located:
    place: Place | None
    source: str  # claim | sentence | title | article | none


def article_countries(entities: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the country its resolved place mentions point to most."""
    found: dict[str, Counter] = {}
    for doc_id, country in zip(entities["doc_id"], entities["place_country"], strict=True):
        if isinstance(country, str):
            found.setdefault(doc_id, Counter())[country] += 1
    return {doc: max(c, key=lambda k: (c[k], k)) for doc, c in found.items()}


class Locator:
    """Resolves claim locations within each article's country."""

    def __init__(self, gaz: Gazetteer, entities: pd.DataFrame, articles: pd.DataFrame,
                 casualties: pd.DataFrame) -> None:
        self.gaz = gaz
        self.countries = article_countries(entities)
        corpus = Counter(self.countries.values())
        self.default = max(corpus, key=lambda k: (corpus[k], k)) if corpus else None
        self.sentence_places: dict[tuple[str, int], list[str]] = {}
        places = entities[entities["place_region"].notna()]
        for doc_id, sent, name in zip(places["doc_id"], places["sent_idx"], places["canonical"],
                                      strict=True):
            self.sentence_places.setdefault((doc_id, int(sent)), []).append(name)
        self.title_places = _title_places(articles, places)
        in_text = casualties[casualties["field"] == "text"]
        self.lead_end = {doc: int(start) + LEAD_CHARS for doc, start in
                         in_text.groupby("doc_id")["start_char"].min().items()}

    def country(self, doc_id: str) -> str | None:
        return self.countries.get(doc_id, self.default)

    def locate(self, claim: dict, scope: str) -> Located:
        """claim: a casualties row (doc_id, sent_idx, start_char, location)."""
        doc_id, location = claim["doc_id"], claim["location"]
        hint = self.country(doc_id)
        if isinstance(location, str) and location.strip():
            place = self.gaz.resolve(location, hint)
            if place is not None:
                return Located(place, "claim")
        if scope == "incident":
            in_title = claim["field"] == "title"  # a title is its own lead
            sentence = [] if in_title else self.sentence_places.get(
                (doc_id, int(claim["sent_idx"])), [])
            in_lead = in_title or claim["start_char"] < self.lead_end.get(doc_id, 0)
            for source, names in (
                ("sentence", sentence),
                ("title", self.title_places.get(doc_id, []) if in_lead else []),
            ):
                place = self._one_area(names, hint)
                if place is not None:
                    return Located(place, source)
        if scope == "cumulative" and hint:
            return Located(self.gaz.resolve(self._country_name(hint)), "article")
        return Located(None, "none")

    def _one_area(self, names: list[str], hint: str | None) -> Place | None:
        """The most specific of the places named, when they all lie in one region."""
        places = [p for n in names if (p := self.gaz.resolve(n, hint)) is not None]
        if places and len({p.area_key for p in places}) == 1:
            return min(places, key=lambda p: p.kind != "city")
        return None

    def _country_name(self, code: str) -> str:
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        return country.name if country else code


def _title_places(articles: pd.DataFrame, places: pd.DataFrame) -> dict[str, list[str]]:
    """doc_id -> the body's place names that its title repeats."""
    names: dict[str, set[str]] = {}
    for doc_id, name in zip(places["doc_id"], places["canonical"], strict=True):
        names.setdefault(doc_id, set()).add(name)
    found = {}
    for doc_id, title in zip(articles["doc_id"], articles["title"], strict=True):
        if isinstance(title, str):
            found[doc_id] = sorted(
                n for n in names.get(doc_id, ())
                if re.search(rf"\b{re.escape(n)}\b", title, re.IGNORECASE)
            )
    return found
