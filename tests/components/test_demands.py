"""newsclaims_demands: forms, traps, the lexicon, and the seed article's demands."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
import spacy
import yaml

from pipeline.demands.context import DocContext
from pipeline.demands.lexicon import (
    classify,
    clean_item,
    is_legislature,
    is_not_demand,
    load_lexicon,
    other_category,
    strip_titles,
)
from pipeline.errors import ConfigError
from pipeline.nlp import annotate
from pipeline.types import EntityMention

REPO = Path(__file__).resolve().parents[2]
MODELS = str(REPO / "models")
SEED = REPO / "corpora" / "seed" / "peru-one-month-after-castillo-coup.txt"
FIXTURES = REPO / "tests" / "fixtures" / "demands"
DCT = date(2023, 1, 10)


def rows(nlp, text: str) -> list[tuple]:
    """(demand_type, target_key, kind) per row, in text order."""
    return [(d.demand_type, d.target_key, d.kind) for d in annotate(nlp, text, DCT)._.demands]


# --- the lexicon, without a model ---------------------------------------------------------
@pytest.mark.parametrize(
    ("item", "mode", "expected"),
    [
        ("freedom for Castillo", "object", "release_detainee"),
        ("the closing down of the coup-plotting corrupt congress", "object",
         "dissolve_legislature"),
        ("ousting of murderous “president” Boluarte", "object", "remove_official"),
        ("new elections", "object", "new_elections"),
        ("a constituent assembly", "object", "constituent_assembly"),
        ("Boluarte's resignation", "object", "remove_official"),
        ("that Boluarte step down", "object", "remove_official"),
        ("Congress to be dissolved", "object", "dissolve_legislature"),
        ("free and fair elections", "object", "new_elections"),
        ("free university education", "object", None),
        ("freedom of the press", "object", None),
        ("the reinstatement of Castillo", "object", "reinstate_official"),
        ("to renationalize the Camisea gas field", "object", "nationalization"),
        ("a share of the profits", "object", None),
        ("a law against subcontracting", "object", "wages_labor"),
        ("lower fuel prices", "object", None),
        ("a motion of no confidence", "object", "remove_official"),
        ("the price of fertilizer", "object", "land"),
        ("justice for the victims", "object", "justice_for_victims"),
        ("an end to the repression", "object", "end_repression"),
        ("the lifting of the state of emergency", "object", "end_state_of_emergency"),
        ("Fuera Dina", "object", "remove_official"),
        ("a National Revolutionary Assembly of Workers and Peasants", "object", None),
        ("the state of emergency", "against", "end_state_of_emergency"),
        ("Castillo's detention", "against", "release_detainee"),
        ("the police raid on their campus", "against", None),
        ("new elections", "against", None),
    ],
)
def test_classify_item(item: str, mode: str, expected: str | None) -> None:
    assert classify(load_lexicon(MODELS), item, mode) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("a share of the profits", "price increases, tax policy"),
        ("to increase royalties on the mining companies", "price increases, tax policy"),
        ("a freeze on diesel prices", "price increases, tax policy"),
        ("the formalization of their work", "labor wage dispute"),
        ("more concessions", None),
    ],
)
def test_other_items_keep_a_category(item: str, expected: str | None) -> None:
    assert other_category(load_lexicon(MODELS), item) == expected


def test_clean_item_drops_quote_marks() -> None:
    assert clean_item('ousting of  “president”\nBoluarte') == "ousting of president boluarte"


def test_every_type_has_example_and_category() -> None:
    data = yaml.safe_load((REPO / "models" / "en" / "demands.yaml").read_text("utf-8"))
    for name, spec in data["types"].items():
        assert spec["example"], name
        if name != "other":
            assert spec["mm_category"] in {
                "labor wage dispute", "land farm issue", "police brutality",
                "political behavior, process", "price increases, tax policy",
                "removal of politician", "social restrictions"}, name
            assert classify(load_lexicon(MODELS), spec["example"]) == name, name


def test_bad_lexicon_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "demands.yaml").write_text(
        "triggers:\n  - {lemma: demand, pos: VERB, kind: wish}\ntypes: {}\nactors: {}\n")
    with pytest.raises(ConfigError, match=r"demands.yaml: triggers: bad entry"):
        load_lexicon(str(tmp_path))


def test_missing_lexicon_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="demands lexicon not found"):
        load_lexicon(str(tmp_path))


# --- forms ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demand / demanded / demanding X
        ("Protesters demanded the release of Pedro Castillo.",
         [("release_detainee", "pedro-castillo", "demand")]),
        ("Local communities disrupted mining operations, demanding a share of the profits.",
         [("other", None, "demand")]),
        ("Unions demanded that Boluarte step down.",
         [("remove_official", "dina-boluarte", "demand")]),
        # call(ed) for X, call on X to
        ("Unions called for new elections.", [("new_elections", None, "call")]),
        ("Residents of Cusco blocked the railway, calling for Boluarte to step down.",
         [("remove_official", "dina-boluarte", "call")]),
        ("The regional governors called on Boluarte to resign.",
         [("remove_official", "dina-boluarte", "call")]),
        # urge, press for, insist on
        ("Rights groups urged an investigation into the killings.",
         [("justice_for_victims", None, "call")]),
        ("The CGTP pressed for early elections.", [("new_elections", None, "demand")]),
        ("Farmers insisted on the closure of Congress.",
         [("dissolve_legislature", "congress-peru", "demand")]),
        # their demands include X / the demands ... are clear: X / X is one of their demands
        ("Their demands include the release of Castillo and new elections.",
         [("release_detainee", "pedro-castillo", "demand"), ("new_elections", None, "demand")]),
        ("The release of Castillo is one of their demands.",
         [("release_detainee", "pedro-castillo", "demand")]),
        ("Among their demands are the dissolution of Congress and a new constitution.",
         [("dissolve_legislature", "congress-peru", "demand"),
          ("constituent_assembly", None, "demand")]),
        ("The protesters made three demands: Boluarte's departure, new elections and the "
         "release of Castillo.",
         [("remove_official", "dina-boluarte", "demand"), ("new_elections", None, "demand"),
          ("release_detainee", "pedro-castillo", "demand")]),
        # protesters want X, chanting for X, calls for her resignation
        ("Protesters want Boluarte to resign and Congress to be dissolved.",
         [("remove_official", "dina-boluarte", "demand"),
          ("dissolve_legislature", "congress-peru", "demand")]),
        ("Crowds in Puno were chanting for Boluarte's resignation.",
         [("remove_official", "dina-boluarte", "demand")]),
        ("Calls for her resignation grew after police in Juliaca fired on Boluarte's critics.",
         [("remove_official", "dina-boluarte", "call")]),
        # X until Y: the protest goes on until the demand is met
        ("Farmers say they will keep protesting until Boluarte resigns.",
         [("remove_official", "dina-boluarte", "demand")]),
        # slogans quoted as demands (only typed slogans count)
        ("Demonstrators chanted “Fuera Dina Boluarte” as they marched.",
         [("remove_official", "dina-boluarte", "demand")]),
        ('Protesters chanted "Dina asesina" outside the palace.', []),
        # protesting against X where it implies a demand
        ("Thousands protested against the state of emergency in Lima.",
         [("end_state_of_emergency", None, "demand")]),
        ("Thousands protested against Castillo's detention in Andahuaylas.",
         [("release_detainee", "pedro-castillo", "demand")]),
        ("Students protested against the police raid on their campus.", []),
        # nominalisations normalise to one type and target
        ("Unions demanded the ousting of Boluarte.",
         [("remove_official", "dina-boluarte", "demand")]),
        ("Unions demanded Boluarte's resignation.",
         [("remove_official", "dina-boluarte", "demand")]),
        # proposals and promises are not protesters' demands
        ("The government proposed bringing forward elections to 2024.",
         [("new_elections", None, "proposal")]),
        ("Boluarte has vowed to hold early elections.", [("new_elections", None, "promise")]),
        ("Bolivian president Luis Arce called for the reinstatement of Castillo.",
         [("reinstate_official", "pedro-castillo", "call")]),
    ],
)
def test_demand_forms(nlp, text: str, expected: list[tuple]) -> None:
    assert rows(nlp, text) == expected


# --- traps ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand inside a negation
        ("Protesters did not demand Castillo's return.", []),
        ("Lawmakers did not call for early elections during Thursday's session.", []),
        ("No party in Congress has called for a constituent assembly.", []),
        ("None of the protesters we spoke to demanded Castillo's reinstatement.", []),
        ("Castillo never called for an uprising, his lawyer said.", []),
        # a demand attributed to the government, or to business: a row, typed other
        ("Boluarte's government demanded that protesters lift the blockades.",
         [("other", None, "demand")]),
        ("Mining companies demanded guarantees for their investments.",
         [("other", None, "demand")]),
        # hypothetical and conditional content is not a claim
        ("If the movement threatens to topple the government, Congress may concede.", []),
        # calls for strikes, calm or dialogue are not demands
        ("The CGTP urged its members to join the national strike on January 19.", []),
        ("The US embassy called for calm and dialogue.", []),
        # a list with a trailing "and" (and an Oxford comma)
        ("Protesters are calling for Boluarte's resignation, the closure of Congress, and "
         "early elections.",
         [("remove_official", "dina-boluarte", "call"),
          ("dissolve_legislature", "congress-peru", "call"),
          ("new_elections", None, "call")]),
        # nested quotes: a quoted speaker quoting a slogan
        ("“The people demand ‘Fuera Boluarte’ and ‘Cierre del Congreso’,” a leader said.",
         [("remove_official", "dina-boluarte", "demand"),
          ("dissolve_legislature", "congress-peru", "demand")]),
        ('Banners read "Libertad para Castillo" and "Cierre del Congreso".',
         [("release_detainee", "pedro-castillo", "demand"),
          ("dissolve_legislature", "congress-peru", "demand")]),
        # a list of two people to remove gives one row per person
        ("Students called for the resignation of Boluarte and Prime Minister Alberto Otárola.",
         [("remove_official", "dina-boluarte", "call"),
          ("remove_official", "alberto-otarola", "call")]),
        # a relative clause inside an item is not an item
        ("The ousting of Boluarte, who they call a traitor, is their first demand.",
         [("remove_official", "dina-boluarte", "demand")]),
    ],
)
def test_demand_traps(nlp, text: str, expected: list[tuple]) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boluarte rejected calls to resign.",
         ("remove_official", "dina-boluarte", "Dina Boluarte")),
        ("Congress rejected a proposal by Boluarte to move the elections forward.",
         ("new_elections", None, "Congress of the Republic of Peru")),
        ("Boluarte dismissed the protesters' demand for a constituent assembly.",
         ("constituent_assembly", None, "Dina Boluarte")),
    ],
)
def test_rejected_demands_keep_who_rejected(nlp, text: str, expected: tuple) -> None:
    (row,) = annotate(nlp, text, DCT)._.demands
    assert (row.demand_type, row.target_key, row.rejected_by) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Protesters demanded the release of Pedro Castillo.", "protesters"),
        ("The demands of the movement are clear: new elections.", "the movement"),
        ("The protesters' main demand is Boluarte's resignation.", "the protesters"),
        ("In a televised address, Boluarte called on Congress to approve early elections.",
         "Dina Boluarte"),
        ("The minister of labour who dared to propose a law against subcontracting was "
         "removed.", "the minister of labour"),
        ("Castillo's campaign promised higher pensions.", "Pedro Castillo"),
        ("Students in Cusco protested, and then they demanded new elections.",
         "students in Cusco"),
        ("Their demands include new elections.", None),
    ],
)
def test_actor_from_the_parse(nlp, text: str, actor: str | None) -> None:
    assert [d.actor for d in annotate(nlp, text, DCT)._.demands] == [actor]


def test_rows_carry_offsets_into_the_text(nlp) -> None:
    text = "Thousands marched in Puno on Monday. They demanded new elections and justice."
    demands = annotate(nlp, text, DCT)._.demands
    assert [text[d.start_char:d.end_char] for d in demands] == ["new elections", "justice"]
    assert [d.demand_text for d in demands] == ["new elections", "justice"]
    assert [d.mm_category for d in demands] == ["political behavior, process",
                                               "police brutality"]


def test_without_a_parser_there_are_no_demands() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("newsclaims_demands", config={"models_dir": MODELS})
    assert blank("Protesters demanded new elections.")._.demands == []


def test_empty_text(nlp) -> None:
    assert annotate(nlp, "", DCT)._.demands == []


# --- the seed article ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_demands(nlp) -> list:
    return annotate(nlp, SEED.read_text(encoding="utf-8"), DCT)._.demands


def test_seed_movement_demands(seed_demands) -> None:
    movement = [(d.demand_type, d.target, d.target_key, d.mm_category)
                for d in seed_demands if d.actor == "the movement"]
    assert movement == [
        ("release_detainee", "Pedro Castillo", "pedro-castillo", "political behavior, process"),
        ("dissolve_legislature", "Congress of the Republic of Peru", "congress-peru",
         "political behavior, process"),
        ("remove_official", "Dina Boluarte", "dina-boluarte", "removal of politician"),
        ("new_elections", None, None, "political behavior, process"),
        ("constituent_assembly", None, None, "political behavior, process"),
    ]
    assert {d.kind for d in seed_demands if d.actor == "the movement"} == {"demand"}


def test_seed_calls_promises_proposals(seed_demands) -> None:
    found = {(d.kind, d.demand_type, d.target_key, d.actor) for d in seed_demands}
    assert {
        # "Castillo's program promised to renationalize the Camisea gas field"
        ("promise", "nationalization", "camisea-gas-field", "Pedro Castillo"),
        # "The minister of labour who dared to propose a law against subcontracting"
        ("proposal", "wages_labor", None, "the minister of labour"),
        # "Local communities disrupted mining operations, demanding a share of the profits."
        ("demand", "other", None, "local communities"),
        # "... and called for new elections within four months" (Castillo, not parliament)
        ("call", "new_elections", None, "Pedro Castillo"),
        # "the rich and powerful, who then proceeded to demand more concessions"
        ("demand", "other", None, "the rich and powerful"),
        # "The comrades of the IMT in Peru are calling for ..."
        ("call", "other", None, "IMT"),
    } <= found
    shares = [d for d in seed_demands if d.demand_text == "a share of the profits"]
    assert [d.mm_category for d in shares] == ["price increases, tax policy"]


def test_seed_mobilisation_calls_are_not_rows(seed_demands) -> None:
    texts = " | ".join(d.demand_text for d in seed_demands)
    assert "strike" not in texts and "spread" not in texts and "Marcha" not in texts


def test_seed_rows_sorted_by_offset(seed_demands) -> None:
    assert [d.start_char for d in seed_demands] == sorted(d.start_char for d in seed_demands)


# --- the gold fixtures -------------------------------------------------------------------------
def test_gold_fixtures_are_well_formed() -> None:
    types = set(yaml.safe_load((REPO / "models" / "en" / "demands.yaml").read_text("utf-8"))
                ["types"])
    sizes = {}
    for name in ("dev", "heldout"):
        docs = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text("utf-8"))["documents"]
        ids = [d["id"] for d in docs]
        assert len(ids) == len(set(ids)), name
        for doc in docs:
            assert ("text" in doc) != ("source" in doc), doc["id"]
            for row in doc["demands"]:
                assert row["demand_type"] in types, (doc["id"], row)
                assert row.get("kind", "demand") in ("demand", "call", "proposal", "promise")
        sizes[name] = len(docs)
    assert sizes["dev"] + sizes["heldout"] >= 150
    assert 0.3 <= sizes["heldout"] / (sizes["dev"] + sizes["heldout"]) <= 0.5


# --- added with the pipeline/demands/ package -------------------------------------------------
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Castillo libre", "release_detainee"),
        ("¡Pedro libre!", "release_detainee"),
        ("Perú Libre", None),
        ("the Peru Libre party", None),
        ("Boluarte to go", "remove_official"),
        ("for the army to go back to its barracks", "end_repression"),
        ("an end to mining concessions", "land"),
    ],
)
def test_classify_added_items(item: str, expected: str | None) -> None:
    assert classify(load_lexicon(MODELS), item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [("three days", True), ("days", True), ("a week", True), ("the past two weeks", True),
     ("higher wages", False), ("a day of national mourning", False)],
)
def test_durations_are_not_demands(item: str, expected: bool) -> None:
    assert is_not_demand(load_lexicon(MODELS), item) is expected


@pytest.mark.parametrize(
    ("name", "stripped", "legislature"),
    [("President Dina Boluarte's", "Dina Boluarte", False),
     ("deposed President Castillo", "Castillo", False),
     ("the coup-plotting corrupt congress", "coup-plotting corrupt congress", True),
     ("Peru's parliament", "Peru's parliament", True)],
)
def test_titles_and_legislatures_are_lexicon_data(name: str, stripped: str,
                                                  legislature: bool) -> None:
    lexicon = load_lexicon(MODELS)
    assert strip_titles(lexicon, name) == stripped
    assert is_legislature(lexicon, name) is legislature


def test_context_finds_the_mention_at_an_offset(blank_en) -> None:
    doc = blank_en("Dina Boluarte met Pedro Castillo")
    mentions = (EntityMention(0, 13, "Dina Boluarte", "PERSON", "Dina Boluarte", "dina-boluarte"),
                EntityMention(18, 32, "Pedro Castillo", "PERSON", "Pedro Castillo",
                              "pedro-castillo"))
    ctx = DocContext(doc, load_lexicon(MODELS), MODELS, mentions)
    found = [m.canonical if (m := ctx.mention_at(i)) else None for i in (0, 12, 13, 15, 18, 31)]
    assert found == ["Dina Boluarte", "Dina Boluarte", None, None, "Pedro Castillo",
                     "Pedro Castillo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "range from X to Y" lists two items
        ("Their demands range from land titles to the closure of Congress.",
         [("land", None, "demand"), ("dissolve_legislature", "congress-peru", "demand")]),
        ("The marchers' demands varied from region to region.", []),
        # "went on strike for / over X"; a duration is not a demand
        ("Workers at the Las Bambas mine went on strike over unpaid wages.",
         [("wages_labor", None, "demand")]),
        ("Teachers in Cusco went on strike on Monday for higher salaries.",
         [("wages_labor", None, "demand")]),
        ("The protesters went on strike for three days.", []),
        ("Campesinos marched for days to demand land titles.", [("land", None, "demand")]),
        # "calls for her to do so": 'do so' stands for the verb the calls are about
        ("Boluarte refused to step down despite calls for her to do so.",
         [("remove_official", "dina-boluarte", "call")]),
        ("Boluarte brushed aside calls for her to step down.",
         [("remove_official", "dina-boluarte", "call")]),
        # a repeated "for": each is an item; a negated one keeps only the "but for" part
        ("The governors called for dialogue, but for Boluarte to resign.",
         [("remove_official", "dina-boluarte", "call")]),
        ("Relatives marched for justice and for Boluarte to go.",
         [("justice_for_victims", None, "demand"),
          ("remove_official", "dina-boluarte", "demand")]),
        ("The union did not call for a strike, but for new elections.",
         [("new_elections", None, "call")]),
        # a list the parser hangs on "marched"/"took to the streets" is read on
        ("Thousands of protesters took to the streets of Lima to demand new elections, the "
         "resignation of Boluarte and the closure of Congress.",
         [("new_elections", None, "demand"), ("remove_official", "dina-boluarte", "demand"),
          ("dissolve_legislature", "congress-peru", "demand")]),
        ("Thousands marched in Lima on Thursday to demand that Boluarte resign, that "
         "Congress be closed and that new elections be held.",
         [("remove_official", "dina-boluarte", "demand"),
          ("dissolve_legislature", "congress-peru", "demand"),
          ("new_elections", None, "demand")]),
        ("Protesters demanded new elections, a union leader said on Tuesday.",
         [("new_elections", None, "demand")]),
        # slogans: "X libre" frees X; the party Perú Libre is no slogan
        ('Marchers shouted "Castillo libre" in front of the prison.',
         [("release_detainee", "pedro-castillo", "demand")]),
        ('Banners read "Perú Libre".', []),
        # an appositive is not an item; a name in apposition is still the target
        ("Protesters demanded the release of Castillo, the deposed president, and new "
         "elections.",
         [("release_detainee", "pedro-castillo", "demand"), ("new_elections", None, "demand")]),
        ("The CGTP called for a national strike, the second in a month.", []),
        ("We demand the release of our president, Pedro Castillo.",
         [("release_detainee", "pedro-castillo", "demand")]),
        # "not among the demands"
        ("New elections are not among the demands of the marchers.", []),
        ("The release of Castillo was not among the demands of the unions, which focused on "
         "wages.", []),
        # "X, a central demand of Y"
        ("Castillo's release, a key demand of the marchers, was rejected by the courts.",
         [("release_detainee", "pedro-castillo", "demand")]),
    ],
)
def test_added_forms(nlp, text: str, expected: list[tuple]) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Miners in Arequipa went on strike for better pay.", "miners in Arequipa"),
        ("Aymara communities marched again on Friday in order to demand new elections.",
         "Aymara communities"),
    ],
)
def test_added_actors(nlp, text: str, actor: str) -> None:
    assert [d.actor for d in annotate(nlp, text, DCT)._.demands] == [actor]


def test_component_is_stateless_across_concurrent_calls(nlp) -> None:
    """One component instance serves many documents at once: nothing per document is kept."""
    texts = [
        "Dina Boluarte ignored calls for her to resign.",
        "Pedro Castillo's supporters demanded his release.",
        "Students called for the resignation of Boluarte and Prime Minister Alberto Otárola.",
        "They demanded new elections and justice.",
    ]
    docs = [annotate(nlp, text, DCT) for text in texts]
    component = nlp.get_pipe("newsclaims_demands")
    serial = [[(d.demand_type, d.target_key, d.actor) for d in doc._.demands] for doc in docs]
    before = set(vars(component))

    def run(doc):
        doc._.demands = None
        return [(d.demand_type, d.target_key, d.actor) for d in component(doc)._.demands]

    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(run, docs * 10))
    assert parallel == serial * 10
    assert set(vars(component)) == before
    assert serial[0] == [("remove_official", "dina-boluarte", None)]
    assert serial[1] == [("release_detainee", "pedro-castillo", "Pedro Castillo's supporters")]
