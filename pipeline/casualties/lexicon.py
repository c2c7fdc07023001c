"""The casualty lexicon: models/<lang>/casualties.yaml compiled once per process.

Every word the casualty rules compare against (triggers, victim and perpetrator groups,
qualifiers, function words) is data in that file, so a language is added by writing its
lexicon; this module only reads and compiles it. Pure: no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.casualties.grammar import Syntax, compile_syntax
from pipeline.errors import ConfigError
from pipeline.normalize.numbers import NumberWords, number_words

LEXICON_NAME = "casualties.yaml"


@dataclass(frozen=True)
class FunctionWords:
    """The prepositions the parse rules follow; see `function_words` in the YAML."""

    of: str
    toll_preps: frozenset[str]
    fired_at: str
    lethal_prep: str
    hospital_prep: str
    bearer_prep: str
    condition_prep: str
    according: str
    according_prep: str


@dataclass(frozen=True)
class Lexicon:
    lang: str
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
    count_words: frozenset[str]
    zero_determiners: frozenset[str]
    non_individual_determiners: frozenset[str]
    single_figures: frozenset[str]
    age: re.Pattern[str]
    age_head: str
    age_unit: str
    word: re.Pattern[str]
    numbers: NumberWords
    words: FunctionWords
    # Head words of vague figures, read as numbers: "dozens", "several", "two dozen".
    vague_heads: frozenset[str]
    # Which parse labels and tags play which role (see pipeline/casualties/grammar.py).
    syntax: Syntax
    # Verbs whose negation makes a bare trigger noun a zero: "no se reportaron heridos".
    zero_when_negated: frozenset[str]
    # Nouns whose figure is their of-object's: "a total of 12 people were shot".
    total_nouns: frozenset[str] = frozenset()
    # "a [quadruple] shooting": the multiplier's figure, the noun's kind (shooting: injured).
    multipliers: dict[str, int] = field(default_factory=dict)
    multiplied_nouns: dict[str, str] = field(default_factory=dict)
    # Harm nouns whose of-object was hit: "the shooting [of a 7-year-old]" (injured).
    hit_nouns: frozenset[str] = frozenset()
    # "killed his wife, [himself]": a reflexive names one more victim (the killer).
    reflexive_pronouns: frozenset[str] = frozenset()
    # Words between an object and the killer's reflexive: "killed his wife[, and then]
    # herself" (the reflexive, whatever its parse, is one more victim).
    reflexive_links: frozenset[str] = frozenset()
    # The ending of a headline's present tense the tagger may read as a plural noun:
    # "3-year-old kill[s] herself" ("" reads no such verb).
    present_suffix: str = ""
    # Particles that make a harm verb lethal: "gunned [down]".
    lethal_particles: dict[str, list[str]] = field(default_factory=dict)
    # Modals that, with the perfect auxiliary, say a harm did not happen: "could have been
    # killed".
    counterfactual_modals: frozenset[str] = frozenset()
    perfect_aux: frozenset[str] = frozenset()
    # Modals that say a harm is only possible, with or without the perfect: "I [should] be
    # dead", "he [might] be hurt".
    hypothetical_modals: frozenset[str] = frozenset()
    # Prepositions whose gerund is a topic, not an event: "talked [about] killing him".
    topic_preps: frozenset[str] = frozenset()
    # Verbs whose complement did not happen: "narrowly [missed] being struck", "[escaped]
    # injury".
    escape_verbs: frozenset[str] = frozenset()
    # Subordinators of an open question: "have not said [if] he was shot".
    question_marks: frozenset[str] = frozenset()
    # Verbs of belief whose negation denies their clause: "do not [believe] he was hurt".
    belief_verbs: frozenset[str] = frozenset()
    # Causes of a natural death, not a casualty: "died of [cancer]".
    disease_nouns: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    # Words that open a cause with "to": "died [due] to cancer".
    cause_adverbs: frozenset[str] = frozenset()
    # Verbs that kill only when their cause is a wound: "[succumbed] to his wounds".
    succumb_verbs: frozenset[str] = frozenset()
    # A correction's subject: "a [previous] [version] of this story said he had died".
    retraction_nouns: frozenset[str] = frozenset()
    retraction_adjectives: frozenset[str] = frozenset()
    # Verbs (lemmas) of wishing or forbidding, whose complement did not happen: "she
    # [prayed] for him to die", "Jews are [prohibited] from killing".
    wish_verbs: frozenset[str] = frozenset()
    # A month's name before a day: "the [Oct.] 23 killing" (23 is no count).
    month_name: re.Pattern[str] | None = None
    # Nouns for who fires, never who is hit, as the subject of an active harm verb with no
    # object: "the [gunman] shot four times" (unlike headline "Man shot in leg").
    shooter_nouns: frozenset[str] = frozenset()
    # Entity labels of a person's name, never a unit even when it is one's word: "Vontay
    # [Price]", "Joe [Story]".
    person_labels: frozenset[str] = frozenset({"PERSON", "PER"})
    # Things said to die, be killed or hurt: "the [craze] died", "the [unit] was hurt"; unlike
    # `units`, a person's name is not one: "Vontay [Price]".
    non_person_nouns: frozenset[str] = frozenset()
    # Nouns for a dead person only when found or named: "six [bodies] were found", "the
    # [body] of a teen"; not "struck his upper [body]".
    corpse_nouns: frozenset[str] = frozenset()
    corpse_verbs: frozenset[str] = frozenset()
    # Words after a figure that make it an age: "a 43 y/o man".
    age_suffix: re.Pattern[str] | None = None
    # Phrases that look like a cumulative cue but compare one day with a period: "the
    # deadliest single day since unrest broke out".
    not_cumulative: re.Pattern[str] | None = None
    # Trigger forms a title may use that the lemmatizer tables do not generate (irregular
    # verbs: "murieron"); they only let a title through to the parser (casualties/titles.py).
    title_forms: frozenset[str] = frozenset()
    # A bare age in a title and the person noun the parser reads in its place:
    # "15-year-old killed in shooting" -> "child       killed ..." (casualties/titles.py).
    headline_age: re.Pattern[str] | None = None
    age_stand_in: str = ""
    # "shot, killed" in a title, read as "fatally shot" (casualties/titles.py).
    comma_kill: re.Pattern[str] | None = None
    comma_kill_adverb: str = ""
    # Capitalized person nouns a title is read with in lower case ("Boy, 17, shot").
    title_lowered_nouns: frozenset[str] = frozenset()
    # A title's closing "dies" and the past read in its place (casualties/titles.py).
    title_ending: re.Pattern[str] | None = None
    title_ending_past: str = ""
    # Headline shorthand blanked before parsing: "Teen [shoots, ]kills self".
    title_blanks: re.Pattern[str] | None = None
    # A victim's name opening a headline, read as a person noun: "[Timothy Agnew] killed".
    headline_name: re.Pattern[str] | None = None
    name_stand_in: str = ""
    # A title's leading source, blanked before parsing: "[Police: ]Boy, 11, shot and killed".
    title_source: re.Pattern[str] | None = None
    # A title's closing "died" (after the rewrite): the one victim hurt before it died.
    title_death_ending: re.Pattern[str] | None = None
    # Words that make a lethal adjective say the victim lived: "[near]-fatal shooting".
    lethal_hedges: frozenset[str] = frozenset()
    # Ordinals that number the dead: "a [third] person has died" (the toll is at least 3).
    ordinals: dict[str, int] = field(default_factory=dict)
    # Verbs that make a claim only with a particle: "the boy [passed] away" (pass: {away:
    # killed}).
    phrasal: dict[str, dict[str, str]] = field(default_factory=dict)
    # Verb forms the lemmatizer leaves as written when the tagger reads them as a present
    # tense: "11 others [shot]" (VBP, lemma "shot") -> shoot.
    verb_forms: dict[str, str] = field(default_factory=dict)
    # Harm nouns that make a singular death noun one death: "an accidental [shooting] death".
    death_compounds: frozenset[str] = frozenset()
    # Entity labels the small model gives one-word personal names it does not know:
    # "killing [Jaquez]" (ORG), a name read as a product (PRODUCT).
    misread_name_labels: frozenset[str] = frozenset()
    # A life taken is a death: "claimed the lives of", "took her life".
    life_nouns: frozenset[str] = frozenset()
    life_verbs: frozenset[str] = frozenset()
    # "takes [own] life": the subject took its own life.
    own_words: frozenset[str] = frozenset()
    # "was being treated [for] a gunshot wound": verbs (and their prepositions) whose subject
    # bears the injury noun the preposition introduces.
    treat_verbs: frozenset[str] = frozenset()
    treat_preps: frozenset[str] = frozenset()
    # "the boy is recovering [from] his wounds": the subject bears the injury.
    recover_verbs: frozenset[str] = frozenset()
    recover_preps: frozenset[str] = frozenset()
    # "a teen is recovering [after] a [shooting]": a person recovering after or from a
    # violent event (recover_event_preps, recover_event_nouns) was hurt in it.
    recover_event_preps: frozenset[str] = frozenset()
    recover_event_nouns: frozenset[str] = frozenset()
    # "a man is [fighting] [for] his life": a life fought for is a person badly hurt.
    life_fight_verbs: frozenset[str] = frozenset()
    life_fight_preps: frozenset[str] = frozenset()
    # A projectile verb without its projectile still hurts a person hit on the body or a
    # number of times: "she was struck once in the hip", "he was hit several times".
    body_parts: frozenset[str] = frozenset()
    hit_times: frozenset[str] = frozenset()
    # Projectile verbs that hurt a person without a named projectile: "two were grazed".
    bare_projectile_verbs: frozenset[str] = frozenset()
    # A mild condition says someone was hurt only in a hospital's report: "taken to the
    # hospital in good condition", "he was listed in good condition".
    care_condition_adjectives: frozenset[str] = frozenset()
    care_verbs: frozenset[str] = frozenset()
    # Nouns for a fixed number of people: "a couple was found dead" (2).
    pair_nouns: dict[str, int] = field(default_factory=dict)
    # "both were treated [at] local hospitals": prepositions that put treat_verbs in a
    # hospital (hospital_cue), which says the patient was hurt.
    care_place_preps: frozenset[str] = frozenset()
    # "the man is [in] the hospital": a person staying in a hospital (stay_verbs and
    # stay_preps around one of hospital_nouns) was hurt.
    hospital_nouns: frozenset[str] = frozenset()
    # "two gunshot victims arrived at the hospital": arrival_verbs whose subject is one of
    # arrival_nouns, into a hospital (hospital_cue).
    arrival_verbs: frozenset[str] = frozenset()
    arrival_nouns: frozenset[str] = frozenset()
    # "the driver fired once and struck the victim in the face": verbs of firing whose
    # conjoined projectile verb hits a person on the body.
    fire_verbs: frozenset[str] = frozenset()
    stay_verbs: frozenset[str] = frozenset()
    stay_preps: frozenset[str] = frozenset()
    # Crime nouns that name a death: "the [slaying] of a 7-year-old", "the [murder] victim",
    # "charged in the [homicide]" (noun -> kind).
    crime_nouns: dict[str, str] = field(default_factory=dict)
    # The person noun a crime noun may modify and still count: "the homicide [victim]"; not
    # "homicide detectives", "a murder trial".
    crime_victim_nouns: frozenset[str] = frozenset()
    # Modifiers that deny the death of a crime noun: "[attempted] murder".
    crime_blockers: frozenset[str] = frozenset()
    # Crime nouns whose bare figure is a statistic: "66 [homicides] this year".
    crime_statistic_nouns: frozenset[str] = frozenset()
    # Verbs whose crime noun is killing in general: "we want the killing to [stop]".
    crime_stop_verbs: frozenset[str] = frozenset()
    # An ordinal written as a figure: "the city's [30th] homicide" (a statistic's rank).
    ordinal_figure: re.Pattern[str] | None = None
    # A school grade naming one pupil in a title, read as the age stand-in: "Lodi
    # [8th-grader] dies" (casualties/titles.py).
    headline_grade: re.Pattern[str] | None = None
    # A title's "dead" after a person noun, read as the verb: "Toddler [dead] after ..."
    # (group "word"; casualties/titles.py dead_as_died).
    title_dead: re.Pattern[str] | None = None
    # Words before it in its clause that make a title's "dead" a complement, read as
    # written: "shooting [leaves] teenage boy dead", "manhunt ends [with] suspect dead".
    title_dead_blockers: frozenset[str] = frozenset()
    # A title's "dies" after a figure, read as the past: "Family of four [dies] in ..."
    # (group "verb"; the tagger reads "four dies" as a plural noun).
    title_counted_dies: re.Pattern[str] | None = None
    # A lethal adjective on a victim noun in a title, read as the stand-in adjective: "[Fatal]
    # victim ID'd" -> "dead  victim ID'd" (casualties/titles.py lethal_people).
    title_fatal_person: re.Pattern[str] | None = None
    title_fatal_stand_in: str = ""
    # Labels under which an inverted passive's subject hangs from its auxiliary: "Also
    # wounded were [four patrons]" (casualties/victims.py inverted_subject).
    inverted_subject_deps: frozenset[str] = frozenset()
    # A title's "leaves" before a hurt group, read as a clause break (casualties/titles.py
    # broken_leaves): "Elm City Shooting [Leaves] Five Teens Wounded" -> "...;      five ...".
    title_leaves_hurt: re.Pattern[str] | None = None
    # A person noun and age opening a title before a harm word, the age blanked
    # (casualties/titles.py blanked_ages): "Boy, 7, shot while ..." -> "boy     shot ...".
    title_aged_harm: re.Pattern[str] | None = None
    # Harm words after a person noun that make a leading source blankable: "[UPDATE: ]Juvenile
    # killed in ..." (casualties/titles.py without_source).
    title_source_harm: frozenset[str] = frozenset()
    # An anniversary in a title: claims after it are about the past event, dropped
    # (casualties/titles.py before_anniversary): "Elm City marks 5 years since fatal shooting".
    title_anniversary: re.Pattern[str] | None = None
    # A participle phrase between a person noun and a harm word in a title, blanked
    # (casualties/titles.py blanked_participles): "boy [walking on sidewalk] killed".
    title_participle: re.Pattern[str] | None = None
    # Words that make a title with an anniversary a memorial: none of its claims are news
    # (casualties/titles.py before_anniversary): "Elm County [remembers] ..., two years after".
    title_memorial: frozenset[str] = frozenset()


def lexicon_path(models_dir: str, lang: str) -> Path:
    return Path(models_dir) / lang / LEXICON_NAME


@lru_cache(maxsize=8)
def load_lexicon(models_dir: str, lang: str = "en") -> Lexicon:
    """Read models_dir/<lang>/casualties.yaml once per process."""
    path = lexicon_path(models_dir, lang)
    if not models_dir:
        raise ConfigError(
            f"newsclaims_casualties: no trigger file at {str(path)!r}; set models_dir to the "
            f"models folder, e.g. nlp.add_pipe('newsclaims_casualties', "
            f"config={{'models_dir': '/path/to/newsclaims/models'}})"
        )
    if not path.is_file():
        raise ConfigError(
            f"newsclaims_casualties: no casualty lexicon for language {lang!r} at "
            f"{str(path)!r}; expected models/{lang}/casualties.yaml with the keys of "
            f"models/en/casualties.yaml (or set models_dir to the models folder)"
        )
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    try:
        return compile_lexicon(data, lang)
    except KeyError as err:
        raise ConfigError(
            f"{path}: missing key {err.args[0]!r}; see models/en/{LEXICON_NAME}"
        ) from err


def compile_lexicon(data: dict[str, Any], lang: str) -> Lexicon:
    """The Lexicon for one parsed YAML file."""

    def by_kind(part: str) -> dict[str, str]:
        return {w: kind for kind, parts in data["triggers"].items() for w in parts[part]}

    def invert(groups: dict[str, list[str]]) -> dict[str, str]:
        return {w: group for group, words in groups.items() for w in words}

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key])

    def optional_words(key: str) -> frozenset[str]:
        return frozenset(data.get(key) or ())

    def optional_pattern(key: str, flags: int = re.I) -> re.Pattern[str] | None:
        return re.compile(data[key], flags) if data.get(key) else None

    def optional_text(key: str) -> str:
        return str(data.get(key) or "")

    numbers = number_words(lang, data.get("numbers"))
    return Lexicon(
        lang=lang,
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
        count_words=words("count_words"),
        zero_determiners=words("zero_determiners"),
        non_individual_determiners=words("non_individual_determiners"),
        single_figures=frozenset(str(w) for w in data["single_figures"]),
        age=re.compile(data["age_pattern"], re.I),
        age_head=data["age_head"],
        age_unit=data["age_unit"],
        word=re.compile(data["word_pattern"]),
        numbers=numbers,
        words=function_words(data["function_words"]),
        vague_heads=frozenset({w.split()[-1] for w in numbers.vague} | numbers.dozens
                              | {w.split()[-1] for w in numbers.approximate}),
        syntax=compile_syntax(data.get("syntax")),
        zero_when_negated=optional_words("zero_when_negated"),
        total_nouns=optional_words("total_nouns"),
        multipliers=dict(data.get("multipliers") or {}),
        multiplied_nouns=dict(data.get("multiplied_nouns") or {}),
        hit_nouns=optional_words("hit_nouns"),
        reflexive_pronouns=optional_words("reflexive_pronouns"),
        reflexive_links=optional_words("reflexive_links"),
        present_suffix=optional_text("present_suffix"),
        lethal_particles=dict(data.get("lethal_particles") or {}),
        counterfactual_modals=optional_words("counterfactual_modals"),
        perfect_aux=optional_words("perfect_aux"),
        hypothetical_modals=optional_words("hypothetical_modals"),
        topic_preps=optional_words("topic_preps"),
        escape_verbs=optional_words("escape_verbs"),
        question_marks=optional_words("question_marks"),
        belief_verbs=optional_words("belief_verbs"),
        disease_nouns=optional_words("disease_nouns"),
        cause_preps=optional_words("cause_preps"),
        cause_adverbs=optional_words("cause_adverbs"),
        succumb_verbs=optional_words("succumb_verbs"),
        retraction_nouns=optional_words("retraction_nouns"),
        retraction_adjectives=optional_words("retraction_adjectives"),
        wish_verbs=optional_words("wish_verbs"),
        month_name=optional_pattern("month_name"),
        shooter_nouns=optional_words("shooter_nouns"),
        person_labels=frozenset(data.get("person_labels") or ("PERSON", "PER")),
        non_person_nouns=optional_words("non_person_nouns"),
        corpse_nouns=optional_words("corpse_nouns"),
        corpse_verbs=optional_words("corpse_verbs"),
        age_suffix=optional_pattern("age_suffix"),
        not_cumulative=(re.compile("|".join(data["cumulative_exceptions"]), re.I)
                        if data.get("cumulative_exceptions") else None),
        title_forms=optional_words("title_forms"),
        headline_age=optional_pattern("headline_age"),
        age_stand_in=optional_text("age_stand_in"),
        comma_kill=optional_pattern("comma_kill"),
        comma_kill_adverb=optional_text("comma_kill_adverb"),
        title_lowered_nouns=optional_words("title_lowered_nouns"),
        lethal_hedges=optional_words("lethal_hedges"),
        title_blanks=optional_pattern("title_blanks"),
        title_source=optional_pattern("title_source"),
        headline_name=optional_pattern("headline_name", 0),
        name_stand_in=optional_text("name_stand_in"),
        title_death_ending=optional_pattern("title_death_ending"),
        title_ending=optional_pattern("title_ending"),
        title_ending_past=optional_text("title_ending_past"),
        ordinals={str(k).lower(): int(v) for k, v in (data.get("ordinals") or {}).items()},
        phrasal={str(verb): {str(p): str(k) for p, k in parts.items()}
                 for verb, parts in (data.get("phrasal_triggers") or {}).items()},
        verb_forms={str(k): str(v) for k, v in (data.get("verb_forms") or {}).items()},
        death_compounds=optional_words("death_compounds"),
        misread_name_labels=optional_words("misread_name_labels"),
        life_nouns=optional_words("life_nouns"),
        life_verbs=optional_words("life_verbs"),
        own_words=optional_words("own_words"),
        treat_verbs=optional_words("treat_verbs"),
        care_place_preps=optional_words("care_place_preps"),
        hospital_nouns=optional_words("hospital_nouns"),
        arrival_verbs=optional_words("arrival_verbs"),
        arrival_nouns=optional_words("arrival_nouns"),
        fire_verbs=optional_words("fire_verbs"),
        stay_verbs=optional_words("stay_verbs"),
        stay_preps=optional_words("stay_preps"),
        treat_preps=optional_words("treat_preps"),
        recover_verbs=optional_words("recover_verbs"),
        recover_preps=optional_words("recover_preps"),
        recover_event_preps=optional_words("recover_event_preps"),
        recover_event_nouns=optional_words("recover_event_nouns"),
        life_fight_verbs=optional_words("life_fight_verbs"),
        life_fight_preps=optional_words("life_fight_preps"),
        body_parts=optional_words("body_parts"),
        hit_times=optional_words("hit_times"),
        bare_projectile_verbs=optional_words("bare_projectile_verbs"),
        care_condition_adjectives=optional_words("care_condition_adjectives"),
        care_verbs=optional_words("care_verbs"),
        pair_nouns={str(k): int(v) for k, v in (data.get("pair_nouns") or {}).items()},
        crime_nouns={str(k): str(v) for k, v in (data.get("crime_nouns") or {}).items()},
        crime_victim_nouns=optional_words("crime_victim_nouns"),
        crime_blockers=optional_words("crime_blockers"),
        crime_stop_verbs=optional_words("crime_stop_verbs"),
        crime_statistic_nouns=optional_words("crime_statistic_nouns"),
        ordinal_figure=optional_pattern("ordinal_figure"),
        headline_grade=optional_pattern("headline_grade"),
        title_dead=optional_pattern("title_dead"),
        title_dead_blockers=optional_words("title_dead_blockers"),
        title_counted_dies=optional_pattern("title_counted_dies"),
        title_fatal_person=optional_pattern("title_fatal_person"),
        title_fatal_stand_in=optional_text("title_fatal_stand_in"),
        inverted_subject_deps=optional_words("inverted_subject_deps"),
        title_leaves_hurt=optional_pattern("title_leaves_hurt"),
        title_aged_harm=optional_pattern("title_aged_harm"),
        title_source_harm=optional_words("title_source_harm"),
        title_anniversary=optional_pattern("title_anniversary"),
        title_participle=optional_pattern("title_participle"),
        title_memorial=optional_words("title_memorial"),
    )


def function_words(data: dict[str, Any]) -> FunctionWords:
    return FunctionWords(
        of=data["of"],
        toll_preps=frozenset(data["toll_preps"]),
        fired_at=data["fired_at"],
        lethal_prep=data["lethal_prep"],
        hospital_prep=data["hospital_prep"],
        bearer_prep=data["bearer_prep"],
        condition_prep=data["condition_prep"],
        according=data["according"],
        according_prep=data["according_prep"],
    )


def lexicon_numbers(lang: str, models_dir: str | None = None) -> NumberWords:
    """The count words of `lang` for code outside the component (the headline toll): its
    casualty lexicon's `numbers`, else digits and text2num alone (English: built-in tables).
    """
    from pipeline.lexicons import DEFAULT_MODELS_DIR

    folder = str(models_dir or DEFAULT_MODELS_DIR)
    if lexicon_path(folder, lang).is_file():
        return load_lexicon(folder, lang).numbers
    return number_words(lang) if lang in ("en", "es", "fr") else number_words("en")
