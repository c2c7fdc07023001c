"""Keeps one component's failure on one document from stopping the batch.

The failure is recorded in doc._.faults (it becomes a row of OUT/errors) and the
component's output for that document is left empty; the other stages still run.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def guarded(extension: str, component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    def run(doc: Doc) -> Doc:
        try:
            return component(doc)
        except Exception as err:  # noqa: BLE001 - any bug in a stage is recorded, not raised
            setattr(doc._, extension, [])
            doc._.faults = [*(doc._.faults or []), f"{extension}: {type(err).__name__}: {err}"]
            return doc

    return run
