"""Bytes to text: the encoding detected, binary refused, newlines and Unicode normalized."""

from __future__ import annotations

import codecs

import charset_normalizer

from timeline.errors import IngestError
from timeline.text import nfc

#: charset-normalizer ranks by "chaos" (odd characters) first, which barely differs between
#: 8-bit code pages on a short text: it often puts cp1250 or cp1257 first for a French cp1252
#: file ("sévère" read as "sévčre"). Among the candidates about as clean as its first choice,
#: the one whose letters make the most sense in a language (its coherence) is taken; on a tie,
#: these Western European encodings first.
PREFERRED_ENCODINGS: tuple[str, ...] = ("cp1252", "iso8859_15", "latin_1")
_CHAOS_SLACK = 0.05  # "about as clean": up to 5 odd characters more in 100 (mess ratio)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 8192  # NUL bytes in the first 8 KiB mark a binary file (text has none)


def normalize_text(text: str) -> str:
    """NFC, with Windows and old Mac line ends made ``\\n``: the form offsets count on."""
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def decode(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """Decode ``data`` read from ``origin`` to normalized text.

    A byte-order mark wins, then the ``declared`` charset (an HTTP header) when it decodes,
    then UTF-8, then charset-normalizer's guess. Raises :class:`IngestError` for an empty or
    binary input.
    """
    if not data.strip():
        raise IngestError(origin, "empty file: there is no text to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return normalize_text(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise IngestError(origin, "binary file (it holds NUL bytes): not a text article")
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return normalize_text(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    # UTF-16/32 without a byte-order mark hold NUL bytes in Latin text, refused above
    matches = [m for m in charset_normalizer.from_bytes(data) if not m.encoding.startswith("utf_")]
    if not matches:
        raise IngestError(
            origin, "binary file or unknown encoding: save it as UTF-8 text and try again"
        )
    clean = [m for m in matches if m.chaos <= matches[0].chaos + _CHAOS_SLACK]
    rank = {encoding: -i for i, encoding in enumerate(PREFERRED_ENCODINGS)}
    chosen = max(clean, key=lambda m: (m.coherence, rank.get(m.encoding, -len(rank))))
    return normalize_text(str(chosen))
