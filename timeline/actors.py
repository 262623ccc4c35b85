"""Canonical actors: the actor dictionary, its spaCy EntityRuler patterns, name folding.

The dictionary (``resources/actors.yaml`` by default) lists each actor once with its aliases
and role descriptions. An EntityRuler placed after the statistical NER turns every mention
into an entity whose ``ent_id_`` is the canonical name, so known names and roles win over
the small model's mistakes. Places and equipment can be listed too (``type: place``,
``type: equipment``): they are never actors, and a known drone or city name can no longer
be taken for a person. Matching ignores case ("Le dirigeant russe" at a sentence start).

Within one article, :mod:`timeline.roles` folds the remaining variants ("M. Bayraktar" ->
"Haluk Bayraktar") by surname.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Span

from timeline.errors import ConfigError

ACTOR_TYPES = ("person", "organization", "country", "media", "company", "place", "equipment")
#: Types that can fill the actor and target columns (places and equipment never do).
AGENT_TYPES = frozenset({"person", "organization", "country", "media", "company"})
GENDERS = ("m", "f")
_LABELS = {
    "person": "PER",
    "organization": "ORG",
    "company": "ORG",
    "media": "ORG",
    "country": "LOC",
    "place": "LOC",
    "equipment": "MISC",
}
#: Words that introduce a name without being part of it.
TITLES = frozenset(
    {
        "m.",
        "mme",
        "mlle",
        "monsieur",
        "madame",
        "président",
        "présidente",
        "le",
        "la",
        "les",
        "l'",
        "du",
        "de",
        "des",
        "premier",
        "ministre",
        "général",
        "dr",
        "pdg",
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """One entry of the actor dictionary."""

    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    gender: str | None = None  # m | f, for pronouns ("elle" is not "M. X")
    affiliation: str | None = None  # the organization a person speaks for ("nous")


@lru_cache(maxsize=8)
def load_dictionary(path: Path | str | None = None) -> tuple[Actor, ...]:
    """Read an actor dictionary; ``None`` reads the starter dictionary shipped with timeline.

    Cached per path: the dictionary is read once per process.
    """
    if path is None:
        raw = resources.files("timeline.resources").joinpath("actors.yaml").read_text("utf-8")
        origin = "timeline/resources/actors.yaml"
    else:
        raw, origin = Path(path).read_text("utf-8"), str(path)
    data = yaml.safe_load(raw) or {}
    entries = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError("actor dictionary", origin, "a YAML file with a top-level 'actors' list")
    actors = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise ConfigError(f"actor #{i} in {origin}", entry, "a mapping with a 'name'")
        kind = entry.get("type", "person")
        if kind not in ACTOR_TYPES:
            raise ConfigError(
                f"type of actor {entry['name']!r} in {origin}", kind, f"one of {list(ACTOR_TYPES)}"
            )
        gender = entry.get("gender")
        if gender is not None and gender not in GENDERS:
            raise ConfigError(
                f"gender of actor {entry['name']!r} in {origin}", gender, f"one of {list(GENDERS)}"
            )
        actors.append(
            Actor(
                name=str(entry["name"]),
                type=kind,
                country=entry.get("country"),
                aliases=tuple(str(a) for a in entry.get("aliases") or ()),
                roles=tuple(str(r) for r in entry.get("roles") or ()),
                gender=gender,
                affiliation=entry.get("affiliation"),
            )
        )
    return tuple(actors)


def by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    """The dictionary indexed by canonical name (the ``ent_id_`` the ruler writes)."""
    return {actor.name: actor for actor in actors}


def ruler_patterns(actors: tuple[Actor, ...]) -> list[dict]:
    """EntityRuler patterns: each name, alias and role labelled, with the canonical id."""
    patterns = []
    for actor in actors:
        label = _LABELS[actor.type]
        for phrase in {actor.name, *actor.aliases, *actor.roles}:
            patterns.append({"label": label, "pattern": phrase, "id": actor.name})
            # Roles also appear without their article: "selon le dirigeant russe" vs
            # "du dirigeant russe".
            first, _, rest = phrase.partition(" ")
            if first.lower() in {"le", "la", "les", "l'"} and rest:
                patterns.append({"label": label, "pattern": rest, "id": actor.name})
    return patterns


def canonical(span: Span) -> str:
    """The canonical name of the actor a span mentions.

    The dictionary's id wins; otherwise the proper-noun part of the span without titles
    ("le président Erdogan" -> "Erdogan"); otherwise the span without its determiner.
    """
    for token in span:
        if token.ent_id_:
            return token.ent_id_
    names = [t.text for t in span if t.pos_ == "PROPN" and t.lower_ not in TITLES]
    if names:
        return " ".join(names)
    words = [t.text for t in span if t.pos_ != "DET" and t.lower_ not in {"l'", "d'"}]
    return " ".join(words) or span.text
