"""The incremental store: which articles were processed, by which pipeline, and their events.

One SQLite file under the output folder (``timeline.sqlite``). Each article's events are
replaced in one transaction together with the article's row, so a run killed at any moment
leaves either the old state or the new one for every article, never a mix. Exports are
regenerated from the store, never from a single run's memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from timeline.errors import OutputLockedError
from timeline.models import EVENT_COLUMNS, Article, Event

STORE_NAME = "timeline.sqlite"
LOCK_NAME = ".timeline.lock"
#: Changes whenever the tables' layout changes; an older store is rebuilt from scratch.
SCHEMA_VERSION = hashlib.sha256(" ".join(EVENT_COLUMNS).encode()).hexdigest()[:12] + "-2"
_DATE_FIELDS = ("published", "date_start", "date_end")
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    error TEXT,
    origin TEXT,
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    published_source TEXT
);
CREATE TABLE IF NOT EXISTS events (
    {", ".join(f"{c} {'TEXT PRIMARY KEY' if c == 'event_id' else ''}" for c in EVENT_COLUMNS)},
    FOREIGN KEY (article_id) REFERENCES articles (article_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS events_by_article ON events (article_id);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY,
    stamp TEXT NOT NULL,
    article_ids TEXT NOT NULL
);
"""
_INSERT_EVENT = f"INSERT OR REPLACE INTO events VALUES ({','.join('?' * len(EVENT_COLUMNS))})"


def content_hash(article: Article) -> str:
    """A hash of everything extraction depends on: the text and the metadata."""
    parts = (
        article.text,
        article.title,
        article.source,
        article.url,
        article.published,
        article.language,
    )
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """What a run has to do: the articles to (re)process and those already up to date."""

    todo: tuple[Article, ...]
    unchanged: tuple[Article, ...]
    duplicates: tuple[Article, ...] = ()


class Store:
    """The SQLite store of one output folder. Use as a context manager."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A long busy timeout: a second writer waits for the first instead of failing.
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a committed article survives power loss
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            self._rebuild()

    def _rebuild(self) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM events")
            db.execute("DELETE FROM articles")
            db.execute("DELETE FROM sources")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def plan(self, articles: Iterable[Article], fingerprint: str) -> Plan:
        """Split ``articles`` into those to process and those already done by this pipeline.

        An article is redone when it is new, its text or metadata changed, it failed last
        time, or it was processed by a different pipeline (``fingerprint``).
        """
        known = {
            row[0]: row[1:]
            for row in self._db.execute(
                "SELECT article_id, content_hash, fingerprint, status FROM articles"
            )
        }
        todo, unchanged, duplicates, seen = [], [], [], set()
        for article in articles:
            if article.article_id in seen:
                duplicates.append(article)
                continue
            seen.add(article.article_id)
            if known.get(article.article_id) == (content_hash(article), fingerprint, "done"):
                unchanged.append(article)
            else:
                todo.append(article)
        return Plan(todo=tuple(todo), unchanged=tuple(unchanged), duplicates=tuple(duplicates))

    def save(
        self,
        results: Sequence[tuple[Article, Sequence[Event] | str]],
        fingerprint: str,
        *,
        progress: tuple[int, int] | None = None,
    ) -> int:
        """Record a batch of results in one transaction: events, or an error message.

        Returns the number of events written. An article's old events are replaced.
        ``progress`` (articles done, articles to do in this run) is kept for onlookers.
        """
        written = 0
        with self._transaction() as db:
            for article, outcome in results:
                failed = isinstance(outcome, str)
                db.execute("DELETE FROM events WHERE article_id = ?", (article.article_id,))
                db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        article.article_id,
                        content_hash(article),
                        fingerprint,
                        "failed" if failed else "done",
                        outcome if failed else None,
                        article.origin,
                        article.title,
                        article.source,
                        article.url,
                        _iso(article.published),
                        article.language,
                        article.published_source,
                    ),
                )
                if not failed:
                    db.executemany(
                        _INSERT_EVENT,
                        [_event_row(e) for e in outcome],
                    )
                    written += len(outcome)
            db.execute(
                "INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE "
                "SET value = CAST(value AS INTEGER) + 1"
            )
            if progress is not None:
                db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('progress', ?)",
                    (f"{progress[0]}/{progress[1]}",),
                )
        return written

    def unchanged_sources(self, stamps: dict[str, str], fingerprint: str) -> dict[str, list[str]]:
        """The sources whose files are as they were when all their articles were last done
        by this pipeline: source -> its article ids. They need not be read again.
        """
        if not stamps:
            return {}
        done = {
            row[0]
            for row in self._db.execute(
                "SELECT article_id FROM articles WHERE status = 'done' AND fingerprint = ?",
                (fingerprint,),
            )
        }
        unchanged = {}
        rows = self._db.execute("SELECT source, stamp, article_ids FROM sources")
        for source, stamp, ids in rows:
            article_ids = json.loads(ids)
            if stamps.get(source) == stamp and all(a in done for a in article_ids):
                unchanged[source] = article_ids
        return unchanged

    def record_sources(self, entries: dict[str, tuple[str, list[str]]]) -> None:
        """Remember that each source (stamp, article ids) was read and fully processed."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO sources VALUES (?, ?, ?)",
                [(src, stamp, json.dumps(ids)) for src, (stamp, ids) in entries.items()],
            )

    def generation(self) -> int:
        """A counter that grows with every change: exports are stale when it moved."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def events(self) -> list[Event]:
        """Every stored event, in a stable order."""
        cursor = self._db.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY article_id, trigger_start, "
            "event_id"
        )
        return [_event_from_row(row) for row in cursor]

    def counts(self) -> dict[str, int]:
        """Articles done and failed, and events stored."""
        done, failed = self._db.execute(
            "SELECT COALESCE(SUM(status = 'done'), 0), COALESCE(SUM(status = 'failed'), 0) "
            "FROM articles"
        ).fetchone()
        (events,) = self._db.execute("SELECT COUNT(*) FROM events").fetchone()
        return {"articles_done": done, "articles_failed": failed, "events": events}


@contextmanager
def run_lock(out_dir: Path | str, *, timeout: float = 0) -> Iterator[None]:
    """Hold the output folder's lock for a run, so two runs never write it at once.

    ``timeout`` is how long to wait for another run to finish (0: fail at once, -1: wait
    forever). Raises :class:`~timeline.errors.OutputLockedError` when the wait runs out.
    """
    path = Path(out_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path, timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise OutputLockedError(Path(out_dir), timeout) from None
    try:
        yield
    finally:
        lock.release()


def read_progress(out_dir: Path | str) -> tuple[int, int] | None:
    """The running (or last) run's progress, read without disturbing it; None if unknown."""
    path = Path(out_dir) / STORE_NAME
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'progress'").fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    done, _, total = row[0].partition("/")
    return int(done), int(total)


def open_store(out_dir: Path | str) -> Store:
    """The store of an output folder (created on first use)."""
    return Store(Path(out_dir) / STORE_NAME)


def stored_events(out_dir: Path | str) -> list[Event]:
    """Every event stored under ``out_dir``."""
    with closing(open_store(out_dir)) as store:
        return store.events()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event_row(event: Event) -> tuple:
    return tuple(
        _iso(getattr(event, c)) if c in _DATE_FIELDS else getattr(event, c) for c in EVENT_COLUMNS
    )


def _event_from_row(row: Sequence) -> Event:
    values = dict(zip(EVENT_COLUMNS, row, strict=True))
    for name in _DATE_FIELDS:
        if values[name] is not None:
            values[name] = dt.date.fromisoformat(values[name])
    return Event(**values)
