"""Role, negation, modality, speech and time rules on hand-built parses (no model noise).

Each case is a token table (``word lemma POS dep head [morph]``, see ``docbuilder.py``),
its entities, the trigger lemma to look at and the fields expected on that event.
"""

from __future__ import annotations

import datetime as dt

import pytest
from docbuilder import PUBLISHED, build, day_mention, event, events_of

from timeline.eventtime import tense_interval
from timeline.models import TimeMention
from timeline.speech import find_quotes

FIN_PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"
FIN_IMP = "Mood=Ind|Tense=Imp|VerbForm=Fin"
FIN_FUT = "Mood=Ind|Tense=Fut|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part"

ROLE_CASES = [
    pytest.param(  # active clause: subject acts, object person is the target
        f"""
        Poutine   Poutine   PROPN nsubj     2
        a         avoir     AUX   aux:tense 2 {FIN_PRES}
        approché  approcher VERB  ROOT      2 {PART}
        Erdogan   Erdogan   PROPN obj       2
        """,
        ((0, 1, "PER", "Poutine"), (3, 4, "PER", "Erdogan")),
        "approcher",
        {"actor": "Poutine", "target": "Erdogan", "tense": "past"},
        id="active",
    ),
    pytest.param(  # passive: the "par" agent acts, the passive subject is the target
        f"""
        Erdogan  Erdogan  PROPN nsubj:pass 3
        a        avoir    AUX   aux:tense  3 {FIN_PRES}
        été      être     AUX   aux:pass   3 {PART}
        reçu     recevoir VERB  ROOT       3 {PART}|Voice=Pass
        par      par      ADP   case       5
        Poutine  Poutine  PROPN obl:agent  3
        """,
        ((0, 1, "PER", "Erdogan"), (5, 6, "PER", "Poutine")),
        "recevoir",
        {"actor": "Poutine", "target": "Erdogan", "event_type": "meeting"},
        id="passive-agent",
    ),
    pytest.param(  # relative pronoun: "qui" takes the antecedent, through a copula
        f"""
        Baykar   Baykar   PROPN nsubj     3
        est      être     AUX   cop       3 {FIN_PRES}
        une      un       DET   det       3
        société  société  NOUN  ROOT      3
        qui      qui      PRON  nsubj     6 PronType=Rel
        a        avoir    AUX   aux:tense 6 {FIN_PRES}
        fourni   fournir  VERB  acl:relcl 3 {PART}
        des      un       DET   det       8
        drones   drone    NOUN  obj       6
        à        à        ADP   case      11
        l'       le       DET   det       11
        Ukraine  Ukraine  PROPN obl:arg   6
        """,
        ((0, 1, "ORG", "Baykar"), (11, 12, "LOC", "Ukraine")),
        "fournir",
        {"actor": "Baykar", "target": "Ukraine", "event_type": "supply"},
        id="relative-antecedent",
    ),
    pytest.param(  # object clitic: not the clause's own subject (binding), the matrix subject
        f"""
        Erdogan  Erdogan   PROPN nsubj     2
        a        avoir     AUX   aux:tense 2 {FIN_PRES}
        affirmé  affirmer  VERB  ROOT      2 {PART}
        que      que       SCONJ mark      7
        Poutine  Poutine   PROPN nsubj     7
        l'       le        PRON  obj       7 Number=Sing|Person=3
        avait    avoir     AUX   aux:tense 7 {FIN_IMP}
        approché approcher VERB  ccomp     2 {PART}
        """,
        ((0, 1, "PER", "Erdogan"), (4, 5, "PER", "Poutine")),
        "approcher",
        {"actor": "Poutine", "target": "Erdogan", "reported_by": "Erdogan"},
        id="pronoun-object-binding",
    ),
    pytest.param(  # the antecedent is a title + name phrase: "le président Erdogan"
        f"""
        Le        le         DET   det       1
        président président  NOUN  nsubj     4
        Erdogan   Erdogan    PROPN flat:name 1
        a         avoir      AUX   aux:tense 4 {FIN_PRES}
        affirmé   affirmer   VERB  ROOT      4 {PART}
        que       que        SCONJ mark      9
        Poutine   Poutine    PROPN nsubj     9
        l'        le         PRON  obj       9 Number=Sing|Person=3
        avait     avoir      AUX   aux:tense 9 {FIN_IMP}
        approché  approcher  VERB  ccomp     4 {PART}
        avec      avec       ADP   case      11
        Baykar    Baykar     PROPN obl:mod   9
        """,
        ((2, 3, "PER", "Erdogan"), (6, 7, "PER", "Poutine"), (11, 12, "ORG", "Baykar")),
        "approcher",
        {"actor": "Poutine", "target": "Erdogan", "reported_by": "Erdogan"},
        id="pronoun-antecedent-with-title",
    ),
    pytest.param(  # the object's "à" complement is the recipient: "des armes à Poutine"
        f"""
        Baykar   Baykar   PROPN nsubj 1
        fournit  fournir  VERB  ROOT  1 {FIN_PRES}
        des      un       DET   det   3
        armes    arme     NOUN  obj   1
        à        à        ADP   case  5
        Poutine  Poutine  PROPN nmod  3
        """,
        ((0, 1, "ORG", "Baykar"), (5, 6, "PER", "Poutine")),
        "fournir",
        {"actor": "Baykar", "target": "Poutine", "tense": "present"},
        id="recipient-under-object",
    ),
    pytest.param(  # a place after "à" is a location, never a target; a thing is no target
        f"""
        Erdogan     Erdogan    PROPN nsubj 1
        rencontrera rencontrer VERB  ROOT  1 {FIN_FUT}
        Poutine     Poutine    PROPN obj   1
        à           à          ADP   case  4
        Sotchi      Sotchi     PROPN obl:mod 1
        """,
        ((0, 1, "PER", "Erdogan"), (2, 3, "PER", "Poutine"), (4, 5, "PER", None)),
        "rencontrer",
        {"actor": "Erdogan", "target": "Poutine", "location": "Sotchi", "modality": "planned"},
        id="lone-name-after-a-is-a-place",
    ),
    pytest.param(  # "faire pression pour que X ..." puts the pressure on X
        f"""
        Poutine     Poutine     PROPN nsubj 1
        fait        faire       VERB  ROOT  1 {FIN_PRES}
        pression    pression    NOUN  obj   1
        pour        pour        ADP   mark  6
        que         que         SCONJ mark  6
        Baykar      Baykar      PROPN nsubj 6
        fabrique    fabriquer   VERB  advcl 1 Mood=Sub|Tense=Pres|VerbForm=Fin
        des         un          DET   det   8
        armes       arme        NOUN  obj   6
        """,
        ((0, 1, "PER", "Poutine"), (5, 6, "ORG", "Baykar")),
        "faire pression",
        {
            "actor": "Poutine",
            "target": "Baykar",
            "event_type": "pressure",
            "trigger": "fait pression",
        },
        id="pressure-idiom",
    ),
    pytest.param(  # "M. Bayraktar" folds into the full name met earlier in the article
        f"""
        Haluk      Haluk      PROPN nsubj     2
        Bayraktar  Bayraktar  PROPN flat:name 0
        parle      parler     VERB  ROOT      2 {FIN_PRES}
        .          .          PUNCT punct     2
        M.         m.         NOUN  nsubj     7
        Bayraktar  Bayraktar  PROPN flat:name 4
        a          avoir      AUX   aux:tense 7 {FIN_PRES}
        déclaré    déclarer   VERB  ROOT      7 {PART}
        """,
        ((0, 2, "PER", None),),
        "déclarer",
        {"actor": "Haluk Bayraktar", "event_type": "statement"},
        id="surname-folding",
    ),
    pytest.param(  # a model code ("TB2") marks equipment: never an actor or target
        f"""
        Baykar     Baykar     PROPN nsubj 1
        offrira    offrir     VERB  ROOT  1 {FIN_FUT}
        un         un         DET   det   3
        Bayraktar  Bayraktar  PROPN obj   1
        TB2        TB2        PROPN flat  3
        à          à          ADP   case  6
        Ukraine    Ukraine    PROPN obl:arg 1
        """,
        ((0, 1, "ORG", "Baykar"), (3, 5, "PER", None), (6, 7, "LOC", "Ukraine")),
        "offrir",
        {"actor": "Baykar", "target": "Ukraine", "location": None},
        id="equipment-is-no-actor",
    ),
    pytest.param(  # a verb coordinated with another shares its subject
        f"""
        Baykar     Baykar    PROPN nsubj 1
        offrira    offrir    VERB  ROOT  1 {FIN_FUT}
        des        un        DET   det   3
        drones     drone     NOUN  obj   1
        et         et        CCONJ cc    5
        demandera  demander  VERB  conj  1 {FIN_FUT}
        """,
        ((0, 1, "ORG", "Baykar"),),
        "demander",
        {"actor": "Baykar", "event_type": "request", "tense": "future"},
        id="coordinated-subject",
    ),
]


@pytest.mark.parametrize(("table", "ents", "lemma", "expected"), ROLE_CASES)
def test_roles(table, ents, lemma, expected):
    found = event(build(table, ents=ents), lemma)
    assert {k: getattr(found, k) for k in expected} == expected


# ------------------------------------------------------------------ polarity and modality
NEGATION_CASES = [
    pytest.param(  # ne ... pas
        f"""
        Poutine  Poutine   PROPN nsubj     4
        n'       ne        ADV   advmod    4 Polarity=Neg
        a        avoir     AUX   aux:tense 4 {FIN_PRES}
        pas      pas       ADV   advmod    4 Polarity=Neg
        rencontré rencontrer VERB ROOT     4 {PART}
        """,
        "rencontrer",
        ("negative", "denied"),
        id="ne-pas",
    ),
    pytest.param(  # ne ... que restricts, it does not negate
        f"""
        Il       il        PRON  nsubj     3
        n'       ne        ADV   advmod    3 Polarity=Neg
        a        avoir     AUX   aux:tense 3 {FIN_PRES}
        livré    livrer    VERB  ROOT      3 {PART}
        que      que       ADV   advmod    6
        deux     deux      NUM   nummod    6
        drones   drone     NOUN  obj       3
        """,
        "livrer",
        ("positive", "asserted"),
        id="ne-que-restrictive",
    ),
    pytest.param(  # negation on the governing verb: "n'avait pas l'intention de fournir"
        f"""
        Baykar    Baykar     PROPN nsubj  2
        n'        ne         ADV   advmod 2 Polarity=Neg
        avait     avoir      VERB  ROOT   2 {FIN_IMP}
        pas       pas        ADV   advmod 2 Polarity=Neg
        l'        le         DET   det    5
        intention intention  NOUN  obj    2
        de        de         ADP   mark   7
        fournir   fournir    VERB  acl    5 VerbForm=Inf
        des       un         DET   det    9
        armes     arme       NOUN  obj    7
        """,
        "fournir",
        ("negative", "denied"),
        id="negated-intention",
    ),
    pytest.param(  # "ni" negates the coordinated participle as well
        f"""
        Ils      il        PRON  nsubj     5
        ne       ne        ADV   advmod    3 Polarity=Neg
        leur     leur      PRON  iobj      5 Number=Plur|Person=3
        ont      avoir     AUX   aux:tense 5 {FIN_PRES}
        rien     rien      PRON  obj       5
        livré    livrer    VERB  ROOT      5 {PART}
        ni       ni        CCONJ cc        7
        fourni   fournir   VERB  conj      5 {PART}
        """,
        "fournir",
        ("negative", "denied"),
        id="ni",
    ),
    pytest.param(  # the first of "rien livré ni fourni": "ne" hangs on the auxiliary
        f"""
        Ils      il        PRON  nsubj     5
        ne       ne        ADV   advmod    3 Polarity=Neg
        leur     leur      PRON  iobj      5 Number=Plur|Person=3
        ont      avoir     AUX   aux:tense 5 {FIN_PRES}
        rien     rien      PRON  obj       5
        livré    livrer    VERB  ROOT      5 {PART}
        ni       ni        CCONJ cc        7
        fourni   fournir   VERB  conj      5 {PART}
        """,
        "livrer",
        ("negative", "denied"),
        id="ne-on-auxiliary-rien",
    ),
    pytest.param(  # expletive "ne" after "avant que" does not negate
        f"""
        Erdogan  Erdogan   PROPN nsubj  1
        part     partir    VERB  ROOT   1 {FIN_PRES}
        avant    avant     ADV   mark   6
        que      que       SCONJ fixed  2
        Poutine  Poutine   PROPN nsubj  6
        ne       ne        ADV   advmod 6 Polarity=Neg
        arrive   arriver   VERB  advcl  1 Mood=Sub|Tense=Pres|VerbForm=Fin
        """,
        "arriver",
        ("positive", "asserted"),
        id="expletive-ne",
    ),
    pytest.param(  # "refuse de livrer": the governor denies its complement
        f"""
        Baykar   Baykar    PROPN nsubj 1
        refuse   refuser   VERB  ROOT  1 {FIN_PRES}
        de       de        ADP   mark  3
        livrer   livrer    VERB  xcomp 1 VerbForm=Inf
        """,
        "livrer",
        ("negative", "denied"),
        id="refuse-de",
    ),
    pytest.param(  # jamais with ne, future tense
        f"""
        Nous     nous      PRON  nsubj  2 Number=Plur|Person=1
        ne       ne        ADV   advmod 2 Polarity=Neg
        livrerons livrer   VERB  ROOT   2 {FIN_FUT}
        jamais   jamais    ADV   advmod 2 Polarity=Neg
        """,
        "livrer",
        ("negative", "denied"),
        id="ne-jamais",
    ),
    pytest.param(  # modal "pouvoir" + conditional: possible
        """
        Baykar    Baykar   PROPN nsubj 1
        pourrait  pouvoir  VERB  ROOT  1 Mood=Cnd|Tense=Pres|VerbForm=Fin
        livrer    livrer   VERB  xcomp 1 VerbForm=Inf
        """,
        "livrer",
        ("positive", "possible"),
        id="pouvoir-possible",
    ),
    pytest.param(  # conditional past on the auxiliary: an unconfirmed report
        """
        Poutine   Poutine   PROPN nsubj     2
        aurait    avoir     AUX   aux:tense 2 Mood=Cnd|Tense=Pres|VerbForm=Fin
        approché  approcher VERB  ROOT      2 Tense=Past|VerbForm=Part
        """,
        "approcher",
        ("positive", "conditional"),
        id="conditional",
    ),
    pytest.param(  # "vouloir" + infinitive: intention
        f"""
        Poutine   Poutine    PROPN nsubj 1
        veut      vouloir    VERB  ROOT  1 {FIN_PRES}
        rencontrer rencontrer VERB xcomp 1 VerbForm=Inf
        """,
        "rencontrer",
        ("positive", "intention"),
        id="vouloir-intention",
    ),
    pytest.param(  # "devoir" + infinitive: planned, and one trigger "doit rencontrer"
        f"""
        Erdogan   Erdogan    PROPN nsubj 1
        doit      devoir     VERB  ROOT  1 {FIN_PRES}
        rencontrer rencontrer VERB xcomp 1 VerbForm=Inf
        """,
        "rencontrer",
        ("positive", "planned"),
        id="devoir-planned",
    ),
]


@pytest.mark.parametrize(("table", "lemma", "expected"), NEGATION_CASES)
def test_polarity_and_modality(table, lemma, expected):
    found = event(build(table), lemma)
    assert (found.polarity, found.modality) == expected


def test_a_modal_joins_the_trigger_words():
    doc = build(
        f"""
        Erdogan    Erdogan    PROPN nsubj 1
        doit       devoir     VERB  ROOT  1 {FIN_PRES}
        rencontrer rencontrer VERB  xcomp 1 VerbForm=Inf
        """,
        ents=((0, 1, "PER", "Erdogan"),),
    )
    found = event(doc, "rencontrer")
    assert (found.trigger, found.actor, found.tense) == ("doit rencontrer", "Erdogan", "future")
    assert [e.trigger_lemma for e in events_of(doc)] == ["rencontrer"]


def test_a_future_the_form_does_not_spell_is_read_as_present():
    # the small model tags "fait" (faire, present) with Tense=Fut
    doc = build(
        """
        Poutine   Poutine   PROPN nsubj 1
        fait      faire     VERB  ROOT  1 Mood=Ind|Tense=Fut|VerbForm=Fin
        pression  pression  NOUN  obj   1
        """
    )
    assert event(doc, "faire pression").tense == "present"


# ------------------------------------------------------------------ reported speech
def test_colon_quotation_speaker_and_quoted_nous_is_the_speakers_organization():
    doc = build(
        f"""
        Haluk     Haluk     PROPN nsubj     3
        Bayraktar Bayraktar PROPN flat:name 0
        a         avoir     AUX   aux:tense 3 {FIN_PRES}
        déclaré   déclarer  VERB  ROOT      3 {PART}
        :         :         PUNCT punct     3
        «         «         PUNCT punct     8
        Nous      nous      PRON  nsubj     8 Number=Plur|Person=1
        avons     avoir     AUX   aux:tense 8 {FIN_PRES}
        livré     livrer    VERB  parataxis 3 {PART}
        des       un        DET   det       10
        drones    drone     NOUN  obj       8
        »         »         PUNCT punct     8
        """,
        ents=((0, 2, "PER", "Haluk Bayraktar"),),
    )
    found = event(doc, "livrer")
    assert (found.actor, found.reported_by) == ("Baykar", "Haluk Bayraktar")
    assert event(doc, "déclarer").reported_by is None


def test_selon_attributes_the_clause_and_a_place_is_its_location():
    doc = build(
        f"""
        Selon    selon    ADP   case      2
        l'       le       DET   det       2
        AFP      AFP      PROPN obl:mod   6
        ,        ,        PUNCT punct     6
        Poutine  Poutine  PROPN nsubj     6
        est      être     AUX   aux:tense 6 {FIN_PRES}
        arrivé   arriver  VERB  ROOT      6 {PART}
        à        à        ADP   case      8
        Sotchi   Sotchi   PROPN obl:mod   6
        """,
        ents=((2, 3, "ORG", "AFP"), (4, 5, "PER", "Poutine"), (8, 9, "LOC", "Sotchi")),
    )
    found = event(doc, "arriver")
    assert (found.actor, found.reported_by, found.location) == ("Poutine", "AFP", "Sotchi")


def test_incise_gives_the_sentence_its_source_and_the_verb_its_actor():
    doc = build(
        f"""
        Poutine   Poutine    PROPN nsubj     2
        a         avoir      AUX   aux:tense 2 {FIN_PRES}
        approché  approcher  VERB  ROOT      2 {PART}
        Erdogan   Erdogan    PROPN obj       2
        ,         ,          PUNCT punct     6
        a         avoir      AUX   aux:tense 6 {FIN_PRES}
        rapporté  rapporter  VERB  conj      2 {PART}
        CNN       CNN        PROPN obj       6
        Turk      Turk       PROPN flat:name 7
        .         .          PUNCT punct     2
        """,
        ents=((0, 1, "PER", "Poutine"), (3, 4, "PER", "Erdogan"), (7, 9, "ORG", "CNN Turk")),
    )
    assert event(doc, "approcher").reported_by == "CNN Turk"
    reporting = event(doc, "rapporter")
    assert (reporting.actor, reporting.target, reporting.reported_by) == ("CNN Turk", None, None)


QUOTE_CASES = [
    pytest.param("Il a dit : « Oui. » Fin.", [(11, 19)], id="closed"),
    pytest.param(
        "« Un.\n\n« Deux. »\n\nTrois.",
        [(0, 16)],
        id="reopened-over-paragraphs",  # French typography: each paragraph reopens with «
    ),
    pytest.param("« Un.\n\nDeux.", [(0, 5)], id="unclosed-ends-with-paragraph"),
    pytest.param("« Un « deux » trois »", [(0, 21)], id="nested"),
    pytest.param("Pas de citation.", [], id="none"),
]


@pytest.mark.parametrize(("text", "spans"), QUOTE_CASES)
def test_find_quotes(text, spans):
    assert [(q.start, q.end) for q in find_quotes(text)] == spans


# ------------------------------------------------------------------ time
def test_reported_event_keeps_its_own_time_not_the_reporting_verbs():
    table = f"""
        Erdogan  Erdogan   PROPN nsubj     2
        a        avoir     AUX   aux:tense 2 {FIN_PRES}
        annoncé  annoncer  VERB  ROOT      2 {PART}
        hier     hier      ADV   advmod    2
        que      que       SCONJ mark      6
        Poutine  Poutine   PROPN nsubj     6
        viendra  venir     VERB  ccomp     2 {FIN_FUT}
        """
    text = "Erdogan a annoncé hier que Poutine viendra"
    start = text.index("hier")
    yesterday = PUBLISHED - dt.timedelta(days=1)
    doc = build(table, mentions=((3, 4, day_mention((start, start + 4), "hier", yesterday)),))
    announced, coming = event(doc, "annoncer"), event(doc, "venir")
    assert (announced.date_start, announced.date_end, announced.date_kind) == (
        yesterday,
        yesterday,
        "relative",
    )
    assert (coming.date_start, coming.date_end, coming.date_kind) == (
        PUBLISHED + dt.timedelta(days=1),
        None,
        "tense",
    )


def test_a_duration_never_dates_an_event():
    table = f"""
        Les      le        DET   det   1
        combats  combat    NOUN  nsubj 2
        durent   durer     VERB  ROOT  2 {FIN_PRES}
        trois    trois     NUM   nummod 4
        jours    jour      NOUN  obl:mod 2
        """
    duration = TimeMention(
        text="trois jours",
        start_char=20,
        end_char=31,
        start=PUBLISHED,
        end=PUBLISHED,
        granularity="day",
        kind="duration",
        value="P3D",
    )
    doc = build(table, mentions=((3, 5, duration),))
    found = event(doc, "durer")
    assert found.date_text is None and found.date_kind == "tense"


def test_a_mention_the_parse_gives_to_no_event_dates_the_nearest_event_of_its_sentence():
    table = f"""
        Hier      hier       ADV   advmod 3
        ,         ,          PUNCT punct  3
        c'        ce         PRON  nsubj  3
        était     être       AUX   ROOT   3 {FIN_IMP}
        :         :          PUNCT punct  3
        Erdogan   Erdogan    PROPN nsubj  6
        rencontre rencontrer VERB  parataxis 3 {FIN_PRES}
        Poutine   Poutine    PROPN obj    6
        """
    yesterday = PUBLISHED - dt.timedelta(days=1)
    doc = build(table, mentions=((0, 1, day_mention((0, 4), "Hier", yesterday)),))
    found = event(doc, "rencontrer")
    assert (found.date_text, found.date_start, found.confidence < 1) == ("Hier", yesterday, True)


TENSE_CASES = [
    pytest.param("past", (None, PUBLISHED), id="past-open-start-ends-on-publication"),
    pytest.param("present", (PUBLISHED, PUBLISHED), id="present-is-the-publication-day"),
    pytest.param("future", (PUBLISHED + dt.timedelta(days=1), None), id="future-open-end"),
]


@pytest.mark.parametrize(("tense", "interval"), TENSE_CASES)
def test_tense_default_intervals(tense, interval):
    assert tense_interval(tense, PUBLISHED) == interval


def test_inverted_incise_names_the_quotations_speaker():
    doc = build(
        f"""
        Erdogan   Erdogan    PROPN nsubj     2
        a         avoir      AUX   aux:tense 2 {FIN_PRES}
        parlé     parler     VERB  ROOT      2 {PART}
        .         .          PUNCT punct     2
        «         «          PUNCT punct     6
        Nous      nous       PRON  nsubj     6 Number=Plur|Person=1
        signerons signer     VERB  ROOT      6 Mood=Ind|Tense=Pres|VerbForm=Fin
        »         »          PUNCT punct     6
        ,         ,          PUNCT punct     12
        a         avoir      AUX   aux:tense 12 {FIN_PRES}
        -t        -t         PRON  nsubj     12 Person=3
        -il       il         PRON  nsubj     12 Gender=Masc|Number=Sing|Person=3
        dit       dire       VERB  parataxis 6 {FIN_PRES}
        """,
        ents=((0, 1, "PER", "Erdogan"),),
    )
    signing = event(doc, "signer")
    assert (signing.actor, signing.reported_by) == ("Erdogan", "Erdogan")
    # "signerons" is spelled as a future whatever the tagger says
    assert signing.tense == "future"
    assert event(doc, "dire").actor == "Erdogan"
