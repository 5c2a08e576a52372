"""The relevance set: Dutch queries as people type them, with what they expect in the top 5.

Each case: (query, expected title, organisation or None). A case is a hit when a result among
the first five has that title (and that organisation, when given). Runs over the demo content.
"""

CASES = [
    # singular / plural
    ("vrijwilliger werven", "Vrijwilligers werven en binden", "Humanitas Limburg"),
    ("vrijwilligers werven", "Vrijwilligers werven en binden", "Humanitas Limburg"),
    ("verhaal schrijven", "Verhalen schrijven voor de website", None),
    ("organisatie", "Organisaties leren van elkaar", None),
    ("speeltuinen", "Een speeltuin van en voor de buurt", None),
    ("kind eerste hulp", "Eerste hulp bij kinderen", None),
    ("kinderen en jongeren", "Omgaan met kinderen en jongeren", None),
    ("gesprekken over zingeving", "Zingeving in gesprek", None),
    ("maatjes", "Een maatje om mee te wandelen", None),
    ("kookclubs", "Koken met wat het seizoen geeft", None),
    ("vergadering", "Vergaderen met plezier", None),
    ("leerlijnen", "Van vrijwilliger tot bestuurder", None),
    # diminutives
    ("spelletje", "Spelbegeleider op de speeltuin", None),
    ("maatje", "Buddy worden", None),
    ("tuintje", "Een buurttuin waar iedereen oogst", None),
    # diacritics
    ("ideeen", "Burgerkracht Limburg", None),
    ("digitaal cafe", "Digitaal café: samen de smartphone ontdekken", None),
    ("wat echt telt", "Het gesprek over wat écht telt", None),
    ("de vrouwenorganisatie", "Zijactief Limburg", None),
    # multi-word, the way people speak
    ("vrijwilligers Venlo", "Humanitas Limburg", None),
    ("verhalen over eenzaamheid", "Samen aan tafel, samen sterker", None),
    ("wandelen tegen eenzaamheid", "Een maatje om mee te wandelen", None),
    ("koffie en een praatje in Weert", "Samen aan tafel, samen sterker", "KBO Limburg"),
    ("cursus eerste hulp", "Eerste hulp bij kinderen", None),
    ("stoer parcours Weert", "Stoer parcours in Weert", None),
    ("scouting leiding", "Startcursus scoutingleiding", None),
    ("politiek vrouwen", "Vrouwen stappen de gemeenteraad in", None),
    ("jongeren helpen ouderen met telefoon", "Digitaal café: samen de smartphone ontdekken", None),
    ("VOG aanvragen", "Een VOG aanvragen voor uw vrijwilligers", None),
    ("kleding ruilen", "Kleding die een tweede leven krijgt", None),
    ("mantelzorgers bijtanken", "Even tijd voor jezelf", None),
    ("samen tegen eenzaamheid", "Samen tegen eenzaamheid", None),
    ("positieve gezondheid", "Positieve gezondheid: de basis", None),
    ("veilig online", "Veilig online", None),
    ("kamp organiseren", "Een kamp organiseren", None),
    ("bestuurder worden", "Bestuurder worden", None),
    ("filmstudio", "SharePower", None),
    ("migrantenvrouwen", "SMKK", None),
    # names and themes
    ("humanitas", "Humanitas Limburg", None),
    ("kbo senioren", "KBO Limburg", None),
    ("armoede", "Kledingbank Limburg", None),
    ("digitalisering", "Digitaal en verbonden", None),
]


def is_hit(documents, title, organisation):
    return any(
        d.title == title and (organisation is None or d.organisation_title == organisation) for d in documents
    )
