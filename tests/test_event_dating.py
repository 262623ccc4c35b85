"""Which event a written date belongs to, on hand-built parses (no model noise).

Each case is a token table (``word lemma POS dep head [morph]``, see ``docbuilder.py``), the
tokens of its one time mention and that mention's day, then the date fields expected on
the events named by their trigger lemma.
"""

from __future__ import annotations

import datetime as dt

import pytest
from docbuilder import PUBLISHED, build, day_mention, events_of

FIN_PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part"
SATURDAY = dt.date(2022, 8, 6)  # after PUBLISHED, a Wednesday
YESTERDAY = PUBLISHED - dt.timedelta(days=1)


def _with_mention(table: str, tokens: tuple[int, int], day: dt.date):
    bare = build(table)
    span = bare[tokens[0] : tokens[1]]
    mention = day_mention((span.start_char, span.end_char), span.text, day)
    return build(table, mentions=((*tokens, mention),))


def _dates(doc) -> dict[str, tuple]:
    return {e.trigger_lemma: (e.date_start, e.date_end, e.date_kind) for e in events_of(doc)}


SCHEDULING_CASES = [
    pytest.param(  # a present passive scheduling: the date is the meeting's, not the fixing's
        f"""
        Rendez-vous rendez-vous NOUN nsubj:pass 2
        est         être        AUX  aux:pass   2 {FIN_PRES}
        fixé        fixer       VERB ROOT       2 {PART}
        samedi      samedi      NOUN obl:mod    2
        """,
        (3, 4),
        SATURDAY,
        {
            "rendez-vous": (SATURDAY, SATURDAY, "relative"),
            "fixer": (PUBLISHED, PUBLISHED, "tense"),
        },
        id="fixed-meeting",
    ),
    pytest.param(  # an offered evening: the evening is on that day, the offer is today's
        f"""
        L'      le       DET  det     1
        AFRL    AFRL     PROPN nsubj  2
        propose proposer VERB ROOT    2 {FIN_PRES}
        une     un       DET  det     4
        soirée  soirée   NOUN obj     2
        samedi  samedi   NOUN obl:mod 2
        """,
        (5, 6),
        SATURDAY,
        {
            "soirée": (SATURDAY, SATURDAY, "relative"),
            "proposer": (PUBLISHED, PUBLISHED, "tense"),
        },
        id="offered-evening",
    ),
    pytest.param(  # a participle scheduling its noun: the noun is the dated event
        """
        avant       avant       ADP  case    2
        son         son         DET  det     2
        investiture investiture NOUN ROOT    2
        prévue      prévoir     VERB acl     2 Tense=Past|VerbForm=Part
        samedi      samedi      NOUN obl:mod 3
        """,
        (4, 5),
        SATURDAY,
        {"investiture": (SATURDAY, SATURDAY, "relative")},
        id="scheduled-participle",
    ),
    pytest.param(  # a past scheduling keeps its bare date, and the meeting does not share it
        f"""
        La       le       DET  det        1
        réunion  réunion  NOUN nsubj:pass 4
        a        avoir    AUX  aux:tense  4 {FIN_PRES}
        été      être     AUX  aux:pass   4 {PART}
        reportée reporter VERB ROOT       4 {PART}
        hier     hier     ADV  advmod     4
        """,
        (5, 6),
        YESTERDAY,
        {
            "reporter": (YESTERDAY, YESTERDAY, "relative"),
            "réunion": (None, None, None),
        },
        id="past-postponement",
    ),
]


@pytest.mark.parametrize(("table", "tokens", "day", "expected"), SCHEDULING_CASES)
def test_a_scheduling_verb_gives_its_date_to_the_event_it_schedules(table, tokens, day, expected):
    dates = _dates(_with_mention(table, tokens, day))
    assert {lemma: dates.get(lemma) for lemma in expected} == expected


def test_a_scheduling_participle_is_no_event_of_its_own():
    doc = _with_mention(SCHEDULING_CASES[2].values[0], (4, 5), SATURDAY)
    assert [e.trigger_lemma for e in events_of(doc)] == ["investiture"]


def test_an_event_noun_hung_on_a_time_is_on_that_time():
    # a programme: "Dimanche, à 9 h, messe à Lure."
    table = """
        Dimanche dimanche NOUN  ROOT   0
        ,        ,        PUNCT punct  0
        à        à        ADP   case   4
        9        9        NUM   nummod 4
        h        heure    NOUN  nmod   0
        ,        ,        PUNCT punct  0
        messe    messe    NOUN  nmod   4
        à        à        ADP   case   8
        Lure     Lure     PROPN nmod   6
        """
    bare = build(table)
    sunday = dt.date(2022, 8, 7)
    mentions = []
    for start, end in ((0, 1), (2, 5)):
        span = bare[start:end]
        mentions.append(
            (start, end, day_mention((span.start_char, span.end_char), span.text, sunday))
        )
    doc = build(table, mentions=tuple(mentions))
    (mass,) = [e for e in events_of(doc) if e.trigger_lemma == "messe"]
    assert (mass.date_text, mass.date_start) == ("à 9 h", sunday)


NARRATIVE = f"""
    Goetzfrid Goetzfrid PROPN nsubj:pass 3
    a         avoir     AUX   aux:tense  3 {FIN_PRES}
    été       être      AUX   aux:pass   3 {PART}
    condamné  condamner VERB  ROOT       3 {PART}
    hier      hier      ADV   advmod     3
    .         .         PUNCT punct      3
    Il        il        PRON  nsubj      8
    {{aux}}
    concédé   concéder  VERB  ROOT       8 {PART}
    les       le        DET   det        10
    faits     fait      NOUN  obj        8
    .         .         PUNCT punct      8
"""


@pytest.mark.parametrize(
    ("aux", "expected"),
    [
        # a past event told right after a dated past event happened then
        (f"a avoir AUX aux:tense 8 {FIN_PRES}", (YESTERDAY, YESTERDAY, "relative")),
        # a pluperfect goes back before it: the open past default
        ("avait avoir AUX aux:tense 8 Mood=Ind|Tense=Imp|VerbForm=Fin", (None, PUBLISHED, "tense")),
    ],
    ids=["compound-past-continues", "pluperfect-goes-back"],
)
def test_a_past_narrative_carries_its_date_to_the_next_sentence(aux, expected):
    table = NARRATIVE.replace("{aux}", aux)
    doc = _with_mention(table, (4, 5), YESTERDAY)
    assert _dates(doc)["concéder"] == expected


def test_an_incise_reporting_verb_continues_the_narrative():
    # "Aznar a confirmé hier le contact. « Cela s'est produit », a indiqué Aznar."
    # The parser hangs the incise on the quoted verb: it is not reported by it.
    table = f"""
        Aznar     Aznar     PROPN nsubj     2
        a         avoir     AUX   aux:tense 2 {FIN_PRES}
        confirmé  confirmer VERB  ROOT      2 {PART}
        hier      hier      ADV   advmod    2
        le        le        DET   det       5
        contact   contact   NOUN  obj       2
        .         .         PUNCT punct     2
        «         «         PUNCT punct     11
        Cela      cela      PRON  nsubj     11
        s'        se        PRON  expl:comp 11
        est       être      AUX   aux:tense 11 {FIN_PRES}
        produit   produire  VERB  ROOT      11 {PART}
        »         »         PUNCT punct     11
        ,         ,         PUNCT punct     15
        a         avoir     AUX   aux:tense 15 {FIN_PRES}
        indiqué   indiquer  VERB  parataxis 11 {PART}
        Aznar     Aznar     PROPN nsubj     15
        .         .         PUNCT punct     11
        """
    doc = _with_mention(table, (3, 4), YESTERDAY)
    assert _dates(doc)["indiquer"] == (YESTERDAY, YESTERDAY, "relative")
