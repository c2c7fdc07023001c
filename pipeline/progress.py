"""Progress of a long run: a bar with articles/s and words/s on a terminal, plain log
lines every `interval` seconds when the output is not a terminal (CI logs, nohup)."""

from __future__ import annotations

import sys
import time

from tqdm import tqdm


class Progress:
    """enabled: True a bar, False log lines, None a bar on a terminal; quiet: neither."""

    def __init__(
        self, enabled: bool | None = None, interval: float = 30.0, quiet: bool = False
    ) -> None:
        self.tty = sys.stderr.isatty() if enabled is None else enabled
        self.interval = float("inf") if quiet else interval
        self.articles = 0
        self.words = 0
        self.started = self.last_log = time.monotonic()
        self.bar = tqdm(desc="articles", unit="doc", disable=not self.tty, file=sys.stderr)

    def update(self, articles: int, words: int) -> None:
        self.articles += articles
        self.words += words
        if self.tty:
            self.bar.update(articles)
            self.bar.set_postfix_str(f"{self.words_per_second():,.0f} words/s", refresh=False)
        elif time.monotonic() - self.last_log >= self.interval:
            self.last_log = time.monotonic()
            print(self.line(), file=sys.stderr, flush=True)

    def words_per_second(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.words / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.articles / elapsed if elapsed > 0 else 0.0
        return (f"newsclaims: {self.articles:,} articles, {rate:,.1f} articles/s, "
                f"{self.words_per_second():,.0f} words/s")

    def close(self) -> None:
        self.bar.close()
