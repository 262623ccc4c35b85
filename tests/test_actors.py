"""The actor dictionary: loading, validation, EntityRuler patterns."""

from __future__ import annotations

import re

import pytest

from timeline.actors import load_dictionary, ruler_patterns
from timeline.errors import ConfigError


def test_starter_dictionary_covers_the_sample_story():
    names = {a.name: a for a in load_dictionary()}
    assert names["Haluk Bayraktar"].affiliation == "Baykar"
    assert names["Sotchi"].type == "place"
    assert names["Bayraktar TB2"].type == "equipment"
    assert "le dirigeant russe" in names["Poutine"].roles


def test_patterns_carry_the_canonical_id_and_roles_without_article():
    patterns = ruler_patterns(load_dictionary())
    poutine = [p for p in patterns if p["id"] == "Poutine"]
    assert {"label": "PER", "pattern": "dirigeant russe", "id": "Poutine"} in poutine
    assert all(p["label"] == "MISC" for p in patterns if p["id"] == "Bayraktar TB2")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("actors: {}", "top-level 'actors' list"),  # not a list
        ("actors:\n  - type: person", "a mapping with a 'name'"),  # no name
        ("actors:\n  - name: X\n    type: robot", "'robot'"),  # unknown type named
        ("actors:\n  - name: X\n    gender: x", "one of ['m', 'f']"),  # bad gender
    ],
)
def test_bad_dictionaries_are_refused_with_the_value_and_the_fix(tmp_path, yaml_text, message):
    path = tmp_path / "actors.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_dictionary(path)


def test_nlp_ruler_matches_roles_case_insensitively(nlp):
    import datetime as dt

    from timeline.nlp import parse

    doc = parse(nlp, "Le dirigeant russe plaide. Sotchi accueille le sommet.", dt.date(2022, 8, 3))
    ids = {(e.text, e.ent_id_, e.label_) for e in doc.ents}
    assert ("Le dirigeant russe", "Poutine", "PER") in ids or (
        "dirigeant russe",
        "Poutine",
        "PER",
    ) in ids
    assert ("Sotchi", "Sotchi", "LOC") in ids
