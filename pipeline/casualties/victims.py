"""Who a trigger is about: the word standing for its victims, or the figure a toll reaches.

Only the parse links a trigger to its victims (subject of a passive, object of an active
verb, the noun a participle modifies, "the deaths of ..."), so a number no trigger reaches
never becomes a claim: "18 months" or "80 percent" stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.casualties.counts import count_before, misread_harm_noun, one_death
from pipeline.casualties.crimes import crime_victim, is_crime_noun
from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.people import is_individual, is_person, non_person
from pipeline.casualties.syntax import (
    acts_as_verb,
    child_in,
    deps_of,
    has_figure,
    has_subject,
    is_number,
    is_passive,
    lemma_of,
    multiplier,
    negated_zero,
    of_objects,
    prep_objects,
    prep_phrases,
    prep_word,
    subject_in,
)

# Kinds whose noun names its victim as possessor ("his death"), unlike "police's arrests".
HARM_KINDS = ("killed", "injured")
# Labels under which a headline's subject may hang from its verb: "[juvenile] dies".
HEADLINE_SUBJECT_DEPS = ("amod", "compound", "npadvmod", "nmod", "dep")


def victim_of(trigger: Token, lex: Lexicon) -> Token | None:
    """The word standing for the victims of a trigger, found through the parse."""
    lemma = trigger.lemma_.lower()
    if multiplier(trigger, lex) is not None:
        return trigger  # "a quadruple shooting": the noun carries its figure
    if is_crime_noun(trigger, lex):
        return crime_victim(trigger, lex)  # "the murders of [two women]"
    if misread_harm_noun(trigger, lex):
        return trigger  # title "deadly shooting", "shooting" read as a gerund
    if trigger.lower_ in lex.headline_shot and trigger.pos_ in ("NOUN", "PROPN"):
        hit = headline_victim(trigger, lex)  # "16-year-old shot outside club"
        if hit is not None:
            return hit
    if trigger.lower_ in lex.lethal_adverbs:
        return trigger.head  # "two people were shot, one fatally"
    verb_lemmas = (lex.verbs, lex.harm_verbs, lex.hospital_verbs, lex.projectile_verbs,
                   lex.phrasal, lex.succumb_verbs, lex.treat_verbs, lex.recover_verbs,
                   lex.arrival_verbs)
    if acts_as_verb(trigger, lex) and any(lemma_of(trigger, lex) in group
                                          for group in verb_lemmas):
        return verb_victim(trigger, lex)
    if trigger.pos_ == "NOUN" and lemma in lex.harm_nouns:
        objs = of_objects(trigger, lex)
        return objs[0] if objs else trigger  # "the fatal shooting [of a teen]"
    if trigger.pos_ == "NOUN" and lemma in lex.life_nouns:
        return life_owner(trigger, lex)
    if trigger.pos_ == "NOUN" and lemma in lex.hospital_nouns:
        return subject_in(trigger.head.head, lex.syntax.subject, lex)  # "[the man] is in
        # the hospital" (pipeline/casualties/kinds.py stays_in_hospital)
    if trigger.pos_ == "NOUN" and lemma in lex.condition_nouns:
        return bearer(trigger.head, lex)  # "two people are listed in critical condition"
    if trigger.pos_ == "NOUN" and trigger.lower_ not in lex.adjectives:
        return noun_victim(trigger, lex)
    return adjective_victim(trigger, lex)


def coordination_start(noun: Token, lex: Lexicon) -> Token:
    """The first of the coordinated nouns a participle on the last one is about: "left
    [three women] and one man injured" (four); not when an earlier one is no person ("a
    shooting that left two dead and three others wounded") or has a claim word of its own:
    "left one person [dead] and three more injured" (three)."""
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return noun
    first = noun.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    for part in [first, *first.conjuncts]:
        if part.i >= noun.i:
            continue
        words = list(part.children)
        if part.dep_ in lex.syntax.object:  # "left [two men] dead": "dead" hangs on "left"
            words += [c for c in part.head.children if part.i < c.i < noun.i]
        if not (has_figure(part, lex) or is_person(part, lex)) or any(
                c.lower_ in lex.adjectives or c.lemma_.lower() in lex.verbs
                or c.lemma_.lower() in lex.harm_verbs for c in words):
            return noun
    return first


def life_owner(life: Token, lex: Lexicon) -> Token:
    """Whose life was taken: "the lives [of a boy and his mother]", "took [her] life", the
    taker of "[student] takes own life", or the noun's own figure: "claimed [two] lives"."""
    objs = of_objects(life, lex)
    if objs:
        return objs[0]
    owner = child_in(life, lex.syntax.possessive)
    if owner is None and any(c.lower_ in lex.own_words for c in life.children):
        owner = child_in(life.head, lex.syntax.subject)  # headline "teen takes own life"
    return owner if owner is not None else life


def verb_victim(trigger: Token, lex: Lexicon) -> Token | None:
    """Object of an active verb, subject of a passive or intransitive one, or the noun a
    participle modifies."""
    syn = lex.syntax
    lemma = lemma_of(trigger, lex)
    subject = subject_in(trigger, syn.subject, lex)
    if subject is not None and (lemma in lex.recover_verbs or lemma in lex.arrival_verbs):
        return subject  # "the other is recovering at a local hospital", "two victims
        # arrived at the hospital"
    if subject is not None and lemma in lex.intransitive:
        return event_subject(trigger, subject, lex) or subject  # "47 people have died",
        # "un policía murió quemado"
    if subject is None and lemma in lex.intransitive:
        named = interjected_person(trigger, lex)
        if named is not None:
            return named  # headline "Boy, 13, dies after shooting"
        if trigger.dep_ in ("conj", "xcomp"):  # "the boy was taken off life support and
            # passed away", "all four appear to have died": the head's subject
            shared = (subject_in(trigger.head, syn.subject, lex)
                      or subject_in(trigger.head, syn.passive_subject, lex))
            if shared is not None:
                return shared
    obj = direct_object(trigger, lex) or named_object(trigger, lex)
    if obj is not None and (may_be_victim(obj, lex) or not headline_verb(trigger, subject, lex)):
        return obj  # "killing at least 18", "detained dozens"
    passive_subject = subject_in(trigger, syn.passive_subject, lex)
    if passive_subject is not None:
        return passive_subject  # "17 were killed"
    if subject is not None and (syn.participle(trigger) or (
            has_figure(subject, lex) and not syn.gerund(trigger))):
        return subject  # "68 injured", "three others wounded", "fueron detenidos cinco";
        # not "two men were shooting": the subject of a progressive fires
    if subject is not None and syn.past(trigger) and is_person(subject, lex) and (
            not fires(trigger, subject, lex)):
        return subject  # headline style: "Teen killed in Chelsea shooting"
    if subject is not None and syn.past(trigger) and subject.ent_type_ in lex.person_labels and (
            to_death(trigger, lex)):
        return subject  # a body line in headline style: "Ana Ruiz, 19, shot to death today"
    if trigger.dep_ in ("xcomp", "advcl", "ccomp") and (
            lemma_of(trigger.head, lex) in lex.corpse_verbs):
        found = direct_object(trigger.head, lex) or subject  # "deputies found Tom Hale, 33,
        # shot to death" ("shot" read as a past tense hung on "found", or as its clause)
        if found is not None and may_be_victim(found, lex):
            return found
    if trigger.dep_ in ("xcomp", "oprd", "ccomp") and syn.participle(trigger):
        head = trigger.head  # "left one person hospitalized", "were found shot"
        found = direct_object(head, lex) or child_in(head, syn.passive_subject)
        if found is None and trigger.dep_ == "xcomp":
            found = child_in(head, syn.subject)  # headline "four people found shot to death"
            found = found if found is not None and may_be_victim(found, lex) else None
        if found is not None or trigger.dep_ != "ccomp":
            return found
    if trigger.dep_ in ("acl", "amod") and trigger.head.lower_ in lex.headline_shot:
        hit = headline_victim(trigger.head, lex)  # "girl shot, killed by constable"
        if hit is not None:
            return hit
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM") and (
            not event_noun(trigger.head, lex)):  # "a shooting that left five people
        # [injured]" hung on "shooting": the figure before the participle counts (below)
        if trigger.i < trigger.head.i:
            return trigger.head  # "the injured victim": its own noun only
        return coordination_start(trigger.head, lex)  # "30 civilians killed"
    if trigger.dep_ == "conj" and trigger.head.lower_ in lex.headline_shot:
        hit = headline_victim(trigger.head, lex)  # "teen shot and killed", "shot" a noun
        if hit is not None:
            return hit
    if trigger.dep_ == "conj" and syn.verb(trigger.head):
        return shared_victim(trigger, lex)  # "two men were shot and killed"
    if compound_verb(trigger, lex):
        return trigger.head  # headline "man shoots girlfriend and her son", "shoots" read
        # as a modifier of the noun it takes
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if syn.participle(trigger) and before is not None and has_figure(before, lex):
        return coordination_start(before, lex)  # misparsed "a shooting that left three
        # others wounded", "left two women and one man injured"
    return (clause_subject(trigger, lex) or orphan_subject(trigger, lex)
            or inverted_subject(trigger, lex))


def to_death(verb: Token, lex: Lexicon) -> bool:
    """A verb of harm carried to death: "stabbed [to death]"."""
    return any(word == lex.words.lethal_prep and any(
        g.lower_ in lex.lethal_complements
        for g in (node.children if lex.syntax.prep_heads else objs))
        for word, node, objs in prep_phrases(verb, lex))


def inverted_subject(trigger: Token, lex: Lexicon) -> Token | None:
    """The subject of an inverted passive, parsed as the auxiliary's attribute: "Also
    wounded were [four patrons]" (only with the auxiliary after the participle)."""
    if trigger.dep_ != "ROOT" or has_subject(trigger, lex):
        return None
    for aux in trigger.rights:
        if aux.dep_ in lex.syntax.passive_aux:
            found = next((c for c in aux.rights if c.dep_ in lex.inverted_subject_deps), None)
            return found if found is not None and may_be_victim(found, lex) else None
    return None


def fires(verb: Token, subject: Token, lex: Lexicon) -> bool:
    """An active harm verb whose subject is the one who fires: "the gunman shot four
    times" (not "Gunman shot by police", nor headline "Man shot in leg")."""
    return (subject.lemma_.lower() in lex.shooter_nouns and lemma_of(verb, lex) in lex.harm_verbs
            and not any(prep_word(c, lex) in lex.syntax.agent_preps for c in verb.children))


def shared_victim(verb: Token, lex: Lexicon) -> Token | None:
    """The victims of a verb conjoined to its head: those of the head when it is a trigger
    itself ("two men were [shot] and killed"), else the head's subject when the verb is a
    passive of its own ("a man got into an argument and was shot") or the head's passive
    subject ("a man was [robbed] and shot"), or a copula's ("he [was] unconscious and
    taken to hospital"); never the subject of an active head, who acts:
    "he [pulled] out a rifle and shot through the window"."""
    head = verb.head
    verb_lemmas = (lex.verbs, lex.harm_verbs, lex.hospital_verbs, lex.projectile_verbs,
                   lex.phrasal, lex.succumb_verbs)
    if any(lemma_of(head, lex) in group for group in verb_lemmas) or (
            head.lower_ in lex.adjectives or head.lower_ in lex.headline_shot):
        return victim_of(head, lex)
    passive = subject_in(head, lex.syntax.passive_subject, lex)
    if passive is None and (is_passive(verb, lex) or head.pos_ == "AUX"):
        return subject_in(head, lex.syntax.subject, lex)  # "he was unconscious and taken"
    return passive


def event_subject(verb: Token, subject: Token, lex: Lexicon) -> Token | None:
    """The person who died when the parse gave the death to the event: "a teen
    hospitalized after a weekend shooting has died", read as "hospitalized [after a
    shooting has died]"; not "after the shooting died down"."""
    if (subject.lemma_.lower() not in lex.harm_nouns or verb.dep_ != "advcl"
            or any(c.dep_ == "prt" for c in verb.children)):
        return None
    found = subject_in(verb.head, lex.syntax.subject, lex)
    return found if found is not None and may_be_victim(found, lex) else None


def event_noun(noun: Token, lex: Lexicon) -> bool:
    """A noun for the event or a thing, never its victims: "shooting", "car", "home"."""
    lemma = noun.lemma_.lower()
    return lemma in lex.units or lemma in lex.harm_nouns or non_person(noun, lex)


def compound_verb(verb: Token, lex: Lexicon) -> bool:
    """A finite verb the parser hung as a compound on the noun after it, its object:
    "man [shoots] girlfriend", "gunman [kills] teen" (not "shooting victim", a gerund, nor
    "wounded man", a participle)."""
    syn = lex.syntax
    head = verb.head
    return (verb.dep_ == "compound" and head.i > verb.i and head.pos_ in ("NOUN", "PROPN")
            and not (syn.participle(verb) or syn.gerund(verb) or syn.infinitive(verb)))


def interjected_person(verb: Token, lex: Lexicon) -> Token | None:
    """A headline's subject the tagger read as an interjection: "[Boy], 13, dies", or as a
    modifier of the verb: "[juvenile] dies after ...", "12-year-[old] dies"."""
    for child in verb.lefts:
        if child.dep_ in lex.syntax.interjection and is_person(child, lex):
            return child
        if child.dep_ in HEADLINE_SUBJECT_DEPS and (
            child.lower_ in lex.person_nouns or is_age(child, lex)
        ):
            return child
    return None


def is_age(tok: Token, lex: Lexicon) -> bool:
    """"old" of "12-year-old" (a person named by the age)."""
    return tok.lower_ == lex.age_head and any(c.lower_ == lex.age_unit for c in tok.children)


def headline_verb(trigger: Token, subject: Token | None, lex: Lexicon) -> bool:
    """A headline's participle the parser read as an active verb: "man shot and [killed]
    outside bar", "Teen [killed] in DeKalb shooting ID'd; gun's origins..." (its object
    is a misread, unless it is a victim: "gunman shot and killed his neighbor")."""
    return trigger.dep_ == "conj" or (
        subject is not None and lex.syntax.past(trigger)
        and (is_person(subject, lex) or has_figure(subject, lex)))  # "four people shot in
    # Elm Park: police", the source read as the object


def may_be_victim(tok: Token, lex: Lexicon) -> bool:
    """A person or a figure; not "bar" in headline "man shot and killed outside [bar]",
    which the parser makes the object of "killed"."""
    return has_figure(tok, lex) or is_individual(tok, lex) or tok.pos_ in ("PRON", "PROPN")


def headline_victim(shot: Token, lex: Lexicon) -> Token | None:
    """Who a headline's "shot" (read as a noun) is about: "[teen] shot and killed",
    "16-year-[old] shot outside club"."""
    for child in shot.children:
        if child.dep_ in ("compound", "nsubj", "nummod", "amod") and child.i < shot.i and (
            is_person(child, lex) or has_figure(child, lex) or is_individual(child, lex)
        ):
            return child
    return None


def orphan_subject(trigger: Token, lex: Lexicon) -> Token | None:
    """A passive whose subject the parser hung elsewhere: "In a shooting caught on video, [a
    2-year-old boy and a 26-year-old man] were killed" (an apposition of "video"): the noun
    right before the auxiliary, from its first conjunct on."""
    syn = lex.syntax
    if not is_passive(trigger, lex) or has_subject(trigger, lex):
        return None
    auxes = [c for c in trigger.lefts if c.dep_ in syn.passive_aux or c.dep_ == "aux"]
    first = min(auxes, key=lambda t: t.i) if auxes else trigger
    if first.i == 0:
        return None
    noun = trigger.doc[first.i - 1]
    while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and may_be_victim(noun, lex):
        return noun
    return None


def clause_subject(trigger: Token, lex: Lexicon) -> Token | None:
    """A subjectless passive in a time phrase is about the clause's subject: "a girl is
    recovering [after being shot]", "he died [after being struck by gunfire]"."""
    syn = lex.syntax
    if trigger.dep_ not in ("pcomp", "advcl") or not is_passive(trigger, lex):
        return None
    clause = trigger.head
    if prep_word(clause, lex) is not None:
        clause = clause.head
    found = child_in(clause, syn.subject) or child_in(clause, syn.passive_subject)
    if found is not None:
        return found
    return described_person(clause, lex)


def described_person(clause: Token, lex: Lexicon) -> Token | None:
    """The person a subjectless time phrase describes in a headline: "[Toddler] recovering
    after being shot" (a participle on the noun), "10-year-old [boy] in surgery after being
    shot" (the phrase hung on the noun itself); not a place or a thing ("home sprayed
    after being shot at")."""
    noun = clause.head if clause.dep_ == "acl" else clause
    if noun.pos_ in ("NOUN", "PROPN") and is_person(noun, lex):
        return noun
    return None


def direct_object(verb: Token, lex: Lexicon, skip: Token | None = None) -> Token | None:
    """The verb's object, unless it is a passive's agent ("detenidos [por la policía]",
    which a UD parse may label obj)."""
    syn = lex.syntax
    for child in verb.children:
        if child.dep_ not in syn.object or (skip is not None and child.i == skip.i):
            continue
        if not any(g.dep_ in syn.case and g.lower_ in syn.agent_preps for g in child.children):
            return child
    return None


def noun_victim(trigger: Token, lex: Lexicon) -> Token | None:
    """"47 deaths", "no injuries", "the deaths of 17 people", "two people suffered
    injuries", "three others with gunshot wounds"."""
    wearer = wounds_bearer(trigger, lex)
    if wearer is not None:
        return wearer  # "he suffered three gunshot wounds": one injured, not three
    if any(c.dep_ == "nummod" or c.lower_ in lex.zero_determiners for c in trigger.children):
        return trigger
    if any(word == lex.words.of for word, _, _ in prep_phrases(trigger, lex)):
        objs = of_objects(trigger, lex)
        if objs or lex.syntax.prep_heads:
            return objs[0] if objs else None
    owner = child_in(trigger, lex.syntax.possessive)
    if owner is not None and lex.nouns.get(trigger.lemma_.lower()) in HARM_KINDS:
        return owner  # "Ariel Morgan's shooting death", "her son's injuries"
    if trigger.dep_ in lex.syntax.object and trigger.head.lemma_.lower() in lex.suffer_verbs:
        return (child_in(trigger.head, lex.syntax.subject)
                or interjected_person(trigger.head, lex)  # "1-year-old suffers fatal wound"
                or clause_holder(trigger.head, lex))
    sufferer = suffering_from(trigger, lex)
    if sufferer is not None:
        return sufferer
    hedged = apparent_wound(trigger, lex)
    if hedged is not None:
        return hedged
    if trigger.dep_ == "pobj" and trigger.head.lower_ == lex.words.bearer_prep and (
            lex.nouns.get(trigger.lemma_.lower()) != "killed"):
        return bearer(trigger.head, lex)  # not "four people [in connection with] the killing"
    if negated_zero(trigger, lex):
        return trigger  # "no se reportaron heridos"
    if lex.syntax.linear_counts and count_before(trigger, lex) is not None:
        return trigger  # "una treintena de detenidos", "más de 60 heridos"
    if one_death(trigger, lex):
        return trigger  # "led to an accidental shooting death"
    return None


def wounds_bearer(noun: Token, lex: Lexicon) -> Token | None:
    """Who bears counted wounds: "[the victim] suffered three gunshot wounds", "[a man]
    with two gunshot wounds" (the figure counts the wounds, not the people)."""
    if lex.nouns.get(noun.lemma_.lower()) != "injured" or not any(
            c.dep_ == "nummod" for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ in lex.syntax.object and head.lemma_.lower() in lex.suffer_verbs:
        return child_in(head, lex.syntax.subject) or interjected_person(head, lex)
    if noun.dep_ in lex.syntax.pobj and head.lower_ == lex.words.bearer_prep:
        found = bearer(head, lex)
        return found if found is not None and found.i != noun.i else None
    return None


def suffering_from(noun: Token, lex: Lexicon) -> Token | None:
    """"a woman suffering [from] a gunshot wound": the subject of the suffer verb; "two
    men were treated [for] gunshot wounds": the patient of a treat verb."""
    prep = noun.head
    if noun.dep_ not in lex.syntax.pobj or prep_word(prep, lex) is None:
        return None
    verb = prep.head
    if verb.dep_ in lex.syntax.object and prep_word(prep, lex) in lex.treat_preps and (
            verb.head.lemma_.lower() in lex.treat_verbs):
        return verb  # "doctors treated [three men] for gunshot wounds"
    lemma = verb.lemma_.lower()
    if lemma in lex.recover_verbs and prep_word(prep, lex) in lex.recover_preps:
        return (child_in(verb, lex.syntax.subject)  # "the boy is recovering from his wounds"
                or raised_subject(verb, lex))  # "[the boy] is expected to recover from ..."
    if lemma in lex.treat_verbs and prep_word(prep, lex) in lex.treat_preps:
        # "a 19-year-old was being treated for a gunshot wound", "doctors treated two men
        # for injuries": the patient, never the doctor
        return child_in(verb, lex.syntax.passive_subject) or child_in(verb, lex.syntax.object)
    if lemma not in lex.suffer_verbs:
        return None
    return (child_in(verb, lex.syntax.subject) or child_in(verb, lex.syntax.passive_subject)
            or clause_holder(verb, lex))


def raised_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb an infinitive completes: "[the teen] is expected to recover",
    "[she] appears to have recovered"."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    return (child_in(verb.head, lex.syntax.subject)
            or child_in(verb.head, lex.syntax.passive_subject))


def apparent_wound(noun: Token, lex: Lexicon) -> Token | None:
    """Who has a wound named in a hedge: "found a teen [with what appeared to be] a gunshot
    wound" (the wound the attribute of "be", the clause the object of "with")."""
    if noun.dep_ != "attr" or lex.nouns.get(noun.lemma_.lower()) != "injured":
        return None
    node = noun.head
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ == "pcomp" and prep.lower_ == lex.words.bearer_prep and any(
            lex.syntax.relative(c) for c in node.children):
        return bearer(prep, lex) or state_holder(prep.head, lex)
    return None


def state_holder(state: Token, lex: Lexicon) -> Token | None:
    """Who is in the state an adjective names after a verb of finding: "found [a teen] in
    her bedroom [unresponsive] with ..." (the adjective a clause of "found", or a modifier
    of the person)."""
    if not lex.syntax.adjective(state):
        return None
    if state.dep_ == "amod":
        found = state.head  # "a girl in the kitchen [unresponsive] with ...", hung on "girl"
    elif state.dep_ in ("ccomp", "oprd", "xcomp", "advcl"):
        found = direct_object(state.head, lex, skip=state)
    else:
        return None
    return found if found is not None and may_be_victim(found, lex) else None


def clause_holder(verb: Token, lex: Lexicon) -> Token | None:
    """Who a subjectless suffer verb is about: the noun it modifies ("three victims
    [suffering] from gunshot wounds"), or the subject of the clause it hangs from ("a man
    refused treatment after [suffering] a graze wound")."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return verb.head
    head = verb.head
    if verb.dep_ == "advcl" and lemma_of(head, lex) in lex.corpse_verbs:
        found = direct_object(head, lex)  # "they found [Tina Cole], 31, suffering from a
        # gunshot wound" (not "they", who found her)
        if found is not None and may_be_victim(found, lex):
            return found
    if verb.dep_ == "pcomp":
        head = head.head  # "after suffering": the verb "after" hangs from
    elif verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    if head.i == verb.i or not lex.syntax.verb(head):
        return None
    return (subject_in(head, lex.syntax.subject, lex)
            or subject_in(head, lex.syntax.passive_subject, lex))


def bearer(prep: Token, lex: Lexicon) -> Token | None:
    """Who has what a preposition introduces: "three others [with gunshot wounds]",
    "officers found three men [with wounds]", "four others were in the hospital [with
    wounds]", "two people are listed [in critical condition]"."""
    holder = prep.head
    while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
        if has_figure(holder, lex) or holder.pos_ == "PROPN":
            return holder
        holder = holder.head
    if holder.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return holder
    if holder.pos_ in ("VERB", "AUX"):
        deps = deps_of(holder)
        found = deps.get("dobj") or deps.get("nsubjpass") or deps.get("nsubj")
        if found is None and holder.dep_ == "conj":
            found = conjunct_subject(holder, lex)  # "she was treated and [released] with
            # minor injuries", "he was taken to Mercy and [is] in stable condition"
        if found is None and holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN"):
            return holder.head  # "found a man [lying] in the street with gunshot wounds"
        if found is None and holder.dep_ == "xcomp" and holder.tag_ == "VBG":
            head = deps_of(holder.head)  # "the victim was found [lying] there with wounds"
            return head.get("dobj") or head.get("nsubjpass")
        return found
    return None


def adjective_victim(adj: Token, lex: Lexicon) -> Token | None:
    """"45 dead", "five people remain missing", "left three people dead", "two injured"."""
    syn = lex.syntax
    own = deps_of(adj)
    if "nummod" in own or ("meta" in own and is_number(own["meta"], lex)):
        return adj  # "45 dead", headline "police: [1] dead"
    subject = subject_in(adj, syn.subject, lex) or subject_in(adj, syn.passive_subject, lex)
    if subject is not None:
        return subject  # "three fishermen are missing"
    if "npadvmod" in own and is_number(own["npadvmod"], lex):
        return adj  # "three more injured"
    if syn.linear_counts and count_before(adj, lex) is not None:
        return adj  # "atendieron a más de 60 heridos" (the count before the word is its own)
    head = adj.head
    if adj.dep_ in syn.complement or (  # "left three people dead", "otro efectivo resultó
            # herido"; "found his brother, Tom, 22, dead inside" read as a clause of its own
            adj.dep_ == "advcl" and lemma_of(adj.head, lex) in lex.corpse_verbs):
        found = (direct_object(head, lex, skip=adj) or subject_in(head, syn.subject, lex)
                 or subject_in(head, syn.passive_subject, lex) or conjunct_subject(head, lex)
                 or stranded_subject(head, lex))
        if found is not None:
            return found
    if negated_zero(adj, lex):
        return adj  # "no se reportaron heridos"
    if prep_word(adj, lex) is not None:
        return None  # UD "el número [de fallecidos]" read as an adjective with a case: the
        # count noun counts it (pipeline/casualties/kinds.py counted_kind)
    if adj.dep_ == "amod" and head.pos_ in ("NOUN", "NUM", "PROPN"):
        return head
    if adj.dep_ == "compound" and is_person(head, lex):
        return head  # "the slain student", "slain" read as a noun
    before = adj.doc[adj.i - 1] if adj.i > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "NUM") and (
        has_figure(before, lex) or is_person(before, lex)
    ):
        return before  # headline "One teenager dead after homicide", "Coroner: boy dead"
    return None


def stranded_subject(verb: Token, lex: Lexicon) -> Token | None:
    """A subject the parser gave to an aside before the verb: "[The suspect], believed to
    be in his 20s, was pronounced dead" ("suspect" the subject of "believed")."""
    for child in verb.lefts:
        if child.dep_ != "advcl":
            continue
        found = next((g for g in child.lefts if g.dep_ in lex.syntax.subject), None)
        if found is not None and may_be_victim(found, lex):
            return found
    return None


def named_object(verb: Token, lex: Lexicon) -> Token | None:
    """A victim's name the parser hung as an adverb of the verb: "a shooting that wounded
    3-year-old [Ava Cole]" (npadvmod); not "killed [Sunday]" (a date, no person)."""
    return next((c for c in verb.rights if c.dep_ == "npadvmod"
                 and c.ent_type_ in lex.person_labels), None)


def conjunct_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject a conjoined verb shares with the verb before it: "a man was shot in the
    chest and [pronounced] dead" (the man)."""
    if verb.dep_ != "conj" or not lex.syntax.verb(verb.head):
        return None
    first = verb.head
    return (subject_in(first, lex.syntax.passive_subject, lex)
            or subject_in(first, lex.syntax.subject, lex))


def toll_value(toll: Token, lex: Lexicon) -> Token | None:
    """The figure a toll reaches: "rose to 47", "stands at 47", "is 47", "a toll of 47"."""
    for holder in (toll, toll.head):
        for child in holder.children:
            if child.dep_ == "attr" and holder.i != toll.i:
                return child
            word = prep_word(child, lex) or object_case(child, lex)
            if word is not None and word in lex.words.toll_preps:
                objs = prep_objects(child, lex)
                if objs and has_figure(objs[0], lex):
                    return objs[0]
    return None


def object_case(node: Token, lex: Lexicon) -> str | None:
    """The preposition the small Spanish model leaves on an object: "asciende [a] 46" (46
    an obj with a `case` child); None in ClearNLP, whose prepositions head their phrase."""
    syn = lex.syntax
    if syn.prep_heads or node.dep_ not in syn.object:
        return None
    return next((c.lower_ for c in node.children if c.dep_ in syn.case), None)
