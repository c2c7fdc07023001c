"""The gazetteer: cities within regions within countries, ambiguity left unresolved."""

from __future__ import annotations

import pytest

from pipeline.places import country_hint, fold, gazetteer
from tests.conftest import REPO

MODELS = str(REPO / "models")


@pytest.mark.parametrize(
    ("name", "hint", "key", "kind", "region_key", "country"),
    [
        ("Juliaca", "PE", "PE-PUN:juliaca", "city", "PE-PUN", "PE"),
        ("Juliaca", None, "PE-PUN:juliaca", "city", "PE-PUN", "PE"),
        ("the Puno region", "PE", "PE-PUN", "region", "PE-PUN", "PE"),
        ("Puno", "PE", "PE-PUN:puno", "city", "PE-PUN", "PE"),
        ("Macusani", "PE", "PE-PUN:macusani", "city", "PE-PUN", "PE"),
        ("Apurímac", "PE", "PE-APU", "region", "PE-APU", "PE"),
        ("APURIMAC", "PE", "PE-APU", "region", "PE-APU", "PE"),
        # Andahuaylas' region (GeoNames admin1 03) is paired by models/admin1.yaml.
        ("Andahuaylas", "PE", "PE-APU:andahuaylas", "city", "PE-APU", "PE"),
        ("Lima", "PE", "PE-LIM:lima", "city", "PE-LIM", "PE"),
        ("Lima", None, "PE-LIM:lima", "city", "PE-LIM", "PE"),  # 168 times Lima, Honduras
        ("Peru", None, "PE", "country", None, "PE"),
        ("Bolivia", None, "BO", "country", None, "BO"),
    ],
)
def test_places_resolve(name, hint, key, kind, region_key, country) -> None:
    place = gazetteer(MODELS).resolve(name, hint)
    assert (place.key, place.kind, place.region_key, place.country_code) == (
        key, kind, region_key, country)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("San Jose", None),  # Costa Rica or California: no clear winner without a country
        ("San Marcos", "PE"),  # a university in Lima, not a city of Peru in the gazetteer
        ("Andes", "PE"),  # a mountain range, not in the gazetteer
        ("Springfield", None),
        ("", None),
    ],
)
def test_places_ambiguous_or_unknown_stay_unresolved(name, hint) -> None:
    assert gazetteer(MODELS).resolve(name, hint) is None


def test_places_juliaca_and_puno_region_compare_at_one_level() -> None:
    gaz = gazetteer(MODELS)
    assert gaz.resolve("Juliaca", "PE").area_key == gaz.resolve("Puno region", "PE").area_key


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Juliaca", "Puno", "Bolivia"], "PE"),  # a passing Bolivia does not outvote them
        (["Peru", "Lima"], "PE"),
        (["Andes"], None),
    ],
)
def test_places_country_hint(names, expected) -> None:
    assert country_hint(names, MODELS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the Apurímac", "apurimac"), ("Peru's", "peru"), ("El Callao", "callao")],
)
def test_places_fold(text, expected) -> None:
    assert fold(text) == expected
