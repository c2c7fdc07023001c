"""Number text -> (count, count_low, count_high, qualifier): the conventions in numbers.py."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.normalize.numbers import Count, number_value, number_words, parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45", Count(45, 45, 45, "exact")),
        ("1,200", Count(1200, 1200, 1200, "exact")),
        ("eighteen", Count(18, 18, 18, "exact")),
        ("forty-five", Count(45, 45, 45, "exact")),
        ("Forty five", Count(45, 45, 45, "exact")),
        ("two hundred and fifty", Count(250, 250, 250, "exact")),
        ("a dozen", Count(12, 12, 12, "exact")),
        ("two dozen", Count(24, 24, 24, "exact")),
        ("3 dozen", Count(36, 36, 36, "exact")),
        ("a hundred", Count(100, 100, 100, "exact")),
        ("a thousand", Count(1000, 1000, 1000, "exact")),
        ("1.5 million", Count(1_500_000, 1_500_000, 1_500_000, "exact")),
        ("2 million", Count(2_000_000, 2_000_000, 2_000_000, "exact")),
        ("one", Count(1, 1, 1, "exact")),
        ("a", Count(1, 1, 1, "exact")),
        ("no one", Count(0, 0, 0, "exact")),
        ("nobody", Count(0, 0, 0, "exact")),
        ("at least 18", Count(18, 18, None, "at_least")),
        ("At least eighteen", Count(18, 18, None, "at_least")),
        ("no fewer than 5", Count(5, 5, None, "at_least")),
        ("more than 60", Count(60, 61, None, "more_than")),
        ("over 1,000", Count(1000, 1001, None, "more_than")),
        ("more than a dozen", Count(12, 13, None, "more_than")),
        ("nearly 30", Count(30, None, 29, "nearly")),
        ("almost forty", Count(40, None, 39, "nearly")),
        ("about 200", Count(200, None, None, "approximately")),
        ("around 15", Count(15, None, None, "approximately")),
        ("some 50", Count(50, None, None, "approximately")),
        ("an estimated 3,000", Count(3000, None, None, "approximately")),
        ("20 or so", Count(20, None, None, "approximately")),
        ("up to 10", Count(10, None, 10, "at_most")),
        ("as many as 70", Count(70, None, 70, "at_most")),
        ("fewer than 10", Count(10, None, 9, "at_most")),
        ("dozens", Count(None, 12, 99, "vague")),
        ("dozens of", Count(None, 12, 99, "vague")),
        ("hundreds", Count(None, 100, 999, "vague")),
        ("scores", Count(None, 20, 199, "vague")),
        ("thousands", Count(None, 1000, 9999, "vague")),
        ("tens of thousands", Count(None, 10_000, 99_999, "vague")),
        ("a handful", Count(None, 2, 6, "vague")),
        ("several", Count(None, 3, 9, "vague")),
        ("a few", Count(None, 2, 5, "vague")),
        ("multiple", Count(None, 2, None, "vague")),
    ],
)
def test_parse_count_reads_figures_and_qualifiers(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["", "percent", "the", "many things", "2.5", "some"])
def test_parse_count_rejects_non_numbers(text: str) -> None:
    assert parse_count(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), ("1,200", 1200), ("twelve hundred", 1200), ("twenty-one", 21), ("x", None)],
)
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


SPANISH = number_words("es", {
    "qualifiers": {"al menos": ["at_least", "low=n"], "más de": ["more_than", "low=n+1"],
                   "casi": ["nearly", "high=n-1"]},
    "vague": {"decenas": [12, 99]},
    "zero": ["nadie"],
    "trailing": ["de"],
})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cuarenta y cinco", Count(45, 45, 45, "exact")),
        ("al menos 18", Count(18, 18, None, "at_least")),
        ("más de sesenta", Count(60, 61, None, "more_than")),
        ("casi 30", Count(30, None, 29, "nearly")),
        ("decenas de", Count(None, 12, 99, "vague")),
        ("nadie", Count(0, 0, 0, "exact")),
        ("at least 18", None),
    ],
)
def test_parse_count_reads_a_lexicons_number_words(text: str, expected: Count | None) -> None:
    assert parse_count(text, SPANISH) == expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [("es", "diecisiete", 17), ("fr", "dix-sept", 17), ("es", "seventeen", None),
     ("en", "seventeen", 17)],
)
def test_number_words_reads_words_with_text2num(lang: str, text: str, value: int | None) -> None:
    assert number_value(text, number_words(lang)) == value


@pytest.mark.parametrize(
    ("lang", "data", "message"),
    [("de", None, "no number reader for language 'de'"),
     ("es", {"qualifiers": {"al menos": ["at_least", "low=x"]}}, "bound rule 'low=x'")],
)
def test_number_words_names_the_bad_value(lang: str, data: dict | None, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        number_words(lang, data)
