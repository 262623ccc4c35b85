"""Text clean-up that keeps character offsets valid.

Real articles carry typographic apostrophes (’) and non-breaking spaces. spaCy's French
models were trained on straight apostrophes and plain spaces: the small model tags ``n’`` as a
person. :func:`for_parsing` maps each such character to its plain twin, one character for
one, so every offset into the parsed text is an offset into the original.
"""

from __future__ import annotations

import re
import unicodedata

_ONE_FOR_ONE = str.maketrans(
    {
        "\u2019": "'",  # RIGHT SINGLE QUOTATION MARK, the typographic apostrophe
        "\u2018": "'",  # LEFT SINGLE QUOTATION MARK
        "\u02bc": "'",  # MODIFIER LETTER APOSTROPHE
        "\u00b4": "'",  # ACUTE ACCENT typed as an apostrophe
        "\u00a0": " ",  # NO-BREAK SPACE, before : ; ! ? » in French typography
        "\u202f": " ",  # NARROW NO-BREAK SPACE
        "\u2009": " ",  # THIN SPACE
        "\u2007": " ",  # FIGURE SPACE, inside numbers: 3 000
        "\u2011": "-",  # NON-BREAKING HYPHEN
        "\u2010": "-",  # HYPHEN
    }
)


_TO_MAP = re.compile("[" + "".join(chr(c) for c in _ONE_FOR_ONE) + "]")


def for_parsing(text: str) -> str:
    """Return ``text`` with typographic apostrophes and spaces made plain, same length."""
    if not _TO_MAP.search(text):  # already plain: skip the (slower) character mapping
        return text
    return text.translate(_ONE_FOR_ONE)


def nfc(text: str) -> str:
    """Unicode NFC: one code point per accented letter, as offsets are counted on."""
    return unicodedata.normalize("NFC", text)
