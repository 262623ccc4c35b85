"""Who did what to whom, where: actors, targets and places of a trigger, within one article.

:class:`ArticleActors` reads a parsed article once: its entities (the statistical NER
overwritten by the actor dictionary's EntityRuler), the full names that surnames fold into
("M. Bayraktar" -> "Haluk Bayraktar"), what descriptions name ("la société" -> its
company, "le syndicat" -> "Syndicat des dockers", "la maire" -> the person introduced with
that office), genders, affiliations, and every mention of an actor in text order (for
pronouns). :class:`RoleReader` reads the roles of one trigger from the parse of its frame
(see :mod:`timeline.triggers`): actor (subject, passive agent, relative antecedent,
controller of an infinitive, shared subject of a coordination), target (indirect object,
object, ``à``/``contre``/``avec`` complements; only actors fill it) and location (a place
after ``à``, ``en``, ``au(x)``, ``dans``). The rules are described in ``docs/events.md``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from timeline.actors import AGENT_TYPES, TITLES, Actor, by_name
from timeline.docindex import index
from timeline.lexicon import (
    COMPANY_NOUNS,
    ETRE_VERBS,
    EVENT_NOUNS,
    IMPERSONAL_VERBS,
    NON_ACTOR_PRONOUNS,
    OFFICE_NOUNS,
    QUANTITY_NOUNS,
    REPORTING_VERBS,
)
from timeline.triggers import Trigger, sentence, verb_form

#: Present forms of :data:`IMPERSONAL_VERBS` the lemmatizer may keep as they are.
IMPERSONAL_FORMS = frozenset(
    {"faut", "semble", "manque", "reste", "suffit", "importe", "convient", "vaut", "existe"}
)
#: Sentences back a third-person pronoun may reach: beyond, news prose repeats the name.
PRONOUN_WINDOW = 2

_KIND_OF_LABEL = {"PER": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}
#: Kinds that may fill the actor column (places, equipment and other names never do).
ACTOR_KINDS = frozenset(AGENT_TYPES | {"group", "name"})
_ORG_KINDS = frozenset({"organization", "company", "media"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_NAME_DEPS = frozenset({"appos", "flat:name", "flat", "nmod", "amod", "compound", "fixed"})
_ARG_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod"})
#: Kinds of mentions pronouns may refer to.
_SALIENT_KINDS = frozenset(AGENT_TYPES | {"name"})
_MENTION_DEPS = _ARG_DEPS | {"ROOT", "appos", "nmod", "conj"}
_RELATIVE = frozenset({"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles"})
#: Verbs whose object (not subject) controls their infinitive: "appeler X à cesser".
OBJECT_CONTROL = frozenset(
    {
        "appeler",
        "exhorter",
        "inviter",
        "pousser",
        "autoriser",
        "permettre",
        "interdire",
        "empêcher",
        "aider",
        "forcer",
        "obliger",
        "encourager",
        "demander",
        "charger",
        "convaincre",
        "persuader",
        "accuser",
        "soupçonner",
        "remercier",
        "féliciter",
    }
)
#: Causative verbs: the one who makes or lets is not the one who does.
CAUSATIVES = frozenset({"faire", "laisser"})
#: Verbs after which "à X" is where, not whom.
MOTION_VERBS = frozenset(
    {"aller", "venir", "arriver", "rendre", "partir", "retourner", "voyager", "rentrer"}
)
#: Support verbs whose subject undergoes the event: "l'Ukraine subit des attaques".
SUFFERING_SUPPORT = frozenset({"subir", "essuyer", "endurer"})
#: Event types whose target may be the subject of a purpose clause: "faire pression pour
#: que X fabrique" puts the pressure on X.
PURPOSE_TARGET_TYPES = frozenset({"pressure", "request", "appeal"})
#: Event types whose object is a person or a group even when no name says so ("a reçu les
#: grévistes"); for the other types a common noun object is a thing ("la nouvelle").
GROUP_TARGET_TYPES = frozenset({"meeting", "attack", "appeal", "pressure"})
#: Event types whose "à X" complement is what is asked for, not whom: "appeler au dialogue".
_THING_AFTER_A_TYPES = frozenset({"appeal"})
#: Event types that can target a place: "a bombardé Kiev".
PLACE_TARGET_TYPES = frozenset({"attack"})
#: Event types whose "à X" complement is a place: one meets *in* a city.
PLACE_TYPES = frozenset({"meeting", "visit"})
_TARGET_CASES = frozenset({"à", "au", "aux", "auprès", "contre", "envers"})
_PARTNER_CASES = frozenset({"avec"})
_PARTNER_TYPES = frozenset({"meeting", "mediation", "agreement"})
_PLACE_CASES = frozenset({"à", "au", "aux", "en", "dans"})
#: Third-person pronouns and possessives that may refer to an actor.
_THIRD_PERSON = frozenset(
    {
        "il",
        "elle",
        "le",
        "la",
        "l'",
        "lui",
        "ils",
        "elles",
        "les",
        "leur",
        "eux",
        "son",
        "sa",
        "ses",
    }
)
_CODE = re.compile(r"[A-Za-z]+-?\d|\d+-?[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention resolved to a canonical actor.

    ``how`` records how: ``dictionary`` (the actor dictionary), ``name`` (a name in the
    text), ``surname`` (folded into a full name of the article), ``description`` ("la
    société"), ``relative`` (a relative pronoun's antecedent), ``pronoun``, ``speaker``
    (first person in a quotation), ``affiliation`` ("nous" -> the speaker's organization),
    ``noun`` (a common noun phrase, "les dockers").
    """

    name: str
    kind: str
    how: str
    token: int


@dataclass(frozen=True, slots=True)
class _Mention:
    token: int
    sent: int
    resolved: Resolved
    subject: bool


def _has_code(tokens) -> bool:
    """True for model names such as "TB2", "F-16", "S-400": equipment, not people."""
    return any(_CODE.fullmatch(t.text) for t in tokens)


def _case_of(token: Token) -> str | None:
    """The preposition introducing a nominal ("à", "au", "d'après"), lower case, or None."""
    cases = [c for c in token.children if c.dep_ in {"case", "mark", "fixed"} and c.i < token.i]
    if not cases:
        return None
    first = cases[0]
    if first.lower_ in {"d'", "de"} and len(cases) > 1 and cases[1].lower_ == "après":
        return "d'après"
    return first.lower_


class ArticleActors:
    """The actors of one parsed article, and the rules that resolve mentions to them."""

    def __init__(self, doc: Doc, dictionary: tuple[Actor, ...]) -> None:
        self.doc = doc
        self.entries = by_name(dictionary)
        self.ent_of: dict[int, Span] = {t.i: ent for ent in doc.ents for t in ent}
        self.index = index(doc)
        self.sent_of = self.index.sent_id
        self.surnames: dict[str, str | None] = {}
        self.genders: dict[str, str] = {}
        self.affiliations: dict[str, str] = {
            a.name: a.affiliation for a in dictionary if a.affiliation
        }
        self.companies: Counter[str] = Counter()
        self.firms: Counter[str] = Counter()  # proper-name organizations, for "l'entreprise"
        self.org_heads: dict[str, str | None] = {}  # "syndicat" -> "Syndicat des dockers"
        self.offices: dict[str, str | None] = {}  # "maire" -> "Claire Morel"
        self.mentions: list[_Mention] = []
        self._names: dict[tuple[int, int], tuple[str, str]] = {}
        self._read_names()
        self._read_mentions()

    # ---------------------------------------------------------------- article reading
    def _read_names(self) -> None:
        for ent in self.doc.ents:
            name, kind = self._entity_name(ent)
            entry = self.entries.get(name)
            if kind == "person" and " " in name:
                surname = name.split()[-1].lower()
                known = self.surnames.get(surname, name)
                self.surnames[surname] = name if known == name else None  # ambiguous
            if entry is not None and entry.gender:
                self.genders[name] = entry.gender
            if kind == "company" or (ent.label_ != "LOC" and self._described_as_company(ent)):
                self.companies[name] += 1
            elif ent.label_ == "ORG" and kind == "organization" and not _descriptive(ent):
                self.firms[name] += 1  # a proper-name organization: maybe "l'entreprise"
            self._read_org_head(ent, name, kind)
        self._names.clear()  # names read before every full name was known may fold further
        for i in self.index.where_lemma(OFFICE_NOUNS):  # "le PDG de Baykar, Haluk Bayraktar"
            self._read_office(self.doc[i])

    def _read_org_head(self, ent: Span, name: str, kind: str) -> None:
        """ "Syndicat des dockers de Saint-Aubin": "le syndicat" will name it."""
        if kind not in _ORG_KINDS | {"name"} or " " not in name:
            return
        words = [t for t in ent if t.pos_ not in {"DET", "PUNCT"}]
        if len(words) < 2 or not _descriptive(ent):
            return  # "Baykar Technologies" names, "Tribunal de commerce" describes
        head = words[0].lower_
        known = self.org_heads.get(head, name)
        self.org_heads[head] = name if known == name else None  # ambiguous

    def _described_as_company(self, ent: Span) -> bool:
        root = ent.root
        if root.dep_ in _SUBJECT_DEPS and any(
            c.dep_ == "cop" for c in root.head.children
        ):  # "Baykar est un fabricant de drones"
            return root.head.lemma_.lower() in COMPANY_NOUNS
        head = root.head  # "la société Baykar", "le fabricant Baykar"
        return root.dep_ in _NAME_DEPS and head.lemma_.lower() in COMPANY_NOUNS

    def _read_office(self, office: Token) -> None:
        """ "La maire de Saint-Aubin, Claire Morel": "la maire" is Claire Morel; "X,
        secrétaire général du syndicat": X speaks for the union ("nous")."""
        org = None
        for child in office.children:
            if child.dep_ == "nmod" and _case_of(child) in {"de", "du", "d'", "des"}:
                ent = self.ent_of.get(child.i)
                if ent is not None and ent.label_ == "ORG":
                    org, _ = self._entity_name(ent)
                elif self.org_heads.get(child.lemma_.lower()):
                    org = self.org_heads[child.lemma_.lower()]
        people = [c for c in office.children if c.dep_ in {"appos", "flat:name"}]
        if office.dep_ == "appos":
            people.append(office.head)
        for person in people:
            ent = self.ent_of.get(person.i)
            if ent is None or ent.label_ != "PER":
                continue
            name, _ = self._entity_name(ent)
            lemma = office.lemma_.lower()
            known = self.offices.get(lemma, name)
            self.offices[lemma] = name if known == name else None  # two people: ambiguous
            if org is not None and name != org:
                self.affiliations.setdefault(name, org)

    def _read_mentions(self) -> None:
        seen: set[int] = set()
        # only names and descriptions can name an actor
        names = set(self.ent_of) | set(self.index.where_pos("PROPN"))
        candidates = names | {self.doc[i].head.i for i in names}  # "le président Erdogan"
        candidates.update(self.index.where_lemma(COMPANY_NOUNS))
        for i in sorted(candidates):
            token = self.doc[i]
            if token.pos_ not in {"PROPN", "NOUN"} or token.i in seen:
                continue
            if token.dep_ not in _MENTION_DEPS:
                continue
            resolved = self.resolve_np(token)
            if resolved is None or resolved.kind not in _SALIENT_KINDS:
                continue
            ent = self.ent_of.get(token.i)
            if ent is not None:
                seen.update(t.i for t in ent)
            self.mentions.append(
                _Mention(
                    token=token.i,
                    sent=self.sent_of[token.i],
                    resolved=resolved,
                    subject=token.dep_ in _SUBJECT_DEPS,
                )
            )
            if resolved.kind == "person" and resolved.name not in self.genders:
                gender = self._gender_cue(token)
                if gender:
                    self.genders[resolved.name] = gender

    @staticmethod
    def _gender_cue(token: Token) -> str | None:
        words = [token, *token.children]
        for word in words:
            if word.lower_ in {"m.", "monsieur"}:
                return "m"
            if word.lower_ in {"mme", "madame", "mlle", "mademoiselle"}:
                return "f"
        for word in token.children:  # "la maire Claire Morel": the article's gender
            if word.dep_ == "det" and word.lower_ in {"le", "la"}:
                return "m" if word.lower_ == "le" else "f"
        if token.pos_ == "NOUN":  # "le président Erdogan": the title's gender
            gender = token.morph.get("Gender")
            if gender == ["Masc"]:
                return "m"
            if gender == ["Fem"]:
                return "f"
        return None

    # ---------------------------------------------------------------- names
    def _entity_name(self, ent: Span) -> tuple[str, str]:
        """(canonical name, kind) of an entity span (computed once per entity)."""
        key = (ent.start, ent.end)
        if key not in self._names:
            self._names[key] = self._name_entity(ent)
        return self._names[key]

    def _name_entity(self, ent: Span) -> tuple[str, str]:
        ent_id = ent.ent_id_ or next((t.ent_id_ for t in ent if t.ent_id_), "")
        if ent_id:
            entry = self.entries.get(ent_id)
            return ent_id, entry.type if entry else _KIND_OF_LABEL.get(ent.label_, "name")
        if _has_code(ent):
            return _plain_name(ent), "equipment"
        name = _plain_name(ent)
        kind = _KIND_OF_LABEL.get(ent.label_, "misc")
        if kind == "person" or (kind == "misc" and " " not in name):
            name = self.fold(name)
        return name, kind

    def fold(self, name: str) -> str:
        """A bare surname folded into the article's full name, when exactly one matches."""
        if " " in name:
            return name
        return self.surnames.get(name.lower()) or name

    def _from_entity(self, ent: Span, token: Token, how: str | None = None) -> Resolved:
        name, kind = self._entity_name(ent)
        if how is None:
            how = "dictionary" if (ent.ent_id_ or any(t.ent_id_ for t in ent)) else "name"
            if how == "name" and name != _plain_name(ent):
                how = "surname"
        return Resolved(name=name, kind=kind, how=how, token=token.i)

    def resolve_np(self, token: Token, *, allow_common: bool = False) -> Resolved | None:
        """The actor a nominal phrase headed by ``token`` names, or None.

        With ``allow_common``, a common noun phrase that names no known actor ("les
        dockers") comes back as itself, kind ``group``.
        """
        ent = self.ent_of.get(token.i)
        if token.pos_ == "NOUN" and (ent is None or ent.label_ != "PER"):
            person = self._apposed_person(token)  # "le ministre des Affaires étrangères,
            if person is not None:  # Jean-Noël Barrot": the person, not the ministry
                return self._from_entity(person, token)
        if ent is not None:
            return self._from_entity(ent, token)
        for child in token.children:
            if child.dep_ not in _NAME_DEPS or (child.i < token.i and child.dep_ != "amod"):
                continue
            if child.dep_ == "nmod" and _case_of(child) is not None:
                continue  # "le PDG de Baykar" is not Baykar
            ent = self.ent_of.get(child.i)
            if ent is not None and ent.label_ in {"PER", "ORG"}:
                return self._from_entity(ent, token)
        if token.pos_ == "PROPN" or any(
            c.pos_ == "PROPN" and c.dep_ in {"flat:name", "flat", "appos"} for c in token.children
        ):
            words = [token, *(c for c in token.children if c.dep_ in {"flat:name", "flat"})]
            words = sorted(words, key=lambda t: t.i)
            if _has_code(words):
                return Resolved(
                    name=" ".join(t.text for t in words),
                    kind="equipment",
                    how="name",
                    token=token.i,
                )
            names = [t.text for t in words if t.pos_ == "PROPN" and t.lower_ not in TITLES]
            if names:
                raw = " ".join(names)
                name = self.fold(raw)
                titled = any(t.lower_ in {"m.", "mme", "monsieur", "madame"} for t in words)
                kind = "person" if titled or name != raw else "name"
                return Resolved(
                    name=name, kind=kind, how="surname" if name != raw else "name", token=token.i
                )
        lemma = token.lemma_.lower()
        if lemma in QUANTITY_NOUNS or token.text == "%":  # "58 % des Français", "la moitié
            for child in token.children:  # des salariés": the people counted
                if child.dep_ == "nmod" and _case_of(child) in {"de", "des", "d'", "du"}:
                    return self.resolve_np(child, allow_common=allow_common)
        if token.pos_ == "NOUN" and _definite(token):
            if self.offices.get(lemma):  # "la maire", introduced with her name
                return Resolved(self.offices[lemma], "person", "description", token.i)
            if self.org_heads.get(lemma):  # "le syndicat" for "Syndicat des dockers"
                name = self.org_heads[lemma]
                kind = self.entries[name].type if name in self.entries else "organization"
                return Resolved(name, kind, "description", token.i)
        if lemma in COMPANY_NOUNS and _definite(token) and (self.companies or self.firms):
            name = (self.companies or self.firms).most_common(1)[0][0]
            return Resolved(name=name, kind="company", how="description", token=token.i)
        nominal = token.pos_ == "NOUN" or (
            token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children)
        )  # "les dockers" tagged as an adjective is still a noun phrase
        if allow_common and nominal and lemma not in EVENT_NOUNS:
            return Resolved(name=_common_name(token), kind="group", how="noun", token=token.i)
        return None

    def _apposed_person(self, noun: Token) -> Span | None:
        """The person a title or office is in apposition with: "le Premier ministre japonais
        Fumio Kishida", "la maire, Claire Morel". Not for a plural ("trois adolescentes,
        Jessica, Jennifer et Nadia" are a group)."""
        if "Plur" in noun.morph.get("Number"):
            return None
        for child in noun.children:
            # the parser may read the commas of the apposition as a coordination
            apposed = child.dep_ in {"appos", "flat:name"} or (
                child.dep_ == "conj"
                and not any(c.dep_ == "cc" for c in child.children)
                and noun.doc[child.i - 1].text == ","
            )
            if apposed and child.i > noun.i:
                ent = self.ent_of.get(child.i)
                if ent is not None and ent.label_ == "PER":
                    return ent
        return None

    # ---------------------------------------------------------------- pronouns
    def is_impersonal(self, pronoun: Token) -> bool:
        """True for an impersonal "il": "il faut", "il y a", "il a été confirmé que"."""
        if pronoun.lower_ != "il":
            return False
        if pronoun.dep_ in {"expl", "expl:pass"}:
            return True  # (the parser also says expl:subj for "il se rendra": checked below)
        verb = pronoun.head
        # the lemmatizer leaves some forms alone ("manque" for manquer): the form counts too
        if verb.lemma_.lower() in IMPERSONAL_VERBS or verb.lower_ in IMPERSONAL_FORMS:
            return True
        children = list(verb.children)
        if any(c.lower_ == "y" for c in children):  # il y a
            return True
        clause = any(
            c.dep_ in {"ccomp", "csubj", "xcomp"} or (c.lower_ == "ce" and c.i > verb.i)
            for c in children
        )
        passive = any(c.dep_ == "aux:pass" for c in children)
        if passive and clause and not any(c.dep_ == "obl:agent" for c in children):
            return True
        return verb.pos_ == "ADJ" and clause  # il est important de / que

    def resolve_pronoun(
        self,
        pronoun: Token,
        *,
        exclude: frozenset[str] = frozenset(),
        speaker: Callable[[], Resolved | None] | None = None,
    ) -> Resolved | None:
        """The actor a personal pronoun refers to, or None when nothing fits well enough.

        ``speaker`` gives the speaker of the quotation the pronoun stands in, if any: "je"
        is the speaker, "nous" the organization the speaker speaks for (else the speaker).
        """
        low = pronoun.lower_.lstrip("-").removeprefix("t-")
        if "Rel" in pronoun.morph.get("PronType"):
            return None
        person = pronoun.morph.get("Person")
        if low in {"je", "j'", "me", "m'", "moi", "nous"} or person == ["1"]:
            who = speaker() if speaker else None
            if who is None:
                return None
            if low == "nous" or pronoun.morph.get("Number") == ["Plur"]:
                org = self.affiliations.get(who.name)
                if org:
                    kind = self.entries[org].type if org in self.entries else "organization"
                    return Resolved(name=org, kind=kind, how="affiliation", token=pronoun.i)
            return Resolved(name=who.name, kind=who.kind, how="speaker", token=pronoun.i)
        if person == ["2"] or low in {"vous", "tu", "te", "toi"} or low in NON_ACTOR_PRONOUNS:
            return None
        if low not in _THIRD_PERSON:
            return None
        if self.is_impersonal(pronoun):
            return None
        plural = low in {"ils", "elles", "les", "leur", "eux"}
        if plural:
            return None  # plural antecedents (groups, coordinations) are left to the reader
        gender = {"il": "m", "le": "m", "elle": "f", "la": "f"}.get(low)
        here = self.sent_of[pronoun.i]
        best: tuple | None = None
        for mention in self.mentions:
            if mention.token >= pronoun.i:
                break
            if here - mention.sent > PRONOUN_WINDOW or mention.resolved.name in exclude:
                continue
            resolved = mention.resolved
            if gender and self.genders.get(resolved.name, gender) != gender:
                continue
            # salience: nearest sentence, then subjects, then people, then the latest
            score = (
                -(here - mention.sent),
                mention.subject,
                resolved.kind == "person",
                mention.token,
            )
            if best is None or score > best[0]:
                best = (score, resolved)
        if best is None:
            return None
        resolved = best[1]
        return Resolved(name=resolved.name, kind=resolved.kind, how="pronoun", token=pronoun.i)

    # ---------------------------------------------------------------- places
    def place_name(self, token: Token) -> str | None:
        """The name of the place a nominal after à/en/dans names, or None.

        A dictionary place or country, a LOC entity, or a single-word proper name the model
        took for a person that the article never uses as one (no title, no full name, not
        in the dictionary): "à Sotchi".
        """
        if not token.text[:1].isupper():
            return None  # "à la réunion": a common noun is no place name
        ent = self.ent_of.get(token.i)
        if ent is not None:
            name, kind = self._entity_name(ent)
            words = _plain_name(ent)
            if kind in {"place", "country"}:
                return words
            lone_name = kind == "person" and not ent.ent_id_ and len(ent) == 1
            if lone_name and name == words and name.lower() not in self.surnames:
                return words
            return None
        if (
            token.pos_ == "PROPN"
            and token.lower_ not in self.surnames
            and not any(c.dep_ in {"flat:name", "flat"} for c in token.children)
        ):
            return token.text
        return None


def _adjacent_name(trigger: Trigger) -> Token | None:
    """A named entity right after the trigger (a determiner may stand between) that the
    parser attached elsewhere: "doit rencontrer Poutine vendredi" with "Poutine" misparsed.
    Used as the object when no complement names a target."""
    last = trigger.words[-1]
    doc = last.doc
    i = last.i + 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or not doc[i].ent_type_ or doc[i].dep_ in {"nsubj", "nsubj:pass"}:
        return None
    word = doc[i]
    if word.head in trigger.frame or sentence(word).start != sentence(last).start:
        return None  # already a dependent: the ordinary rules have seen it
    return word


def _with_auxiliaries(verb: Token) -> list[Token]:
    """A verb's dependents, and those the parser hung on its auxiliary instead: "Le
    président a pour sa part annoncé" with "président" the subject of "a"."""
    children = list(verb.children)
    return children + [g for c in children if c.dep_.startswith("aux") for g in c.children]


def _descriptive(ent: Span) -> bool:
    """True for a name made of common words: "Syndicat des dockers", "Tribunal de commerce"."""
    return any(t.is_lower and t.pos_ in {"ADP", "DET"} for t in ent[1:])


def _passive_verb(verb: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    active = any(  # "s'est mis", "a appelé", "est arrivé": reflexive or a compound tense
        c.dep_.startswith("expl")
        or "Yes" in c.morph.get("Reflex")
        or (c.dep_ == "aux:tense" and (c.lemma_ == "avoir" or verb.lemma_.lower() in ETRE_VERBS))
        for c in verb.children
    )
    return "Pass" in verb.morph.get("Voice") and not active


def _left_nominal(verb: Token) -> Token | None:
    """The nominal just before a relative clause's pronoun: "les grévistes, qui ...".

    Used when the parser hangs the relative clause on the verb instead of its antecedent.
    """
    pronoun = next(
        (c for c in verb.children if c.lower_ in _RELATIVE or "Rel" in c.morph.get("PronType")),
        None,
    )
    if pronoun is None:
        return None
    i = pronoun.i - 1
    while i >= sentence(verb).start and verb.doc[i].is_punct:
        i -= 1
    if i < sentence(verb).start:
        return None
    word = verb.doc[i]
    return word if word.pos_ in {"NOUN", "PROPN", "ADJ"} else None


def _purpose_subjects(frame: tuple[Token, ...]) -> list[Token]:
    """Subjects of "pour que" / "afin que" clauses under the frame (also when the parser made
    the subject itself the complement carrying "pour" and "que")."""
    found = []
    for token in frame:
        for child in token.children:
            if child in frame:
                continue
            left = {c.lower_ for c in child.children if c.i < child.i}
            if not left & {"que", "qu'"} or not left & {"pour", "afin"}:
                continue
            if child.pos_ in {"VERB", "AUX"}:
                found += [c for c in child.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            elif child.pos_ in {"NOUN", "PROPN"}:
                found.append(child)
    return found


def _stray_subject(verb: Token) -> Token | None:
    """A subject the parser hung on a wrong word just before a finite verb without one.

    "alors que le dirigeant russe plaide" parsed with "russe" as a verb owning "dirigeant":
    the nearest ``nsubj`` between the clause start (a conjunction, a comma) and the verb.
    """
    if verb_form(verb) != "Fin":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= sentence(verb).start:
        word = doc[i]
        if word.pos_ in {"SCONJ", "PUNCT"} or word.lower_ in {"que", "qu'", "qui"}:
            return None
        if word.pos_ in {"VERB", "AUX"} and verb_form(word) == "Fin":
            return None
        if word.dep_ == "nsubj" and word.head.i != verb.i and word.head.i > word.i:
            return word
        i -= 1
    return None


def _definite(token: Token) -> bool:
    return any(
        c.dep_ == "det"
        and (
            c.lower_ in {"le", "la", "l'", "les", "ce", "cet", "cette", "ces"}
            or "Dem" in c.morph.get("PronType")
        )
        for c in token.children
    )


def _plain_name(span: Span) -> str:
    """The name in an entity span without leading articles and titles: "le Syndicat des
    dockers" -> "Syndicat des dockers", "M. Dupont" -> "Dupont"."""
    words = [t for t in span if not t.is_space]
    while words and (words[0].lower_ in TITLES or words[0].pos_ in {"DET", "ADP", "PUNCT"}):
        words.pop(0)
    while words and words[-1].pos_ in {"PUNCT", "ADP", "DET"}:
        words.pop()
    return " ".join(t.text for t in words) or span.text.strip()


def _common_name(token: Token) -> str:
    """A common noun phrase without its determiner: "les dockers du port" -> "dockers"."""
    keep = [token] + [c for c in token.children if c.dep_ in {"amod", "nummod"} and c.i > token.i]
    keep = sorted(keep, key=lambda t: t.i)
    return " ".join(t.text for t in keep)


# -------------------------------------------------------------------- roles of a trigger
class RoleReader:
    """Actor, target and location of triggers, with the article's actors and speakers."""

    def __init__(
        self,
        actors: ArticleActors,
        speaker_at: Callable[[Token], Resolved | None] | None = None,
        time_tokens: frozenset[int] = frozenset(),
    ) -> None:
        self.actors = actors
        self.speaker_at = speaker_at or (lambda token: None)
        self.time_tokens = time_tokens  # tokens of temporal expressions: "lundi" is no target
        self._subjects: dict[int, Resolved | None] = {}

    def _resolve_token(
        self, token: Token, *, allow_common: bool, exclude: frozenset[str] = frozenset()
    ) -> Resolved | None:
        if token.i in self.actors.ent_of:  # a known name, whatever its tag ("Poutine" PRON)
            return self.actors.resolve_np(token, allow_common=allow_common)
        if token.lower_ in _RELATIVE or "Rel" in token.morph.get("PronType"):
            return self.antecedent(token.head)
        if token.pos_ == "PRON" or token.lower_ in {"il", "elle", "nous", "je", "j'"}:
            reporter = self._reporter_of(token)
            if reporter is not None:
                return reporter
            return self.actors.resolve_pronoun(
                token, exclude=exclude, speaker=lambda: self.speaker_at(token)
            )
        if token.pos_ == "DET" or token.lower_ in NON_ACTOR_PRONOUNS:
            return None
        return self.actors.resolve_np(token, allow_common=allow_common)

    def _reporter_of(self, pronoun: Token) -> Resolved | None:
        """ "Le président a annoncé qu'il se rendrait à Tokyo": the subject "il" of a clause
        a reporting verb governs is, in news, that verb's subject (gender permitting)."""
        if pronoun.lower_ not in {"il", "elle"} or not pronoun.dep_.startswith(("nsubj", "expl")):
            return None
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        if self.actors.is_impersonal(pronoun):
            return None
        reporter = self.subject_of_verb(clause.head)
        if reporter is None or reporter.kind not in ACTOR_KINDS:
            return None
        if "Plur" in pronoun.doc[reporter.token].morph.get("Number"):
            return None  # "les syndicats ont dit qu'il ...": someone else
        gender = "m" if pronoun.lower_ == "il" else "f"
        if self.actors.genders.get(reporter.name, gender) != gender:
            return None
        return Resolved(reporter.name, reporter.kind, "pronoun", pronoun.i)

    def antecedent(self, verb: Token) -> Resolved | None:
        """The actor a relative clause's pronoun stands for: its antecedent phrase."""
        noun = verb.head
        left = _left_nominal(verb)
        if not verb.dep_.startswith("acl") or noun.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ"}:
            noun = left  # relative clause hung on a verb: the word before "qui"
        elif left is not None and left.i != noun.i:
            # "le plan de la société Transmar, qui a présenté": a name right before "qui"
            # is the antecedent when the parser's choice names no actor
            parsed = self.actors.resolve_np(noun)
            named = self.actors.resolve_np(left)
            parsed_names_nobody = parsed is None or parsed.kind not in ACTOR_KINDS
            if parsed_names_nobody and named is not None and named.kind in _SALIENT_KINDS:
                return Resolved(named.name, named.kind, "relative", named.token)
        if noun is None:
            return None
        for _ in range(3):  # a few nominal steps: "un fabricant de drones turc qui ..."
            resolved = self.actors.resolve_np(noun)
            if resolved is not None and resolved.kind in ACTOR_KINDS:
                return Resolved(resolved.name, resolved.kind, "relative", resolved.token)
            if any(c.dep_ == "cop" for c in noun.children):
                subject = next((c for c in noun.children if c.dep_ in _SUBJECT_DEPS), None)
                if subject is not None:
                    resolved = self._resolve_token(subject, allow_common=False)
                    if resolved is not None:
                        return Resolved(resolved.name, resolved.kind, "relative", resolved.token)
            if noun.dep_ == "nmod" and noun.head.pos_ in {"NOUN", "PROPN"}:
                noun = noun.head
                continue
            break
        resolved = self.actors.resolve_np(noun, allow_common=True)
        if resolved is None:
            return None
        return Resolved(resolved.name, resolved.kind, "relative", resolved.token)

    @staticmethod
    def is_passive(trigger: Trigger) -> bool:
        """True when the trigger's verb is passive ("a été prévue", "sera reçu par"); a
        pronominal verb ("se sont mis en grève") is not."""
        return _passive_verb(trigger.verb or trigger.head)

    def subject_of_verb(self, verb: Token, depth: int = 0) -> Resolved | None:
        """The actor of a verb: its subject, else its controller or coordinated verb's."""
        if verb.i in self._subjects:
            return self._subjects[verb.i]
        self._subjects[verb.i] = None  # guards cycles in malformed parses
        result = self._subject_of_verb(verb, depth)
        self._subjects[verb.i] = result
        return result

    def _subject_of_verb(self, verb: Token, depth: int) -> Resolved | None:
        passive = _passive_verb(verb)
        for child in _with_auxiliaries(verb):
            if child.dep_ in {"nsubj", "expl:subj"} or (
                child.dep_ == "nsubj:pass" and (verb.pos_ != "VERB" or not passive)
            ):
                return self._subject(child)
        stray = _stray_subject(verb)
        if stray is not None:
            return self._resolve_token(stray, allow_common=True)
        if depth > 4:
            return None
        head = verb.head
        if head.i == verb.i:
            return None
        own_passive_subject = any(c.dep_ == "nsubj:pass" for c in verb.children)
        coordinated = verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
        if coordinated and not own_passive_subject:
            return self.subject_of_verb(head, depth + 1)
        form = verb_form(verb)
        if form in {"Inf", "Part"} and verb.dep_ in {
            "xcomp",
            "advcl",
            "obl:arg",
            "obl",
            "acl",
            "ccomp",
            "obj",
            "csubj",
        }:
            return self.controller(verb, depth)
        return None

    def controller(self, verb: Token, depth: int = 0) -> Resolved | None:
        """Who does what an infinitive (or a bare participle clause) names."""
        governor = verb.head
        if verb.dep_.startswith("acl") and governor.pos_ == "NOUN":
            # "l'intention de fournir": the possessor, else the subject of the verb that
            # has the intention ("la société avait l'intention").
            for child in governor.children:
                if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                    return self.actors.resolve_pronoun(child)  # "son intention de"
            if governor.dep_ == "obj" and governor.head.lemma_.lower() in OBJECT_CONTROL:
                # "soupçonnent un commando d'avoir saboté" parsed with the infinitive on
                # the object: the object does it
                return self._resolve_token(governor, allow_common=True)
            if governor.dep_ in {"obj", "obl", "obl:arg", "nsubj"} and governor.head.pos_ in {
                "VERB",
                "AUX",
            }:
                return self.subject_of_verb(governor.head, depth + 1)
            return None
        if governor.pos_ not in {"VERB", "AUX", "ADV", "ADJ"}:
            return None
        if governor.pos_ == "ADV":  # "afin de créer" parsed under "afin"
            governor = governor.head
        if governor.lemma_.lower() in CAUSATIVES:  # "laisser fermer": not who lets
            for child in governor.children:
                if child.dep_ in {"obj", "iobj"} and child.i != verb.i:
                    return self._resolve_token(child, allow_common=True)
            return None
        if governor.lemma_.lower() in OBJECT_CONTROL:
            for child in governor.children:
                if child.dep_ in {"obj", "iobj"}:
                    resolved = self._resolve_token(child, allow_common=True)
                    if resolved is not None:
                        return resolved
        return self.subject_of_verb(governor, depth + 1)

    def actor(self, trigger: Trigger) -> Resolved | None:
        """The actor of an event (see the module docstring for the rules)."""
        if self.is_passive(trigger):
            for token in trigger.frame:
                for child in token.children:
                    if child.dep_ == "obl:agent" or (
                        child.dep_.startswith("obl") and _case_of(child) == "par"
                    ):
                        return self._resolve_token(child, allow_common=True)
            return None
        if trigger.kind == "noun":
            return self._noun_actor(trigger.head)
        suffering = trigger.kind == "support" and trigger.verb.lemma_.lower() in SUFFERING_SUPPORT
        for token in trigger.frame:
            for child in _with_auxiliaries(token):
                subject = child.dep_ in {"nsubj", "expl:subj"} and child not in trigger.frame
                if subject and not suffering:
                    return self._subject(child)
        verb = trigger.verb or trigger.head
        if trigger.kind == "support" and verb.lemma_.lower() in SUFFERING_SUPPORT:
            return self._noun_actor(trigger.head)  # "l'Ukraine subit des attaques"
        return self.subject_of_verb(verb)

    def _subject(self, token: Token) -> Resolved | None:
        """The actor a subject names. A place name acting stands for its government or
        people ("Pékin avait menacé de riposter", "si Tokyo rejoignait les sanctions")."""
        resolved = self._resolve_token(token, allow_common=True)
        if resolved is not None and resolved.kind == "place":
            return Resolved(resolved.name, "country", resolved.how, resolved.token)
        return resolved

    def _noun_actor(self, noun: Token) -> Resolved | None:
        for child in noun.children:  # "la visite de Poutine", "l'attaque russe"
            if child.dep_ == "nmod" and _case_of(child) in {"de", "du", "d'", "par"}:
                resolved = self.actors.resolve_np(child)
                if resolved is not None and resolved.kind in AGENT_TYPES:
                    return resolved
        return None

    def target(
        self, trigger: Trigger, *, event_type: str, actor: Resolved | None
    ) -> Resolved | None:
        """Whom the event is directed at: only actors fill it, never things or places."""
        exclude = frozenset({actor.name}) if actor else frozenset()
        frame = trigger.frame
        place_like = event_type in PLACE_TYPES or (trigger.lemma in MOTION_VERBS)
        candidates: list[tuple[int, Token]] = []
        objects = []
        for token in frame:
            for child in token.children:
                if child in frame:
                    continue
                dep = child.dep_
                if dep == "iobj":
                    candidates.append((0, child))
                elif dep == "obj":
                    candidates.append((1, child))
                    objects.append(child)
                elif dep == "nsubj:pass" and self.is_passive(trigger):
                    candidates.append((1, child))
                elif dep.startswith("obl") or (dep == "nmod" and trigger.kind != "verb"):
                    case = _case_of(child)
                    if (
                        case in _TARGET_CASES
                        or (case in _PARTNER_CASES and event_type in _PARTNER_TYPES)
                        or (case == "sur" and event_type in PURPOSE_TARGET_TYPES)
                    ):
                        candidates.append((2, child))
        if trigger.kind == "support" and trigger.verb.lemma_.lower() in SUFFERING_SUPPORT:
            candidates += [
                (0, c) for c in trigger.verb.children if c.dep_ in {"nsubj", "nsubj:pass"}
            ]
        if event_type in PURPOSE_TARGET_TYPES:
            candidates += [(4, t) for t in _purpose_subjects(frame)]
        for obj in objects:  # "fournir des armes à Poutine", parsed under "armes"
            for child in obj.children:
                if child.dep_ == "nmod" and _case_of(child) in _TARGET_CASES:
                    candidates.append((3, child))
        allowed = set(AGENT_TYPES)
        if event_type in GROUP_TARGET_TYPES:
            allowed.add("group")
        if event_type in PLACE_TARGET_TYPES:
            allowed.add("place")
        adjacent = _adjacent_name(trigger)
        if adjacent is not None:
            candidates.append((5, adjacent))
        for _, token in sorted(candidates, key=lambda item: (item[0], item[1].i)):
            if token.i in self.time_tokens:
                continue
            case = _case_of(token)
            # "a écrit aux salariés", "au maire": after à, people (but "à la préfecture")
            recipient = event_type not in _THING_AFTER_A_TYPES and (
                (case == "aux" and "Plur" in token.morph.get("Number"))
                or (case in {"à", "au"} and token.lemma_.lower() in OFFICE_NOUNS)
            )
            common = recipient or ("group" in allowed and token.dep_ == "obj")
            resolved = self._resolve_token(token, allow_common=common, exclude=exclude)
            if resolved is None or resolved.name in exclude:
                continue
            if resolved.kind not in allowed and not (recipient and resolved.kind == "group"):
                continue
            if resolved.kind == "place":
                if token.dep_ == "obj":
                    return resolved  # "a bombardé Kiev": the attacked place
                continue
            if place_like and case in _PLACE_CASES and self.actors.place_name(token):
                continue
            if self.actors.place_name(token) and resolved.kind not in {"country"}:
                continue
            return resolved
        return None

    def location(self, trigger: Trigger, *, event_type: str) -> str | None:
        """Where the event takes place: a place or country after à, en, au(x), dans."""
        frame = trigger.frame
        if trigger.lemma == "être à":  # a presence: the predicate is the place
            return self.actors.place_name(trigger.head)
        places_only = event_type not in PLACE_TYPES and trigger.lemma not in MOTION_VERBS
        tokens = [c for token in frame for c in token.children if c not in frame]
        tokens += [c for t in tokens if t.dep_ == "obj" for c in t.children if c.dep_ == "nmod"]
        for child in tokens:
            if not (child.dep_.startswith("obl") or child.dep_ == "nmod"):
                continue
            case = _case_of(child)
            if case not in _PLACE_CASES:
                continue
            ent = self.actors.ent_of.get(child.i)
            if places_only and case in {"à", "au", "aux"} and ent is not None:
                _, kind = self.actors._entity_name(ent)
                if kind == "country":
                    continue  # "offrir à la Lituanie": a recipient, not a place
            name = self.actors.place_name(child)
            if name:
                return name
        return None
