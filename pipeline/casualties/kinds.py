"""Which claim a trigger makes: killed, injured, arrested, missing, or none.

The same word makes different claims in different sentences: "shot" injures, "shot dead"
kills, "shot at" hits no one, "shot and killed" is one claim made by "killed"; a toll noun
("the death toll") is a cumulative figure. The word lists come from the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.casualties.counts import misread_harm_noun
from pipeline.casualties.crimes import crime_kind, is_crime_noun
from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.people import is_individual, is_person
from pipeline.casualties.syntax import (
    acts_as_verb,
    child_in,
    has_figure,
    has_subject,
    is_negation,
    is_number,
    is_passive,
    lemma_of,
    multiplier,
    of_objects,
    phrase,
    prep_phrases,
    subject_in,
)
from pipeline.casualties.victims import headline_victim, may_be_victim

Kind = tuple[str | None, bool]  # (kind or None, whether the trigger is a toll)


def trigger_kind(tok: Token, lex: Lexicon) -> Kind:
    """('killed', False) for "killed"; ('killed', True) for "death toll"; None for no claim."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if multiplier(tok, lex) is not None:
        return lex.multiplied_nouns[lemma], False  # "a quadruple shooting"
    if is_crime_noun(tok, lex):
        return crime_kind(tok, lex), False  # "the slaying of a 7-year-old"
    if misread_harm_noun(tok, lex) and has_lethal_adjective(tok, lex):
        return "killed", False  # title "Police investigate deadly shooting in ..."
    if lemma in lex.toll_nouns:
        kinds = [lex.toll_kinds.get(c.lemma_.lower()) for c in tok.children if c.dep_ == "compound"]
        kinds = [k for k in kinds if k]
        return (kinds[0] if kinds else "killed"), True
    if lemma in lex.condition_nouns and tok.pos_ == "NOUN":
        serious = any(c.lower_ in lex.condition_adjectives for c in tok.children) or (
            any(c.lower_ in lex.care_condition_adjectives for c in tok.children)
            and in_care(tok, lex))
        in_condition = tok.head.lower_ == lex.words.condition_prep
        return ("injured" if serious and in_condition else None), False
    if lemma in lex.count_nouns and tok.pos_ == "NOUN":
        return counted_kind(tok, lex), True  # "the number of dead rose to 48"
    if is_lethal_complement(tok, lex):
        return None, False  # "shot dead", "burned to death": the verb makes the claim
    if low in lex.lethal_adverbs:
        return ("killed" if is_number(tok.head, lex) and tok.head.i != tok.i else None), False
    if low in lex.headline_shot and tok.pos_ in ("NOUN", "PROPN"):
        nums = [c for c in tok.children
                if c.dep_ == "nummod" and c.lower_ not in lex.single_figures]
        if nums:
            return "injured", False  # "Six shot in three incidents"
        if any(c.dep_ == "conj" and c.lemma_.lower() in lex.verbs for c in tok.children):
            return None, False  # "teen shot and killed": one claim, by "killed"
        return ("injured" if headline_victim(tok, lex) is not None else None), False
    if tok.pos_ == "NOUN" and lemma in lex.hospital_nouns:
        return ("injured" if stays_in_hospital(tok, lex) else None), False
    if tok.pos_ == "NOUN" and lemma in lex.life_nouns:
        if is_life_taken(tok, lex):
            return "killed", False
        return ("injured" if life_fighter(tok, lex) is not None else None), False
    if tok.pos_ == "NOUN" and lemma in lex.harm_nouns:
        if has_lethal_adjective(tok, lex):
            return "killed", False  # "the fatal shootings of four people"
        if lemma in lex.hit_nouns and of_objects(tok, lex):
            return "injured", False  # "arrested in the shooting of a 7-year-old"
        return None, False
    if acts_as_verb(tok, lex):
        return verb_kind(tok, lex)
    return word_kind(tok, lex)


def in_care(condition: Token, lex: Lexicon) -> bool:
    """A condition a hospital reports: "listed in good condition", "taken to the hospital
    in good condition"."""
    verb = condition.head.head
    return (lemma_of(verb, lex) in lex.care_verbs
            or lex.hospital_cue.search(condition.sent.text) is not None)


def verb_kind(tok: Token, lex: Lexicon) -> Kind:
    """"struck by gunfire", "taken to hospital", "fatally wounded", "killed", "passed away"."""
    lemma = lemma_of(tok, lex)
    if lemma in lex.phrasal:
        return phrasal_kind(tok, lex), False
    if lemma in lex.succumb_verbs:
        return ("killed" if succumbed_to_wounds(tok, lex) else None), False
    if lemma in lex.projectile_verbs:
        if not (by_projectile(tok, lex) or hit_on_body(tok, lex)):
            return None, False
        if partner_claims(tok, lex) and not has_lethal_modifier(tok, lex):
            return None, False  # "was hit twice and was pronounced dead": one claim
        return ("killed" if has_lethal_modifier(tok, lex) else "injured"), False
    if lemma in lex.hospital_verbs:
        return ("injured" if to_hospital(tok, lex) and not died_there(tok, lex) else None), False
    if lemma in lex.treat_verbs and lex.care_place_preps:
        return ("injured" if treated_in_hospital(tok, lex) and not died_there(tok, lex)
                else None), False
    if lemma in lex.arrival_verbs:
        return ("injured" if victim_arrives(tok, lex) else None), False
    if lemma in lex.recover_verbs and lex.care_place_preps:
        return ("injured" if recovers_in_hospital(tok, lex) or recovers_from_harm(tok, lex)
                else None), False
    if lex.syntax.gerund(tok) and tok.dep_ in ("amod", "compound"):
        return None, False  # "the shooting death of", "a stabbing victim"
    if lemma in lex.harm_verbs:
        return harm_kind(tok, lex), False  # also "11 others shot", lemma "shot" fixed
    if lemma in lex.verbs:
        if lex.verbs[lemma] == "injured" and has_lethal_modifier(tok, lex):
            return "killed", False  # "fatally wounded", "mortally injured"
        return lex.verbs[lemma], False
    return word_kind(tok, lex)


def phrasal_kind(verb: Token, lex: Lexicon) -> str | None:
    """A verb that makes a claim only with its particle: "passed away" (killed); "passed
    the bill", "passed away from the crowd" none."""
    parts = lex.phrasal[lemma_of(verb, lex)]
    return next((parts[c.lower_] for c in verb.children  # "away" a particle or an adverb
                 if c.dep_ in ("prt", "advmod") and c.lower_ in parts and not c.n_rights), None)


def succumbed_to_wounds(verb: Token, lex: Lexicon) -> bool:
    """"he succumbed to his wounds", "two men succumbed to their injuries"; not "the mayor
    succumbed to pressure"."""
    return any(word in lex.cause_preps and any(lex.nouns.get(o.lemma_.lower()) == "injured"
                                               for o in objs)
               for word, _, objs in prep_phrases(verb, lex))


def word_kind(tok: Token, lex: Lexicon) -> Kind:
    """Adjectives and nouns: "45 dead", "two injured", "47 deaths", "fatal injuries"."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if low in lex.adjectives and tok.pos_ in ("ADJ", "VERB", "NOUN"):
        return lex.adjectives[low], False
    if tok.pos_ == "NOUN" and lemma in lex.nouns:
        if lemma in lex.corpse_nouns and not is_corpse(tok, lex):
            return None, False  # "a bullet struck his upper body"
        if lex.nouns[lemma] == "injured" and has_lethal_adjective(tok, lex):
            return "killed", False  # "a fatal gunshot wound", "fatal injuries"
        if lex.nouns[lemma] == "injured" and is_fatal_cause(tok, lex):
            return None, False  # "died from his injuries": the death makes the claim
        return lex.nouns[lemma], False
    return None, False


def is_fatal_cause(noun: Token, lex: Lexicon) -> bool:
    """Wounds someone died of are no injury of a survivor: "he died from his injuries",
    "she succumbed to her wounds"."""
    prep, verb = noun.head, noun.head.head
    return (noun.dep_ == "pobj" and prep.lower_ in lex.cause_preps
            and (lex.verbs.get(lemma_of(verb, lex)) == "killed"
                 or lemma_of(verb, lex) in lex.succumb_verbs))


def is_corpse(noun: Token, lex: Lexicon) -> bool:
    """A body that is a dead person's: "the body of a teen", "six bodies were found",
    "police recovered his body", headline "body found in creek"; not a living one's: "a
    bullet struck his upper body", "he moved his body away from the window"."""
    if of_objects(noun, lex):
        return True
    syn = lex.syntax
    verbs = [noun.head] if noun.dep_ in syn.object or noun.dep_ in syn.passive_subject or (
        noun.dep_ in syn.subject and syn.past(noun.head)) else []  # headline "body found"
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return any(v.lemma_.lower() in lex.corpse_verbs for v in verbs)


def is_life_taken(noun: Token, lex: Lexicon) -> bool:
    """"claimed the lives of", "took her life", "cost him his life"; not "saved two lives"."""
    return noun.dep_ in lex.syntax.object and noun.head.lemma_.lower() in lex.life_verbs


def life_fighter(life: Token, lex: Lexicon) -> Token | None:
    """Who fights for a life, badly hurt: "left [a woman] fighting for her life", "[a man]
    is fighting for his life", "[he] was left clinging to life"; not "the team is fighting
    for its life" (no person), "fighting for his political life" (a modified life)."""
    prep, verb = life.head, life.head.head
    if (life.dep_ not in lex.syntax.pobj or prep.lower_ not in lex.life_fight_preps
            or prep.i == verb.i or lemma_of(verb, lex) not in lex.life_fight_verbs
            or any(c.dep_ == "amod" for c in life.children)):
        return None
    syn = lex.syntax
    fighter = subject_in(verb, syn.subject, lex)
    if fighter is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        fighter = verb.head  # "left a woman [fighting] for her life"
    if fighter is None and verb.dep_ in ("xcomp", "advcl", "oprd", "ccomp"):
        head = verb.head  # "left two men fighting for their lives", "was left fighting"
        fighter = (child_in(head, syn.object) or subject_in(head, syn.passive_subject, lex)
                   or subject_in(head, syn.subject, lex))
    if fighter is None or not (syn.relative(fighter) or someone(fighter, lex)):
        return None
    return fighter


def recovers_from_harm(verb: Token, lex: Lexicon) -> bool:
    """Someone recovering after a violent event was hurt in it: "a teen is recovering after
    an accidental shooting", "two men are recovering from the stabbing"; not "the community
    is recovering after the shooting" (no person), "she is recovering after surgery"."""
    subject = subject_in(verb, lex.syntax.subject, lex)
    if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        subject = verb.head  # headline "Toddler recovering after being shot"
    if subject is None or any(c.dep_ in lex.syntax.object for c in verb.children):
        return False
    if not (lex.syntax.relative(subject) or someone(subject, lex)):
        return False
    return any(word in lex.recover_event_preps and (any(
        o.lower_ in lex.recover_event_nouns or o.lemma_.lower() in lex.recover_event_nouns
        for o in objs) or harmed_clause(node, lex))
        for word, node, objs in prep_phrases(verb, lex))


def harmed_clause(prep: Token, lex: Lexicon) -> bool:
    """A passive harm verb after the preposition: "recovering after [being shot]"; not
    "recovering after shooting a deer" (the subject fired)."""
    return any(c.dep_ == "pcomp" and lemma_of(c, lex) in lex.harm_verbs
               and any(g.dep_ in lex.syntax.passive_aux for g in c.children)
               for c in prep.children)


def someone(tok: Token, lex: Lexicon) -> bool:
    """A person or a counted group: "a teen", "he", "John Smith", "a 15-year-old", "two
    men"; not "the community", "the city"."""
    return (has_figure(tok, lex) or is_person(tok, lex) or tok.lower_ in lex.individual_pronouns
            or tok.ent_type_ == "PERSON"
            or (tok.lower_ == lex.age_head and is_individual(tok, lex)))


def counted_kind(noun: Token, lex: Lexicon) -> str | None:
    """"number of dead" -> killed, "number of arrests" -> arrested."""
    for obj in of_objects(noun, lex):
        word, lemma = obj.lower_, obj.lemma_.lower()
        kind = lex.adjectives.get(word) or lex.nouns.get(lemma) or lex.verbs.get(lemma)
        if kind:
            return kind
    return None


def has_lethal_adjective(noun: Token, lex: Lexicon) -> bool:
    """"a fatal shooting", "deadly injuries"; not "a near-fatal shooting", "non-fatal
    injuries" (a hedge before the adjective: the victim lived)."""
    return any(c.lower_ in lex.lethal_adjectives and not is_hedged(c, lex)
               for c in noun.children)


def is_hedged(adjective: Token, lex: Lexicon) -> bool:
    """A hedge word just before the adjective, or its modifier: "[near]-fatal", "[nearly]
    fatal", "[non]-fatal"."""
    if any(c.lower_ in lex.lethal_hedges for c in adjective.children):
        return True
    before = [t for t in adjective.doc[max(adjective.i - 2, 0): adjective.i] if t.text != "-"]
    return bool(before) and before[-1].lower_ in lex.lethal_hedges


def is_irrealis(trigger: Token, lex: Lexicon) -> bool:
    """Threats, wishes and near misses are no casualties: "he was going to kill me"
    (a bare infinitive), "don't let my baby die", "he was almost killed", "they talked
    about killing the mayor"."""
    if lex.syntax.infinitive(trigger) and not counted_subject(trigger, lex):
        return True
    if is_counterfactual(trigger, lex) or is_topic(trigger, lex):
        return True
    if is_escaped(trigger, lex) or is_open_question(trigger, lex):
        return True
    if is_disbelieved(trigger, lex) or is_natural_death(trigger, lex):
        return True
    if is_wished(trigger, lex) or is_retracted(trigger, lex):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in lex.near_miss for c in trigger.children)


def is_escaped(trigger: Token, lex: Lexicon) -> bool:
    """What someone missed did not happen: "she narrowly missed being struck", "he escaped
    injury"; not "she survived being shot"."""
    return (trigger.dep_ in lex.syntax.complement | lex.syntax.object | {"pcomp"}
            and trigger.head.lemma_.lower() in lex.escape_verbs)


WISH_PATH = frozenset({"conj", "xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep"})


def is_wished(trigger: Token, lex: Lexicon) -> bool:
    """A wish or a ban is no event: "she prayed for him to have a heart attack and die",
    "praying for his death", "they are prohibited from killing one another"."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in WISH_PATH or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lex.wish_verbs:
            return True
    return False


def is_open_question(trigger: Token, lex: Lexicon) -> bool:
    """An open question asserts nothing: "police have not said if he was shot", "it is
    unclear whether anyone was hurt"."""
    return any(c.dep_ == "mark" and c.lower_ in lex.question_marks for c in trigger.children)


def is_disbelieved(trigger: Token, lex: Lexicon) -> bool:
    """A negated belief denies its clause: "police do not believe the driver was injured"."""
    head = trigger.head
    return (trigger.dep_ in lex.syntax.complement and head.i != trigger.i
            and head.lemma_.lower() in lex.belief_verbs
            and any(is_negation(c, lex) for c in head.children))


def is_natural_death(trigger: Token, lex: Lexicon) -> bool:
    """A disease kills no casualty: "he died of cancer", "two died from the flu", "she died
    due to cancer", "his death was due to an infection"; unlike "died of his wounds"."""
    holders = [trigger, *(c for c in trigger.children if c.lower_ in lex.cause_adverbs)]
    if trigger.dep_ in lex.syntax.subject:  # "his death was [due] to an infection"
        holders += [c for c in trigger.head.children if c.lower_ in lex.cause_adverbs]
    if trigger.dep_ == "pobj":  # "referring to his son's death [due] to cancer"
        holders += [c for c in trigger.head.head.children if c.lower_ in lex.cause_adverbs
                    and c.i > trigger.i]
    return any(word in lex.cause_preps and any(o.lemma_.lower() in lex.disease_nouns
                                               for o in objs)
               for holder in holders for word, objs in cause_phrases(holder, lex))


def cause_phrases(holder: Token, lex: Lexicon) -> list[tuple[str, list[Token]]]:
    """The prepositional phrases of a word, and the "to" of "due to" however it is parsed:
    "died [due] [to] cancer" (the object under "to", or under "due" with "to" a pcomp)."""
    found = [(word, objs) for word, _, objs in prep_phrases(holder, lex)]
    doc, at = holder.doc, holder.i + 1
    if holder.lower_ in lex.cause_adverbs and at < len(doc) and doc[at].lower_ in (
            lex.cause_preps):  # the few words after "due to", whatever their parse
        found.append((doc[at].lower_, list(doc[at + 1: at + 1 + CAUSE_WORDS])))
    return found


CAUSE_WORDS = 3  # "due to [a heart infection]"
RETRACTION_PATH = frozenset({"ccomp", "conj", "xcomp", "advcl"})


def is_retracted(trigger: Token, lex: Lexicon) -> bool:
    """What a correction says an earlier version got wrong: "a previous version of this
    story said the teen had died"; not "the report said two people died"."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in RETRACTION_PATH or tok.head.i == tok.i:
            return False
        tok = tok.head
        for subject in (c for c in tok.children if c.dep_ in lex.syntax.subject):
            if subject.lemma_.lower() in lex.retraction_nouns and any(
                    c.lower_ in lex.retraction_adjectives for c in subject.children):
                return True
    return False


def is_topic(trigger: Token, lex: Lexicon) -> bool:
    """A gerund that is what people talk about, not what happened: "he talked [about]
    killing the mayor", "a film about killing a president"."""
    head = trigger.head
    return (lex.syntax.gerund(trigger) and trigger.dep_ in ("pcomp", "pobj")
            and head.lower_ in lex.topic_preps)


def counted_subject(verb: Token, lex: Lexicon) -> bool:
    """A base form with a figure for its subject is a headline's participle, not an
    infinitive: "1 dead, [3] hurt" (hurt/VB); not "he wanted to hurt them"."""
    return any(c.dep_ in lex.syntax.subject and has_figure(c, lex) and c.i < verb.i
               and not any(a.dep_ == "aux" for a in verb.children) for c in verb.children)


def is_counterfactual(trigger: Token, lex: Lexicon) -> bool:
    """"I could have been killed", "no one would have been hurt": a modal with a perfect
    auxiliary says it did not happen; "I should be dead", "he might be hurt" (a modal of
    possibility without the perfect) neither, unlike "he may have been shot"; in "it could
    have cost him his life" the modal is on the verb that takes the life."""
    holders = [trigger]
    if trigger.dep_ in lex.syntax.complement or (
            trigger.lemma_.lower() in lex.life_nouns
            and trigger.head.lemma_.lower() in lex.life_verbs):
        holders.append(trigger.head)
    auxes = {c.lemma_.lower() for h in holders for c in h.children  # "could've been [dead]"
             if c.dep_ == "aux" or c.dep_ in lex.syntax.passive_aux}
    if lex.perfect_aux & auxes:  # "may have shot himself" guesses what happened
        return bool(lex.counterfactual_modals & auxes)
    return bool(lex.hypothetical_modals & auxes)


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
    if before is not None and past_form(before, lex) and (
        before.lemma_.lower() in lex.harm_verbs
    ):
        return True  # "shot dead six protesters", parsed as "dead" modifying "protesters"
    return (tok.dep_ == "pobj" and head.lower_ == lex.words.lethal_prep
            and lex.syntax.verb(head.head) and not list(tok.children))  # not "led to his death"


def harm_kind(verb: Token, lex: Lexicon) -> str | None:
    """"shot dead"/"fatally shot"/"beaten to death" kill; plain "shot" injures, unless a
    conjoined trigger says more ("shot and killed", "shot and wounded")."""
    if has_lethal_modifier(verb, lex):
        return "killed"
    if any(c.dep_ == "prep" and c.lower_ == lex.words.fired_at and not list(c.children)
           for c in verb.children):
        return None  # "he was shot at": fired at, not hit
    if any(c.dep_ in lex.syntax.object and lex.nouns.get(c.lemma_.lower()) == "killed"
           for c in verb.children):
        return None  # "in shooting death of ...", "shooting" read as a gerund: "death" counts
    if partner_claims(verb, lex):
        return None  # "shot and killed", "shot and pronounced dead": one claim, by the partner
    return "injured" if lemma_of(verb, lex) in lex.harm_verbs_injure else None


def partner_claims(verb: Token, lex: Lexicon) -> bool:
    """A conjoined verb of the same subject makes the claim: "shot and killed", "was hit
    several times and was pronounced dead"."""
    partners = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        partners.append(verb.head)
    return any(
        (p.lemma_.lower() in lex.verbs or has_lethal_modifier(p, lex))
        and not has_subject(p, lex)
        for p in partners
    )


def by_projectile(verb: Token, lex: Lexicon) -> bool:
    """"struck by gunfire", "a stray bullet hit her", "the bullet went through the door and
    struck the boy", "one of the rounds hit her", "someone fired shots, hitting a man"."""
    return any(is_projectile(d, lex) for d in projectile_doers(verb, lex))


def projectile_doers(verb: Token, lex: Lexicon) -> list[Token]:
    """What did the hitting: the subject or the agent; a conjunct verb's shared subject;
    the object fired by the verb a participle hangs from ("fired shots, [hitting] a man")."""
    doers = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            doers.append(child)
        if child.dep_ == "agent" or (  # headline "Child grazed [by] bullet", read as active
                child.dep_ == "prep" and child.lower_ in lex.syntax.agent_preps):
            doers.extend(g for g in child.children if g.dep_ == "pobj")
    if verb.head.i == verb.i:
        return doers
    if verb.dep_ in lex.syntax.relative_clause and any(lex.syntax.relative(d) for d in doers):
        return [verb.head]  # "the bullet that hit her"
    if doers:
        return doers
    if verb.dep_ == "conj":  # "the bullet went through the door and struck the boy"
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "fired off a [shot] hitting a man"
        return [verb.head]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "fired shots, hitting the boy",
        # "bullets were fired into the home, striking the child"
        return [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")] + (
            fired_before(verb, lex))
    return []


def fired_before(verb: Token, lex: Lexicon) -> list[Token]:
    """What was fired earlier in the sentence when the participle hangs on another verb: "a
    man accused of firing [shots] inside a club, hitting three people" ("hitting" parsed
    as a clause of the main verb)."""
    return [t for t in verb.sent if t.i < verb.i and t.dep_ in lex.syntax.object
            and lemma_of(t.head, lex) in lex.fire_verbs][-1:]


def is_projectile(noun: Token, lex: Lexicon) -> bool:
    """"a bullet", "gunfire", and a share of them: "one of the shots"."""
    return noun.lemma_.lower() in lex.projectile_nouns or any(
        o.lemma_.lower() in lex.projectile_nouns for o in of_objects(noun, lex))


def hit_on_body(verb: Token, lex: Lexicon) -> bool:
    """A person hit with no projectile named, on the body or a number of times: "she was
    struck once in the hip", "the victim was hit several times", "his niece was grazed";
    not "the team was hit hard" nor "hit by a car" (a named agent must be a projectile)."""
    subject = child_in(verb, lex.syntax.passive_subject)
    if subject is None:
        return fired_and_hit(verb, lex) or headline_grazed(verb, lex)
    if not may_be_victim(subject, lex) or any(c.dep_ == "agent" for c in verb.children):
        return False
    if lemma_of(verb, lex) in lex.bare_projectile_verbs:
        return True
    return on_body(verb, lex) or any(t.lower_ in lex.hit_times for c in verb.children
                          if c.dep_ in ("advmod", "npadvmod", "prep") for t in c.subtree)


def on_body(verb: Token, lex: Lexicon) -> bool:
    """Hit on a part of the body: "struck [in the hip]"."""
    return any(o.lemma_.lower() in lex.body_parts
               for _, _, objs in prep_phrases(verb, lex) for o in objs)


def headline_grazed(verb: Token, lex: Lexicon) -> bool:
    """A headline's "grazed" read as an active verb of its person, a shooting named:
    "16-year-old boy grazed in shooting" (not "cattle grazed in the field", no person; nor
    "a boy grazed on snacks", no shooting)."""
    subject = child_in(verb, lex.syntax.subject)
    if (lemma_of(verb, lex) not in lex.bare_projectile_verbs or subject is None
            or not is_person(subject, lex) or not lex.syntax.past(verb)
            or any(c.dep_ in lex.syntax.object for c in verb.children)):
        return False
    return any(t.lower_ in lex.harm_nouns or t.lemma_.lower() in lex.projectile_nouns
               or lemma_of(t, lex) in lex.harm_verbs for t in verb.subtree if t.i != verb.i)


def fired_and_hit(verb: Token, lex: Lexicon) -> bool:
    """An active projectile verb after a verb of firing, hitting a person on the body: "the
    driver fired once and struck the victim in the face"."""
    obj = next((c for c in verb.children if c.dep_ in lex.syntax.object), None)
    return (verb.dep_ in ("conj", "advcl") and lemma_of(verb.head, lex) in lex.fire_verbs
            and obj is not None and may_be_victim(obj, lex) and on_body(verb, lex))


def to_hospital(verb: Token, lex: Lexicon) -> bool:
    """"sent four people to the hospital", "were taken to Mount Sinai Hospital"."""
    return any(
        word == lex.words.hospital_prep and lex.hospital_cue.search(phrase(obj, lex).text)
        for word, _, objs in prep_phrases(verb, lex) for obj in objs
    )


def treated_in_hospital(verb: Token, lex: Lexicon) -> bool:
    """A patient treated at a hospital: "both were treated at local hospitals", "he is being
    treated in a hospital"; not "doctors treated him at the hospital" (an active verb, whose
    subject treats), nor "treated for a wound" (the wound makes the claim)."""
    return is_passive(verb, lex) and any(
        word in lex.care_place_preps and lex.hospital_cue.search(phrase(obj, lex).text)
        for word, _, objs in prep_phrases(verb, lex) for obj in objs
    )


def victim_arrives(verb: Token, lex: Lexicon) -> bool:
    """A victim reaching a hospital: "a shooting victim walked into the emergency room",
    "a second victim arrived at the hospital"; one victim only: of "two gunshot victims
    arrived at the hospital", one may be "pronounced dead a short time later"."""
    subject = subject_in(verb, lex.syntax.subject, lex)
    if subject is None or subject.lemma_.lower() not in lex.arrival_nouns or (
            not lex.syntax.singular_noun(subject)) or any(
            is_negation(c, lex) for c in verb.children) or any(
            c.lower_ in lex.zero_determiners for c in subject.children):
        return False  # "no victims arrived at the hospital" says nothing of the hurt
    places = [o for _, _, objs in prep_phrases(verb, lex) for o in objs]
    places += [c for c in verb.children if c.dep_ in lex.syntax.object]
    return any(lex.hospital_cue.search(phrase(p, lex).text) for p in places)


def recovers_in_hospital(verb: Token, lex: Lexicon) -> bool:
    """A person recovering at a hospital: "the other is recovering at a local hospital";
    not "police recovered a gun at the hospital" (an object: what was found)."""
    return (not any(c.dep_ in lex.syntax.object for c in verb.children) and any(
        word in lex.care_place_preps and lex.hospital_cue.search(phrase(obj, lex).text)
        for word, _, objs in prep_phrases(verb, lex) for obj in objs))


def stays_in_hospital(noun: Token, lex: Lexicon) -> bool:
    """A person in a hospital: "the man is in the hospital", "she remains in a hospital";
    not "police were at the hospital", "in the hospital parking lot" (hospital no object),
    "was not in the hospital"."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ not in lex.syntax.pobj or prep.lower_ not in lex.stay_preps:
        return False
    if lemma_of(verb, lex) not in lex.stay_verbs or prep.i == verb.i:
        return False
    subject = subject_in(verb, lex.syntax.subject, lex)
    return (subject is not None and may_be_victim(subject, lex)
            and not any(is_negation(c, lex) for c in verb.children))


def died_there(verb: Token, lex: Lexicon) -> bool:
    """Taken to a hospital to die there is a death, not an injury: "was taken to the
    hospital, where he was pronounced dead", "taken to hospital and pronounced dead"."""
    def lethal(c: Token) -> bool:
        return lex.verbs.get(lemma_of(c, lex)) == "killed" or has_lethal_modifier(c, lex)

    if any(c.dep_ == "conj" and lethal(c) for c in verb.children):
        return True  # "was taken to the hospital and pronounced dead"
    return any(c.dep_ == "relcl" and lethal(c)
               for _, _, objs in prep_phrases(verb, lex) for obj in objs
               for c in obj.children)


def has_lethal_modifier(verb: Token, lex: Lexicon) -> bool:
    """"fatally shot", "shot dead", "pronounced dead", "beaten to death", "gunned down"."""
    lethal_particles = lex.lethal_particles.get(verb.lemma_.lower(), ())
    if any(c.dep_ == "prt" and c.lower_ in lethal_particles for c in verb.children):
        return True
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    right_after = after is not None and past_form(verb, lex) and verb.i < after.head.i
    if right_after and after.lower_ in lex.lethal_complements:
        return True  # "shot dead six protesters" ("dead" parsed into the object)
    for child in verb.children:
        after_number = child.i > 0 and is_number(child.doc[child.i - 1], lex)
        if (child.lower_ in lex.lethal_adverbs and not after_number) or (
            child.dep_ in ("oprd", "acomp", "xcomp") and child.lower_ in lex.lethal_complements
        ):
            return True
    return any(  # "beaten to death": the preposition's words ("to" -> "death")
        word == lex.words.lethal_prep and any(
            g.lower_ in lex.lethal_complements
            for g in (node.children if lex.syntax.prep_heads else objs))
        for word, node, objs in prep_phrases(verb, lex)
    )


def past_form(tok: Token, lex: Lexicon) -> bool:
    """A past tense or participle: "shot" in "shot dead six protesters"."""
    return lex.syntax.past(tok) or lex.syntax.participle(tok)
