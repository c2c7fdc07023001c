"""Headline tolls: which of an article's figures becomes articles.toll_killed etc."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from spacy.language import Language

from pipeline.errors import ConfigError
from pipeline.lexicons import DEFAULT_MODELS_DIR
from pipeline.nlp import annotate
from pipeline.toll import headline_tolls
from pipeline.toll_words import toll_words
from pipeline.types import CasualtyClaim


def claim(kind: str, count: int | None, at: int, text: str | None = None, **kw) -> CasualtyClaim:
    low = kw.pop("count_low", count)
    return CasualtyClaim(
        start_char=at, end_char=at + 10, kind=kind, count=count, count_low=low,
        count_high=kw.pop("count_high", count), qualifier=kw.pop("qualifier", "exact"),
        count_text=text if text is not None else str(count), **kw,
    )


CASES = [
    ([], {"killed": None, "injured": None, "arrested": None}),
    ([claim("killed", 45, 200, scope="cumulative"), claim("killed", 30, 600),
      claim("killed", 18, 900)],
     {"killed": 45, "injured": None, "arrested": None}),
    # the lead decides: a figure far below the first one is background
    ([claim("killed", 2, 0), claim("killed", 40, 5000)],
     {"killed": 2, "injured": None, "arrested": None}),
    # repeated mentions of one victim do not add up
    ([claim("killed", 1, 0, "A man"), claim("killed", 1, 300, "The man")],
     {"killed": 1, "injured": None, "arrested": None}),
    # a later, larger figure in the lead wins ("two dead ... three dead in all")
    ([claim("killed", 2, 0), claim("killed", 3, 400)],
     {"killed": 3, "injured": None, "arrested": None}),
    # individual injured mentions in a deadly story are the victim who died
    ([claim("injured", 1, 0, "A man"), claim("killed", 1, 200, "he")],
     {"killed": 1, "injured": None, "arrested": None}),
    ([claim("killed", 1, 0, "A man"), claim("injured", 3, 40, "three")],
     {"killed": 1, "injured": 3, "arrested": None}),
    # without deaths an individual injured mention counts
    ([claim("injured", 1, 0, "A woman")], {"killed": None, "injured": 1, "arrested": None}),
    # negated zeros
    ([claim("injured", 0, 0, "No one", negated=True)],
     {"killed": None, "injured": 0, "arrested": None}),
    ([claim("injured", 0, 0, "No one", negated=True), claim("injured", 2, 90)],
     {"killed": None, "injured": 2, "arrested": None}),
    ([claim("injured", 2, 0, negated=True)], {"killed": None, "injured": 0, "arrested": None}),
    # vague figures count by their conservative bound
    ([claim("arrested", None, 0, "dozens", count_low=12, count_high=99, qualifier="vague")],
     {"killed": None, "injured": None, "arrested": 12}),
    ([claim("killed", 18, 0, "at least 18", count_high=None, qualifier="at_least")],
     {"killed": 18, "injured": None, "arrested": None}),
    # a killer who then killed himself is not added: totals often count him already
    ([claim("killed", 5, 0, "five"), claim("killed", 1, 80, "himself")],
     {"killed": 5, "injured": None, "arrested": None}),
    # a coordinated count is a figure, though no number word says it
    ([claim("killed", 1, 0, "A man"), claim("injured", 4, 40, "he and three others")],
     {"killed": 1, "injured": 4, "arrested": None}),
]


@pytest.mark.parametrize(("claims", "expected"), CASES)
def test_headline_tolls(claims: list[CasualtyClaim], expected: dict) -> None:
    assert headline_tolls(claims) == expected


ARTICLES = [
    ("Police opened fire on marchers, killing at least 18 and injuring 60. "
     "Last year two people died in a similar protest.",
     {"killed": 18, "injured": 60, "arrested": None}),
    ("A man was shot on Monday night. He was taken to hospital, where he died.",
     {"killed": 1, "injured": None, "arrested": None}),
    ("Four people were shot outside a bar. No one was killed. Police arrested two men.",
     {"killed": 0, "injured": 4, "arrested": 2}),
    # "shot" counts the dead too: five hit, one died, four injured
    ("Five men were shot outside a bar on Friday. One of them died at the hospital.",
     {"killed": 1, "injured": 4, "arrested": None}),
    # a distinct victim paired with the death in one sentence counts
    ("A 20-year-old man is dead and a 16-year-old boy is wounded after a shooting.",
     {"killed": 1, "injured": 1, "arrested": None}),
    # "wounded" does not: five wounded besides the one killed
    ("One man was killed and five others were wounded on Friday.",
     {"killed": 1, "injured": 5, "arrested": None}),
    # "another", "also": an individual besides the dead counts as injured
    ("A man was killed on Saturday. Another man was wounded.",
     {"killed": 1, "injured": 1, "arrested": None}),
    ("A woman died in the attack and her husband was also shot.",
     {"killed": 1, "injured": 1, "arrested": None}),
    # "also" on the verb before the victim: someone besides the dead
    ("The deaths of four people in an attack on Saturday that also left a woman critically "
     "injured shocked the city.", {"killed": 4, "injured": 1, "arrested": None}),
    ("A man was shot and killed. A woman was taken to a hospital.",
     {"killed": 1, "injured": None, "arrested": None}),
    # "two other people were shot": others are not the dead, so nothing is subtracted
    ("Two men were shot and killed. Two other people were shot and survived.",
     {"killed": 2, "injured": 2, "arrested": None}),
    ("Two men were killed. The third victim survived and was taken to a hospital.",
     {"killed": 2, "injured": 1, "arrested": None}),
    # a wounded officer in a story whose dead are not officers is someone else
    ("The suspect was killed in the shootout. Later a police officer was wounded.",
     {"killed": 1, "injured": 1, "arrested": None}),
    # an injured person of another age than the dead, or said to be recovering, survived
    ("A 17-year-old was shot and killed. The 19-year-old was taken to a hospital.",
     {"killed": 1, "injured": 1, "arrested": None}),
    ("A man was killed. A woman was taken to the hospital with non-life-threatening injuries.",
     {"killed": 1, "injured": 1, "arrested": None}),
    # individuals told apart by their ages add up, even without a figure
    ("A 17-year-old girl was shot on Friday. A 15-year-old boy was shot in the leg.",
     {"killed": None, "injured": 2, "arrested": None}),
    ("A 17-year-old girl was shot on Friday. The 17-year-old was taken to a hospital.",
     {"killed": None, "injured": 1, "arrested": None}),
    # without such a word, a lone injured person in a deadly story is the one who died
    ("A man was shot on Elm Street. The man died at the hospital.",
     {"killed": 1, "injured": None, "arrested": None}),
    # "he and four others were shot" counts him, and he is the one who died
    ("A man died on Tuesday after he and four others were shot outside a home.",
     {"killed": 1, "injured": 4, "arrested": None}),
    # victims listed with the killer count him once
    ("Police said the man killed his wife, his son, himself.",
     {"killed": 3, "injured": None, "arrested": None}),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_headline_tolls_from_text(nlp: Language, text: str, expected: dict) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == expected


def test_headline_tolls_without_text_keeps_shot_figures() -> None:
    claims = [claim("injured", 5, 0, "Five"), claim("killed", 1, 40, "One")]
    assert headline_tolls(claims) == {"killed": 1, "injured": 5, "arrested": None}


TITLE = "Two killed in shooting"
TITLED = [
    # the title is the lead's first paragraph: a figure far down the body is background
    ([claim("killed", 2, 0, "Two")], [claim("killed", 2, 100, "two men"),
                                      claim("killed", 40, 1200, "40")],
     {"killed": 2, "injured": None, "arrested": None}),
    # unless the title's lead reaches none of the body's figures (updates come first): the
    # body's first figure starts a lead of its own
    ([claim("killed", 2, 0, "Multiple")], [claim("killed", 3, 1200, "three"),
                                           claim("killed", 40, 2300, "40")],
     {"killed": 3, "injured": None, "arrested": None}),
    # the title and the body name the same dead: the largest, never the sum
    ([claim("killed", 2, 0, "Two")], [claim("killed", 2, 0, "Two men"),
                                      claim("killed", 1, 100, "one")],
     {"killed": 2, "injured": None, "arrested": None}),
    # a body with no figure: the title gives the toll
    ([claim("killed", 2, 0, "Two")], [], {"killed": 2, "injured": None, "arrested": None}),
    # an individual shot in the title of a deadly story is the one who died
    ([claim("injured", 1, 0, "Man")], [claim("killed", 1, 30, "he")],
     {"killed": 1, "injured": None, "arrested": None}),
    # a death said by an adjective alone ("Arrest in deadly shooting") does not start the
    # lead: the body's figure far down is the follow-up's toll
    ([claim("killed", 1, 0, "deadly")], [claim("killed", 2, 1200, "Two men")],
     {"killed": 2, "injured": None, "arrested": None}),
]


@pytest.mark.parametrize(("title_claims", "claims", "expected"), TITLED)
def test_headline_tolls_read_the_title_first(title_claims, claims, expected) -> None:
    text = "x" * 2500
    assert headline_tolls(claims, text, title_claims=title_claims, title=TITLE) == expected


def test_headline_tolls_without_title_claims_ignore_the_title() -> None:
    claims = [claim("killed", 40, 1200, "40")]
    assert headline_tolls(claims, "x" * 1500, title_claims=[], title=TITLE)["killed"] == 40


TITLED_ARTICLES = [
    # the body says only that the man was shot; the title says he died
    ("Man Shot and Killed Outside Elm Street Bar",
     "A man was shot outside a bar on Elm Street early Sunday, police said.",
     {"killed": 1, "injured": None, "arrested": None}),
    # five hit in the title, one dead in the body: four injured
    ("Five shot outside nightclub",
     "One of the victims died at the hospital on Sunday, police said.",
     {"killed": 1, "injured": 4, "arrested": None}),
    # the title's figure is the lead; the body's later yearly figure is background
    ("Three Dead in Apartment Fire Shooting",
     "Police said the gunman fled. " + "The investigation continues. " * 40
     + "The city has recorded 52 homicides this year, 30 of them killed by gunfire.",
     {"killed": 3, "injured": None, "arrested": None}),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLED_ARTICLES)
def test_headline_tolls_from_title_and_text(
    nlp: Language, title: str, text: str, expected: dict
) -> None:
    from pipeline.casualties.titles import recased
    from pipeline.extensions import doc_text
    from pipeline.extractor import parse_titles

    [head] = parse_titles(nlp, [(title, date(2023, 1, 10))])
    title_claims = recased(head._.casualties, doc_text(head), title)
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text, title_claims=title_claims,
                          title=title) == expected


def said(text: str, kind: str, count: int, words: str, count_text: str, **kw) -> CasualtyClaim:
    """A claim over `words` where they first occur in `text`."""
    at = text.index(words)
    return CasualtyClaim(
        start_char=at, end_char=at + len(words), kind=kind, count=count, count_low=count,
        count_high=count, qualifier="exact", count_text=count_text, **kw,
    )


KILLER = [
    # the killer's victims as the object of his verb, and he took his own life: one more
    ("Police said he killed his two sons. He then took his own life.",
     [("killed", 2, "killed his two sons", "his two sons")], 3),
    ("The gunman, gunning down five coworkers, turned the gun on himself.",
     [("killed", 5, "gunning down five", "five")], 6),
    ("She fatally shot her husband and daughter and then killed herself.",
     [("killed", 2, "fatally shot her husband and daughter", "her husband and daughter"),
      ("killed", 1, "killed herself", "herself")], 3),
    ("He shot and killed three neighbors in what police called a murder-suicide.",
     [("killed", 3, "shot and killed three neighbors", "three")], 4),
    # he only tried: no one added
    ("He killed his two sons and then tried to take his own life.",
     [("killed", 2, "killed his two sons", "his two sons")], 2),
    # no word of his death: no one added
    ("Police said he killed his two sons before he was arrested.",
     [("killed", 2, "killed his two sons", "his two sons")], 2),
    # a subject figure may count him already
    ("Four people were killed in a murder-suicide on Elm Street.",
     [("killed", 4, "Four people were killed", "Four")], 4),
    # the figure names him
    ("He killed three people and himself in a murder-suicide.",
     [("killed", 4, "killed three people and himself", "three people and himself")], 4),
    # a lone victim next to "shot himself" is most often an accident with the same gun
    ("The boy shot and killed his brother. Later he shot himself in the hand.",
     [("killed", 1, "killed his brother", "his brother"),
      ("injured", 1, "shot himself", "himself")], 1),
    # killed by others, anywhere in the story: one more
    ("The gunman killed three guards. Hours later he was shot and killed by police.",
     [("killed", 3, "killed three guards", "three")], 4),
    ("He gunned down four diners. Deputies shot and killed the suspect outside.",
     [("killed", 4, "gunned down four diners", "four")], 5),
    ("Two clerks were killed by a man who robbed the store; the gunman was later shot dead.",
     [("killed", 2, "Two clerks were killed", "Two")], 3),
    ("He massacred six villagers. The attacker was killed in a shootout.",
     [("killed", 6, "massacred six villagers", "six")], 7),
    # the killer as the victim of a death claim
    ("She killed two coworkers. The shooter is dead, police said.",
     [("killed", 2, "killed two coworkers", "two"),
      ("killed", 1, "The shooter is dead", "The shooter", {"victims": "The shooter"})], 3),
    # not said to be dead: no one added
    ("He killed two coworkers. It was unclear whether the gunman was killed by officers.",
     [("killed", 2, "killed two coworkers", "two")], 2),
    ("Two clerks were killed by a man who later surrendered.",
     [("killed", 2, "Two clerks were killed", "Two")], 2),
    # a subject figure without its agent may count him already
    ("Five people were killed at the mall; the gunman was shot dead by police.",
     [("killed", 5, "Five people were killed", "Five")], 5),
]


@pytest.mark.parametrize(("text", "spans", "killed"), KILLER)
def test_a_killer_who_took_his_own_life_is_counted_once(
    text: str, spans: list[tuple], killed: int
) -> None:
    claims = [said(text, *span[:4], **(span[4] if len(span) > 4 else {})) for span in spans]
    assert headline_tolls(claims, text)["killed"] == killed


KILLER_ARTICLES = [
    ("Police said the man killed his girlfriend and her son before he shot himself.",
     {"killed": 3, "injured": None, "arrested": None}),
    ("A father killed his two daughters and then killed himself, deputies said.",
     {"killed": 3, "injured": None, "arrested": None}),
    ("Investigators say the gunman, killing three coworkers, later turned the gun on himself.",
     {"killed": 4, "injured": None, "arrested": None}),
    ("Three people were killed in what police called a murder-suicide.",
     {"killed": 3, "injured": None, "arrested": None}),
    ("Police said the woman shot and killed her two sons before taking her own life.",
     {"killed": 3, "injured": None, "arrested": None}),
    ("Deputies said he killed his wife and daughter and then tried to take his own life.",
     {"killed": 2, "injured": None, "arrested": None}),
    ("Police said a man killed three people before officers shot and killed the gunman.",
     {"killed": 4, "injured": None, "arrested": None}),
    ("Four people were killed by a gunman who was later shot dead by deputies.",
     {"killed": 5, "injured": None, "arrested": None}),
    ("A suspect who shot and killed two people was found dead of a self-inflicted wound.",
     {"killed": 3, "injured": None, "arrested": None}),
]


@pytest.mark.parametrize(("text", "expected"), KILLER_ARTICLES)
def test_killers_from_text(nlp: Language, text: str, expected: dict) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == expected


MORE_DEAD = [
    # a dead individual the words set apart from the dead before: one more
    ("An art teacher was killed in the crossfire on Saturday. Police said Tyrell Smith, 15, "
     "was also killed in the shooting.", 2),
    ("Maria Lopez died at the scene. Her neighbor, Ana Ruiz, also died.", 2),
    # a figure already counts them
    ("Two men were killed on Elm Street. One of them, a 40-year-old, was also killed "
     "instantly.", 2),
    # the same victim told twice
    ("A man was shot and killed on Friday. The man, 30, died at the scene.", 1),
    # "another" sets the victim apart from his killer, not from the dead
    ("A teen was arrested in the killing of another teen. The boy was killed on Main "
     "Street.", 1),
]


@pytest.mark.parametrize(("text", "killed"), MORE_DEAD)
def test_dead_told_apart_add_up(nlp: Language, text: str, killed: int) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text)["killed"] == killed


STATISTICS = [
    # a figure over a running period is the city's background, not the event
    ("Four people were wounded on Sunday. Nearly 700 more have been shot so far this year.",
     [("injured", 4, "Four people were wounded", "Four"),
      ("injured", 700, "Nearly 700 more have been shot", "Nearly 700")],
     {"killed": None, "injured": 4, "arrested": None}),
    ("Seven people were injured late Friday. A gang rivalry has claimed two lives over the "
     "past two years. No one was killed.",
     [("injured", 7, "Seven people were injured", "Seven"),
      ("killed", 2, "two lives", "two"),
      ("killed", 0, "No one was killed", "No one")],
     {"killed": 0, "injured": 7, "arrested": None}),
    ("A man was shot dead on Elm Street. The county has recorded 31 homicides so far this "
     "year.",
     [("killed", 1, "A man was shot dead", "A man"),
      ("killed", 31, "31 homicides", "31")],
     {"killed": 1, "injured": None, "arrested": None}),
    ("Three men were wounded at a bar. From January to November, 102 people were injured "
     "by gunfire in the city.",
     [("injured", 3, "Three men were wounded", "Three"),
      ("injured", 102, "102 people were injured", "102")],
     {"killed": None, "injured": 3, "arrested": None}),
    # a round-up of the city's shootings is not one incident
    ("Five people were killed in weekend shootings. A teenager was killed on Oak Street.",
     [("killed", 5, "Five people were killed", "Five"),
      ("killed", 1, "A teenager was killed", "A teenager")],
     {"killed": 1, "injured": None, "arrested": None}),
    ("Police said 11 people were shot in separate shootings. Two men were wounded outside "
     "a store.",
     [("injured", 11, "11 people were shot", "11"),
      ("injured", 2, "Two men were wounded", "Two")],
     {"killed": None, "injured": 2, "arrested": None}),
    ("At least 17 were wounded in shootings across the city. Three were hurt at a party.",
     [("injured", 17, "At least 17 were wounded", "At least 17"),
      ("injured", 3, "Three were hurt", "Three")],
     {"killed": None, "injured": 3, "arrested": None}),
    # an individual is never a statistic: the victim killed "earlier this month"
    ("A teenager who was killed earlier this year was remembered on Friday.",
     [("killed", 1, "A teenager who was killed", "A teenager")],
     {"killed": 1, "injured": None, "arrested": None}),
    ("A man was shot on Monday, one of several shootings since Sunday.",
     [("injured", 1, "A man was shot", "A man")],
     {"killed": None, "injured": 1, "arrested": None}),
    # a past period is no running one: the trial of last year's killer keeps its figure
    ("Two brothers who were killed earlier this year were honored on Sunday.",
     [("killed", 2, "Two brothers who were killed", "Two")],
     {"killed": 2, "injured": None, "arrested": None}),
    ("The man who killed two people last year went on trial on Monday.",
     [("killed", 2, "killed two people", "two")],
     {"killed": 2, "injured": None, "arrested": None}),
    ("Two men were killed on Friday. In July 45 people were killed in the city.",
     [("killed", 2, "Two men were killed", "Two"),
      ("killed", 45, "45 people were killed", "45")],
     {"killed": 45, "injured": None, "arrested": None}),
    # "since" the unrest began: a protest wave's own running toll, not background
    ("A police officer was killed on Tuesday. Since the protests began, 42 people have "
     "died, the ombudsman said.",
     [("killed", 1, "A police officer was killed", "A police officer"),
      ("killed", 42, "42 people have died", "42")],
     {"killed": 42, "injured": None, "arrested": None}),
    ("Two protesters were killed in Macusani. Nationwide, 55 people have died in the unrest "
     "since December.",
     [("killed", 2, "Two protesters were killed", "Two"),
      ("killed", 55, "55 people have died", "55")],
     {"killed": 55, "injured": None, "arrested": None}),
    # "so far" without a period is the event's own count
    ("Twelve people have died so far, the coroner said.",
     [("killed", 12, "Twelve people have died", "Twelve")],
     {"killed": 12, "injured": None, "arrested": None}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), STATISTICS)
def test_statistics_and_round_ups_are_background(
    text: str, spans: list[tuple], expected: dict
) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text) == expected


STATISTIC_ARTICLES = [
    ("Four people were wounded on Sunday. More than 700 people have been shot in the city "
     "this year.",
     {"killed": None, "injured": 4, "arrested": None}),
    ("More than 700 people have been shot in the city so far this year.",
     {"killed": None, "injured": None, "arrested": None}),
    ("Three men were killed in shootings across the city over the weekend. A 19-year-old "
     "was wounded on Oak Street.",
     {"killed": None, "injured": 1, "arrested": None}),
    ("Five people were killed in weekend shootings across the city. A teenager was killed "
     "and three others were wounded on Elm Street.",
     {"killed": 1, "injured": 3, "arrested": None}),
    ("Three people were shot on Main Street. So far this year, 52 people have been killed in "
     "the county.",
     {"killed": None, "injured": 3, "arrested": None}),
    ("Seven people were injured late Friday in a gang shooting. The rivalry has claimed two "
     "lives over the past two years.",
     {"killed": None, "injured": 7, "arrested": None}),
    ("A teenager who was killed earlier this month was remembered on Friday.",
     {"killed": 1, "injured": None, "arrested": None}),
    ("The man who killed two people last year went on trial on Monday.",
     {"killed": 2, "injured": None, "arrested": None}),
    # a sentence opening on last year, a city's crime figures: background
    ("Five people were shot at the party on Sunday. Last year in the city, 412 people were "
     "shot.", {"killed": None, "injured": 5, "arrested": None}),
    ("Five people were shot at the party on Sunday. Crime stats for 2015 show 165 people "
     "were murdered in the city.", {"killed": None, "injured": 5, "arrested": None}),
]


@pytest.mark.parametrize(("text", "expected"), STATISTIC_ARTICLES)
def test_statistics_from_text(nlp: Language, text: str, expected: dict) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == expected


SURVIVORS = [
    # a wounded officer where the suspect died counts, though the words say "shot"
    ("A deputy was shot in the arm. The suspect was killed when officers fired.",
     [("injured", 1, "A deputy was shot", "A deputy", {"victim_group": "security_forces"}),
      ("killed", 1, "The suspect was killed", "The suspect", {})],
     {"killed": 1, "injured": 1, "arrested": None}),
    ("His wife was also shot and survived. The man died on Sunday.",
     [("injured", 1, "His wife was also shot", "His wife", {}),
      ("killed", 1, "The man died", "The man", {})],
     {"killed": 1, "injured": 1, "arrested": None}),
    # an injured mention that is also a death claim's subject is the dead
    ("The third victim, who was wounded on Friday, died on Sunday.",
     [("injured", 1, "The third victim, who was wounded", "The third victim", {}),
      ("killed", 1, "The third victim, who was wounded on Friday, died", "The third victim",
       {})],
     {"killed": 1, "injured": None, "arrested": None}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), SURVIVORS)
def test_distinct_survivors(text: str, spans: list[tuple], expected: dict) -> None:
    claims = [said(text, kind, count, words, count_text, **kw)
              for kind, count, words, count_text, kw in spans]
    assert headline_tolls(claims, text) == expected


def test_a_wounded_deputy_from_text(nlp: Language) -> None:
    text = ("A sheriff's deputy was shot in the arm during the standoff. The suspect was "
            "killed when officers returned fire.")
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == {"killed": 1, "injured": 1,
                                                      "arrested": None}


# Spanish articles are read with models/es/toll.yaml, not with the English words.
SPANISH = [
    # a running period is a statistic, not the incident (English "so far this year")
    ("El martes murieron dos jóvenes. En lo que va del año, 120 personas han muerto en la "
     "región.", {"killed": 2, "injured": None, "arrested": None}),
    # "baleadas" counts everyone hit: the dead are taken out of the injured
    ("Cinco personas fueron baleadas en la plaza y dos de ellas murieron en el hospital.",
     {"killed": 2, "injured": 3, "arrested": None}),
    # "otros cuatro" are others, set apart by the word before the figure
    ("Dos policías murieron y otros cuatro fueron baleados durante el enfrentamiento.",
     {"killed": 2, "injured": 4, "arrested": None}),
    # the killer's victims as his verb's object, then his own death
    ("El hombre mató a su esposa y a sus dos hijos y luego se quitó la vida.",
     {"killed": 4, "injured": None, "arrested": None}),
    # individuals told apart by their ages
    ("Un joven de 17 años murió y un adolescente de 15 años resultó herido.",
     {"killed": 1, "injured": 1, "arrested": None}),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish_tolls_read_spanish_words(nlp_es: Language, text: str, expected: dict) -> None:
    doc = annotate(nlp_es, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text, toll_words("es")) == expected


ENGLISH_OTHERS = [
    ("Two people were killed and another three were shot in the parking lot.",
     {"killed": 2, "injured": 3, "arrested": None}),
    # "hitting", "striking" count everyone hit, the dead too
    ("The gunman fired several shots into the crowd, hitting six people. Two of them died "
     "at the hospital.", {"killed": 2, "injured": 4, "arrested": None}),
    ("Bullets were fired into the house, striking four people. One of them died at the "
     "scene.", {"killed": 1, "injured": 3, "arrested": None}),
    # without such a word, "shot" counts the dead too
    ("Five people were shot in the parking lot. Two of them died at the hospital.",
     {"killed": 2, "injured": 3, "arrested": None}),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_OTHERS)
def test_the_word_before_a_figure_sets_it_apart(
    nlp: Language, text: str, expected: dict
) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == expected


def bad_toll_lexicon(tmp_path, toll_yaml: str) -> str:
    """A models dir whose English toll.yaml is `toll_yaml` (the other lexicons copied)."""
    models = tmp_path / "models"
    shutil.copytree(DEFAULT_MODELS_DIR / "en", models / "en")
    (models / "en" / "toll.yaml").write_text(toll_yaml, encoding="utf-8")
    return str(models)


@pytest.mark.parametrize(("toll_yaml", "message"), [
    ("pair_words: ['(unclosed']\n", "'pair_words' is not a valid regular expression"),
    ("pair_words: '\\band\\b'\n", "'pair_words' must be a non-empty list"),
])
def test_a_bad_toll_lexicon_names_the_file_and_key(tmp_path, toll_yaml: str, message: str) -> None:
    models_dir = bad_toll_lexicon(tmp_path, toll_yaml)
    with pytest.raises(ConfigError, match=message) as err:
        toll_words("en", models_dir)
    assert "toll.yaml" in str(err.value)


NONE = {"killed": None, "injured": None, "arrested": None}
OTHER_STORIES = [
    # another incident told in the lead is background
    ("A woman was killed on Oak Street on Sunday. An unrelated shooting in Dayton killed "
     "three men.",
     [("killed", 1, "A woman was killed", "A woman"),
      ("killed", 3, "killed three men", "three")],
     {**NONE, "killed": 1}),
    ("Two men were wounded in a parking lot. In a separate incident, five people were hurt "
     "at a party.",
     [("injured", 2, "Two men were wounded", "Two"),
      ("injured", 5, "five people were hurt", "five")],
     {**NONE, "injured": 2}),
    # a round-up over a stretch of time
    ("It was a violent three-hour span in which eight people were shot. A 22-year-old man "
     "was wounded on Pine Avenue.",
     [("injured", 8, "eight people were shot", "eight"),
      ("injured", 1, "A 22-year-old man was wounded", "A 22-year-old man")],
     {**NONE, "injured": 1}),
    # one incident's own words stay: "a deadly weekend shooting"
    ("Four people were wounded in a deadly weekend shooting at a bar.",
     [("injured", 4, "Four people were wounded", "Four")],
     {**NONE, "injured": 4}),
    # nor the protest wave's own weekend, nor a road: events and places, not round-ups
    ("It was a bloody weekend of protests in which 17 people were killed in Juliaca.",
     [("killed", 17, "17 people were killed", "17")],
     {**NONE, "killed": 17}),
    ("Two drivers were killed on a deadly stretch of Route 9 on Friday.",
     [("killed", 2, "Two drivers were killed", "Two")],
     {**NONE, "killed": 2}),
    # a line that links to another story holds no claim of this one
    ("A 7-year-old boy died after his brother fired a rifle.\nMore: 6-year-old girl shot in "
     "apartment\nThe boy was taken to a hospital.",
     [("killed", 1, "A 7-year-old boy died", "A 7-year-old boy"),
      ("injured", 1, "6-year-old girl shot", "6-year-old girl")],
     {**NONE, "killed": 1}),
    ("RELATED: Three killed in Elm Street shooting\nA man was wounded on Monday.",
     [("killed", 3, "Three killed", "Three"),
      ("injured", 1, "A man was wounded", "A man")],
     {**NONE, "injured": 1}),
    ("Police said more: two men were shot near the park.",
     [("injured", 2, "two men were shot", "two")],
     {**NONE, "injured": 2}),
    # "shot another child": the victim set apart from the shooter, not from the dead
    ("A boy shot another child with a rifle, and the victim died at a hospital.",
     [("injured", 1, "shot another child", "another child"),
      ("killed", 1, "the victim died", "the victim")],
     {**NONE, "killed": 1}),
    ("The driver died at the scene. Another man was wounded in the leg.",
     [("killed", 1, "The driver died", "The driver"),
      ("injured", 1, "Another man was wounded", "Another man")],
     {**NONE, "killed": 1, "injured": 1}),
    # a sentence that opens on an earlier time tells another incident
    ("A woman died and two men were wounded near the parade route on Monday night. Earlier "
     "Monday, six people were shot at a block party across town.",
     [("killed", 1, "A woman died", "A woman"),
      ("injured", 2, "two men were wounded", "two"),
      ("injured", 6, "six people were shot", "six")],
     {**NONE, "killed": 1, "injured": 2}),
    # not where the earlier time is the story's own: "the shooting happened earlier Monday"
    ("Six people were shot at a block party earlier Monday, police said.",
     [("injured", 6, "Six people were shot", "Six")],
     {**NONE, "injured": 6}),
]


# A first report the story takes back is no candidate; the correction's own figures are.
RETRACTED = [
    ("A 14-year-old girl was shot in the arm on Friday.\nPolice initially said a 12-year-old "
     "boy was also wounded, but later said he was not hit.",
     [("injured", 1, "A 14-year-old girl was shot", "A 14-year-old girl"),
      ("injured", 1, "a 12-year-old boy was also wounded", "a 12-year-old boy")],
     {**NONE, "injured": 1}),
    ("A man was shot in the head on Elm Street and is in critical condition.\nNOTE: A "
     "previous version of this story said the man had died. Police corrected it later.",
     [("injured", 1, "A man was shot", "A man"),
      ("killed", 1, "the man had died", "the man")],
     {**NONE, "injured": 1}),
    ("Three people were wounded, a station mistakenly reported.\nTwo men were wounded.",
     [("injured", 3, "Three people were wounded", "Three"),
      ("injured", 2, "Two men were wounded", "Two")],
     {**NONE, "injured": 2}),
    # a first report in another paragraph leaves this one's figure alone
    ("Police initially said one man was hurt.\nFour people were wounded, police said later.",
     [("injured", 1, "one man was hurt", "one man"),
      ("injured", 4, "Four people were wounded", "Four")],
     {**NONE, "injured": 4}),
    # "initially believed": the cause is corrected, not the hurt
    ("A man was shot in his home. Officers initially believed he was hurt in a drive-by.",
     [("injured", 1, "A man was shot", "A man"),
      ("injured", 1, "he was hurt", "he")],
     {**NONE, "injured": 1}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), RETRACTED)
def test_a_retracted_first_report_is_no_candidate(
    text: str, spans: list[tuple], expected: dict
) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text) == expected


SPANISH_BACKGROUND = [
    ("Un joven murió baleado en el desfile. Más temprano el lunes, seis personas fueron "
     "baleadas en otra fiesta.",
     [("killed", 1, "Un joven murió", "Un joven"),
      ("injured", 6, "seis personas fueron baleadas", "seis")],
     {**NONE, "killed": 1}),
    ("Un joven de 19 años fue herido en Ate.\nLa policía inicialmente informó que un niño "
     "de 12 años también resultó herido, pero luego lo descartó.",
     [("injured", 1, "Un joven de 19 años fue herido", "Un joven de 19 años"),
      ("injured", 1, "un niño de 12 años también resultó herido", "un niño de 12 años")],
     {**NONE, "injured": 1}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), SPANISH_BACKGROUND)
def test_spanish_earlier_incidents_and_retractions(
    text: str, spans: list[tuple], expected: dict
) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text, toll_words("es")) == expected


@pytest.mark.parametrize(("text", "spans", "expected"), OTHER_STORIES)
def test_other_stories_are_background(text: str, spans: list[tuple], expected: dict) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text) == expected


def test_spanish_object_another_is_the_shooters_other() -> None:
    text = "Un niño baleó a otro niño en su casa; la víctima murió en el hospital."
    claims = [said(text, "injured", 1, "baleó a otro niño", "otro niño"),
              said(text, "killed", 1, "la víctima murió", "la víctima")]
    assert headline_tolls(claims, text, toll_words("es")) == {**NONE, "killed": 1}


OTHER_STORY_ARTICLES = [
    ("A man was shot and killed on Elm Street on Saturday. An unrelated shooting on Friday "
     "killed two women.",
     {**NONE, "killed": 1}),
    ("A man was killed and two women were wounded on Elm Street on Monday night. Earlier "
     "Monday, five people were shot outside a stadium.",
     {**NONE, "killed": 1, "injured": 2}),
    ("A teenager was shot in the leg on Friday.\nPolice initially said a second boy was "
     "wounded, but later said he was not struck.",
     {**NONE, "injured": 1}),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_STORY_ARTICLES)
def test_other_stories_from_text(nlp: Language, text: str, expected: dict) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == expected


HEAD_COUNTS = [
    # a death told as part of the figure before it: "one of the victims", "one of the four"
    ("Two men suffering from gunshot wounds arrived at a hospital on Friday. One of the "
     "victims was pronounced dead.",
     {**NONE, "killed": 1, "injured": 1}),
    # not where the words set the figure apart from the dead
    ("A man was killed and two others suffered gunshot wounds on Friday.",
     {**NONE, "killed": 1, "injured": 2}),
    ("Four victims were taken to a hospital on Friday night. One of the four died on "
     "Saturday.",
     {**NONE, "killed": 1, "injured": 3}),
    ("Officers found two men wounded on Elm Street. One later died at a hospital.",
     {**NONE, "killed": 1, "injured": 1}),
    # a killer who shot herself and lived is hurt, not dead, and not one of her victims
    ("A mother shot her three children on Sunday, killing two, then shot herself but "
     "survived.",
     {**NONE, "killed": 2, "injured": 2}),
    ("A man shot his wife and two sons, killing his wife, then shot himself and is in "
     "critical condition.",
     {**NONE, "killed": 1, "injured": 3}),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_COUNTS)
def test_figures_that_count_the_dead_from_text(nlp: Language, text: str, expected: dict) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    assert headline_tolls(doc._.casualties, text) == expected


PARTITIVES = [
    ("Four victims were taken to a hospital. One of the four died on Saturday.",
     [("injured", 4, "Four victims were taken", "Four"),
      ("killed", 1, "One of the four died", "One")],
     {**NONE, "killed": 1, "injured": 3}),
    ("Police found three people wounded. One of them was pronounced dead.",
     [("injured", 3, "three people wounded", "three"),
      ("killed", 1, "One of them was pronounced dead", "One")],
     {**NONE, "killed": 1, "injured": 2}),
    # "three others": set apart from the dead already, not reduced again
    ("A man died. Three others were wounded. One of the suspects was a teenager.",
     [("killed", 1, "A man died", "A man"),
      ("injured", 3, "Three others were wounded", "Three others")],
     {**NONE, "killed": 1, "injured": 3}),
    # a death without "of the": another person, the figure stays
    ("Two men were wounded on Elm Street. A woman died on Main Street.",
     [("injured", 2, "Two men were wounded", "Two"),
      ("killed", 1, "A woman died", "A woman")],
     {**NONE, "killed": 1, "injured": 2}),
    # too far from the figure to be part of it
    ("Two men were wounded on Elm Street." + " Police are investigating." * 30
     + " One of the victims of last year's shooting died.",
     [("injured", 2, "Two men were wounded", "Two"),
      ("killed", 1, "One of the victims of last year's shooting died", "One")],
     {**NONE, "killed": 1, "injured": 2}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), PARTITIVES)
def test_a_death_among_a_figure_is_not_a_survivor(
    text: str, spans: list[tuple], expected: dict
) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text) == expected


SURVIVING_KILLERS = [
    ("She shot her two sons, killing one, then shot herself but survived.",
     [("injured", 2, "shot her two sons", "two"), ("killed", 1, "killing one", "one"),
      ("injured", 1, "shot herself", "herself")],
     {**NONE, "killed": 1, "injured": 2}),
    # nothing says he lived: "then shot himself" alone is not an injured survivor
    ("He shot his two sons, killing one, then shot himself on the porch.",
     [("injured", 2, "shot his two sons", "two"), ("killed", 1, "killing one", "one"),
      ("injured", 1, "shot himself", "himself")],
     {**NONE, "killed": 1, "injured": 1}),
    # his own death told as a killed claim: he did not survive
    ("He shot his two sons, killing one, then killed himself; a neighbor survived.",
     [("injured", 2, "shot his two sons", "two"), ("killed", 1, "killing one", "one"),
      ("killed", 1, "killed himself", "himself")],
     {**NONE, "killed": 1, "injured": 1}),
]


SHOOTER_AND_VICTIM = [
    # no deaths: the shooter who hit someone and then himself, two hurt
    ("He shot a second man in a fight and then shot himself in the leg.",
     [("injured", 1, "shot a second man", "a second man"),
      ("injured", 1, "shot himself", "himself")],
     {**NONE, "injured": 2}),
    ("An ex-con wounded himself when his gun went off. The bullet grazed a waitress.",
     [("injured", 1, "wounded himself", "himself"),
      ("injured", 1, "grazed a waitress", "a waitress")],
     {**NONE, "injured": 2}),
    # the same man twice: one hurt
    ("A man accidentally shot himself in the leg. The man was taken to a hospital.",
     [("injured", 1, "shot himself", "himself"),
      ("injured", 1, "The man was taken", "The man")],
     {**NONE, "injured": 1}),
    # a victim far from the shooter's own wound is another story's
    ("A man accidentally shot himself in the leg." + " Police are investigating." * 30
     + " Last year a hunter shot a woman nearby.",
     [("injured", 1, "shot himself", "himself"),
      ("injured", 1, "shot a woman", "a woman")],
     {**NONE, "injured": 1}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), SHOOTER_AND_VICTIM)
def test_a_shooter_who_shot_another_and_himself(
    text: str, spans: list[tuple], expected: dict
) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text) == expected


@pytest.mark.parametrize(("text", "spans", "expected"), SURVIVING_KILLERS)
def test_a_killer_who_survived_is_injured(text: str, spans: list[tuple], expected: dict) -> None:
    claims = [said(text, *span) for span in spans]
    assert headline_tolls(claims, text) == expected


CAPTIONS = [
    # another story's caption before the lead: the title reports a woman shot, no death
    ("Woman shot in Algiers",
     "NOPD investigates a fatal shooting on Canal street.\n\nPolice said a woman was shot.",
     [("injured", 1, "Woman shot", "Woman")],
     [("killed", 1, "fatal shooting", "fatal"), ("injured", 1, "a woman was shot", "a woman")],
     {**NONE, "injured": 1}),
    # "the fatal shooting" after the lead's injured: the story's own death
    ("Man shot on Elm Street",
     "A man was shot on Elm Street. Police are investigating the fatal shooting.",
     [("injured", 1, "Man shot", "Man")],
     [("injured", 1, "A man was shot", "A man"), ("killed", 1, "fatal shooting", "fatal")],
     {**NONE, "killed": 1}),
    # the title's injured are "others": someone else, the dead, was hit first
    ("Shooting on Elm Street wounds two others",
     "Police investigate a fatal shooting on Elm Street.\n\nTwo other men were wounded.",
     [("injured", 2, "wounds two others", "two others")],
     [("killed", 1, "fatal shooting", "fatal"), ("injured", 2, "Two other men", "Two")],
     {**NONE, "killed": 1, "injured": 2}),
    # a title that reports a death keeps the caption's figure
    ("Man killed, woman shot in Algiers",
     "NOPD investigates a fatal shooting.\n\nPolice said a woman was shot.",
     [("killed", 1, "Man killed", "Man"), ("injured", 1, "woman shot", "woman")],
     [("killed", 1, "fatal shooting", "fatal"), ("injured", 1, "a woman was shot", "a woman")],
     {**NONE, "killed": 1, "injured": 1}),
]


@pytest.mark.parametrize(("title", "text", "head", "body", "expected"), CAPTIONS)
def test_a_caption_death_before_an_injured_only_lead_is_background(
    title: str, text: str, head: list[tuple], body: list[tuple], expected: dict
) -> None:
    title_claims = [said(title, *span) for span in head]
    claims = [said(text, *span) for span in body]
    assert headline_tolls(claims, text, title_claims=title_claims, title=title) == expected
