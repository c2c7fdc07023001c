"""The toll an article reports for its main event: articles.toll_killed/injured/arrested.

An article mentions many figures: the main event's toll, earlier incidents, yearly
statistics, the same victim again in a later paragraph. For each kind the headline toll is
chosen from the article's non-negated claims with a positive value (count, else the
conservative count_low: "dozens" -> 12):

1. The lead decides. News writing puts the main event's toll first; later paragraphs hold
   background (other incidents, "the city's 40th homicide this year"). The candidates are
   the claims within LEAD_CHARS of the first positive claim of that kind.
2. Among them the largest value wins. A running total ("leaving 45 dead") contains the
   incidents it sums, and "a man was shot ... the man died" must not add up to two, so the
   maximum, not the sum, is the article's own figure.
3. Injured excludes the dead. Without coreference, a single person mentioned as injured
   ("a man was shot", "he was taken to hospital") in an article that reports deaths is
   most often the victim who then died; so when the killed toll is positive, injured
   counts only figures ("two others were wounded"), not individual mentions.
4. No positive claim: 0 when the article says so ("no one was hurt"), else None.

Measured on the GVA benchmark's development subset (benchmarks/casualties_gva.py), rule 3
is worth about nine points of exact accuracy on toll_injured; the lead window matters
little (300 to 3,000 characters give the same figures within a point).
"""

from __future__ import annotations

from pipeline.normalize.numbers import parse_count
from pipeline.types import CasualtyClaim

KINDS = ("killed", "injured", "arrested")
LEAD_CHARS = 800  # about the first two paragraphs after the first figure


def headline_tolls(claims: list[CasualtyClaim]) -> dict[str, int | None]:
    """{"killed": 45, "injured": None, "arrested": 0} for one article's claims."""
    killed = kind_toll([c for c in claims if c.kind == "killed"])
    injured = [c for c in claims if c.kind == "injured"]
    if killed:
        injured = [c for c in injured if is_figure(c)]
    arrested = [c for c in claims if c.kind == "arrested"]
    return {"killed": killed, "injured": kind_toll(injured), "arrested": kind_toll(arrested)}


def kind_toll(claims: list[CasualtyClaim]) -> int | None:
    """The largest value in the lead of one kind's claims (see the module docstring)."""
    positive = [c for c in claims if not c.negated and (claim_value(c) or 0) > 0]
    if not positive:
        return 0 if any(c.negated or claim_value(c) == 0 for c in claims) else None
    lead_end = min(c.start_char for c in positive) + LEAD_CHARS
    return max(claim_value(c) for c in positive if c.start_char < lead_end)


def claim_value(claim: CasualtyClaim) -> int | None:
    return claim.count if claim.count is not None else claim.count_low


def is_figure(claim: CasualtyClaim) -> bool:
    """"two others", "at least 18", "one" are figures; "a man", "he" are individuals."""
    return parse_count(claim.count_text) is not None and claim.count_text.lower() not in (
        "a", "an",
    )
