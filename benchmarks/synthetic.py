"""Synthetic news articles for the scale benchmarks: varied, deterministic, our own words."""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = ["Juliaca", "Lima", "Cusco", "Puno", "Ayacucho", "Arequipa", "Andahuaylas", "Ica"]
OUTLETS = ["Andean Wire", "Lima Daily Record", "Peru Official News", "Workers' Tribune",
           "Andes Markets Journal", "Andean Rights Observatory"]
SENTENCES = [
    "Police opened fire on protesters in {place} on {day}, killing at least {n} people, "
    "the ombudsman's office said.",
    "The health ministry said {m} people were injured, among them {k} police officers.",
    "Protesters demanded the resignation of President Dina Boluarte and early elections.",
    "Congress voted {n} to {m} against a bill to bring the elections forward to {year}.",
    "Road blockades cut {place} off from the coast for {k} days, the transport ministry said.",
    "Copper shipments from the southern mines fell {n} percent in {month}, traders said.",
    "Former president Pedro Castillo has been held since Dec. 7 on charges of rebellion.",
    "Union leaders called for a national strike on {day} and the release of Castillo.",
    "Authorities detained {m} people in {place} after clashes near the airport.",
    "The government extended the state of emergency in {place} for another {k} days.",
]

# Headlines: half name casualties (the title is then parsed too), half do not.
TITLES = [
    "{n} dead as police fire on protesters in {place}",
    "Clashes in {place} leave {m} injured",
    "Police detain {m} after airport clashes in {place}",
    "Protesters killed in {place}, ombudsman says",
    "Boluarte calls for calm as unrest spreads to {place}",
    "Congress rejects early election bill",
    "Copper exports slide as blockades hit {place}",
    "Unions call national strike for {day}",
]


def article(i: int, rng: random.Random, sentences: int) -> dict:
    fill = {
        "place": rng.choice(PLACES), "day": rng.choice(["Monday", "Tuesday", "Friday"]),
        "n": rng.randint(2, 60), "m": rng.randint(10, 300), "k": rng.randint(2, 30),
        "year": rng.choice([2023, 2024]), "month": rng.choice(["December", "January"]),
    }
    body = " ".join(rng.choice(SENTENCES).format(**fill) for _ in range(sentences))
    return {"title": rng.choice(TITLES).format(**fill), "text": f"{body} (Report {i}.)",
            "outlet": rng.choice(OUTLETS),
            "url": f"https://example.org/{i}", "published": "2023-01-10"}


def write_corpus(
    path: Path, n: int, sentences: int = 6, seed: int = 1, titles: bool = True
) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = article(i, rng, sentences)
            if not titles:
                del record["title"]
            handle.write(json.dumps(record) + "\n")
    return path
