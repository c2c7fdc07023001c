"""newsclaims_demands: who demands what, of whom, from the parse plus a typed lexicon.

A trigger ("demanded", "call for", "their demands include", "chanting ...") points at the
demanded content; the content is split into items (one row per list item), each item is
typed with the patterns in models/<lang>/demands.yaml, and its target is resolved to the
same canonical names as the entities table. Kind separates protesters' demands from
officials' calls, proposals and promises, which outlets often blur.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pipeline.demand_lexicon import (
    Lexicon,
    Trigger,
    classify,
    clean_item,
    is_not_demand,
    load_lexicon,
    other_category,
)
from pipeline.extensions import register_extensions
from pipeline.normalize.names import entity_key, resolve_alias
from pipeline.types import Demand

EXT = "demands"
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "obj", "dative")
RELATIVE = ("who", "which", "that", "whom")
NEGATIVE_SUBJECTS = ("none", "nobody", "neither", "nothing")
TRAILING_PREPS = ("to", "for", "from", "of", "against", "on")
# A verb with no subject of its own borrows its head's: "disrupted mines, demanding ...".
CLIMB_DEPS = ("conj", "advcl", "xcomp", "ccomp", "relcl", "pcomp")
PERSONAL = ("he", "she", "him", "her", "his")
PLURAL = ("they", "them", "their")
SEPARATORS = (",", ";", "—", "–", "and", "or", "plus", "&")
QUOTE_OPEN = ('"', "“", "'", "‘", "«")
QUOTE_CLOSE = ('"', "”", "'", "’", "»")
TITLES = ("president", "ex-president", "former", "prime", "minister", "mr", "mrs", "ms",
          "dr", "premier", "deposed", "ousted", "jailed", "detained", "leader")
LEGISLATURE = ("congress", "parliament", "legislature", "congreso")
PERSON_LABELS = ("PERSON", "ORG", "NORP", "GPE")
# Words that make a name an organisation or place, never a person to release or remove.
ORG_WORDS = {"office", "assembly", "party", "libre", "confiep", "ministry", "government",
             "court", "police", "army", "union", "front", "federation", "lima", "puno", "peru"}


@Language.factory("newsclaims_demands", default_config={"models_dir": "", "lang": "en"})
def make_component(nlp: Language, name: str, models_dir: str, lang: str) -> DemandsComponent:
    register_extensions()
    return DemandsComponent(nlp, models_dir, lang)


@dataclass
class Item:
    """One demanded item: its tokens, type and the entity targets it names."""

    start: int
    end: int  # token indices, end exclusive
    demand_type: str | None
    targets: list[tuple[str, str]]  # (canonical, key)


class DemandsComponent:
    def __init__(self, nlp: Language, models_dir: str, lang: str = "en") -> None:
        self.models_dir = models_dir
        self.lexicon: Lexicon = load_lexicon(models_dir, lang)
        self._people: list[tuple[int, int, bool, tuple[str, str]]] = []
        self.matcher = Matcher(nlp.vocab)
        lemmas = sorted(self.lexicon.trigger_lemmas)
        self.matcher.add("TRIGGER", [[{"LEMMA": {"IN": lemmas}}], [{"LOWER": {"IN": lemmas}}]])

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):  # no parser in this pipeline: no demands to read
            setattr(doc._, EXT, [])
            return doc
        self._people = self.people_in(doc)  # per doc: pronouns and targets look people up
        rows: list[Demand] = []
        seen: set[int] = set()
        for _, start, _ in self.matcher(doc):
            if start not in seen:
                seen.add(start)
                rows.extend(self.demands_at(doc, doc[start]))
        setattr(doc._, EXT, dedupe(rows))
        return doc

    # --- one trigger -------------------------------------------------------------------
    def demands_at(self, doc: Doc, word: Token) -> list[Demand]:
        """All rows introduced by one trigger word ('demanded', 'calls', 'slogans')."""
        trigger = self.pick_trigger(word)
        if trigger is None or (trigger.pos != "SCONJ" and self.negated(word)):
            return []
        content = self.content(doc, word, trigger)
        if not content:
            return []
        actor = self.actor(doc, self.actor_token(word, trigger))
        kind = trigger.kind  # lexical: "called for" is a call whoever calls
        rejecter = self.rejected_by(doc, word) if trigger.pos == "NOUN" else None
        mode = "quote" if self.quote_follows(word) else trigger.mode
        rows = []
        for item in self.items(doc, content, mode, rejecter, kind):
            demand_type = item.demand_type or "other"
            if demand_type == "other" and not self.keep_other(doc, item, trigger, mode):
                continue
            span = doc[item.start:item.end]
            mm_category = self.lexicon.mm_category(demand_type)
            if demand_type == "other":  # "a share of the profits": other, but a tax issue
                mm_category = other_category(self.lexicon, span.text)
            for target, key in item.targets or [(None, None)]:
                rows.append(Demand(
                    start_char=span.start_char, end_char=span.end_char,
                    demand_text=span.text, demand_type=demand_type,
                    mm_category=mm_category, actor=actor,
                    target=target, target_key=key, kind=kind,
                    rejected_by=rejecter[0] if rejecter else None,
                ))
        return rows

    def pick_trigger(self, word: Token) -> Trigger | None:
        """The lexicon entry for this use of the word; 'call' needs 'for'/'on' as a verb."""
        lemma = word.lemma_.lower()
        if lemma not in self.lexicon.trigger_lemmas:
            lemma = word.lower_
        pos = self.role(word)
        if pos is None:
            return None
        entries = self.lexicon.triggers_for(lemma, pos)
        with_prep = [t for t in entries if t.prep and self.prep_child(word, t.prep) is not None]
        if with_prep:
            return with_prep[0]
        plain = [t for t in entries if not t.prep]
        return plain[0] if plain else None

    @staticmethod
    def role(word: Token) -> str | None:
        """VERB or NOUN; a 'demand' tagged NOUN with a subject is a verb ('Protesters demand')."""
        if word.pos_ in ("SCONJ", "ADP") and word.dep_ == "mark":
            return "SCONJ"  # "keep protesting until Boluarte resigns"
        if word.pos_ in ("VERB", "AUX"):
            return "VERB"
        if word.pos_ in ("NOUN", "PROPN"):
            has_subject = any(c.dep_ in SUBJECTS for c in word.children)
            return "VERB" if has_subject and word.dep_ == "ROOT" else "NOUN"
        return None

    @staticmethod
    def prep_child(word: Token, prep: str) -> Token | None:
        """The preposition of a phrasal trigger, right after it: 'called (again) for'."""
        doc = word.doc
        for tok in doc[word.i + 1:min(word.i + 3, word.sent.end)]:
            if tok.lower_ == prep:
                return tok
            if tok.pos_ not in ("ADV", "PART"):
                return None
        return None

    def negated(self, word: Token) -> bool:
        """'did not demand', 'no calls for', 'denied calling for', 'without demanding'."""
        neg = self.lexicon.negation
        if any(c.dep_ == "neg" or (c.lower_ in neg and c.dep_ in ("det", "advmod", "neg"))
               for c in word.children):
            return True
        for child in word.children:  # "no party has called for", "None of them demanded"
            if child.dep_ in ("nsubj", "nsubjpass") and (
                    child.lower_ in NEGATIVE_SUBJECTS
                    or any(g.dep_ == "det" and g.lower_ in neg for g in child.children)):
                return True
        if self.hypothetical(word):
            return True
        first = word.sent[0]  # "None of the protesters we spoke to demanded ..."
        if first.lower_ in NEGATIVE_SUBJECTS and not any(
                t.text in (",", ";") for t in word.doc[first.i:word.i]):
            return True
        head = word.head
        if word.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and head is not word:
            if any(c.dep_ == "neg" for c in head.children) and head.pos_ in ("VERB", "AUX"):
                return True
            if head.lemma_.lower() in self.lexicon.negating_heads:
                return True
            if head.lower_ == "without":
                return True
        return word.head.lower_ == "without" and word.dep_ == "pcomp"

    @staticmethod
    def hypothetical(word: Token) -> bool:
        """'if the movement ... threatens to brush aside the ruling class': not a claim."""
        node = word
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                return True
            if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "aux") or node.head is node:
                return False
            if node.dep_ == "advcl" or node.dep_ == "ccomp":
                return any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                           for c in node.children)
            node = node.head
        return False

    # --- content -----------------------------------------------------------------------
    def content(self, doc: Doc, word: Token, trigger: Trigger) -> list[Token]:
        """The tokens that hold what is demanded, in text order, within the sentence.

        From the parse first; where the small model's parse gives nothing ('Local leaders
        demand justice' parsed as a compound), the words after the trigger up to the end
        of its clause.
        """
        if trigger.mode == "quote" or self.quote_follows(word):
            return self.quoted_after(word)
        if trigger.pos == "SCONJ":
            return self.until_content(word)
        if trigger.prep:
            prep = self.prep_child(word, trigger.prep)
            if prep is None:
                return []
            toks = [t for t in prep.subtree if t is not prep]
            if not toks or prep.dep_ == "mark":  # "calling for Boluarte to step down"
                toks = self.linear(doc, prep.i + 1)
            if trigger.prep == "on":  # "called on Boluarte to resign"
                toks += self.subtrees(word, ("xcomp", "ccomp", "advcl"), after=word)
            return self.clean_content(toks)
        if trigger.pos == "VERB":
            toks = self.verb_content(word)
        else:
            toks = self.noun_content(word)
        if not toks and trigger.pos == "VERB":
            toks = self.linear(doc, word.i + 1)
        return self.clean_content(self.drop_relatives(toks))

    def until_content(self, word: Token) -> list[Token]:
        """'will keep protesting until Boluarte resigns' -> 'Boluarte resigns'.

        Only where the clause it ends is a protest ('keep protesting', 'not lift the
        blockades'), so 'wait until the results are in' is not a demand.
        """
        clause, main = word.head, word.head.head
        if clause is main or main.lemma_.lower() not in self.lexicon.until_heads:
            return []
        return self.clean_content([t for t in clause.subtree if t is not word])

    @staticmethod
    def quote_follows(word: Token) -> bool:
        """'The people demand ‘Fuera Boluarte’ and ...': a quoted slogan as the object."""
        nxt = word.i + 1
        return nxt < word.sent.end and word.doc[nxt].text in QUOTE_OPEN

    def linear(self, doc: Doc, start: int) -> list[Token]:
        """Words from `start` to the end of the clause: 'demand justice as police fired'."""
        out: list[Token] = []
        breaks = self.lexicon.clause_breaks
        for tok in doc[start:doc[start].sent.end] if start < len(doc) else []:
            if tok.text in (";", ".", "!", "?") or (tok.lower_ in breaks and out and not (
                    tok.lower_ == "as" and _as_well_as(tok))):
                break
            if tok.text in (",", "—", "–") and tok.i + 1 < len(doc):
                nxt = doc[tok.i + 1]
                if nxt.tag_ == "VBG" or nxt.lower_ in breaks:
                    break
            out.append(tok)
        return out

    @staticmethod
    def drop_relatives(tokens: list[Token]) -> list[Token]:
        """'the ousting of Boluarte, who they call a traitor' -> 'the ousting of Boluarte'."""
        inside = {t.i for t in tokens}
        drop = {d.i for t in tokens if t.dep_ == "relcl" and t.head.i in inside
                for d in t.subtree}
        return [t for t in tokens if t.i not in drop]

    def verb_content(self, word: Token) -> list[Token]:
        passive = [c for c in word.children if c.dep_ == "nsubjpass"]
        if passive and any(c.dep_ == "auxpass" for c in word.children):
            return list(passive[0].subtree)  # "The release of Castillo was demanded by ..."
        toks = self.subtrees(word, OBJECTS, after=word)
        if toks:  # "the return of Castillo | to the presidency", "a commission | to investigate"
            end = max(t.i for t in toks)
            for child in word.rights:
                if child.left_edge.i == end + 1 and (
                        (child.dep_ == "prep" and child.lower_ in TRAILING_PREPS)
                        or (child.dep_ in ("advcl", "xcomp") and child.left_edge.lower_ == "to")):
                    toks += list(child.subtree)
                    end = max(t.i for t in child.subtree)
        return toks or self.after_colon(word)

    def noun_content(self, word: Token) -> list[Token]:
        """'demands for X', 'calls to resign', 'demands include X', 'X is one of the demands'."""
        toks: list[Token] = []
        for child in word.rights:
            if child.dep_ == "relcl" and child.lemma_.lower() in self.lexicon.list_heads:
                toks += self.subtrees(child, ("dobj", "attr"), after=child)  # "that includes X"
                continue
            if child.dep_ in ("acl", "relcl", "ccomp") or (
                child.dep_ == "prep" and child.lower_ in self.lexicon.noun_content_preps
            ):
                inner = [t for t in child.subtree if t is not child]
                if child.lower_ == "of" and not classify(self.lexicon, span_text(inner)):
                    continue  # "the demands of the movement": the actor, not the content
                toks += inner if child.dep_ == "prep" else list(child.subtree)
        if toks:
            return toks
        colon = self.after_colon(word)
        if colon:
            return colon
        head = word.head
        if word.dep_ in SUBJECTS and head.lemma_.lower() in self.lexicon.list_heads:
            if any(c.dep_ == "neg" for c in head.children):
                return []  # "its platform was not a socialist one based on ..."
            return self.subtrees(head, ("dobj", "attr", "oprd", "ccomp"), after=word)
        copula = self.copula_above(word)
        if copula is not None:
            return [t for c in copula.children if c.dep_ in ("nsubj", "attr", "nsubjpass")
                    and word not in c.subtree for t in c.subtree]
        return []

    @staticmethod
    def copula_above(word: Token) -> Token | None:
        """'X is one of their demands' / 'Among their demands are X' -> the 'is' / 'are'."""
        node = word
        for _ in range(4):
            if node.dep_ in ("attr", "pobj", "prep", "nsubj") or node is word:
                node = node.head
                if node.lemma_ in ("be", "remain", "become"):
                    return node
            else:
                return None
        return None

    def after_colon(self, word: Token) -> list[Token]:
        """'The demands of the movement are clear: X, Y and Z' -> X, Y and Z."""
        sent = word.sent
        for tok in word.doc[word.i + 1:sent.end]:
            if tok.text == ":":
                return list(word.doc[tok.i + 1:sent.end])
            if tok.is_punct and tok.text in (".", ";", "!", "?"):
                return []
        return []

    @staticmethod
    def subtrees(word: Token, deps: tuple[str, ...], after: Token) -> list[Token]:
        return [t for c in word.children if c.dep_ in deps and c.i > after.i for t in c.subtree]

    @staticmethod
    def quoted_after(word: Token) -> list[Token]:
        """Quoted spans opening within five words after a slogan trigger, joined by 'and'.

        'chanted "Dina, renuncia" and "Cierre del Congreso"' -> both slogans (the gap
        between them keeps them apart as items).
        """
        doc, sent_end = word.doc, word.sent.end
        out: list[Token] = []
        i, limit = word.i + 1, min(word.i + 6, sent_end)
        while i < limit:
            tok = doc[i]
            if tok.text in QUOTE_OPEN:
                close = next((n.i for n in doc[i + 1:sent_end] if n.text in QUOTE_CLOSE), None)
                if close is None:
                    break
                out += list(doc[i + 1:close])
                i, limit = close + 1, min(close + 4, sent_end)
                continue
            if out and tok.lower_ not in (",", "and", "or"):
                break
            i += 1
        return out

    @staticmethod
    def clean_content(tokens: list[Token]) -> list[Token]:
        """Text order, one sentence, no parenthetical asides or trailing punctuation."""
        if not tokens:
            return []
        toks = sorted(set(tokens), key=lambda t: t.i)
        sent = toks[0].sent
        out, depth = [], 0
        for tok in toks:
            if tok.sent != sent:
                break
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                out.append(tok)
        while out and (out[-1].is_space or out[-1].is_punct and out[-1].text not in QUOTE_CLOSE):
            out.pop()
        return out

    # --- items -------------------------------------------------------------------------
    def items(self, doc: Doc, content: list[Token], mode: str,
              rejecter: tuple[str, str, Token] | None, kind: str) -> list[Item]:
        """Split a list into items, type each, and give each the targets it names."""
        if mode == "quote":  # a short slogan is one item; a quoted list is a list
            segments = [seg for run in split_list(content, on_words=False)
                        for seg in (split_list(list(doc[run[0]:run[1]]))
                                    if run[1] - run[0] > 4 else [run])]
        else:
            segments = split_list(content)
        items = []
        for seg in segments:
            if doc[seg[0]].lower_ in RELATIVE and doc[seg[0]].tag_ in ("WP", "WDT", "WRB"):
                continue  # "..., who they call a traitor"
            if doc[seg[0]].lower_ in ("if", "unless"):
                continue  # "threatened that, if they did not agree, they would be nationalized"
            if seg[0] != content[0].i and doc[seg[0]].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                continue  # "called for X and announced a march": a second clause, not an item
            text = doc[seg[0]:seg[1]].text
            demand_type = classify(self.lexicon, text, mode)
            people = self.person_candidates(doc, seg[0], seg[1])
            if demand_type is None and mode == "against" and people and self.bare(doc, seg):
                demand_type = self.lexicon.against_bare_person
            items.append(Item(seg[0], seg[1], demand_type, people))
        items = self.attach_bare_names(doc, items)
        for idx, item in enumerate(items):
            item.targets = self.targets(doc, item, items[idx + 1:], rejecter, kind)
        return items

    def attach_bare_names(self, doc: Doc, items: list[Item]) -> list[Item]:
        """'the resignation of Boluarte and Otárola': a bare name joins its neighbour item."""
        out: list[Item] = []
        pending: list[tuple[str, str]] = []
        for item in items:
            if item.demand_type is None and not item.targets and out and self.bare(
                    doc, (item.start, item.end), loose=True):
                out[-1].end = item.end  # "an Assembly of Workers and Peasants": one item
                continue
            if item.demand_type is None and item.targets and self.bare(doc, (item.start, item.end)):
                if out and out[-1].demand_type:
                    out[-1].targets += item.targets
                else:
                    pending += item.targets
                continue
            if pending and item.demand_type:
                item.targets = pending + item.targets
                pending = []
            out.append(item)
        return out

    @staticmethod
    def bare(doc: Doc, seg: tuple[int, int], loose: bool = False) -> bool:
        """A segment that is only a name (with determiners and titles): 'President Boluarte'.

        Loose: also capitalised words ('Peasants' in 'an Assembly of Workers and Peasants').
        """
        return all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.lower_ in TITLES
                   or (loose and t.is_title and t.i > t.sent.start)
                   for t in doc[seg[0]:seg[1]])

    def targets(self, doc: Doc, item: Item, later: list[Item],
                rejecter: tuple[str, str, Token] | None, kind: str) -> list[tuple[str, str]]:
        role = self.lexicon.target_role(item.demand_type or "other")
        if role == "none":
            return []
        if role == "legislature":
            found = self.legislature(doc, item.start, item.end)
            return [found] if found else []
        if role == "any":
            return self.any_entities(doc, item.start, item.end)
        people = unique(item.targets)
        if not people and item.end - item.start <= 2:  # "the release and reinstatement of X"
            people = next((unique(n.targets) for n in later if n.targets), [])
        if not people and rejecter and item.demand_type == "remove_official":
            people = [rejecter[:2]]  # "Boluarte rejected calls to resign"
        if not people and kind == "proposal" and item.demand_type == "remove_official":
            found = self.previous_person(doc, item.start)  # "Castillo was facing a motion"
            people = [found] if found else []
        return people

    # --- entities ------------------------------------------------------------------------
    def people_in(self, doc: Doc) -> list[tuple[int, int, bool, tuple[str, str]]]:
        """Every person named in the doc, once per call: (start, end, is_subject, name).

        Entity mentions first (their labels are repaired), then the model's ents.
        """
        people: list[tuple[int, int, bool, tuple[str, str]]] = []
        covered: set[int] = set()
        for mention in doc._.entity_mentions or []:
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None and mention.label == "PERSON" and not is_legislature(span.text):
                people.append((span.start, span.end, span.root.dep_ in SUBJECTS,
                               self.canonical(doc, span)))
                covered.update(range(span.start, span.end))
        for ent in doc.ents:
            if ent.start not in covered and ent.label_ in PERSON_LABELS and self.person_like(ent):
                people.append((ent.start, ent.end, ent.root.dep_ in SUBJECTS,
                               self.canonical(doc, ent)))
        return sorted(people, key=lambda p: p[0])

    def person_candidates(self, doc: Doc, start: int, end: int) -> list[tuple[str, str]]:
        """People named in tokens [start, end): named people, pronouns, known aliases."""
        found = [(s, name) for s, e, _, name in self._people if start <= s and e <= end]
        covered = {i for s, e, _, _ in self._people if start <= s and e <= end
                   for i in range(s, e)}
        for tok in doc[start:end]:
            if tok.i in covered:
                continue
            if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
                person = self.previous_person(doc, tok.i) or self.next_person(doc, tok)
                if person:
                    found.append((tok.i, person))
            elif tok.pos_ == "PROPN" and not tok.ent_type_ and resolve_alias(
                    tok.text, self.models_dir):
                if not is_legislature(tok.text):
                    found.append((tok.i, self.canonical(doc, doc[tok.i:tok.i + 1])))
        return [c for _, c in sorted(found, key=lambda f: f[0])]

    def person_like(self, ent: Span) -> bool:
        """PERSON, or a proper name the small model mislabels ORG ('Castillo') -- not Congress."""
        if is_legislature(ent.text) or any(t.lower_ in ORG_WORDS for t in ent):
            return False
        if ent.label_ == "PERSON":
            return True
        known = resolve_alias(strip_titles(ent.text), self.models_dir)
        if known:
            return looks_personal(known[0])
        return ent.label_ == "ORG" and all(t.pos_ == "PROPN" for t in ent) and len(ent) <= 3 \
            and ent.root.dep_ in ("pobj", "poss", "nsubj", "dobj") and not ent.text.isupper()

    def previous_person(self, doc: Doc, index: int) -> tuple[str, str] | None:
        """The person a pronoun stands for ('her resignation' -> Dina Boluarte).

        The nearest person named before it as a clause subject, else the nearest person:
        'He dismissed his prime minister, Bellido. ... he promised' is not Bellido.
        """
        before = [p for p in self._people if p[1] <= index]
        subjects = [p for p in before if p[2]]
        return (subjects or before)[-1][3] if before else None

    def next_person(self, doc: Doc, tok: Token) -> tuple[str, str] | None:
        """Cataphora: 'Calls for her resignation grew ... Boluarte's police' -> Boluarte."""
        after = [p for p in self._people if tok.i < p[0] < tok.sent.end]
        return after[0][3] if after else None

    def canonical(self, doc: Doc, span: Span) -> tuple[str, str]:
        """'President Boluarte' -> ('Dina Boluarte', 'dina-boluarte'), via mentions or aliases."""
        for mention in doc._.entity_mentions or []:
            if mention.start_char <= span.start_char < mention.end_char:
                if not resolve_alias(mention.canonical, self.models_dir):
                    inside = self.alias_inside(span)  # a slogan: 'Fuera Boluarte'
                    if inside:
                        return inside
                return mention.canonical, mention.entity_key or entity_key(
                    mention.canonical, self.models_dir)
        name = strip_titles(span.text)
        known = resolve_alias(name, self.models_dir) or self.alias_inside(span)
        if known:
            return known
        last = name.split()[-1] if name.split() else name
        for ent in doc.ents:  # "Otárola" -> "Alberto Otárola" named earlier in the article
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == last:
                full = strip_titles(ent.text)
                return full, entity_key(full, self.models_dir)
        return name, entity_key(name, self.models_dir)

    def alias_inside(self, span: Span) -> tuple[str, str] | None:
        """'Fuera Boluarte' (one entity to the model) -> the known name inside it."""
        for size in range(len(span) - 1, 0, -1):
            for left in range(0, len(span) - size + 1):
                known = resolve_alias(span[left:left + size].text, self.models_dir)
                if known:
                    return known
        return None

    def legislature(self, doc: Doc, start: int, end: int) -> tuple[str, str] | None:
        """'the coup-plotting corrupt congress' -> ('Congress of the Republic of Peru', ...)."""
        for tok in doc[start:end]:
            if tok.lower_ in LEGISLATURE:
                for left in range(max(start, tok.i - 2), tok.i + 1):
                    known = resolve_alias(doc[left:tok.i + 1].text, self.models_dir)
                    if known:
                        return known
                return "Congress", entity_key("Congress", self.models_dir)
        return None

    def any_entities(self, doc: Doc, start: int, end: int) -> list[tuple[str, str]]:
        """The named thing in an item: 'renationalize the Camisea gas field' -> Camisea gas
        field. Generic objects ('the mining contracts') have no target."""
        for tok in doc[start:end]:
            if tok.pos_ == "PROPN" and not is_legislature(tok.text):
                right = tok.i
                while right + 1 < end and doc[right + 1].pos_ in ("PROPN", "NOUN") and \
                        doc[right].dep_ == "compound":
                    right += 1
                return [self.canonical(doc, doc[tok.i:right + 1])]
        return []

    # --- actor, kind, rejection ------------------------------------------------------------
    def actor_token(self, word: Token, trigger: Trigger) -> Token | None:
        """Who demands: the subject (climbing conj/advcl/xcomp), or the noun's possessor."""
        if trigger.pos == "NOUN":
            return self.noun_actor(word)
        node = word.head.head if trigger.pos == "SCONJ" else word
        for _ in range(5):
            agent = [c for c in node.children if c.dep_ == "agent"]
            if agent and any(c.dep_ == "auxpass" for c in node.children):
                objs = [g for g in agent[0].children if g.dep_ == "pobj"]
                return objs[0] if objs else None
            subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
            if subj:  # nearest: 'LIMA (Wire) - Thousands of protesters descended ...'
                return self.antecedent(max(subj, key=lambda c: (c.i < node.i, c.i)), node)
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return node.head  # "protesters demanding her resignation"
            if node.dep_ in CLIMB_DEPS and node.head is not node:
                if node.dep_ == "relcl":
                    return node.head
                if misattached_conj(node):
                    node = clause_verb(node.head.head)  # skip "which had blocked ..."
                    if node is None:
                        return None
                    continue
                node = node.head
                if node.pos_ == "ADP":  # "by demanding", "after calling for"
                    node = node.head
                continue
            return None
        return None

    @staticmethod
    def antecedent(subj: Token, verb: Token) -> Token:
        """'who'/'which' as a subject stands for the noun its relative clause modifies."""
        if subj.lower_ not in RELATIVE:
            return subj
        comma = subj.i > subj.sent.start and subj.doc[subj.i - 1].text == ","
        if subj.lower_ in ("who", "whom") and comma:  # people: the phrase before ", who"
            prev = subj.i - 1
            while prev >= subj.sent.start and subj.doc[prev].is_punct:
                prev -= 1
            if prev >= subj.sent.start:
                cand = subj.doc[prev]
                while cand.dep_ == "conj" and cand.head is not cand:
                    cand = cand.head
                if cand.pos_ in ("NOUN", "PROPN", "ADJ"):
                    return cand
        node = verb
        for _ in range(4):
            if node.dep_ == "relcl":
                return node.head
            if node.head is node:
                break
            node = node.head
        return subj

    def noun_actor(self, word: Token) -> Token | None:
        for child in word.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs and not classify(self.lexicon, span_text(list(objs[0].subtree))):
                    return objs[0]
        node = word
        for _ in range(3):  # "protesters issued a list of demands: ..."
            if node.dep_ in ("pobj", "prep", "compound"):
                node = node.head
                continue
            if node.dep_ == "dobj" and node.head.lemma_.lower() not in self.lexicon.rejection:
                subj = [c for c in node.head.children if c.dep_ == "nsubj"]
                return self.antecedent(subj[0], node.head) if subj else None
            return None
        return None

    def actor(self, doc: Doc, tok: Token | None) -> str | None:
        """Who demands: an entity's canonical name, else the phrase as the article words it.

        'Castillo's program' and 'the comrades of the IMT' stand for the named actor
        (models/en/demands.yaml: actor_proxies); a capital that only starts the sentence
        is lowered ('Protesters demanded' -> 'protesters').
        """
        if tok is None:
            return None
        low = tok.lower_
        if low in PERSONAL:
            person = self.previous_person(doc, tok.i)
            return person[0] if person else None
        if low in PLURAL:
            return self.plural_antecedent(doc, tok)
        if low in RELATIVE or low in ("its", "it", "this", "that"):
            return None
        if tok.lemma_.lower() in self.lexicon.actor_proxies:
            named = self.named_owner(doc, tok)
            if named:
                return named
        span = noun_phrase(tok)
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP") and \
                len(strip_titles(span.text).split()) <= len(ent) + 1:
            return self.canonical(doc, ent)[0]
        known = resolve_alias(span.text, self.models_dir)
        if known:
            return known[0]
        return lower_initial(span)

    def named_owner(self, doc: Doc, tok: Token) -> str | None:
        """'Castillo's program' -> Pedro Castillo; 'the comrades of the IMT in Peru' -> IMT."""
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            for mention in doc._.entity_mentions or []:
                if mention.start_char <= owner.idx < mention.end_char and \
                        mention.label in ("PERSON", "ORG"):
                    return mention.canonical
            ent = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
            if ent is not None and ent.label_ in ("PERSON", "ORG"):
                return self.canonical(doc, ent)[0]
            if owner.is_upper and len(owner) > 1:  # "the comrades of the IMT"
                return owner.text
        return None

    def plural_antecedent(self, doc: Doc, tok: Token) -> str | None:
        """'they'/'their' -> the nearest earlier subject that names people (a protest actor)."""
        first = doc[max(0, tok.sent.start - 1)].sent.start if tok.sent.start else 0
        for cand in reversed(doc[first:tok.i]):
            if cand.dep_ in SUBJECTS and cand.pos_ in ("NOUN", "PROPN"):
                if cand.lemma_.lower() in self.lexicon.plural_actors:
                    return lower_initial(noun_phrase(cand))
        return None

    def rejected_by(self, doc: Doc, word: Token) -> tuple[str, str, Token] | None:
        """'Boluarte rejected calls to resign' -> ('Dina Boluarte', 'dina-boluarte', tok)."""
        node = word
        for _ in range(3):
            if node.dep_ in ("pobj", "prep", "compound") and node.head is not node:
                node = node.head
                continue
            break
        verb = node.head
        rejecting = verb.lemma_.lower() in self.lexicon.rejection
        if node.dep_ not in ("dobj", "nsubjpass") or not rejecting:
            return None
        if node.dep_ == "nsubjpass":
            agent = [c for c in verb.children if c.dep_ == "agent"]
            subj = [g for a in agent for g in a.children if g.dep_ == "pobj"]
        else:
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj:
            return None
        tok = self.antecedent(subj[0], verb)
        if tok.lower_ in PERSONAL:
            person = self.previous_person(doc, tok.i)
            return (*person, tok) if person else None
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return (*self.canonical(doc, ent), tok)
        text = noun_phrase(tok).text
        known = resolve_alias(text, self.models_dir)
        return (*known, tok) if known else (text, entity_key(text, self.models_dir), tok)

    def keep_other(self, doc: Doc, item: Item, trigger: Trigger, mode: str) -> bool:
        """An untyped item is a row ('other') unless it is a slogan, an action or empty."""
        if mode != "object" or trigger.typed_only:
            return False
        span = doc[item.start:item.end]
        if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in span):
            return False
        if span.root.lemma_.lower() in self.lexicon.not_demand_heads:
            return False
        return not is_not_demand(self.lexicon, span.text)


# --- pure helpers on tokens ---------------------------------------------------------------
def split_list(tokens: list[Token], on_words: bool = True) -> list[tuple[int, int]]:
    """'X, Y and Z' -> [(X), (Y), (Z)] as token ranges; separators and gaps split.

    Slogans split only at gaps between quotes: "Dina, renuncia" is one item.
    """
    segments: list[tuple[int, int]] = []
    start = prev = None
    for tok in tokens:
        is_sep = on_words and (
            tok.lower_ in SEPARATORS or (tok.lower_ == "as" and _as_well_as(tok)))
        gap = not on_words and prev is not None and tok.i != prev + 1
        if is_sep or gap:
            if start is not None:
                segments.append((start, prev + 1))
            start = None if is_sep else tok.i
        elif start is None:
            start = tok.i
        prev = tok.i
    if start is not None and prev is not None:
        segments.append((start, prev + 1))
    return [trim(tokens[0].doc, s) for s in segments if trim(tokens[0].doc, s)[1] > trim(
        tokens[0].doc, s)[0]]


def lower_initial(span: Span) -> str:
    """'Local communities' at the start of a sentence -> 'local communities'."""
    text = span.text
    first = span[0]
    at_start = all(t.is_punct or t.is_space for t in span.doc[first.sent.start:first.i])
    if at_start and first.pos_ != "PROPN" and first.is_title and not first.is_upper:
        return text[:1].lower() + text[1:]
    return text


def misattached_conj(verb: Token) -> bool:
    """'the parliament, which had blocked his initiatives and called for new elections':
    a simple past joined to a pluperfect relative clause belongs to the outer clause."""
    head = verb.head
    return (verb.dep_ == "conj" and head.dep_ == "relcl" and verb.tag_ == "VBD"
            and head.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in head.children))


def clause_verb(tok: Token) -> Token | None:
    """The verb that governs a noun: 'he announced the disbanding of the parliament'."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _as_well_as(tok: Token) -> bool:
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "well"
            and doc[tok.i + 2].lower_ == "as")


def trim(doc: Doc, seg: tuple[int, int]) -> tuple[int, int]:
    """Drop separators and punctuation at the edges (keep a closing quote after a word)."""
    start, end = seg
    while start < end and (doc[start].is_punct or doc[start].is_space
                           or doc[start].lower_ in ("well", "as", "also")):
        start += 1
    while end > start and (doc[end - 1].is_space or (
            doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSE)):
        end -= 1
    return start, end


def noun_phrase(tok: Token) -> Span:
    """The actor phrase: the subtree without relative clauses, appositions or trailing asides."""
    drop = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos", "advcl", "punct")
            for t in c.subtree}
    keep = [t.i for t in tok.subtree if t.i not in drop]
    span = tok.doc[min(keep):max(keep) + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def span_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def strip_titles(name: str) -> str:
    """'President Dina Boluarte's' -> 'Dina Boluarte'."""
    words = [w for w in name.replace("’", "'").split() if w.strip("\"“”'").lower() not in TITLES
             and w.lower() not in ("the",)]
    text = " ".join(words).strip("\"“”' ")
    return text[:-2] if text.endswith("'s") else text


def looks_personal(canonical: str) -> bool:
    """'Dina Boluarte' yes; 'Peru Libre', 'Ombudsman's Office of Peru', 'Lima' no."""
    words = canonical.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip("'s") in ORG_WORDS for w in words) and not canonical.isupper()


def is_legislature(text: str) -> bool:
    return any(word in clean_item(text).split() for word in LEGISLATURE)


def unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen, out = set(), []
    for pair in pairs:
        if pair[1] not in seen:
            seen.add(pair[1])
            out.append(pair)
    return out


def dedupe(rows: list[Demand]) -> list[Demand]:
    """One row per (type, target) per stretch of text: nested triggers see the same item."""
    out: list[Demand] = []
    for row in sorted(rows, key=lambda r: (r.start_char, -(r.end_char - r.start_char))):
        twin = next((o for o in out if o.demand_type == row.demand_type
                     and o.target_key == row.target_key and o.start_char < row.end_char
                     and row.start_char < o.end_char), None)
        if twin is None:
            out.append(row)
        elif twin.actor is None and row.actor is not None:
            twin.actor = row.actor
    return out
