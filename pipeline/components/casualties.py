"""Casualty claims: who was killed, injured, arrested or missing, how many, by whom, where.

A claim starts at a trigger word found by a Matcher ("killed", "dead", "deaths", "death
toll", "shot dead"); the dependency parse then links the trigger to its victims (subject
of a passive, object of an active verb, the noun a participle modifies), the victims to
their count (nummod, "dozens of", "a police officer", "he and three others"), and the
trigger to its perpetrator (agent "by the army", or the subject of the clause a participle
hangs from: "police opened fire, killing at least 18"), its place ("in Juliaca"), its
source ("the health ministry said") and its scope (incident or cumulative). A number only
becomes a claim when a trigger reaches it, so "18 months" or "80 percent" never do.
Word lists live in models/en/casualties.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pipeline.components.dates import event_date_for
from pipeline.errors import ConfigError
from pipeline.extensions import register_extensions
from pipeline.normalize.numbers import VAGUE, Count, parse_count
from pipeline.types import CasualtyClaim

EXT = "casualties"
LEXICON_FILE = Path("en") / "casualties.yaml"

# Head words of vague figures: "dozens", "several", "a handful", "two dozen".
VAGUE_HEADS = {w.split()[-1] for w in VAGUE} | {"dozen"}
NUMBER_LEFT_DEPS = {"advmod", "quantmod", "amod", "compound", "nmod", "nummod", "det", "npadvmod"}
CLAUSE_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "prep"}
COUNT_DEPS = {"nummod", "det", "quantmod", "predet"}
BAD_COUNT_ENTS = {"TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
YEAR = re.compile(r"(?:1[89]|20)\d\d")
COUNT_WORDS = {"both", "no-one", "nobody"}
RELATIVE_TAGS = {"WDT", "WP", "WP$", "EX"}
AGE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old\b", re.I)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    adjectives: dict[str, str]
    nouns: dict[str, str]
    harm_verbs: frozenset[str]
    harm_verbs_injure: frozenset[str]
    lethal_adverbs: frozenset[str]
    lethal_complements: frozenset[str]
    toll_nouns: frozenset[str]
    toll_kinds: dict[str, str]
    location_preps: frozenset[str]
    location_labels: frozenset[str]
    attribution_verbs: frozenset[str]
    cumulative: re.Pattern[str]
    victim_groups: dict[str, str]
    perpetrator_groups: dict[str, str]
    units: frozenset[str]
    individual_pronouns: frozenset[str]
    intransitive: frozenset[str]
    headline_shot: frozenset[str]
    person_nouns: frozenset[str]
    harm_nouns: frozenset[str]
    lethal_adjectives: frozenset[str]
    suffer_verbs: frozenset[str]
    projectile_verbs: frozenset[str]
    projectile_nouns: frozenset[str]
    hospital_verbs: frozenset[str]
    hospital_cue: re.Pattern[str]
    near_miss: frozenset[str]
    count_nouns: frozenset[str]
    condition_nouns: frozenset[str]
    condition_adjectives: frozenset[str]


@lru_cache(maxsize=8)
def load_lexicon(models_dir: str) -> Lexicon:
    """Read models/en/casualties.yaml once per process."""
    path = Path(models_dir) / LEXICON_FILE
    if not models_dir or not path.is_file():
        raise ConfigError(
            f"newsclaims_casualties: no trigger file at {str(path)!r}; set models_dir to the "
            f"models folder, e.g. nlp.add_pipe('newsclaims_casualties', "
            f"config={{'models_dir': '/path/to/newsclaims/models'}})"
        )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def by_kind(part: str) -> dict[str, str]:
        return {w: kind for kind, parts in data["triggers"].items() for w in parts[part]}

    def invert(groups: dict[str, list[str]]) -> dict[str, str]:
        return {w: group for group, words in groups.items() for w in words}

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key])

    return Lexicon(
        verbs=by_kind("verbs"),
        adjectives=by_kind("adjectives"),
        nouns=by_kind("nouns"),
        harm_verbs=words("harm_verbs"),
        harm_verbs_injure=words("harm_verbs_injure"),
        lethal_adverbs=words("lethal_adverbs"),
        lethal_complements=words("lethal_complements"),
        toll_nouns=words("toll_nouns"),
        toll_kinds=dict(data["toll_kinds"]),
        location_preps=words("location_preps"),
        location_labels=words("location_labels"),
        attribution_verbs=words("attribution_verbs"),
        cumulative=re.compile("|".join(data["cumulative_cues"]), re.I),
        victim_groups=invert(data["victim_groups"]),
        perpetrator_groups=invert(data["perpetrator_groups"]),
        units=words("non_casualty_units"),
        individual_pronouns=words("individual_pronouns"),
        intransitive=words("intransitive_verbs"),
        headline_shot=words("headline_shot"),
        person_nouns=words("person_nouns"),
        harm_nouns=words("harm_nouns"),
        lethal_adjectives=words("lethal_adjectives"),
        suffer_verbs=words("suffer_verbs"),
        projectile_verbs=words("projectile_verbs"),
        projectile_nouns=words("projectile_nouns"),
        hospital_verbs=words("hospital_verbs"),
        hospital_cue=re.compile(data["hospital_cue"], re.I),
        near_miss=words("near_miss_adverbs"),
        count_nouns=words("count_nouns"),
        condition_nouns=words("condition_nouns"),
        condition_adjectives=words("condition_adjectives"),
    )


@Language.factory("newsclaims_casualties", default_config={"models_dir": ""})
def make_component(nlp: Language, name: str, models_dir: str) -> CasualtyExtractor:
    register_extensions()
    return CasualtyExtractor(nlp, load_lexicon(models_dir))


class CasualtyExtractor:
    """Sets doc._.casualties: one CasualtyClaim per (kind, counted words), by start_char."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.matcher = Matcher(nlp.vocab)
        lemmas = (set(lexicon.verbs) | set(lexicon.nouns) | lexicon.harm_verbs
                  | lexicon.toll_nouns | lexicon.hospital_verbs | lexicon.harm_nouns
                  | lexicon.projectile_verbs | lexicon.count_nouns | lexicon.condition_nouns)
        forms = set(lexicon.adjectives) | lexicon.lethal_adverbs | lexicon.headline_shot
        # "killed", "deaths", "toll", "shot" (by lemma); "dead", "injured", "missing" (as written)
        self.matcher.add("TRIGGER", [[{"LEMMA": {"IN": sorted(lemmas)}}],
                                     [{"LOWER": {"IN": sorted(forms)}}]])

    def __call__(self, doc: Doc) -> Doc:
        claims: dict[tuple[str, int], CasualtyClaim] = {}
        seen: set[int] = set()
        for _, start, _ in self.matcher(doc):
            if start in seen:
                continue
            seen.add(start)
            claim, key = claim_for(doc[start], self.lex) or (None, None)
            if claim is None:
                continue
            claims[key] = merge(claims[key], claim) if key in claims else claim
        setattr(doc._, EXT, sorted(claims.values(), key=lambda c: (c.start_char, c.kind)))
        return doc


def claim_for(trigger: Token, lex: Lexicon) -> tuple[CasualtyClaim, tuple[str, int]] | None:
    """The claim a trigger makes, keyed by (kind, first counted token) for de-duplication."""
    kind, is_toll = trigger_kind(trigger, lex)
    if kind is None or is_irrealis(trigger, lex):
        return None
    victim = toll_value(trigger) if is_toll else victim_of(trigger, lex)
    if victim is None:
        return None
    if victim.tag_ in RELATIVE_TAGS and victim.head.dep_ == "relcl":
        victim = victim.head.head  # "the man who died"
    counted = count_of(victim, lex)
    if counted is None:
        return None
    count, first, last, negated = counted
    negated = negated or any(c.dep_ == "neg" for c in trigger.children)
    doc = trigger.doc
    start = min(first.idx, trigger.idx)
    end = max(last.idx + len(last), trigger.idx + len(trigger))
    perpetrator = perpetrator_of(trigger, victim)
    victims = None if victim.i == trigger.i else victims_phrase(victim, lex)
    sent = trigger.sent
    claim = CasualtyClaim(
        start_char=start,
        end_char=end,
        kind=kind,
        count=count.count,
        count_low=count.count_low,
        count_high=count.count_high,
        qualifier=count.qualifier,
        count_text=doc[first.i : last.i + 1].text,
        victims=victims.text if victims is not None else None,
        victim_group=victim_group(victims, lex),
        perpetrator=perpetrator,
        perpetrator_group=perpetrator_group(perpetrator, lex),
        location=location_of(trigger, victim, lex),
        event_date=event_date_for(doc, start),
        scope="cumulative" if is_toll or lex.cumulative.search(sent.text) else "incident",
        attributed_to=attribution_of(trigger, lex),
        negated=negated,
    )
    return claim, (kind, first.i)


def trigger_kind(tok: Token, lex: Lexicon) -> tuple[str | None, bool]:
    """('killed', False) for "killed"; ('killed', True) for "death toll"; None for no claim."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma in lex.toll_nouns:
        kinds = [lex.toll_kinds.get(c.lemma_.lower()) for c in tok.children if c.dep_ == "compound"]
        kinds = [k for k in kinds if k]
        return (kinds[0] if kinds else "killed"), True
    if lemma in lex.condition_nouns and tok.pos_ == "NOUN":
        serious = any(c.lower_ in lex.condition_adjectives for c in tok.children)
        return ("injured" if serious and tok.head.lower_ == "in" else None), False
    if lemma in lex.count_nouns and tok.pos_ == "NOUN":
        return counted_kind(tok, lex), True  # "the number of dead rose to 48"
    if is_lethal_complement(tok, lex):
        return None, False  # "shot dead", "burned to death": the verb makes the claim
    if low in lex.lethal_adverbs:
        return ("killed" if is_number(tok.head) and tok.head.i != tok.i else None), False
    if low in lex.headline_shot and tok.pos_ in ("NOUN", "PROPN"):
        nums = [c for c in tok.children if c.dep_ == "nummod" and c.lower_ not in ("one", "1")]
        return ("injured" if nums else None), False  # "Six shot in three incidents"
    if tok.pos_ == "NOUN" and lemma in lex.harm_nouns:
        lethal = has_lethal_adjective(tok, lex)
        return ("killed" if lethal else None), False  # "the fatal shootings of four people"
    if tok.tag_.startswith("VB") and lemma in lex.projectile_verbs:
        if not by_projectile(tok, lex):
            return None, False
        return ("killed" if has_lethal_modifier(tok, lex) else "injured"), False
    if tok.tag_.startswith("VB") and lemma in lex.hospital_verbs:
        return ("injured" if to_hospital(tok, lex) else None), False
    if tok.tag_.startswith("VB"):
        if tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound"):
            return None, False  # "the shooting death of", "a stabbing victim"
        if lemma in lex.harm_verbs:
            return harm_kind(tok, lex), False
        if lemma in lex.verbs:
            if lex.verbs[lemma] == "injured" and has_lethal_modifier(tok, lex):
                return "killed", False  # "fatally wounded", "mortally injured"
            return lex.verbs[lemma], False
    if low in lex.adjectives and tok.pos_ in ("ADJ", "VERB", "NOUN"):
        return lex.adjectives[low], False
    if tok.pos_ == "NOUN" and lemma in lex.nouns:
        if lex.nouns[lemma] == "injured" and has_lethal_adjective(tok, lex):
            return "killed", False  # "a fatal gunshot wound", "fatal injuries"
        return lex.nouns[lemma], False
    return None, False


def counted_kind(noun: Token, lex: Lexicon) -> str | None:
    """"number of dead" -> killed, "number of arrests" -> arrested."""
    for obj in of_objects(noun):
        word, lemma = obj.lower_, obj.lemma_.lower()
        kind = lex.adjectives.get(word) or lex.nouns.get(lemma) or lex.verbs.get(lemma)
        if kind:
            return kind
    return None


def has_lethal_adjective(noun: Token, lex: Lexicon) -> bool:
    return any(c.lower_ in lex.lethal_adjectives for c in noun.children)


def is_irrealis(trigger: Token, lex: Lexicon) -> bool:
    """Threats, wishes and near misses are no casualties: "he was going to kill me"
    (a bare infinitive), "don't let my baby die", "he was almost killed"."""
    if trigger.tag_ == "VB":
        return True
    return any(c.dep_ == "advmod" and c.lower_ in lex.near_miss for c in trigger.children)


def is_lethal_complement(tok: Token, lex: Lexicon) -> bool:
    """"dead" in "shot dead", "death" in "beaten to death"."""
    if tok.lower_ not in lex.lethal_complements:
        return False
    head = tok.head
    if tok.dep_ in ("oprd", "acomp", "xcomp", "advmod") and head.lemma_.lower() in (
        lex.harm_verbs | set(lex.verbs)
    ):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.tag_ in ("VBD", "VBN") and (
        before.lemma_.lower() in lex.harm_verbs
    ):
        return True  # "shot dead six protesters", parsed as "dead" modifying "protesters"
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.tag_.startswith("VB")


def harm_kind(verb: Token, lex: Lexicon) -> str | None:
    """"shot dead"/"fatally shot"/"beaten to death" kill; plain "shot" injures, unless a
    conjoined trigger says more ("shot and killed", "shot and wounded")."""
    if has_lethal_modifier(verb, lex):
        return "killed"
    if any(c.dep_ == "prep" and c.lower_ == "at" and not list(c.children)
           for c in verb.children):
        return None  # "he was shot at": fired at, not hit
    partners = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        partners.append(verb.head)
    if any(
        (p.lemma_.lower() in lex.verbs or has_lethal_modifier(p, lex)) and not has_subject(p)
        for p in partners
    ):
        return None  # "shot and killed", "shot and pronounced dead": one claim, by the partner
    return "injured" if verb.lemma_.lower() in lex.harm_verbs_injure else None


def by_projectile(verb: Token, lex: Lexicon) -> bool:
    """"struck by gunfire", "a stray bullet hit her"."""
    for child in verb.children:
        doers = [child] if child.dep_ == "nsubj" else []
        if child.dep_ == "agent":
            doers = [g for g in child.children if g.dep_ == "pobj"]
        if any(d.lemma_.lower() in lex.projectile_nouns for d in doers):
            return True
    return False


def to_hospital(verb: Token, lex: Lexicon) -> bool:
    """"sent four people to the hospital", "were taken to Mount Sinai Hospital"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and lex.hospital_cue.search(phrase(obj).text):
                    return True
    return False


def has_lethal_modifier(verb: Token, lex: Lexicon) -> bool:
    """"fatally shot", "shot dead", "pronounced dead", "beaten to death"."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    right_after = after is not None and verb.tag_ in ("VBD", "VBN") and verb.i < after.head.i
    if right_after and after.lower_ in lex.lethal_complements:
        return True  # "shot dead six protesters" ("dead" parsed into the object)
    for child in verb.children:
        after_number = child.i > 0 and is_number(child.doc[child.i - 1])
        if (child.lower_ in lex.lethal_adverbs and not after_number) or (
            child.dep_ in ("oprd", "acomp", "xcomp") and child.lower_ in lex.lethal_complements
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(
            g.lower_ in lex.lethal_complements for g in child.children
        ):
            return True
    return False


def deps_of(tok: Token) -> dict[str, Token]:
    """The first child under each dependency label."""
    deps: dict[str, Token] = {}
    for child in tok.children:
        deps.setdefault(child.dep_, child)
    return deps


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def toll_value(toll: Token) -> Token | None:
    """The figure a toll reaches: "rose to 47", "stands at 47", "is 47", "a toll of 47"."""
    for holder in (toll, toll.head):
        for child in holder.children:
            if child.dep_ == "attr" and holder.i != toll.i:
                return child
            if child.dep_ == "prep" and child.lower_ in ("to", "at", "of"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs and has_figure(objs[0]):
                    return objs[0]
    return None


def has_figure(tok: Token) -> bool:
    return is_number(tok) or any(c.dep_ == "nummod" and is_number(c) for c in tok.children)


def victim_of(trigger: Token, lex: Lexicon) -> Token | None:
    """The word standing for the victims of a trigger, found through the parse."""
    lemma = trigger.lemma_.lower()
    if trigger.lower_ in lex.lethal_adverbs:
        return trigger.head  # "two people were shot, one fatally"
    verb_lemmas = (lex.verbs, lex.harm_verbs, lex.hospital_verbs, lex.projectile_verbs)
    if trigger.tag_.startswith("VB") and any(lemma in group for group in verb_lemmas):
        return verb_victim(trigger, lex)
    if trigger.pos_ == "NOUN" and lemma in lex.harm_nouns:
        objs = of_objects(trigger)
        return objs[0] if objs else trigger  # "the fatal shooting [of a teen]"
    if trigger.pos_ == "NOUN" and lemma in lex.condition_nouns:
        return bearer(trigger.head)  # "two people are listed in critical condition"
    if trigger.pos_ == "NOUN" and trigger.lower_ not in lex.adjectives:
        return noun_victim(trigger, lex)
    return adjective_victim(trigger)


def of_objects(tok: Token) -> list[Token]:
    """"the deaths of [17 people]"."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def verb_victim(trigger: Token, lex: Lexicon) -> Token | None:
    """Object of an active verb, subject of a passive or intransitive one, or the noun a
    participle modifies."""
    deps = deps_of(trigger)
    lemma = trigger.lemma_.lower()
    if "dobj" in deps:
        return deps["dobj"]  # "killing at least 18", "detained dozens"
    if "nsubjpass" in deps:
        return deps["nsubjpass"]  # "17 were killed"
    if "nsubj" in deps and (
        lemma in lex.intransitive or trigger.tag_ == "VBN" or has_figure(deps["nsubj"])
    ):
        return deps["nsubj"]  # "47 people have died", "68 injured", "three others wounded"
    if "nsubj" in deps and trigger.tag_ == "VBD" and is_person(deps["nsubj"], lex):
        return deps["nsubj"]  # headline style: "Teen killed in Chelsea shooting"
    if trigger.dep_ in ("xcomp", "oprd", "ccomp") and trigger.tag_ == "VBN":
        head = deps_of(trigger.head)  # "left one person hospitalized", "were found shot"
        return head.get("dobj") or head.get("nsubjpass")
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return trigger.head  # "30 civilians killed"
    if trigger.dep_ == "conj" and trigger.head.tag_.startswith("VB"):
        return victim_of(trigger.head, lex)  # "two men were shot and killed"
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.tag_ == "VBN" and before is not None and has_figure(before):
        return before  # misparsed "a shooting that left three others wounded"
    return None


def noun_victim(trigger: Token, lex: Lexicon) -> Token | None:
    """"47 deaths", "no injuries", "the deaths of 17 people", "two people suffered
    injuries", "three others with gunshot wounds"."""
    if any(c.dep_ == "nummod" or c.lower_ == "no" for c in trigger.children):
        return trigger
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        objs = of_objects(trigger)
        return objs[0] if objs else None
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lex.suffer_verbs:
        return deps_of(trigger.head).get("nsubj")
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "with":
        return bearer(trigger.head)
    return None


def bearer(prep: Token) -> Token | None:
    """Who has what a preposition introduces: "three others [with gunshot wounds]",
    "officers found three men [with wounds]", "four others were in the hospital [with
    wounds]", "two people are listed [in critical condition]"."""
    holder = prep.head
    while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
        if has_figure(holder) or holder.pos_ == "PROPN":
            return holder
        holder = holder.head
    if holder.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return holder
    if holder.pos_ in ("VERB", "AUX"):
        deps = deps_of(holder)
        return deps.get("dobj") or deps.get("nsubjpass") or deps.get("nsubj")
    return None


def adjective_victim(adj: Token) -> Token | None:
    """"45 dead", "five people remain missing", "left three people dead", "two injured"."""
    own = deps_of(adj)
    if "nummod" in own:
        return adj  # "45 dead"
    if "nsubj" in own or "nsubjpass" in own:
        return own.get("nsubj") or own.get("nsubjpass")  # "three fishermen are missing"
    if "npadvmod" in own and is_number(own["npadvmod"]):
        return adj  # "three more injured"
    head = adj.head
    if adj.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        deps = deps_of(head)
        return deps.get("dobj") or deps.get("nsubj") or deps.get("nsubjpass")
    if adj.dep_ == "amod" and head.pos_ in ("NOUN", "NUM", "PROPN"):
        return head
    return None


def is_number(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in VAGUE_HEADS or tok.lower_ in COUNT_WORDS


def is_date_number(num: Token) -> bool:
    """A year ("in 2019") or part of an age ("a 25-year-old"); the tagger's DATE label alone
    is not enough ("the death toll is 22" is often tagged DATE)."""
    if num.ent_type_ != "DATE":
        return False
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return bool(YEAR.fullmatch(num.text)) or (after is not None and after.text in ("-", "year"))


def count_of(victim: Token, lex: Lexicon) -> tuple[Count, Token, Token, bool] | None:
    """The count the victims carry, its first and last tokens, and whether it is a zero."""
    parts = [victim] + [c for c in victim.conjuncts if c.i > victim.i]
    counted = [count_one(p, lex) for p in parts]
    if counted[0] is None:
        return None
    if len(parts) > 1 and all(c is not None and c[0].qualifier == "exact" for c in counted):
        total = sum(c[0].count for c in counted)  # "he and three others" -> 4
        first, last = counted[0][1], parts[-1]
        return Count(total, total, total, "exact"), first, last, total == 0
    count, first, last = counted[0]
    return count, first, last, count.count == 0


def count_one(tok: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    lethal = [c for c in tok.children if c.lower_ in lex.lethal_adjectives]
    if tok.lemma_.lower() in lex.harm_nouns and tok.tag_ == "NN" and lethal:
        return Count(1, 1, None, "at_least"), lethal[0], lethal[0]  # "a fatal shooting"
    if tok.lemma_.lower() in lex.units:
        return None  # "18 months", "80 percent", "17 large companies"
    if is_number(tok):
        return number_count(tok, lex)
    count_deps = {"nummod", "amod", "det", "quantmod", "compound", "npadvmod"}
    if tok.pos_ == "PRON":
        count_deps.add("appos")  # "killed them both"
    for child in tok.children:
        if child.dep_ in count_deps and is_number(child):
            return number_count(child, lex)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return Count(0, 0, 0, "exact"), tok.left_edge, tok  # "no injuries", "no officers"
    if is_individual(tok, lex):
        return Count(1, 1, 1, "exact"), tok.left_edge, tok  # "a police officer", "he"
    return None


def number_count(num: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """Read the figure at `num` with its qualifier: "at least 18", "nearly 30", "dozens"."""
    if num.ent_type_ in BAD_COUNT_ENTS or is_date_number(num):
        return None  # ages ("25-year-old"), years, money, percentages
    if num.dep_ == "appos" and (num.head.pos_ == "PROPN" or is_person(num.head, lex)):
        return None  # an age: "Justin Burns, 14", "a man, 18"
    doc = num.doc
    lefts = [c.left_edge.i for c in num.lefts if c.dep_ in NUMBER_LEFT_DEPS]
    start = min(lefts, default=num.i)
    end = num.i + 1
    if num.ent_iob_ != "O" and num.ent_type_ == "CARDINAL":
        ent = next(e for e in doc.ents if e.start <= num.i < e.end)
        start, end = min(start, ent.start), max(end, ent.end)
    for first in range(start, num.i + 1):
        count = parse_count(doc[first:end].text)
        if count is not None:
            return count, doc[first], doc[end - 1]
    return None


def is_individual(tok: Token, lex: Lexicon) -> bool:
    """One person: "a police officer", "the 12-year-old", "he", "John Smith"."""
    if tok.lower_ in lex.individual_pronouns:
        return True
    if tok.tag_ == "NNP":
        return tok.ent_type_ == "PERSON"
    if tok.tag_ not in ("NN", "JJ"):
        return False
    if tok.lower_ == "old" and any(c.lower_ == "year" for c in tok.children):
        return True  # "the shooting death of 17-year-old"
    if is_person(tok, lex):
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any", "every", "each")
               for c in tok.children)


def is_person(tok: Token, lex: Lexicon) -> bool:
    """A singular noun for one person, even without a determiner: "Teen killed"."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in lex.person_nouns


def phrase(tok: Token, keep_of: bool = False, drop_count: bool = False) -> Span:
    """The noun phrase of `tok`, without clauses or (unless keep_of) prepositions; with
    drop_count, without its own count words ("nearly 30 unarmed civilians" -> "unarmed
    civilians", but "a 12-year-old" -> "12-year-old")."""
    kept = [tok.i]
    stack = list(tok.children)
    while stack:
        child = stack.pop()
        of = keep_of and child.dep_ == "prep" and child.lower_ == "of"
        if (child.dep_ in CLAUSE_DEPS and not of) or (
            drop_count and child.head.i == tok.i and (child.dep_ in COUNT_DEPS or is_number(child))
        ):
            continue
        kept.append(child.i)
        stack.extend(child.children)
    return tok.doc[min(kept) : max(kept) + 1]


def victims_phrase(victim: Token, lex: Lexicon) -> Span | None:
    """"unarmed civilians" for "nearly 30 unarmed civilians killed"; None for bare figures."""
    if is_number(victim):
        for child in victim.children:  # "dozens of protesters"
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                return phrase(objs[0], drop_count=True) if objs else None
        return None
    if victim.lemma_.lower() in lex.nouns or victim.lower_ in lex.adjectives:
        return None  # "47 deaths", "no injuries", "45 dead": the trigger counts itself
    span = phrase(victim, drop_count=True)
    if len(span) > 1 and span[0].lower_ in lex.lethal_complements:
        span = span[1:]  # "shot dead six protesters": "dead" belongs to the verb
        while len(span) > 1 and is_number(span[0]):
            span = span[1:]
    return span


def victim_group(victims: Span | None, lex: Lexicon) -> str:
    """By lemma, head noun first ("student protesters" are protesters); under-18 ages
    ("a 12-year-old") are minors."""
    if victims is None:
        return "unknown"
    age = AGE.search(victims.text)
    if age and int(age.group(1)) < 18:
        return "minors"
    for tok in reversed(victims):
        group = lex.victim_groups.get(tok.lemma_.lower()) or lex.victim_groups.get(tok.lower_)
        if group:
            return group
    return "unknown"


def perpetrator_of(trigger: Token, victim: Token) -> str | None:
    """"killed by the army and police"; "police opened fire, killing"; "soldiers killed two"."""
    for child in trigger.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return phrase(objs[0], keep_of=True).text
    subject = active_subject(trigger)
    if subject is not None and subject.i != victim.i:
        return phrase(subject, keep_of=True).text
    return None


def active_subject(trigger: Token) -> Token | None:
    """The doer of an active trigger, climbing from a participle to its clause."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return None
    if trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod", "conj"):
        return None  # "30 civilians killed", "68 injured": passive without an agent
    if trigger.tag_.startswith("VB") and trigger.tag_ != "VBG":
        return valid_subject(trigger)
    if trigger.pos_ != "ADJ" and trigger.tag_ != "VBG":
        return None  # nouns: "police investigate a fatal shooting" names no killer
    node = trigger if trigger.tag_ == "VBG" else trigger.head  # "leaving 45 dead"
    while node.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "dobj") and node.head.i != node.i:
        previous, node = node, node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return clause_subject_before(node, trigger)  # "a massacre where police opened fire"
        subject = valid_subject(node)
        if subject is not None:
            return subject
        if previous.dep_ == "dobj":
            break
    return None


def valid_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj" and child.tag_ not in RELATIVE_TAGS and child.ent_type_ != "DATE":
            return child
    return None


def clause_subject_before(noun: Token, trigger: Token) -> Token | None:
    """Closest verb before the trigger inside the noun's phrase that has a real subject."""
    verbs = [t for t in noun.subtree if t.i < trigger.i and t.pos_ in ("VERB", "AUX")]
    for verb in reversed(verbs):
        subject = valid_subject(verb)
        if subject is not None:
            return subject
    return None


def perpetrator_group(perpetrator: str | None, lex: Lexicon) -> str | None:
    if not perpetrator:
        return None
    words = re.findall(r"[a-z]+", perpetrator.lower())
    groups = {lex.perpetrator_groups.get(w) or lex.perpetrator_groups.get(w.rstrip("s"))
              for w in words} - {None}
    if {"police", "military"} <= groups or "security_forces" in groups:
        return "security_forces"
    for group in ("police", "military", "armed_individual", "protesters"):
        if group in groups:
            return group
    return None


def location_of(trigger: Token, victim: Token, lex: Lexicon) -> str | None:
    """The place of the event: a GPE/LOC/FAC under "in/at/near", nearest the trigger in the
    parse (the trigger, its victims, then each clause above it)."""
    nodes = [trigger, victim, *trigger.ancestors]
    for node in nodes:
        for holder in [node, *(c for c in node.children if c.dep_ == "appos")]:
            place = place_under(holder, lex)
            if place:
                return place
        if node.dep_ == "relcl" and node.head.ent_type_ in lex.location_labels:
            return entity_text(node.head)  # "Juliaca, where police opened fire"
    return None


def place_under(tok: Token, lex: Lexicon, depth: int = 2) -> str | None:
    """"killed in Juliaca"; two levels deep for "dead after a shooting in Chicago"."""
    for child in tok.children:
        if child.dep_ != "prep":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if child.lower_ in lex.location_preps:
                for cand in (obj, *obj.children):
                    if cand.ent_type_ in lex.location_labels:
                        return entity_text(cand)
            if depth > 1:
                place = place_under(obj, lex, depth - 1)
                if place:
                    return place
    return None


def entity_text(tok: Token) -> str:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text


def attribution_of(trigger: Token, lex: Lexicon) -> str | None:
    """"according to the ombudsman's office" -> "the ombudsman's office"; "police said"."""
    for tok in trigger.sent:
        if tok.lower_ == "according":
            for to in tok.children:
                objs = [g for g in to.children if g.dep_ == "pobj"]
                if to.lower_ == "to" and objs:
                    return phrase(objs[0], keep_of=True).text
    for node in trigger.ancestors:
        if node.lemma_.lower() in lex.attribution_verbs:
            subject = valid_subject(node)
            if subject is not None:
                return phrase(subject, keep_of=True).text
    return None


def merge(old: CasualtyClaim, new: CasualtyClaim) -> CasualtyClaim:
    """Two triggers reached the same counted words ("death toll ... 30 civilians killed"):
    keep one claim, with the union span and every attachment either one found."""
    values = {}
    for name in CasualtyClaim.__dataclass_fields__:
        a, b = getattr(old, name), getattr(new, name)
        values[name] = a if a not in (None, "unknown") else b
    values["start_char"] = min(old.start_char, new.start_char)
    values["end_char"] = max(old.end_char, new.end_char)
    values["scope"] = "cumulative" if "cumulative" in (old.scope, new.scope) else "incident"
    values["negated"] = old.negated or new.negated
    return CasualtyClaim(**values)
