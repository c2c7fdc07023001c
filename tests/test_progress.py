"""Progress: plain periodic log lines when stderr is not a terminal."""

from __future__ import annotations

import pytest

from pipeline.progress import Progress


def test_progress_logs_plain_lines_without_a_terminal(capsys: pytest.CaptureFixture) -> None:
    progress = Progress(enabled=False, interval=0.0)
    progress.update(3, 600)
    progress.close()
    err = capsys.readouterr().err
    assert err.startswith("newsclaims: 3 articles, ")
    assert "articles/s" in err and "words/s" in err


def test_progress_is_quiet_between_intervals(capsys: pytest.CaptureFixture) -> None:
    progress = Progress(enabled=False, interval=3600.0)
    progress.update(1, 10)
    progress.close()
    assert capsys.readouterr().err == ""
    assert (progress.articles, progress.words) == (1, 10)
