"""The language of an article: from its metadata, else detected with py3langid.

py3langid (a maintained fork of langid.py) was measured on one-sentence French, English and
German news snippets: right on all 19 of ``tests/test_ingest_language.py`` (in a first check
on 36 bare headlines, one five-word English headline came out Swedish); about 0.05 ms per
snippet once its model is loaded, which takes half a second once per process
(``bench/language_detection.py``). An article, headline and body, is far easier.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")  # fr, fr-FR, fr_CA, fra
#: Names users write in a language column instead of a code.
_NAMES = {
    "french": "fr",
    "francais": "fr",
    "français": "fr",
    "english": "en",
    "anglais": "en",
    "german": "de",
    "deutsch": "de",
    "allemand": "de",
    "spanish": "es",
    "espagnol": "es",
    "italian": "it",
    "italien": "it",
}
_ISO_639_2 = {"fra": "fr", "fre": "fr", "eng": "en", "deu": "de", "ger": "de", "spa": "es"}


def normalize_language(value: object) -> str | None:
    """An ISO 639-1 code from a metadata value (``fr-FR`` -> ``fr``), ``None`` if unusable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().lower()
    if text in _NAMES:
        return _NAMES[text]
    match = _CODE.match(text)
    if not match:
        return None
    code = match.group(1)
    return _ISO_639_2.get(code, code if len(code) == 2 else None)


#: Below this many letters a guess is noise ("Texte A." comes out as Extremaduran): the text
#: is then taken to be in the run's language.
MIN_LETTERS = 30
#: The language of a news article is settled by its first paragraphs; reading further
#: only costs time (py3langid's cost grows with the text).
SAMPLE_CHARS = 2000


def detect_language(text: str, default: str) -> str:
    """The ISO 639-1 code py3langid finds most likely for ``text``.

    A text with fewer than :data:`MIN_LETTERS` letters is too short to tell: ``default``.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return default
    import py3langid  # its model loads on first use

    code, _score = py3langid.classify(sample)
    return str(code)
