"""Finding inputs: folders walked with include/exclude globs; files, URLs and '-' kept."""

from __future__ import annotations

import pytest

from timeline.config import IngestConfig
from timeline.ingest import discover

TREE = [
    "a.md",
    "b.txt",
    "b.yaml",  # sidecar of b.txt: never an input of its own
    "c.meta.json",  # JSON sidecar: never an input of its own
    "export.csv",
    "dump.jsonl",
    "page.html",
    "feed.rss",
    "notes.pdf",  # unknown suffix
    "drafts/d.md",
    "drafts/old/e.md",
    ".git/config.txt",  # hidden folder
    ".hidden.md",  # hidden file
    "2024/03/f.JSON",  # suffix in capitals
]


@pytest.fixture
def tree(tmp_path):
    for name in TREE:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        # every supported format, recursively, sorted; no sidecars, hidden or unknown files
        (
            (),
            (),
            [
                "2024/03/f.JSON",
                "a.md",
                "b.txt",
                "drafts/d.md",
                "drafts/old/e.md",
                "dump.jsonl",
                "export.csv",
                "feed.rss",
                "page.html",
            ],
        ),
        # a glob without '/' matches the file name at any depth
        (("*.md",), (), ["a.md", "drafts/d.md", "drafts/old/e.md"]),
        # a glob with '/' matches the path under the folder ('*' crosses folders)
        (("*.md",), ("drafts/*",), ["a.md"]),
        # several includes
        (("*.csv", "*.jsonl"), (), ["dump.jsonl", "export.csv"]),
        # exclude alone
        ((), ("*.md", "*.html", "*.rss", "2024/*"), ["b.txt", "dump.jsonl", "export.csv"]),
        # an include cannot bring back what is never an input
        (("*.pdf", "*.yaml"), (), []),
    ],
)
def test_folders_are_walked_with_include_and_exclude(tree, include, exclude, expected):
    found = discover([tree], IngestConfig(include=include, exclude=exclude))
    assert [str(p)[len(str(tree)) + 1 :] for p in found] == expected


def test_files_urls_stdin_and_missing_paths_are_kept_in_order_once(tree):
    sources = [
        str(tree / "notes.pdf"),  # named explicitly: kept, reading will say why it is refused
        "https://news.example/feed.xml",
        "-",
        str(tree / "missing.md"),  # kept: reading reports "no such file"
        str(tree / "a.md"),
        str(tree / "a.md"),  # twice: once
    ]
    assert discover(sources, IngestConfig(exclude=("*.md",))) == sources[:-1]
