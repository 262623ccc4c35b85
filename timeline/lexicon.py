"""Word lists the event rules read: which words carry events, negation, modality, speech.

Every list is about French news usage in general, not about one article. Lemmas are spaCy
French lemmas (infinitives for verbs, masculine singular for nouns and adjectives). The
lists are documented in ``docs/events.md``; the mapping from trigger lemma to event type is
a separate, user-editable file (``resources/event_types.yaml``).
"""

from __future__ import annotations

#: Copulas and verbs that only carry a state or a grammatical relation: never triggers.
COPULAS = frozenset(
    {"être", "avoir", "sembler", "paraître", "devenir", "rester", "demeurer", "falloir"}
)

#: Verbs that, governing an infinitive, lend it tense or modality and carry no event of
#: their own ("doit rencontrer", "va annoncer", "peut fournir", "vient de signer").
#: Without an infinitive some are ordinary event verbs ("il est venu à Sotchi").
MODAL_VERBS: dict[str, str] = {
    "pouvoir": "possible",
    "devoir": "planned",
    "aller": "planned",
    "vouloir": "intention",
    "venir": "asserted",  # venir de + infinitive: a recent past
    "savoir": "asserted",
    "faire": "asserted",  # causative: "fait construire"
    "laisser": "asserted",
    "sembler": "possible",
    "paraître": "possible",
    "risquer": "possible",
}

#: Verbs and nouns whose infinitive complement is an event of the given modality: the
#: infinitive is a trigger ("l'intention de fournir", "a décidé de livrer"). Keys are
#: lemmas; values are the modality the complement receives.
CONTROL_PREDICATES: dict[str, str] = {
    # intention
    "vouloir": "intention",
    "intention": "intention",
    "compter": "intention",
    "espérer": "intention",
    "souhaiter": "intention",
    "chercher": "intention",
    "tenter": "intention",
    "essayer": "intention",
    "viser": "intention",
    "envisager": "intention",
    "projeter": "intention",
    "projet": "intention",
    "volonté": "intention",
    "désir": "intention",
    "objectif": "intention",
    "but": "intention",
    "plan": "intention",
    "menacer": "intention",
    "menace": "intention",
    "promettre": "intention",
    "promesse": "intention",
    "engager": "intention",
    "engagement": "intention",
    "proposer": "intention",
    "offrir": "intention",
    "refuser": "intention",
    "refus": "intention",
    "hésiter": "intention",
    # planned
    "décider": "planned",
    "décision": "planned",
    "prévoir": "planned",
    "programmer": "planned",
    "préparer": "planned",
    "devoir": "planned",
    "aller": "planned",
    "s'apprêter": "planned",
    "apprêter": "planned",
    "accepter": "planned",
    "convenir": "planned",
    # requests and appeals: the requested event is not asserted
    "demander": "intention",
    "demande": "intention",
    "appeler": "intention",
    "appel": "intention",
    "exhorter": "intention",
    "inviter": "intention",
    "presser": "intention",
    "pousser": "intention",
    "autoriser": "possible",
    "permettre": "possible",
    "interdire": "possible",
    "empêcher": "possible",
    # possibility
    "pouvoir": "possible",
    "possibilité": "possible",
    "risquer": "possible",
    "risque": "possible",
    # aspect: the complement is asserted
    "commencer": "asserted",
    "continuer": "asserted",
    "cesser": "asserted",
    "finir": "asserted",
    "achever": "asserted",
    "arrêter": "asserted",
    "poursuivre": "asserted",
    "reprendre": "asserted",
    "venir": "asserted",
    "parvenir": "asserted",
    "réussir": "asserted",
}

#: Verbs and nouns of request, order, intention, planning and promise: what their
#: infinitive complement names lies after them ("a demandé aux grévistes de libérer les
#: quais avant vendredi": the next Friday, not the last one). Read by
#: :func:`timeline.grammar.tense_of` to resolve the complement's dates as a future.
PROSPECTIVE_PREDICATES = frozenset(
    {
        # requests and orders
        "demander",
        "demande",
        "exiger",
        "réclamer",
        "appeler",
        "appel",
        "exhorter",
        "inviter",
        "invitation",
        "inciter",
        "encourager",
        "presser",
        "sommer",
        "enjoindre",
        "ordonner",
        "ordre",
        "charger",
        "mandater",
        "prier",
        "conseiller",
        "recommander",
        "proposer",
        "proposition",
        # intention
        "intention",
        "compter",
        "espérer",
        "souhaiter",
        "vouloir",
        "viser",
        "envisager",
        "projeter",
        "projet",
        "objectif",
        "menacer",
        "menace",
        # planning and decision
        "prévoir",
        "programmer",
        "planifier",
        "décider",
        "décision",
        "apprêter",
        "s'apprêter",
        # promise
        "promettre",
        "promesse",
        "engager",
        "engagement",
    }
)

#: Nouns that name an event by themselves. They are triggers when they head a clause or a
#: headline, are the subject of a verb, or the object of a support verb ("tenir une
#: réunion"); as the complement of another event ("appeler à un cessez-le-feu", "signer un
#: accord") they are part of that event, not a new one.
EVENT_NOUNS = frozenset(
    {
        # meetings, visits, talks
        "réunion",
        "rencontre",
        "sommet",
        "entretien",
        "visite",
        "voyage",
        "conférence",
        "négociation",
        "pourparlers",
        "médiation",
        "discussion",
        "consultation",
        "audience",
        "séance",
        "rendez-vous",
        "cérémonie",
        "inauguration",
        "investiture",
        # statements
        "annonce",
        "déclaration",
        "communiqué",
        "discours",
        "appel",
        "demande",
        "accusation",
        "menace",
        "offre",
        "proposition",
        "promesse",
        # agreements and decisions
        "accord",
        "traité",
        "signature",
        "cessez-le-feu",
        "trêve",
        "décision",
        "vote",
        "élection",
        "scrutin",
        "référendum",
        "sanction",
        # conflict and security
        "attaque",
        "attentat",
        "frappe",
        "bombardement",
        "offensive",
        "invasion",
        "combat",
        "explosion",
        "assaut",
        "agression",
        "arrestation",
        "enlèvement",
        "meurtre",
        "assassinat",
        "incendie",
        # supply and trade
        "livraison",
        "vente",
        "fourniture",
        "achat",
        "contrat",
        # social life and incidents
        "grève",
        "manifestation",
        "mobilisation",
        "rassemblement",
        "procès",
        "condamnation",
        "accident",
        "collision",
        "naufrage",
        "démission",
        "nomination",
        "départ",
        "arrivée",
        "retour",
        "ouverture",
        "fermeture",
        "lancement",
        "concert",
        "festival",
        "fête",
        "match",
        "course",
        "rallye",
        "opération",
        "reprise",
        # more of daily news: ceremonies, crime and justice, sport and culture, economy
        "messe",
        "obsèques",
        "funérailles",
        "mariage",
        "naissance",
        "décès",
        "mort",
        "vol",
        "cambriolage",
        "braquage",
        "crash",
        "carambolage",
        "lynchage",
        "enquête",
        "audition",
        "perquisition",
        "libération",
        "évasion",
        "expulsion",
        "victoire",
        "défaite",
        "tournoi",
        "championnat",
        "compétition",
        "exposition",
        "spectacle",
        "salon",
        "foire",
        "soirée",
        "bal",
        "kermesse",
        "rentrée",
        "déplacement",
        "venue",
        "séjour",
        "tournée",
        "sortie",
        "parution",
        "licenciement",
        "fusion",
        "rachat",
        "faillite",
    }
)

#: Endings of nouns made from verbs ("déplacement", "carambolage", "signature"): such a
#: noun carrying its own date ("la manifestation du 1er mai") is an event.
DEVERBAL_ENDINGS = ("tion", "sion", "ment", "age", "ure", "ée", "ade", "ance", "ence")

#: Verbs that lend their tense and subject to an event noun object and carry no event of
#: their own: "tenir une réunion", "effectuer une visite", "lancer une attaque".
SUPPORT_VERBS = frozenset(
    {
        "tenir",
        "effectuer",
        "mener",
        "lancer",
        "organiser",
        "procéder",
        "faire",
        "avoir",
        "conduire",
        "subir",
        "donner",
        "prononcer",
        "commettre",
        "perpétrer",
    }
)

#: Verbs that set the time of an event noun without carrying that event: "la réunion est
#: prévue lundi", "rendez-vous est fixé samedi", "propose une soirée le 23 mai", "a reporté
#: le match à dimanche". The noun is an event of its own and the date complement is its
#: time, unless the scheduling itself is dated in the past ("a reporté hier la réunion").
#: Support verbs ("organiser une réunion") are in :data:`SUPPORT_VERBS` instead.
SCHEDULING_VERBS = frozenset(
    {
        "prévoir",
        "programmer",
        "planifier",
        "fixer",
        "reporter",
        "repousser",
        "décaler",
        "avancer",
        "proposer",
        "envisager",
        "préparer",
    }
)

#: Verb + noun idioms that form one trigger, with the lemma written in the table: the verb
#: alone is light ("faire pression", "rendre visite"). Keys are (verb lemma, noun lemma).
SUPPORT_PHRASES: dict[tuple[str, str], str] = {
    ("faire", "pression"): "faire pression",
    ("exercer", "pression"): "faire pression",
    ("mettre", "pression"): "faire pression",
    ("faire", "appel"): "faire appel",
    ("lancer", "appel"): "faire appel",
    ("rendre", "visite"): "rendre visite",
    ("prendre", "part"): "prendre part",
    ("donner", "feu"): "donner feu vert",
    ("avoir", "lieu"): "avoir lieu",
    ("mettre", "grève"): "faire grève",
    ("faire", "grève"): "faire grève",
    ("entrer", "grève"): "faire grève",
    ("porter", "plainte"): "porter plainte",
    ("faire", "état"): "faire état",
    ("mettre", "fin"): "mettre fin",
    ("prendre", "fin"): "prendre fin",
}

#: Verb + infinitive idioms of news reporting, one trigger with the lemma written in the
#: table: "a fait savoir hier que...", "a laissé entendre que...", "a fait valoir que...".
#: The verb's subject is the speaker (a causative's subject is otherwise no actor of the
#: caused event). Keys are (verb lemma, infinitive lemma).
INFINITIVE_PHRASES: dict[tuple[str, str], str] = {
    ("faire", "savoir"): "faire savoir",
    ("faire", "valoir"): "faire valoir",
    ("laisser", "entendre"): "laisser entendre",
}

#: Prepositions of a place complement: with "être" and a date, a person's presence at a
#: place is an event ("Olivier Besancenot sera à Marseille jeudi 2 mai").
PRESENCE_CASES = frozenset({"à", "au", "aux", "en", "dans", "chez"})

#: Idioms whose subject is the event ("la réunion aura lieu demain"): with an event noun
#: subject, the noun is the trigger and the idiom only lends it tense and date.
SUBJECT_SUPPORT_PHRASES = frozenset({"avoir lieu"})

#: Nouns that count people rather than name them: the actor of "58 % des Français
#: soutiennent" or "la majorité des salariés a voté" is the people counted.
QUANTITY_NOUNS = frozenset(
    {
        "pourcent",
        "pour cent",
        "moitié",
        "majorité",
        "minorité",
        "plupart",
        "tiers",
        "quart",
        "partie",
        "dizaine",
        "centaine",
        "millier",
        "nombre",
    }
)

#: Verbs whose compound tenses take "être" ("il est arrivé", "elle est partie"): with them
#: a participle after "être" is a past tense, not a passive, whatever its Voice tag.
ETRE_VERBS = frozenset(
    {
        "aller",
        "venir",
        "revenir",
        "parvenir",
        "intervenir",
        "survenir",
        "devenir",
        "arriver",
        "partir",
        "repartir",
        "entrer",
        "rentrer",
        "sortir",
        "retourner",
        "rester",
        "tomber",
        "naître",
        "mourir",
        "décéder",
    }
)

#: Verbs that introduce reported speech: the clause they govern (``que ...``, a quotation
#: after a colon) is the speaker's claim; as an incise ("a rapporté CNN Turk") they
#: attribute the whole sentence.
REPORTING_VERBS = frozenset(
    {
        "dire",
        "déclarer",
        "affirmer",
        "annoncer",
        "indiquer",
        "expliquer",
        "estimer",
        "assurer",
        "souligner",
        "préciser",
        "ajouter",
        "rapporter",
        "confirmer",
        "démentir",
        "nier",
        "reconnaître",
        "écrire",
        "tweeter",
        "publier",
        "raconter",
        "répondre",
        "répéter",
        "confier",
        "insister",
        "prévenir",
        "avertir",
        "marteler",
        "rappeler",
        "révéler",
        "signaler",
        "noter",
        "observer",
        "juger",
        "considérer",
        "penser",
        "croire",
        "admettre",
        "avouer",
        "déplorer",
        "regretter",
        "dénoncer",
        "accuser",
        "promettre",
        "menacer",
        "soutenir",
        "prétendre",
        "citer",
        "lancer",
        "poursuivre",
        "conclure",
        "commenter",
        "s'exclamer",
        "exclamer",
        "interroger",
        "demander",
        "réclamer",
        "exiger",
        # verb + infinitive idioms (INFINITIVE_PHRASES), by their table lemma
        "faire savoir",
        "faire valoir",
        "laisser entendre",
    }
)

#: Prepositions that attribute a clause to a source: "selon X", "d'après X".
SOURCE_MARKERS = frozenset({"selon", "d'après"})

#: Words that, with "ne", negate a clause; "ni" negates by itself.
NEGATORS = frozenset(
    {
        "pas",
        "jamais",
        "rien",
        "plus",
        "aucun",
        "aucune",
        "nul",
        "nulle",
        "ni",
        "guère",
        "personne",
        "nullement",
        "point",
        "nulle part",
    }
)

#: Conjunctions after which "ne" is expletive, not a negation: "avant qu'il ne parte".
EXPLETIVE_NE_AFTER = frozenset({"avant", "moins", "peur", "crainte", "craindre", "empêcher"})

#: Adverbs that make an event merely possible.
POSSIBILITY_ADVERBS = frozenset(
    {"peut-être", "probablement", "éventuellement", "possiblement", "vraisemblablement"}
)

#: Nouns that head descriptions of a company or an organization ("la société", "le
#: fabricant"): resolved to the article's most mentioned company.
COMPANY_NOUNS = frozenset(
    {
        "société",
        "entreprise",
        "groupe",
        "firme",
        "fabricant",
        "fournisseur",
        "constructeur",
        "compagnie",
        "industriel",
        "producteur",
        "exportateur",
        "start-up",
        "filiale",
    }
)

#: Nouns of office that tie a person to an organization: "le PDG de Baykar, Haluk
#: Bayraktar" makes Baykar his affiliation (who "nous" means in his quotes).
OFFICE_NOUNS = frozenset(
    {
        "pdg",
        "président",
        "présidente",
        "directeur",
        "directrice",
        "patron",
        "patronne",
        "fondateur",
        "fondatrice",
        "dirigeant",
        "dirigeante",
        "porte-parole",
        "responsable",
        "chef",
        "secrétaire",
        "ministre",
        "gérant",
        "gérante",
        "représentant",
        "représentante",
        "avocat",
        "avocate",
        "maire",
    }
)

#: Demonstrative and indefinite pronouns that never name an actor.
NON_ACTOR_PRONOUNS = frozenset(
    {
        "ce",
        "c'",
        "cela",
        "ça",
        "ceci",
        "celui",
        "celle",
        "ceux",
        "celles",
        "on",
        "y",
        "en",
        "rien",
        "tout",
        "chacun",
        "quelqu'un",
        "personne",
        "n'",
        "j'",
        "qu'",
        "d'",
        "s'",
        "se",
        "m'",
        "t'",
        "l'un",
    }
)

#: Verbs whose "il" subject is impersonal ("il faut", "il s'agit", "il semble que").
IMPERSONAL_VERBS = frozenset(
    {
        "falloir",
        "agir",
        "sembler",
        "paraître",
        "pleuvoir",
        "exister",
        "rester",
        "manquer",
        "valoir",
        "importer",
        "convenir",
        "suffire",
    }
)
