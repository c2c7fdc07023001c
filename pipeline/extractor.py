"""Articles -> NLP -> rows -> one committed chunk of part files. The same code serves
the in-process run, each `--n-process` worker and each Ray actor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import errors
from pipeline.casualties.headline_prose import as_prose, stand_in_names
from pipeline.casualties.titles import before_anniversary, dying_victims, text_to_parse
from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.ingest import Article
from pipeline.ingest.credits import blank_out, find_credits, load_credit_rules
from pipeline.ingest.language import decide_language
from pipeline.nlp import cached_nlp
from pipeline.normalize.published import infer_published
from pipeline.rows import doc_rows, error_row
from pipeline.sink import ChunkWriter


@dataclass(frozen=True)
class Defaults:
    """Metadata that fills what an article's own metadata lacks (CLI --outlet etc.)."""

    outlet: str | None = None
    published: date | None = None
    language: str | None = None  # None: detect the language of articles that give none


def prepare_article(article: Article, defaults: Defaults, config: Config) -> Article:
    """Fill missing metadata, infer a missing publication date, set credits aside.

    The language comes from the article's metadata, else the --language option, else
    detection (pipeline.ingest.language). Raises InputError (stage language) for a
    language with no configured pipeline, or one that cannot be detected.
    """
    article.outlet = article.outlet or defaults.outlet
    article.language, _ = decide_language(
        article.language, defaults.language, article.text, config.languages)
    if article.language not in config.languages:
        reason = errors.NO_PIPELINE.format(
            language=article.language or "und (not detected)",
            configured=sorted(config.languages),
        )
        raise InputError(article.source_path, reason, article.source_line, "language",
                         article.doc_id)
    if article.published is None and defaults.published is not None:
        article.published, article.published_source = defaults.published, "metadata"
    if article.published is None:
        inferred = infer_published(article.text[: config.max_chars])
        if inferred is not None:
            article.published, article.published_source = inferred, "inferred"
    article.credit_spans = find_credits(article.text, load_credit_rules(str(config.models_dir)))
    article.credits = [article.text[a:b].strip() for a, b in article.credit_spans]
    return article


@dataclass(frozen=True)
class Preparer:
    """prepare_article for one run's items, wherever the run does it: in the one process,
    or in each --n-process worker (so the main process only reads). Gives an InputError
    for an article that cannot be prepared, and None for an error a resumed run already
    recorded (source, line, reason)."""

    defaults: Defaults
    config: Config
    recorded: frozenset[tuple] = frozenset()

    def __call__(self, item: Article | InputError) -> Article | InputError | None:
        if isinstance(item, Article):
            try:
                item = prepare_article(item, self.defaults, self.config)
            except InputError as err:
                item = err
        if isinstance(item, InputError) and (item.source, item.line, item.reason) in \
                self.recorded:
            return None
        return item


def nlp_input(article: Article, nlp: Language, max_chars: int) -> Doc:
    """The Doc the components see: credit lines blanked, capped, publication date attached."""
    doc = nlp.make_doc(blank_out(article.text, article.credit_spans)[:max_chars])
    doc._.published = article.published
    return doc


CASUALTIES = "newsclaims_casualties"
TITLE_SKIPS = ("newsclaims_entities",)  # before the casualty stage, but not read by it


def parse_titles(
    nlp: Language, titles: Sequence[tuple[str | None, date | None]], batch_size: int = 64,
) -> list[Doc | None]:
    """Each (title, published) as its own small Doc, parsed in batches up to the casualty
    stage, or None for a title that names no casualty trigger (most, in a general corpus:
    the check is a set lookup on the raw string). A site name after the headline is cut
    off, Title Case is read lower-cased and headline grammar the model misreads is rewritten
    in place (pipeline/casualties/titles.py: "15-year-old killed" read as "child killed"):
    the Doc's text has the length of the title's prefix, so its offsets point into the
    title. Only the title's casualty claims are kept (rows.py): the stages after the
    casualty stage and the entity stage are not run."""
    if CASUALTIES not in nlp.pipe_names:
        return [None] * len(titles)
    casualties = nlp.get_pipe(CASUALTIES)
    wanted = [i for i, (title, _) in enumerate(titles) if casualties.may_claim(title)]
    docs = []
    for i in wanted:
        title, published = titles[i]
        text = casualties.headline(title)
        if casualties.lex is not None:  # before lower-casing: a name is told by its capitals
            text = stand_in_names(text, casualties.lex.headline_name,
                                  casualties.lex.name_stand_in)
        text = text_to_parse(text)
        if casualties.lex is not None:  # "15-year-old killed" read as "child killed"
            text = as_prose(text, casualties.lex, casualties.may_claim)
        doc = nlp.make_doc(text)
        doc._.published = published
        docs.append(doc)
    names = nlp.pipe_names
    skip = list(names[names.index(CASUALTIES) + 1:])
    skip += [n for n in TITLE_SKIPS if n in names]
    parsed: list[Doc | None] = [None] * len(titles)
    for i, doc in zip(wanted, nlp.pipe(docs, batch_size=batch_size, disable=skip),
                      strict=True):
        if casualties.lex is not None and doc._.casualties:  # "Teen shot ... dies": killed
            doc._.casualties = dying_victims(doc._.casualties, doc.text,
                                             casualties.lex.title_death_ending)
            doc._.casualties = before_anniversary(doc._.casualties, doc.text,
                                                  casualties.lex.title_anniversary,
                                                  casualties.lex.title_memorial)
        parsed[i] = doc
    return parsed


class ChunkProcessor:
    """Runs the pipeline over chunks of articles; each chunk becomes committed part files."""

    def __init__(self, config: Config, staging: Path, worker_id: str) -> None:
        self.config = config
        self.staging = staging
        self.worker_id = worker_id
        self.sequence = 0

    def process(
        self,
        articles: Iterable[Article | InputError],
        on_article: Callable[[int], None] = lambda words: None,
    ) -> dict[str, int]:
        """Write one chunk: rows of every article, and a row for each error. Row counts back."""
        chunk = ChunkWriter(self.staging, f"{self.worker_id}-{self.sequence:06d}",
                            self.config.row_group_size)
        self.sequence += 1
        try:
            by_language: dict[str, list[Article]] = {}
            for item in articles:
                if isinstance(item, InputError):
                    chunk.write("errors", [error_row(item)])
                else:
                    by_language.setdefault(item.language or "en", []).append(item)
            for language, group in by_language.items():
                self._extract(language, group, chunk, on_article)
            return chunk.commit()
        except BaseException:
            chunk.abort()
            raise

    def _extract(
        self, language: str, articles: list[Article], chunk: ChunkWriter,
        on_article: Callable[[int], None],
    ) -> None:
        nlp = cached_nlp(self.config, language)
        limit = self.config.max_chars
        with nlp.memory_zone():  # the strings new in this chunk are freed with its Docs
            titles = parse_titles(nlp, [(a.title, a.published) for a in articles],
                                  self.config.batch_size)
            docs = ((nlp_input(a, nlp, limit), (a, t))
                    for a, t in zip(articles, titles, strict=True))
            for doc, (article, title) in nlp.pipe(docs, as_tuples=True,
                                                  batch_size=self.config.batch_size):
                rows = doc_rows(article, doc, title)
                if len(article.text) > limit:
                    warning = InputError(article.source_path,
                                         errors.TRUNCATED.format(limit=limit),
                                         article.source_line, "truncated", article.doc_id)
                    rows["errors"].append(error_row(warning))
                for table, table_rows in rows.items():
                    chunk.write(table, table_rows)
                on_article(rows["articles"][0]["n_words"])
