"""What orchestration costs, measured in one process on the same articles.

    python -m bench.orchestration [--articles 1000] [--skip-dask]

1. Flow overhead: the Prefect flow (store, locks, tasks, artifacts) against calling the
   library directly (read, extract, write the same outputs). Target: at most +15 %.
2. Incremental re-run with nothing new, against the full run. Target: at most 5 %.
3. Extraction on a local Dask cluster with 2 workers against 1 worker.

Prefect's temporary server is started before any timing, so its start-up is not counted.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")

from bench._corpus import articles
from timeline.config import Config
from timeline.export import events_frame
from timeline.ingest import discover, read_all
from timeline.models import Article
from timeline.nlp import load_pipeline
from timeline.pipeline import extract_articles, flatten, write_outputs


def write_articles(items: list[Article], folder: Path) -> None:
    """One Markdown file with front matter per article."""
    for i, a in enumerate(items):
        (folder / f"article-{i:05d}.md").write_text(
            "---\n"
            f"title: {a.title or a.article_id!r}\n"
            f"published: {a.published.isoformat() if a.published else ''}\n"
            f"url: https://bench.example/{i}\n"
            "---\n"
            f"{a.text}\n",
            "utf-8",
        )


def library_run(src: Path, out: Path, config: Config) -> int:
    """The same work without Prefect: read, extract, write the outputs."""
    items = [a for a in read_all(discover([src], config.ingest), config) if isinstance(a, Article)]
    events = flatten(extract_articles(items, config))
    write_outputs(events_frame(events), out)
    return len(events)


def timed(label: str, fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"  {label:38s} {seconds:8.2f} s   ({result})")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()

    from prefect.testing.utilities import prefect_test_harness

    from flows.timeline_flow import timeline_flow

    config = Config()
    load_pipeline(config)  # the model loads once per process in both paths: not timed
    with tempfile.TemporaryDirectory() as tmp, prefect_test_harness(server_startup_timeout=120):
        root = Path(tmp)
        src = root / "articles"
        src.mkdir()
        write_articles(articles(args.articles), src)
        warm = root / "warm"
        warm.mkdir()
        write_articles(articles(2), warm)
        timeline_flow(sources=[str(warm)], out_dir=str(root / "warm-out"))  # server warm-up

        print(f"{args.articles} articles, model {config.model}, batch size {config.batch_size}")

        def flow(out: str, **kw) -> str:
            return timeline_flow(sources=[str(src)], out_dir=out, **kw).one_line()

        lib = timed("library (read, extract, write)", library_run, src, root / "lib", config)
        full = timed("flow, first run", flow, str(root / "flow"))
        again = timed("flow, re-run with nothing new", flow, str(root / "flow"))
        print(f"flow overhead: {full / lib - 1:+.1%} (target <= +15%)")
        print(f"incremental re-run: {again / full:.1%} of the full run (target <= 5%)")
        if not args.skip_dask:
            one = timed("dask, 1 worker", flow, str(root / "d1"), runner="dask", dask_workers=1)
            two = timed("dask, 2 workers", flow, str(root / "d2"), runner="dask", dask_workers=2)
            print(f"dask: 2 workers take {two / one:.2f}x the time of 1 ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
