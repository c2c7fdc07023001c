"""The dates stage: every temporal expression in the article, as TIMEX3, anchored.

Candidates come from the normalizer's own patterns (one regex pass per rule over the
text); the parse then throws out what is not a date ("2020 protesters", "may" the modal),
fixes the extent to TimeML's conventions ("the third quarter" keeps "the", "the Dec. 7
coup" does not) and gives the tense that decides between last and next Monday.
Narrative expressions ("by the end of the day") take the last day mentioned before them
in the same paragraph; reporting-period phrases ("a year earlier", "the year-ago period")
take the last completed quarter the article named. Context the expression's own words
cannot give is read here: "the year ended March 31" is P1Y, "$1.76 a year" is a SET,
"nearly two weeks" keeps its modifier (TimeML's extent). `event_date_for` gives the
casualties stage the day of a claim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extensions import doc_text, register_extensions
from pipeline.normalize.dates import FUTURE, PAST, DateNormalizer, Timex, get_normalizer
from pipeline.normalize.published import infer_published
from pipeline.types import DateMention

EXT = "dates"
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


@Language.factory("newsclaims_dates", default_config={"models_dir": ""})
def make_component(nlp: Language, name: str, models_dir: str) -> DatesComponent:
    register_extensions()
    return DatesComponent(models_dir or None, nlp.lang)


class DatesComponent:
    """Sets doc._.dates: list[DateMention] sorted by start_char."""

    def __init__(self, models_dir: str | None, lang: str = "en") -> None:
        # models/<lang>/dates.yaml: the English rule table or a language's pattern table
        self.norm: DateNormalizer = get_normalizer(models_dir, lang)
        lex = self.norm.lex
        self.year_cues = set(lex["year_cues"])
        # a bare "May" or "Jan" needs "in", "last"...; "and Jan Kavan" is a name
        self.month_cues = (self.year_cues | {"last", "this", "next"}) - {
            "and", "or", "as", "for", "than", "versus", "vs", "-"}
        self.count_nouns = set(lex["count_nouns"])
        self.keep_the = set(lex["keep_the_before"])
        self.ambiguous_months = {m.lower() for m in lex["ambiguous_months"]}
        self.future_aux = set(lex["future_aux"])
        self.future_verbs = set(lex["future_verbs"])
        self.duration_before = set(lex["duration_cues_before"])
        self.duration_after = set(lex["duration_cues_after"])
        self.period_end_verbs = set(lex["period_end_verbs"])
        self.rate_words = set(lex["rate_words_before"])
        self.set_adjectives = set(lex["set_adjectives"])
        # "nearly two years", "around Nov. 1": TimeML keeps these in the extent (its `mod`)
        self.modifier_before = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, lex['extent_modifiers']))})\s+$",
            re.IGNORECASE)
        self.amount = re.compile(rf"(?:{self.norm.lex.NUM}|{self.norm.lex.CLOCK})(?![\w])",
                                 re.IGNORECASE)
        self.future_before = re.compile(
            rf"(?:{'|'.join(map(re.escape, lex['future_cues_before']))})\s+$", re.IGNORECASE)
        self.models_dir = models_dir

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        anchor = doc._.published or infer_published(text, self.models_dir)
        found = []
        for start, end, rule in self.norm.find(text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not self.accept(span, rule):
                continue
            trimmed = self.trim(span, rule)
            if trimmed.start > span.start:
                start = trimmed.start_char
            tense = self.tense_of(trimmed, text)
            timex = self.norm.normalize(text[start:end], anchor, tense)
            if timex is not None:
                found.append((self.with_modifier(text, start, end), end,
                              self.refine(trimmed, rule, timex)))
        mentions = [self.mention(text, start, end, timex, False)
                    for start, end, timex in _longest(found)]
        mentions = self.anchor_narratives(doc, text, mentions)
        setattr(doc._, EXT, self.anchor_periods(text, mentions, anchor))
        return doc

    # -- what counts as a date
    def accept(self, span: Span, rule: str) -> bool:
        """Reject counts and homographs: '2020 protesters', 'may', 'years' without a cue."""
        before = _word_before(span)
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if rule == "year":
            return self.is_year(span, before, after)
        if rule == "month" and len(span) == 1 or (rule == "month" and span[0].text == "."):
            word = span[0].text.rstrip(".").lower()
            if word in self.ambiguous_months or span.text.endswith("."):
                return span[0].ent_type_ == "DATE" or (before is not None and before.lower_ in
                                                        self.month_cues)
            return span[0].pos_ == "PROPN" or span[0].ent_type_ == "DATE"
        if rule == "vague_duration" and len(span) == 1:
            return (before is not None and before.lower_ in self.duration_before) or (
                after is not None and after.lower_ in self.duration_after)
        if rule == "ref":
            return self.is_ref(span, before, after)
        if rule in ("relunit", "relday") and len(span) > 1 and not span[0].is_sent_start and (
                all(t.is_title for t in span)):
            return False  # a title: ABC's "This Week"
        if rule == "set" and len(span) == 1:
            # "daily" the adverb, not "the Daily Mail" nor "its quarterly dividend"; before a
            # noun only "a daily rally", "his weekly address" (a determiner, then the word)
            if span[0].text[:-1].lower() in self.norm.lex.weekdays:
                return True  # "on Tuesdays"
            head = span[0].head
            if not span[0].is_lower or (after is not None and after.pos_ == "PROPN"):
                return False  # "the Daily Mail", "the party daily Granma"
            if not (head.i > span[0].i and head.pos_ in ("NOUN", "PROPN")):
                return True
            return span[0].lower_ in self.set_adjectives and before is not None and (
                before.tag_ in ("DT", "PRP$"))
        return True

    def is_ref(self, span: Span, before: Token | None, after: Token | None) -> bool:
        """'now', 'recently'; not 'as soon as', 'soon after', 'a previously announced plan'."""
        word = span.text.lower()
        if word == "current":
            return after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ")
        if word == "soon":
            return not ((before is not None and before.lower_ == "as") or (
                after is not None and after.lower_ in ("as", "after", "afterwards")))
        if word == "future":  # "the future", "Elian's future"; not "future payments"
            return not (span[0].dep_ in ("amod", "compound") and span[0].head.i > span[0].i)
        return True

    def is_year(self, span: Span, before: Token | None, after: Token | None) -> bool:
        """'in 2021', 'the 2006 Constituent Assembly' are years; '2020 protesters' is a count."""
        token = span[-1]
        if len(span) > 1 and not span[0].like_num:
            return True  # "fiscal 1989", "mid-1996"
        if after is not None and (after.lower_ in self.count_nouns or after.like_num):
            return False
        if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
            return False
        if before is not None and before.text in ("$", "#", "No.", "no."):
            return False
        if before is not None and (before.lower_ in self.year_cues or before.lower_ == "the"
                                   or before.tag_ == "POS"):
            return True
        if token.ent_type_ == "DATE":
            return True
        return after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and (
            after.tag_ not in ("NNS", "NNPS"))

    # -- what the words alone cannot say
    def refine(self, span: Span, rule: str, timex: Timex) -> Timex:
        """'the year' before 'ended March 31' is P1Y; '$1.76 a year' is a rate (SET)."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if rule == "current_period" and after is not None and (
                after.lower_ in self.period_end_verbs):
            return self.norm.ending_span(span.text)
        if timex.timex_type == "DURATION" and self.is_rate(span):
            return replace(timex, timex_type="SET")
        return timex

    def is_rate(self, span: Span) -> bool:
        """'a year' after an amount: '$1.76 a year', '700 seats a week', '3% a month'."""
        if len(span) != 2 or span[0].lower_ not in ("a", "an") or span.start == 0:
            return False
        before = span.doc[span.start - 1]
        if before.like_num or before.is_currency or before.lower_ in self.rate_words:
            return True
        return before.tag_ in ("NNS", "NNPS") and (before.head.like_num or any(
            c.dep_ == "nummod" for c in before.children))

    # -- extents
    def trim(self, span: Span, rule: str) -> Span:
        """TimeML extents: 'the' stays on a head ('the past two months'), not a modifier.

        'a two-year term' -> 'two-year' (an adjective), 'a year' stays whole.
        """
        first = span[0].lower_
        if first not in ("the", "a", "an") or len(span) < 2:
            return span
        modifier = span.end < len(span.doc) and span[-1].dep_ in (
            "compound", "amod", "nmod", "nummod") and span[-1].head.i >= span.end
        if first in ("a", "an"):
            return span[1:] if rule == "duration" and (span[1].like_num or modifier) and (
                span[1].lower_ not in ("few", "couple")) else span
        keep = span[1].lower_ in self.keep_the or rule in (
            "narrative", "ref", "century", "decade", "duration", "period_end", "spelled_year",
            "quarter", "reporting_period", "current_period")
        if keep and not modifier:
            return span
        return span[1:]

    def with_modifier(self, text: str, start: int, end: int) -> int:
        """Start of 'nearly two years' / 'at least 30 days' when a modifier precedes.

        Only before an amount: 'about' and 'around' are prepositions in 'worried about the
        future' and 'get around Wednesday's ruling'.
        """
        if not self.amount.match(text, start, end):
            return start
        m = self.modifier_before.search(text, max(0, start - 20), start)
        return m.start() if m else start

    # -- tense of the governing verb
    def tense_of(self, span: Span, text: str) -> str | None:
        """FUTURE for 'will meet on Monday' / 'is going to march'; PAST for a past verb."""
        token = span.root
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if self.future_before.search(text[max(0, span.start_char - 20):span.start_char]):
            return FUTURE
        aux = _auxiliaries(token)
        if aux & self.future_aux:
            return FUTURE
        if token.lemma_ in self.future_verbs and token.tag_ == "VBD":
            return PAST  # 'Clinton vowed Saturday': the vow is past, whatever it promises
        if self.past_plan(token):
            return PAST  # 'had been due to expire Friday': a plan that was, not one to come
        if token.lemma_ in self.future_verbs or (
                token.dep_ == "xcomp" and token.head.lemma_ in self.future_verbs | {"go"}):
            return FUTURE
        if token.tag_ == "VBN" and aux & {"to", "be", "being"}:
            return None  # 'to be completed by Dec. 15' is a passive, not a past
        if token.tag_ in ("VBD", "VBN") or aux & {"had", "was", "were", "did"}:
            return PAST
        tense = token.morph.get("Tense")  # other languages: "juramentará" Tense=Fut
        if "Fut" in tense:
            return FUTURE
        if "Past" in tense and "Part" not in token.morph.get("VerbForm"):
            return PAST
        return None

    def past_plan(self, token: Token) -> bool:
        """'had been scheduled to expire', 'had planned to vote': the pluperfect of a plan."""
        chain = [token]
        while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 4:
            chain.append(chain[-1].head)
        return any(t.lemma_ in self.future_verbs for t in chain) and any(
            "had" in _auxiliaries(t) for t in chain)

    # -- rows
    def mention(self, text: str, start: int, end: int, timex: Timex, narrative: bool
                ) -> DateMention:
        kind = "absolute" if not timex.relative else (
            "narrative" if narrative else "publication")
        return DateMention(
            start_char=start,
            end_char=end,
            text=text[start:end],
            timex_type=timex.timex_type,
            value=timex.value,
            granularity=timex.granularity,
            date_start=timex.date_start if timex.timex_type == "DATE" else None,
            date_end=timex.date_end if timex.timex_type == "DATE" else None,
            anchor=kind,
        )

    def anchor_narratives(self, doc: Doc, text: str, mentions: list[DateMention]
                          ) -> list[DateMention]:
        """Re-anchor 'the next day' on the last day mentioned before it in its paragraph."""
        out: list[DateMention] = []
        for m in mentions:
            if self.norm.is_narrative(m.text):
                story_day = _last_date(text, out, m.start_char,
                                       self.norm.narrative_unit(m.text))
                if story_day is not None:
                    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
                    timex = self.norm.normalize(m.text, story_day, self.tense_of(span, text))
                    if timex is not None:
                        m = self.mention(text, m.start_char, m.end_char, timex, True)
            out.append(m)
        return out


    def anchor_periods(self, text: str, mentions: list[DateMention], anchor: date | None
                       ) -> list[DateMention]:
        """Re-value 'the year-ago period', 'a year earlier' inside the reporting period: the
        last quarter named that had ended by the publication date (one can report on it)."""
        period: str | None = None
        out: list[DateMention] = []
        for m in mentions:
            if self.norm.period_reference(m.text) is None:
                if m.timex_type == "DATE" and m.granularity == "quarter" and m.date_end and (
                        anchor is None or m.date_end <= anchor):
                    period = m.value
            elif period is not None and (timex := self.norm.in_period(m.text, period)):
                m = self.mention(text, m.start_char, m.end_char, timex, True)
            out.append(m)
        return out

def _word_before(span: Span) -> Token | None:
    i = span.start - 1
    while i >= 0 and span.doc[i].is_punct and span.doc[i].text in "-–(":
        i -= 1
    return span.doc[i] if i >= 0 else None


def _longest(found: list[tuple[int, int, Timex]]) -> list[tuple[int, int, Timex]]:
    """Of overlapping expressions keep the longest ('Dec. 7, 2022' over 'Dec. 7')."""
    kept: list[tuple[int, int, Timex]] = []
    taken: set[int] = set()
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        chars = range(item[0], item[1])
        if any(c in taken for c in chars):
            continue
        taken.update(chars)
        kept.append(item)
    return sorted(kept, key=lambda f: f[0])


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _day_of(m: DateMention) -> date | None:
    """The day a DATE (or a TIME on a known day) mention points at."""
    if m.timex_type == "DATE" and m.granularity == "day" and m.date_start:
        return m.date_start
    if m.timex_type == "TIME" and _DAY_VALUE.match(m.value):
        return date.fromisoformat(m.value[:10])
    return None


_FINE_ENOUGH = {
    "day": {"day"},
    "week": {"day", "week"},
    "month": {"day", "week", "month"},
    "year": {"day", "week", "month", "quarter", "half", "season", "year"},
}


def _last_date(text: str, mentions: list[DateMention], offset: int, unit: str) -> date | None:
    """The last date (fine enough for `unit`) before `offset` in the same paragraph."""
    start = _paragraph_start(text, offset)
    for m in reversed(mentions):
        if m.start_char < start:
            break
        if m.end_char > offset:
            continue
        if unit == "day" and (day := _day_of(m)):
            return day
        if m.timex_type == "DATE" and m.date_start and m.granularity in _FINE_ENOUGH[unit]:
            return m.date_start
    return None


def event_date_for(doc: Doc, start_char: int) -> date | None:
    """The day a claim at `start_char` refers to.

    A day in the same sentence (preferring one the parse attaches to the claim's verb), else
    the last day mentioned in the preceding sentences of the same paragraph, else None.
    """
    mentions = [m for m in (doc._.dates or []) if _day_of(m)]
    if not mentions or not len(doc):
        return None
    token = _token_at(doc, start_char)
    sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
    in_sentence = [m for m in mentions if sent.start_char <= m.start_char < sent.end_char]
    if in_sentence:
        verb = _governing_verb(token)
        for m in in_sentence:
            span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if verb is not None and span is not None and _governing_verb(span.root) == verb:
                return _day_of(m)
        return _day_of(min(in_sentence, key=lambda m: abs(m.start_char - start_char)))
    start = _paragraph_start(doc_text(doc), sent.start_char)
    before = [m for m in mentions if start <= m.start_char < sent.start_char]
    return _day_of(before[-1]) if before else None


def _token_at(doc: Doc, start_char: int) -> Token:
    starts = doc.to_array(IDX)
    return doc[max(0, int(np.searchsorted(starts, max(start_char, 0), side="right")) - 1)]


def _governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _auxiliaries(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
