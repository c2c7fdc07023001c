"""Every error newsclaims raises, with its message written in one place.

Each message names the file, line, key or value at fault and what was expected, so the
CLI can print it as one line and a batch can record it in OUT/errors.
"""

from __future__ import annotations


class NewsclaimsError(Exception):
    """Base class: the CLI turns these into one line and a non-zero exit."""


class ConfigError(NewsclaimsError):
    """config.yaml has an unknown key or a bad value."""


class InputError(NewsclaimsError):
    """One input document (or input path) cannot be used; the batch goes on.

    `stage` says where it was found: ingest (unreadable), language (no pipeline for it),
    extract (a stage failed on it) or truncated (a warning: only its start was processed).
    """

    def __init__(
        self, source: str, reason: str, line: int | None = None, stage: str = "ingest",
        doc_id: str | None = None,
    ) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        self.stage = stage
        self.doc_id = doc_id
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # picklable, for worker processes
        return (type(self), (self.source, self.reason, self.line, self.stage, self.doc_id))


class OutputError(NewsclaimsError):
    """The output folder cannot be used as asked."""


class GoldError(NewsclaimsError):
    """A gold fixture is malformed."""


# The catalogue: reasons recorded for bad input. Kept here so tests assert exact text.
EMPTY_FILE = "empty file: no article text"
EMPTY_TEXT = "empty article text"
NOT_UTF8 = "not valid UTF-8 (byte {pos}): re-encode the file as UTF-8"
BAD_JSON = "invalid JSON: {detail}"
NOT_OBJECT = "expected a JSON object with a 'text' field, got {kind}"
MISSING_TEXT = "missing 'text' field"
BAD_FIELD_TYPE = "field {field!r} must be a {expected}, got {got!r}"
BAD_DATE = "field {field!r} must be a date YYYY-MM-DD, got {got!r}"
BAD_FRONT_MATTER = "front matter is not valid YAML: {detail}"
FRONT_MATTER_NOT_MAPPING = "front matter must be a mapping of field: value"
UNKNOWN_FIELD = "unknown field {field!r}; expected one of {expected}"
NO_SUCH_PATH = "no such file or folder"
UNSUPPORTED_SUFFIX = (
    "unsupported file type {suffix!r}; expected .txt, .jsonl, .html, .htm, .warc or .warc.gz"
)
NO_HTML_TEXT = "no article text found in the HTML"
NO_GLOB_MATCH = "no file matches this pattern"
TRUNCATED = "article longer than {limit:,} characters: extraction used the first {limit:,}"
NO_PIPELINE = "no pipeline configured for language {language!r}; configured: {configured}"
EXTRACTION_FAILED = "extraction failed: {detail}"
