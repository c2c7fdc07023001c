"""The dates component on whole sentences: what it finds, its TIMEX3 values, its anchors."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.components.dates import event_date_for
from pipeline.nlp import annotate
from tests.conftest import SEED, SEED_DATES

PUB = date(2023, 1, 10)  # a Tuesday

# (sentence, publication date, every expected mention as (text, type, value))
CASES = [
    # absolute and yearless dates
    ("The coup came on Dec. 7.", PUB, [("Dec. 7", "DATE", "2022-12-07")]),
    ("Unions called a strike for Dec. 15.", PUB, [("Dec. 15", "DATE", "2022-12-15")]),
    ("Jan. 9 saw another massacre in Juliaca.", PUB, [("Jan. 9", "DATE", "2023-01-09")]),
    ("He was elected in July 2021.", PUB, [("July 2021", "DATE", "2021-07")]),
    ("Congress met on 7 December 2022.", PUB, [("7 December 2022", "DATE", "2022-12-07")]),
    ("The decree is dated 12/07/2022.", PUB, [("12/07/2022", "DATE", "2022-12-07")]),
    ("The law took effect on 2022-12-07.", PUB, [("2022-12-07", "DATE", "2022-12-07")]),
    ("Elections were held on April 11, 2021.", PUB, [("April 11, 2021", "DATE", "2021-04-11")]),
    ("Talks resumed on the 3rd of January.", PUB, [("3rd of January", "DATE", "2023-01-03")]),
    ("The protests began in December.", PUB, [("December", "DATE", "2022-12")]),
    ("The vote was set for Sept. 30.", date(2022, 9, 1), [("Sept. 30", "DATE", "2022-09-30")]),
    ("The mine closed in 2019.", PUB, [("2019", "DATE", "2019")]),
    ("Fujimori fell in 2000 after a huge march.", PUB, [("2000", "DATE", "2000")]),
    ("The 2006 assembly wrote a new charter.", PUB, [("2006", "DATE", "2006")]),
    ("Inflation peaked in mid-2022.", PUB, [("mid-2022", "DATE", "2022")]),
    ("Fiscal 2022 revenue fell.", PUB, [("Fiscal 2022", "DATE", "2022")]),
    ("Land reform dates to the 1960s.", PUB, [("the 1960s", "DATE", "196X")]),
    ("Guerrilla war marked the late 1980s.", PUB, [("the late 1980s", "DATE", "198X")]),
    ("Mining boomed in the 20th century.", PUB, [("the 20th century", "DATE", "19")]),
    ("Exports rose in the third quarter.", PUB, [("the third quarter", "DATE", "2022-Q3")]),
    ("Output fell in the first half of 2022.", PUB,
     [("the first half of 2022", "DATE", "2022-H1")]),
    ("Copper prices dipped last summer.", PUB, [("last summer", "DATE", "2022-SU")]),
    ("The government fell in nineteen ninety-two.", PUB,
     [("nineteen ninety-two", "DATE", "1992")]),
    # relative to the publication date
    ("Police fired on marchers yesterday.", PUB, [("yesterday", "DATE", "2023-01-09")]),
    ("The curfew ends today.", PUB, [("today", "DATE", "2023-01-10")]),
    ("Lawmakers vote tomorrow.", PUB, [("tomorrow", "DATE", "2023-01-11")]),
    ("Protesters blocked the road on Monday.", PUB, [("Monday", "DATE", "2023-01-09")]),
    ("The ministers met on Friday.", PUB, [("Friday", "DATE", "2023-01-06")]),
    ("The ministers will meet on Friday.", PUB, [("Friday", "DATE", "2023-01-13")]),
    ("Unions are going to march on Thursday.", PUB, [("Thursday", "DATE", "2023-01-12")]),
    ("The strike began last Wednesday.", PUB, [("last Wednesday", "DATE", "2023-01-04")]),
    ("Talks resume next Tuesday.", PUB, [("next Tuesday", "DATE", "2023-01-17")]),
    ("Roads were blocked last week.", PUB, [("last week", "DATE", "2023-W01")]),
    ("More marches are planned this week.", PUB, [("this week", "DATE", "2023-W02")]),
    ("Prices rose last month.", PUB, [("last month", "DATE", "2022-12")]),
    ("The curfew was lifted earlier this month.", PUB,
     [("earlier this month", "DATE", "2023-01")]),
    ("Growth slowed last year.", PUB, [("last year", "DATE", "2022")]),
    ("Elections may come next year.", PUB, [("next year", "DATE", "2024")]),
    ("He was a teacher two years ago.", PUB, [("two years ago", "DATE", "2021")]),
    ("The strike started three days ago.", PUB, [("three days ago", "DATE", "2023-01-07")]),
    ("Marches paused over Christmas.", PUB, [("Christmas", "DATE", "2022-12-25")]),
    ("Crowds gathered on New Year's Eve.", PUB, [("New Year's Eve", "DATE", "2022-12-31")]),
    ("The camp emptied over the weekend.", PUB, [("the weekend", "DATE", "2023-W01-WE")]),
    ("The march reached Lima late last week.", PUB, [("late last week", "DATE", "2023-W01")]),
    ("The deal closes at year-end.", PUB, [("year-end", "DATE", "2023")]),
    # times
    ("The curfew starts at 6 p.m. Monday.", PUB, [("6 p.m. Monday", "TIME", "2023-01-09T18:00")]),
    ("Troops arrived at noon Thursday.", PUB, [("noon Thursday", "TIME", "2023-01-05T12:00")]),
    ("The session opened at 10:30 a.m.", PUB, [("10:30 a.m.", "TIME", "2023-01-10T10:30")]),
    ("Shots were heard last night.", PUB, [("last night", "TIME", "2023-01-09TNI")]),
    ("The minister resigned this morning.", PUB, [("this morning", "TIME", "2023-01-10TMO")]),
    ("A vigil is planned for tonight.", PUB, [("tonight", "TIME", "2023-01-10TNI")]),
    # durations
    ("He was remanded in custody for 18 months.", PUB, [("18 months", "DURATION", "P18M")]),
    ("He called new elections within four months.", PUB, [("four months", "DURATION", "P4M")]),
    ("Subcontracting spread in the last three decades.", PUB,
     [("the last three decades", "DURATION", "P3DE")]),
    ("The results were contested for weeks.", PUB, [("weeks", "DURATION", "PXW")]),
    ("The blockade lasted two and a half days.", PUB,
     [("two and a half days", "DURATION", "P2DT12H")]),
    ("The talks took 90 minutes.", PUB, [("90 minutes", "DURATION", "PT90M")]),
    ("The state of emergency runs for 30 days.", PUB, [("30 days", "DURATION", "P30D")]),
    ("She won a five-year term.", PUB, [("five-year", "DURATION", "P5Y")]),
    ("Prices doubled over the past two years.", PUB,
     [("the past two years", "DURATION", "P2Y")]),
    ("Miners waited several months for wages.", PUB, [("several months", "DURATION", "PXM")]),
    ("The road stayed closed for a week.", PUB, [("a week", "DURATION", "P1W")]),
    ("The strike lasted a decade.", PUB, [("a decade", "DURATION", "P1DE")]),
    # sets
    ("The committee meets every week.", PUB, [("every week", "SET", "P1W")]),
    ("Royalties are paid annually.", PUB, [("annually", "SET", "P1Y")]),
    ("Prices are set daily.", PUB, [("daily", "SET", "P1D")]),
    ("Delegates meet each Thursday.", PUB, [("each Thursday", "SET", "XXXX-WXX-4")]),
    ("The assembly meets twice a year.", PUB, [("twice a year", "SET", "P1Y")]),
    ("Pilgrims climb the hill each July.", PUB, [("each July", "SET", "XXXX-07")]),
    ("Herders move the flocks every winter.", PUB, [("every winter", "SET", "XXXX-WI")]),
    ("The market opens on Sundays.", PUB, [("Sundays", "SET", "XXXX-WXX-7")]),
    ("Neighbours gather on Friday nights.", PUB, [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    # compounds in "-long" are durations; ages in "-old" are not dates
    ("A day-long strike shut the port.", PUB, [("day-long", "DURATION", "P1D")]),
    ("The decades-long dispute ended.", PUB, [("decades-long", "DURATION", "PXDE")]),
    ("They began a two-week-long march.", PUB, [("two-week-long", "DURATION", "P2W")]),
    ("A 17-year-old was among the wounded.", PUB, []),
    # clock times said in words
    ("The curfew starts at midday.", PUB, [("midday", "TIME", "2023-01-10T12:00")]),
    ("Troops arrived at 4 in the morning.", PUB, [("4 in the morning", "TIME",
                                                   "2023-01-10T04:00")]),
    ("The vigil ended at 10 at night.", PUB, [("10 at night", "TIME", "2023-01-10T22:00")]),
    ("The vote closed mid-afternoon yesterday.", PUB, [("mid-afternoon yesterday", "TIME",
                                                        "2023-01-09TAF")]),
    # present / past / future references
    ("The movement is now stronger.", PUB, [("now", "DATE", "PRESENT_REF")]),
    ("Lawmakers recently approved the bill.", PUB, [("recently", "DATE", "PAST_REF")]),
    ("The party currently holds 15 seats.", PUB, [("currently", "DATE", "PRESENT_REF")]),
    ("The mines will be nationalized in the future.", PUB,
     [("the future", "DATE", "FUTURE_REF")]),
    ("Talks will resume soon.", PUB, [("soon", "DATE", "FUTURE_REF")]),
    # traps: numbers that are not dates
    ("A group of 17 large companies controls the economy.", PUB, []),
    ("He received over 80 percent of the vote.", PUB, []),
    ("The elite is linked to foreign capital by a thousand threads.", PUB, []),
    ("The crackdown left 45 dead.", PUB, []),
    ("Police counted 2020 protesters in the square.", PUB, []),
    ("The fund holds 100M dollars.", PUB, []),
    ("The town lies at 32° 34'S.", PUB, []),
    ("The case number is 2882015.", PUB, []),
    ("The army may send more troops.", PUB, []),
    ("They will march to the capital.", PUB, []),
    ("An 18-year-old student was shot.", PUB, []),
    ("They could leave as soon as the road opened.", PUB, []),
    ("Magna cut its quarterly dividend.", PUB, []),
    ("The Daily Mail ran the story.", PUB, []),
    ("He came second in the first round.", PUB, []),
    # reporting periods: "a year earlier" is the named quarter, a year back
    ("Copper exports grew 8% in the third quarter, up from 5% a year earlier.", PUB,
     [("the third quarter", "DATE", "2022-Q3"), ("a year earlier", "DATE", "2021-Q3")]),
    ("Profit rose in the fourth quarter. In the year-ago period the miner lost money.", PUB,
     [("the fourth quarter", "DATE", "2022-Q4"), ("the year-ago period", "DATE", "2021-Q4")]),
    ("The mine lost money in the second quarter after a year-earlier profit.", PUB,
     [("the second quarter", "DATE", "2022-Q2"), ("year-earlier", "DATE", "2021-Q2")]),
    ("The 2021 third quarter was weak for miners.", PUB,
     [("The 2021 third quarter", "DATE", "2021-Q3")]),
    ("Tourism fell a year ago.", PUB, [("a year ago", "DATE", "2022")]),  # no quarter named
    ("Sales for the full year should rise 4%.", date(2022, 11, 2),
     [("the full year", "DATE", "2022")]),
    ("The miner earned $2 million in the year ended Dec. 31.", PUB,
     [("the year", "DURATION", "P1Y"), ("Dec. 31", "DATE", "2022-12-31")]),
    # rates are sets
    ("The levy costs each family $1.76 a year.", PUB, [("a year", "SET", "P1Y")]),
    ("The airline adds 700 seats a week to the route.", PUB, [("a week", "SET", "P1W")]),
    ("Lawmakers meet on a daily basis.", PUB, [("daily", "SET", "P1D")]),
    ("The party daily Granma printed the letter.", PUB, []),
    # clock times with a time zone
    ("The offer expires at 5 p.m. EST, Jan. 20.", PUB,
     [("5 p.m. EST, Jan. 20", "TIME", "2023-01-20T17:00")]),
    # modifiers of an amount stay in the extent, prepositions do not
    ("Marchers walked for nearly two weeks.", PUB, [("nearly two weeks", "DURATION", "P2W")]),
    ("The port stayed shut for at least 30 days.", PUB,
     [("at least 30 days", "DURATION", "P30D")]),
    ("Farmers worried about the future.", PUB, [("the future", "DATE", "FUTURE_REF")]),
    # not dates
    ("Future payments were cancelled.", PUB, []),
    ("The minister previously led the party.", PUB, []),
    ('He spoke on the "This Week" program.', PUB, []),
    ("Geremek and Jan Kavan signed the treaty.", PUB, []),
    ("The country imports three-quarters of its food.", PUB, []),
    ("Mr. Quispe, 52 years old, was detained.", PUB, []),
    # the tense of the verb decides the week or the year
    ("The minister vowed Friday to stay in office.", PUB, [("Friday", "DATE", "2023-01-06")]),
    ("Her relatives could not be reached Wednesday.", PUB, [("Wednesday", "DATE", "2023-01-04")]),
    ("The activist was shot on June 20 near Ayacucho.", PUB,
     [("June 20", "DATE", "2022-06-20")]),
    ("The cabinet approved a bonus, payable June 1 to every teacher.", PUB,
     [("June 1", "DATE", "2023-06-01")]),
    ("The new highway is to be completed by June 30.", PUB, [("June 30", "DATE", "2023-06-30")]),
    ("The strike is due to end on Friday.", PUB, [("Friday", "DATE", "2023-01-13")]),
    ("The strike had been due to end Friday.", PUB, [("Friday", "DATE", "2023-01-06")]),
    ("The vote had been scheduled to take place on Thursday.", PUB,
     [("Thursday", "DATE", "2023-01-05")]),
    # several in one sentence
    ("On Dec. 7 he was removed, and 18 months of custody followed.", PUB,
     [("Dec. 7", "DATE", "2022-12-07"), ("18 months", "DURATION", "P18M")]),
    ("Between July 2021 and Dec. 7, Castillo faced three motions.", PUB,
     [("July 2021", "DATE", "2021-07"), ("Dec. 7", "DATE", "2022-12-07")]),
]


def _found(doc):
    return [(m.text, m.timex_type, m.value) for m in doc._.dates]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates_component_finds_and_normalizes(nlp, text, published, expected):
    assert _found(annotate(nlp, text, published)) == expected


def test_dates_component_case_count():
    assert len(CASES) >= 80


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    return annotate(nlp, seed_text, date(2023, 1, 10))


@pytest.mark.parametrize("text,timex_type,value", SEED_DATES)
def test_dates_seed_values(seed_doc, text, timex_type, value):
    rows = [m for m in seed_doc._.dates if m.text == text]
    assert rows and all((m.timex_type, m.value) == (timex_type, value) for m in rows)


def test_dates_seed_narrative_end_of_day(seed_doc):
    (row,) = [m for m in seed_doc._.dates if m.text == "the end of the day"]
    assert (row.value, row.anchor, row.date_start) == ("2022-12-07", "narrative",
                                                       date(2022, 12, 7))


@pytest.mark.parametrize("number", ["17", "80", "thousand", "45"])
def test_dates_seed_numbers_are_not_dates(seed_doc, number):
    assert not [m for m in seed_doc._.dates if number in m.text]


def test_dates_seed_rows_sorted_with_intervals(seed_doc):
    starts = [m.start_char for m in seed_doc._.dates]
    assert starts == sorted(starts)
    july = next(m for m in seed_doc._.dates if m.text == "July 2021")
    assert (july.date_start, july.date_end, july.granularity, july.anchor) == (
        date(2021, 7, 1), date(2021, 7, 31), "month", "absolute")
    months = next(m for m in seed_doc._.dates if m.text == "18 months")
    assert (months.date_start, months.date_end) == (None, None)


def test_dates_without_publication_date_use_inferred_anchor(nlp, seed_text):
    doc = annotate(nlp, seed_text, None)
    values = {m.text: m.value for m in doc._.dates}
    assert values["Jan. 9"] == "2023-01-09"
    assert values["Dec. 7"] == "2022-12-07"


@pytest.mark.parametrize("claim,expected", [
    ("killing at least 18", date(2023, 1, 9)),  # same sentence as "Jan. 9"
    ("leaving 45 dead", date(2022, 12, 7)),  # same sentence as "Dec. 7"
    ("The death toll quickly escalated", None),  # no day in sentence nor paragraph before
])
def test_event_date_for_seed(seed_doc, seed_text, claim, expected):
    assert event_date_for(seed_doc, seed_text.index(claim)) == expected


@pytest.mark.parametrize("text,claim,expected", [
    # the day attached to the claim's verb wins over another day in the sentence
    ("Police killed two people on Monday, a week after the Dec. 7 coup.", "killed",
     date(2023, 1, 9)),
    # narrative: the last day in the paragraph's earlier sentences
    ("Marchers reached Juliaca on Jan. 9. Police opened fire. Six people died.", "Six",
     date(2023, 1, 9)),
    # a new paragraph does not inherit the day
    ("Marchers reached Juliaca on Jan. 9.\n\nSix people died.", "Six", None),
])
def test_event_date_for_sentences(nlp, text, claim, expected):
    doc = annotate(nlp, text, PUB)
    assert event_date_for(doc, text.index(claim)) == expected


def test_narrative_next_day(nlp):
    doc = annotate(nlp, "Castillo was arrested on Dec. 7. The next day, crowds gathered.", PUB)
    row = next(m for m in doc._.dates if m.text == "The next day")
    assert (row.value, row.anchor) == ("2022-12-08", "narrative")
