"""The values components attach to a Doc: typed here once, so rows and tests agree.

Every mention carries character offsets into the article text, so any claim can be
traced back to the words that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class EntityMention:
    start_char: int
    end_char: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, ... (repaired by cluster majority)
    canonical: str  # full name within the article: "Castillo" -> "Pedro Castillo"
    entity_key: str | None  # cross-article key; None when the name is ambiguous
    descriptors: list[str] = field(default_factory=list)
    scare_quoted: bool = False
    # Places resolved in the gazetteer (pipeline.places): "Juliaca" -> "PE-PUN:juliaca",
    # region "PE-PUN", country "PE"; None for non-places and unresolved names.
    place_key: str | None = None
    place_region: str | None = None
    place_country: str | None = None


@dataclass
class DateMention:
    start_char: int
    end_char: int
    text: str
    timex_type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2022-12-07, 2022-12, P18M, XXXX-12-07, PRESENT_REF, ...
    granularity: str | None  # day | week | month | quarter | year | decade | century | time
    date_start: date | None  # covered interval, DATE values only
    date_end: date | None
    anchor: str  # absolute | publication | narrative


@dataclass
class CasualtyClaim:
    start_char: int
    end_char: int
    kind: str  # killed | injured | arrested | missing
    count: int | None  # exact figure when there is one (also the bound of "at least 18")
    count_low: int | None
    count_high: int | None
    qualifier: str  # exact | at_least | more_than | at_most | approximately | nearly | vague
    count_text: str
    victims: str | None = None
    victim_group: str = "unknown"
    perpetrator: str | None = None
    perpetrator_group: str | None = None
    location: str | None = None
    event_date: date | None = None
    scope: str = "incident"  # incident | cumulative
    attributed_to: str | None = None
    negated: bool = False
    location_key: str | None = None  # the location in the gazetteer: "PE-PUN:juliaca"
    location_region: str | None = None  # its region: "PE-PUN"


@dataclass
class Demand:
    start_char: int
    end_char: int
    demand_text: str
    demand_type: str
    mm_category: str | None
    actor: str | None = None
    target: str | None = None
    target_key: str | None = None
    kind: str = "demand"  # demand | call | proposal | promise
    rejected_by: str | None = None
