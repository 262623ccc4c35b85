"""Event rules through the real pipeline (default model) on short French news sentences."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import timeline

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2022, 8, 3)  # a Wednesday
YESTERDAY, TOMORROW = dt.date(2022, 8, 2), dt.date(2022, 8, 4)

CASES = [
    pytest.param(  # a reported event keeps its own date; the report has its own
        "Le ministre a annoncé hier que la réunion aura lieu demain.",
        "réunion",
        {"date_start": TOMORROW, "date_kind": "relative", "reported_by": "ministre"},
        id="reported-event-own-date",
    ),
    pytest.param(
        "Le ministre a annoncé hier que la réunion aura lieu demain.",
        "annoncer",
        {"date_start": YESTERDAY, "actor": "ministre", "event_type": "statement"},
        id="reporting-verb-own-date",
    ),
    pytest.param(  # negation of a compound past
        "Poutine n'a pas rencontré Erdogan.",
        "rencontrer",
        {"actor": "Poutine", "target": "Erdogan", "polarity": "negative", "modality": "denied"},
        id="negated-meeting",
    ),
    pytest.param(  # a modal joins the trigger; its infinitive is the event, planned
        "Erdogan doit rencontrer Poutine vendredi.",
        "rencontrer",
        {"trigger": "doit rencontrer", "modality": "planned", "date_start": dt.date(2022, 8, 5)},
        id="modal-planned",
    ),
    pytest.param(  # "selon X" is the source; a city after "à" is the location
        "Selon l'AFP, Poutine est arrivé à Moscou.",
        "arriver",
        {"reported_by": "AFP", "location": "Moscou", "actor": "Poutine"},
        id="selon",
    ),
    pytest.param(  # passive with agent; the place dictionary keeps Sotchi a place
        "Erdogan a été reçu par Poutine à Sotchi.",
        "recevoir",
        {"actor": "Poutine", "target": "Erdogan", "location": "Sotchi"},
        id="passive-agent-place",
    ),
    pytest.param(  # the object of "appeler à" is part of the appeal, not an event
        "Le président Erdogan a appelé à un cessez-le-feu.",
        "appeler",
        {"actor": "Erdogan", "event_type": "appeal", "date_kind": "tense", "date_end": PUBLISHED},
        id="appeal",
    ),
    pytest.param(  # common noun actors and a group target for a meeting
        "Le maire a reçu les grévistes, qui ont réclamé une hausse des salaires.",
        "réclamer",
        {"actor": "grévistes", "event_type": "request"},
        id="relative-common-noun",
    ),
    pytest.param(  # a cancelled meeting did not happen
        "La réunion de mardi a été annulée.",
        "réunion",
        {"polarity": "negative", "date_start": YESTERDAY},
        id="cancelled",
    ),
    pytest.param(  # "démentir avoir livré": the delivery is denied, reported by the Kremlin
        "Le Kremlin a démenti avoir livré des armes.",
        "livrer",
        {"polarity": "negative", "reported_by": "Russie"},
        id="denial",
    ),
    pytest.param(  # "ne ... que" restricts: the delivery happened
        "Il n'a livré que deux drones.",
        "livrer",
        {"polarity": "positive", "actor": None},
        id="ne-que",
    ),
    pytest.param(  # a demanded deadline lies ahead, though the demand is past: next Friday
        "Le préfet a demandé aux grévistes de libérer les quais avant vendredi.",
        "libérer",
        {"date_start": dt.date(2022, 8, 5), "date_end": dt.date(2022, 8, 5), "tense": None},
        id="demand-deadline-ahead",
    ),
    pytest.param(  # "recevra" is a future whatever the tagger says: next Thursday
        "Elle recevra les représentants du syndicat jeudi.",
        "recevoir",
        {"date_start": TOMORROW, "tense": "future", "modality": "planned"},
        id="spelled-future",
    ),
    pytest.param(  # a conditional under a past reporting verb: a future in the past, no date
        "Il a assuré que l'entreprise ne fermerait pas le terminal.",
        "fermer",
        {"tense": None, "date_end": None, "polarity": "negative"},
        id="conditional-no-tense",
    ),
    pytest.param(  # "Rendez-vous" opening a sentence stays one word; the date is the meeting's
        "Rendez-vous est fixé samedi devant la mairie.",
        "rendez-vous",
        {"trigger": "Rendez-vous", "date_start": dt.date(2022, 8, 6), "date_kind": "relative"},
        id="scheduled-meeting",
    ),
    pytest.param(  # the scheduling itself is on the publication day
        "Rendez-vous est fixé samedi devant la mairie.",
        "fixer",
        {"date_start": PUBLISHED, "date_kind": "tense"},
        id="scheduling-today",
    ),
    pytest.param(  # a raising verb joins its infinitive, like a modal
        "L'hypothèse d'élections anticipées semblait tenir la corde hier.",
        "tenir",
        {"trigger": "semblait tenir", "date_start": YESTERDAY, "tense": "past"},
        id="raising-verb",
    ),
    pytest.param(  # "paraître" without attribute: to come out, an event
        "Selon un sondage paru hier dans le quotidien local, 63 % des habitants sont rassurés.",
        "paraître",
        {"trigger": "paru", "date_start": YESTERDAY},
        id="paraitre-comes-out",
    ),
    pytest.param(  # a participle coordinated with a reduced relative, with its own date
        "Chirac a parlé lors d'une rencontre filmée à l'Elysée et retransmise hier à Orléans.",
        "retransmettre",
        {"date_start": YESTERDAY, "date_kind": "relative"},
        id="coordinated-participle",
    ),
    pytest.param(  # a support verb is part of its noun's trigger, and its date the noun's
        "Jacques Chirac effectuera aujourd'hui un déplacement à Toulouse.",
        "déplacement",
        {"trigger": "effectuera aujourd'hui un déplacement", "date_start": PUBLISHED},
        id="support-verb-words",
    ),
    pytest.param(  # "avoir lieu" with an event subject: the noun and the idiom
        "La cérémonie a eu lieu le 28 juillet à Rotorua.",
        "cérémonie",
        {"trigger": "cérémonie a eu lieu", "date_start": dt.date(2022, 7, 28)},
        id="avoir-lieu-words",
    ),
    pytest.param(  # a date the parser hangs on a name dates the noun the name completes
        "Deux joueurs sont incertains pour la venue d'Auxerre samedi.",
        "venue",
        {"date_start": dt.date(2022, 8, 6), "date_kind": "relative"},
        id="date-hung-on-a-name",
    ),
    pytest.param(  # a dated presence of someone at a place is a visit
        "Olivier Besancenot sera à Marseille jeudi afin d'y manifester.",
        "être à",
        {
            "trigger": "sera à Marseille",
            "event_type": "visit",
            "actor": "Olivier Besancenot",
            "location": "Marseille",
            "date_start": TOMORROW,
        },
        id="presence",
    ),
    pytest.param(  # a verb + infinitive reporting idiom: its subject speaks
        "Le maire a laissé entendre hier qu'il se représenterait.",
        "laisser entendre",
        {"trigger": "laissé entendre", "actor": "maire", "event_type": "statement"},
        id="infinitive-idiom",
    ),
    pytest.param(  # ... and is the source of the clause it governs
        "Le maire a laissé entendre hier qu'il se représenterait.",
        "représenter",
        {"reported_by": "maire"},
        id="infinitive-idiom-reports",
    ),
    pytest.param(  # a title in apposition with a name: the person acts, not the title
        "Le Premier ministre japonais Fumio Kishida a rencontré Emmanuel Macron.",
        "rencontrer",
        {"actor": "Fumio Kishida", "target": "Emmanuel Macron"},
        id="title-apposed-name",
    ),
    pytest.param(  # an office named by an organization entity, then the person's name
        "Le ministre des Affaires étrangères, Jean-Noël Barrot, doit rencontrer son "
        "homologue japonais demain.",
        "rencontrer",
        {"actor": "Jean-Noël Barrot", "date_start": TOMORROW},
        id="office-apposed-name",
    ),
    pytest.param(  # a capital acting stands for its government
        "La semaine dernière, Pékin avait menacé de riposter.",
        "menacer",
        {"actor": "Pékin", "date_start": dt.date(2022, 7, 25)},
        id="capital-as-actor",
    ),
    pytest.param(  # a verb whose past takes "être" is no passive: its subject acts
        "Le président George W. Bush est arrivé hier à Salt Lake City.",
        "arriver",
        {"actor": "George W. Bush", "location": "Salt Lake City", "date_start": YESTERDAY},
        id="etre-past-not-passive",
    ),
    pytest.param(  # the parser hangs the subject on the auxiliary across an incise
        "Le président français a pour sa part annoncé qu'il se rendrait à Tokyo.",
        "annoncer",
        {"actor": "président français"},
        id="subject-on-auxiliary",
    ),
    pytest.param(  # commas of an apposition parsed as a coordination
        "Le ministre des Transports, Philippe Tabarot, a dénoncé une grève injustifiée.",
        "dénoncer",
        {"actor": "Philippe Tabarot"},
        id="office-comma-name",
    ),
    pytest.param(  # a share counts people: they are the actor, not the percentage
        "Selon un sondage publié dimanche, 58 % des salariés soutiennent la grève.",
        "soutenir",
        {"actor": "salariés"},
        id="share-of-people",
    ),
    pytest.param(  # "il" under a reporting verb is, in news, who reports
        "Le président français a annoncé qu'il se rendrait à Tokyo.",
        "rendre",
        {"actor": "président français", "reported_by": "président français"},
        id="reported-clause-pronoun",
    ),
    pytest.param(  # "D'après" is a source marker too, however the parser splits it
        "D'après le Wall Street Journal, des enquêteurs soupçonnent un commando ukrainien "
        "d'avoir saboté le gazoduc.",
        "saboter",
        {"actor": "commando ukrainien", "reported_by": "Wall Street Journal"},
        id="d-apres-and-object-control",
    ),
    pytest.param(  # an incise's common-noun subject parsed as an object is the speaker
        "« Le suspect a été interpellé vers 6 heures », a précisé la préfecture.",
        "interpeller",
        {"reported_by": "préfecture"},
        id="incise-common-noun-speaker",
    ),
    pytest.param(  # ... but after a subject, a noun after the verb is its object
        "Le chef du gouvernement espagnol, José Maria Aznar, a confirmé hier l'existence "
        "d'un contact.",
        "confirmer",
        {"actor": "José Maria Aznar"},
        id="no-incise-after-a-subject",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "expected"), CASES)
def test_short_sentences(text, lemma, expected):
    table = timeline.extract_events(text, PUBLISHED)
    rows = table[table["trigger_lemma"] == lemma]
    assert len(rows) >= 1, table[["trigger", "trigger_lemma"]]
    row = rows.iloc[0].to_dict()
    got = {}
    for key in expected:
        value = row[key]
        if hasattr(value, "date") and not isinstance(value, str):
            value = value.date()
        got[key] = None if value is None or value != value else value  # NaN/NaT -> None
    assert got == expected


def test_no_events_without_a_verb_or_event_noun():
    assert timeline.extract_events("Un beau jour d'été.", PUBLISHED).empty


def test_event_rows_are_in_text_order_with_valid_offsets():
    text = "Erdogan a rencontré Poutine. Il a ensuite appelé à un cessez-le-feu."
    table = timeline.extract_events(text, PUBLISHED)
    assert list(table["trigger_start"]) == sorted(table["trigger_start"])
    for row in table.itertuples():
        assert text[row.trigger_start : row.trigger_end] == row.trigger
    appeal = table[table["trigger_lemma"] == "appeler"].iloc[0]
    assert appeal["actor"] == "Erdogan"  # "il" resolves to the previous sentence's subject


def test_a_time_expression_naming_a_feast_is_no_event_and_dates_the_cleft_clause():
    text = "C'est en cette fête de Pentecôte que se déroulera la fête du village."
    table = timeline.extract_events(text, dt.date(1999, 5, 18))
    assert text.index("fête") not in set(table["trigger_start"])  # the feast is a date
    unfold = table[table["trigger_lemma"] == "dérouler"].iloc[0]
    assert unfold["date_text"] == "cette fête de Pentecôte"
    assert unfold["date_start"].date() == dt.date(1999, 5, 23)


@pytest.mark.parametrize(
    ("separator", "date_end"),
    [(" ", YESTERDAY), ("\n\n", PUBLISHED)],
    ids=["same-paragraph-continues", "paragraph-break-stops"],
)
def test_a_past_narrative_carries_its_date_within_a_paragraph(separator, date_end):
    text = f"Un ancien gardien a été condamné hier.{separator}Il a concédé les faits."
    table = timeline.extract_events(text, PUBLISHED)
    conceded = table[table["trigger_lemma"] == "concéder"].iloc[0]
    assert conceded["date_end"].date() == date_end


def test_a_reduced_relative_tells_the_background_not_the_narrative():
    text = (
        "Deux proches du ministre ont été mises en examen hier. Elles auraient perçu des "
        "fonds d'une rançon versée par l'Etat."
    )
    table = timeline.extract_events(text, PUBLISHED)
    for lemma in ("verser", "percevoir"):  # background; hearsay in the conditional past
        row = table[table["trigger_lemma"] == lemma].iloc[0]
        assert pd.isna(row["date_text"]), lemma


HEADLINE_CASES = [
    pytest.param(  # a present headline over a dated lead: the lead's date
        "Le tribunal ordonne la levée du blocage\n\nLe tribunal a ordonné samedi la levée "
        "du blocage du terminal nord.",
        dt.date(2024, 3, 11),
        "ordonner",
        dt.date(2024, 3, 9),
        id="present-headline",
    ),
    pytest.param(  # a verbless headline with a participle, the lead in the same paragraph
        "Quatre mineurs écroués pour avoir torturé un handicapé. - Quatre mineurs ont été "
        "écroués samedi à Lisieux.",
        dt.date(2002, 4, 2),
        "écrouer",
        dt.date(2002, 3, 30),
        id="participle-headline",
    ),
    pytest.param(  # no headline: a first paragraph of two sentences is the lead itself
        "Le maire annonce un plan. Il veut aller vite.\n\nIl a annoncé hier un budget.",
        dt.date(2024, 3, 11),
        "annoncer",
        dt.date(2024, 3, 11),
        id="no-headline",
    ),
]


@pytest.mark.parametrize(("text", "published", "lemma", "day"), HEADLINE_CASES)
def test_a_headline_event_takes_the_date_the_lead_gives_it(text, published, lemma, day):
    table = timeline.extract_events(text, published)
    first = table[table["trigger_lemma"] == lemma].iloc[0]
    assert first["date_end"].date() == day


def test_a_thing_at_a_place_is_no_presence_event():
    table = timeline.extract_events("Le siège de la société est à Paris depuis 2019.", PUBLISHED)
    assert "être à" not in set(table["trigger_lemma"])


def test_a_plural_title_before_names_stays_a_group():
    """ "trois adolescentes, Jessica, Jennifer et Nadia" are three people, not the first."""
    table = timeline.extract_events(
        "Trois adolescentes, Jessica, Jennifer et Nadia, ont rencontré le suspect.", PUBLISHED
    )
    row = table[table["trigger_lemma"] == "rencontrer"].iloc[0]
    assert row["actor"] != "Jessica"


def test_a_parser_expletive_label_does_not_make_il_impersonal():
    """The parser labels "il" expl:subj before a reflexive verb; it is still Olaf Scholz."""
    table = timeline.extract_events(
        "Le chancelier Olaf Scholz a refusé de commenter. Il pourrait s'exprimer jeudi.",
        PUBLISHED,
    )
    row = table[table["trigger_lemma"] == "exprimer"].iloc[0]
    assert row["actor"] == "Olaf Scholz"


def test_an_impersonal_verb_form_the_lemmatizer_keeps_has_no_actor():
    """ "il manque 250 postes": nobody lacks anything, whatever the lemma says."""
    table = timeline.extract_events(
        "Pour l'UNAPEI, il manque 250 postes d'instituteurs spécialisés.", PUBLISHED
    )
    row = table[table["trigger"].str.contains("manque")].iloc[0]
    assert pd.isna(row["actor"])
