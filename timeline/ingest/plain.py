"""``.md`` and ``.txt`` files: optional YAML front matter, optional sidecar metadata file.

Without a title in the metadata the first line of the body is the headline.
"""

from __future__ import annotations

from collections.abc import Mapping

import frontmatter
import yaml

from timeline.errors import IngestError
from timeline.ingest.decode import decode
from timeline.ingest.records import Record, as_text, pick_fields

#: Sidecar files looked for beside ``name.txt`` (or ``.md``, ``.html``), first found wins.
SIDECAR_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".meta.json")


def load_sidecar(data: bytes, origin: str) -> dict[str, object]:
    """The metadata mapping of a sidecar file (YAML, or JSON which YAML reads too)."""
    try:
        meta = yaml.safe_load(decode(data, origin))
    except yaml.YAMLError as exc:
        raise IngestError(origin, f"malformed sidecar metadata: {exc}") from None
    if not isinstance(meta, Mapping):
        raise IngestError(
            origin, "sidecar metadata must be a mapping such as 'published: 2024-03-04'"
        )
    return dict(meta)


def parse_plain(
    data: bytes,
    origin: str,
    *,
    sidecar: Mapping[str, object] | None = None,
    file_name: str | None = None,
) -> Record:
    """The record of a ``.md``/``.txt`` file. Sidecar metadata wins over front matter."""
    content = decode(data, origin)
    try:
        post = frontmatter.loads(content)
    except yaml.YAMLError as exc:
        raise IngestError(origin, f"malformed front matter: {exc}") from None
    if not isinstance(post.metadata, Mapping):
        raise IngestError(origin, "front matter must be a mapping such as 'title: ...'")
    front = pick_fields(post.metadata)
    side = pick_fields(sidecar or {})
    merged = {**front, **{k: v for k, v in side.items() if v is not None}}
    body = post.content.strip()
    if not body:
        raise IngestError(origin, "empty article: no text after the front matter")
    return Record(
        origin=origin,
        text=body,
        title=as_text(merged.get("title")),
        url=as_text(merged.get("url")),
        source=as_text(merged.get("source")),
        language=merged.get("language"),
        dates=(("metadata", side.get("published")), ("front matter", front.get("published"))),
        file_name=file_name,
    )
