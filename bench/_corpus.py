"""Texts for the benchmarks: the sample articles in data/, plus French TimeBank's texts
when ../shared is present. Nothing here is timed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from timeline.ingest import discover, read_all
from timeline.models import Article

REPO = Path(__file__).resolve().parent.parent
TIMEBANK = REPO.parent / "shared" / "corpora" / "fr-timebank" / "Data"


def timebank_articles(path: Path = TIMEBANK) -> list[Article]:
    """One article per French TimeBank document: its text and its creation date."""
    articles = []
    for tml in sorted(path.glob("*.tml")) if path.is_dir() else []:
        root = ET.parse(tml).getroot()
        text = "".join(root.find("TEXT").itertext()).strip()
        dct = root.find("DCT/TIMEX3").get("value")
        published = dt.date.fromisoformat(re.match(r"\d{4}-\d\d-\d\d", dct).group())
        articles.append(
            Article(article_id=tml.stem, text=text, published=published, origin=str(tml))
        )
    return articles


def sample_articles() -> list[Article]:
    """The articles under data/ and, when available, French TimeBank's documents."""
    sample = [a for a in read_all(discover([REPO / "data"])) if isinstance(a, Article)]
    return sample + timebank_articles()


def articles(n: int) -> list[Article]:
    """``n`` distinct articles cycling over the samples (ids differ, texts repeat)."""
    base = sample_articles()
    out = []
    for i in range(n):
        a = base[i % len(base)]
        out.append(
            Article(
                article_id=f"{a.article_id}#{i}",
                text=a.text,
                title=a.title,
                source=a.source,
                url=None,
                published=a.published,
                language=a.language,
                origin=a.origin,
            )
        )
    return out
