"""Reading French TimeBank (ISO-TimeML) documents: plain text with gold EVENT, TIMEX3, TLINK.

Used by the benchmarks in ``bench/``; the corpus itself stays in ``../shared`` and is never
copied into the project.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

#: TLINK types that put an event inside (or on) a time: the event takes that time's date.
DATING_RELATIONS = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS"})


@dataclass(frozen=True, slots=True)
class Tag:
    """One inline annotation: its element name, attributes and character span in the text."""

    name: str
    attrs: dict
    start: int
    end: int


@dataclass(slots=True)
class TimeBankDoc:
    """One TimeML document: its text, creation time and annotations."""

    doc_id: str
    text: str
    dct: dt.date
    events: list[Tag] = field(default_factory=list)
    timexes: dict[str, Tag] = field(default_factory=dict)
    tlinks: list[dict] = field(default_factory=list)

    def dated_events(self) -> list[tuple[Tag, tuple[dt.date, dt.date], str]]:
        """Gold events linked by a dating TLINK to a time with a calendar interval.

        Returns ``(event, (start, end), tid)`` once per event instance: when an instance has
        several such links, the first one in the file that converts to an interval is kept.
        An empty ``<EVENT/>`` is a further instance of the event written elsewhere with the
        same ``eid`` (French TimeBank adds them after the text, e.g. "sanctionné en mai et
        juin": one instance per month); it is returned with that written event's span.
        """
        written = {e.attrs.get("eid"): e for e in self.events if e.end > e.start}

        def located(event: Tag) -> Tag:
            if event.end > event.start or event.attrs.get("eid") not in written:
                return event
            text = written[event.attrs["eid"]]
            return Tag(event.name, event.attrs, text.start, text.end)

        by_eiid = {e.attrs.get("eiid", e.attrs.get("eid")): located(e) for e in self.events}
        seen: set[str] = set()
        out = []
        for link in self.tlinks:
            eiid, tid = link.get("eventInstanceID"), link.get("relatedToTime")
            if link.get("relType") not in DATING_RELATIONS or not eiid or not tid:
                continue
            if eiid in seen or eiid not in by_eiid:
                continue
            if tid == "t1":
                interval = (self.dct, self.dct)
            elif tid in self.timexes:
                timex = self.timexes[tid]
                if timex.attrs.get("type") not in {"DATE", "TIME"}:
                    continue
                interval = timex_interval(timex.attrs.get("value", ""))
            else:
                continue
            if interval is None:
                continue
            seen.add(eiid)
            out.append((by_eiid[eiid], interval, tid))
        return out


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE = re.compile(r"^(\d{3})X$")


def timex_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The inclusive calendar interval of a TIMEX3 value, or None when it has none.

    Days (and times of day, which fall on their day), ISO weeks, months, years and decades
    convert; seasons, weekends, PRESENT_REF/PAST_REF/FUTURE_REF and values with X digits
    do not.
    """
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _DECADE.match(value):
            first = int(m[1]) * 10
            return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    except ValueError:
        return None
    return None


def _walk(node: ET.Element, parts: list[str], tags: list[Tag], offset: int) -> int:
    if node.text:
        parts.append(node.text)
        offset += len(node.text)
    for child in node:
        start = offset
        offset = _walk(child, parts, tags, offset)
        tags.append(Tag(child.tag, dict(child.attrib), start, offset))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_document(path: Path | str) -> TimeBankDoc:
    """Parse one ``.tml`` file."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    text_node = root.find("TEXT")
    if dct_node is None or text_node is None:
        raise ValueError(f"{path}: not a TimeML document with <DCT> and <TEXT>")
    parts: list[str] = []
    tags: list[Tag] = []
    _walk(text_node, parts, tags, 0)
    doc = TimeBankDoc(
        doc_id=(root.findtext("DOCID") or Path(path).stem).strip(),
        text="".join(parts),
        dct=dt.date.fromisoformat(dct_node.attrib["value"][:10]),
    )
    for tag in tags:
        if tag.name == "EVENT":
            doc.events.append(tag)
        elif tag.name == "TIMEX3":
            doc.timexes[tag.attrs["tid"]] = tag
    doc.tlinks = [dict(link.attrib) for link in root.iter("TLINK")]
    return doc


def read_corpus(path: Path | str) -> list[TimeBankDoc]:
    """Every ``.tml`` document under ``path`` (a folder or its ``Data`` sub-folder), sorted."""
    folder = Path(path)
    if (folder / "Data").is_dir():
        folder = folder / "Data"
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files under {path}: give the fr-timebank folder")
    return [read_document(f) for f in files]
