"""The incremental store and the run lock."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import OutputLockedError
from timeline.models import Article, Event
from timeline.store import STORE_NAME, Store, content_hash, run_lock

PUB = dt.date(2024, 3, 4)


def article(article_id: str = "a1", text: str = "Le maire a parlé hier.", **kw) -> Article:
    return Article(article_id=article_id, text=text, published=PUB, origin=f"{article_id}.md", **kw)


def event(article_id: str = "a1", start: int = 9, **kw) -> Event:
    fields = {
        "event_id": f"{article_id}-{start}",
        "article_id": article_id,
        "title": None,
        "source": None,
        "url": None,
        "published": PUB,
        "language": "fr",
        "sentence": "Le maire a parlé hier.",
        "sentence_start": 0,
        "sentence_end": 22,
        "trigger": "parlé",
        "trigger_lemma": "parler",
        "trigger_start": start,
        "trigger_end": start + 5,
        "event_type": "statement",
    }
    return Event(**{**fields, **kw})


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / STORE_NAME) as s:
        yield s


def test_plan_sends_new_articles_to_work(store):
    plan = store.plan([article("a1"), article("a2")], "v1")
    assert [a.article_id for a in plan.todo] == ["a1", "a2"]
    assert plan.unchanged == ()


@pytest.mark.parametrize(
    ("stored", "again", "fingerprint", "redo"),
    [
        (article(), article(), "v1", False),  # same text, same pipeline: skipped
        (article(), article(text="Le maire a parlé ce matin."), "v1", True),  # text changed
        (article(), article(title="Nouveau titre"), "v1", True),  # metadata changed
        (article(), dataclasses.replace(article(), published=None), "v1", True),  # date removed
        (article(), article(), "v2", True),  # the pipeline changed: everything again
    ],
)
def test_plan_redoes_only_what_changed(store, stored, again, fingerprint, redo):
    store.save([(stored, [event()])], "v1")
    plan = store.plan([again], fingerprint)
    assert bool(plan.todo) is redo
    assert bool(plan.unchanged) is not redo


def test_plan_retries_articles_that_failed(store):
    store.save([(article(), "extraction failed: boom")], "v1")
    assert store.plan([article()], "v1").todo == (article(),)


def test_plan_processes_the_same_article_twice_only_once(store):
    plan = store.plan([article("a1"), article("a1")], "v1")
    assert len(plan.todo) == 1 and len(plan.duplicates) == 1


def test_save_replaces_an_articles_events(store):
    store.save([(article(), [event(start=3), event(start=9)])], "v1")
    store.save([(article(text="changé"), [event(start=20)])], "v1")
    assert [e.trigger_start for e in store.events()] == [20]


def test_save_keeps_other_articles(store):
    store.save([(article("a1"), [event("a1")]), (article("a2"), [event("a2")])], "v1")
    store.save([(article("a1"), [])], "v1")
    assert [e.article_id for e in store.events()] == ["a2"]


def test_generation_moves_with_every_save(store):
    assert store.generation() == 0
    store.save([(article(), [event()])], "v1")
    store.save([(article(), [event()])], "v1")
    assert store.generation() == 2


def test_counts(store):
    store.save([(article("a1"), [event("a1")]), (article("a2"), "failed")], "v1")
    assert store.counts() == {"articles_done": 1, "articles_failed": 1, "events": 1}


def test_a_failed_transaction_leaves_the_store_as_it_was(store):
    store.save([(article("a1"), [event("a1")])], "v1")
    # A value that cannot be stored fails the batch half-way through.
    broken = dataclasses.replace(event("a3"), published="not a date")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.save([(article("a2"), [event("a2", start=1)]), (article("a3"), [broken])], "v1")
    assert [e.article_id for e in store.events()] == ["a1"]
    assert store.plan([article("a2")], "v1").todo  # a2 was rolled back with the batch


def test_an_older_store_layout_is_rebuilt(tmp_path):
    path = tmp_path / STORE_NAME
    with Store(path) as s:
        s.save([(article(), [event()])], "v1")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    with Store(path) as s:
        assert s.events() == [] and s.plan([article()], "v1").todo


text_st = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
opt_text = st.none() | text_st
opt_date = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sentence=text_st,
    actor=opt_text,
    target=opt_text,
    reported=opt_text,
    start=opt_date,
    end=opt_date,
    confidence=st.floats(0, 1),
)
def test_events_round_trip_through_the_store(
    tmp_path, sentence, actor, target, reported, start, end, confidence
):
    original = event(
        sentence=sentence,
        actor=actor,
        target=target,
        reported_by=reported,
        date_start=start,
        date_end=end,
        confidence=confidence,
    )
    with Store(tmp_path / "round-trip.sqlite") as s:
        s.save([(article(), [original])], "v1")
        assert s.events() == [original]


def test_content_hash_depends_on_text_and_metadata():
    assert content_hash(article()) == content_hash(article())
    assert content_hash(article()) != content_hash(article(text="autre"))
    assert content_hash(article()) != content_hash(article(url="https://example.org/a"))


def test_a_second_run_on_the_same_folder_is_refused_with_a_clear_message(tmp_path):
    with (
        run_lock(tmp_path),
        pytest.raises(OutputLockedError, match="in use by another"),
        run_lock(tmp_path),
    ):
        pass


def test_a_second_run_can_wait_for_the_first(tmp_path):
    order = []

    def first():
        with run_lock(tmp_path):
            order.append("first in")
            time.sleep(0.3)
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    while not order:
        time.sleep(0.01)
    with run_lock(tmp_path, timeout=10):
        order.append("second in")
    thread.join()
    assert order == ["first in", "first out", "second in"]


def test_unchanged_sources_are_those_with_the_same_stamp_and_done_articles(store):
    store.save([(article("a1"), [event("a1")]), (article("a2"), "failed")], "v1")
    store.record_sources({"one.md": ("s1", ["a1"]), "two.md": ("s2", ["a2"])})
    assert store.unchanged_sources({"one.md": "s1", "two.md": "s2"}, "v1") == {"one.md": ["a1"]}
    assert store.unchanged_sources({"one.md": "touched"}, "v1") == {}  # the file changed
    assert store.unchanged_sources({"one.md": "s1"}, "v2") == {}  # the pipeline changed
