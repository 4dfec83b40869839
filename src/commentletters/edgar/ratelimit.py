"""At most ten requests in any one second, as the SEC counts them, across runs and processes.

A limiter that notes each request when it lets it go (pyrate-limiter, a token bucket) counts on
*our* clock at admission; the SEC counts on arrival. If the process stalls between the two (a busy
machine, a slow connect), ten requests admitted a second apart on our clock can arrive less than
a second apart there, and the next second holds eleven. So each request's mark is moved, once its
answer has begun, to that moment: the latest it can have reached the server. A request may go only
when the tenth most recent mark is a full second old, which bounds what the server sees whatever
the stalls. The marks live in SQLite (``BEGIN IMMEDIATE`` serialises processes), so a run that
starts right after another, or beside it, shares the same budget.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

KEEP_SECONDS = 60.0  # marks older than this can no longer matter


class SlidingWindow:
    """A sliding-window log of request marks: ``limit`` per ``window`` seconds, never a burst above."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        limit: int = 10,
        window: float = 1.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.sleep = sleep
        self.conn = sqlite3.connect(
            str(path) if path else ":memory:", isolation_level=None, check_same_thread=False, timeout=60
        )
        self.conn.execute("CREATE TABLE IF NOT EXISTS sent (id INTEGER PRIMARY KEY, at REAL NOT NULL)")

    def acquire(self) -> int:
        """Wait until a request may go; returns its ticket for :meth:`answered`."""
        while True:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                now = self.clock()
                rows = self.conn.execute("SELECT at FROM sent ORDER BY at DESC LIMIT ?", (self.limit,)).fetchall()
                free_at = rows[-1][0] + self.window if len(rows) == self.limit else now
                if now >= free_at:
                    self.conn.execute("DELETE FROM sent WHERE at < ?", (now - KEEP_SECONDS,))
                    ticket = self.conn.execute("INSERT INTO sent (at) VALUES (?)", (now,)).lastrowid
                    self.conn.execute("COMMIT")
                    return int(ticket or 0)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.sleep(free_at - now)

    def answered(self, ticket: int) -> None:
        """The request's answer has begun: it reached the server by now, so count it from now."""
        self.conn.execute("UPDATE sent SET at = ? WHERE id = ?", (self.clock(), ticket))

    def close(self) -> None:
        self.conn.close()
