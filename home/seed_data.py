"""The network's shared reference data: seeded by migrations, used by the demo content."""

# Limburg's 31 municipalities (2024).
MUNICIPALITIES = [
    "Beek",
    "Beekdaelen",
    "Beesel",
    "Bergen (L.)",
    "Brunssum",
    "Echt-Susteren",
    "Eijsden-Margraten",
    "Gennep",
    "Gulpen-Wittem",
    "Heerlen",
    "Horst aan de Maas",
    "Kerkrade",
    "Landgraaf",
    "Leudal",
    "Maasgouw",
    "Maastricht",
    "Meerssen",
    "Mook en Middelaar",
    "Nederweert",
    "Peel en Maas",
    "Roerdalen",
    "Roermond",
    "Simpelveld",
    "Sittard-Geleen",
    "Stein",
    "Vaals",
    "Valkenburg aan de Geul",
    "Venlo",
    "Venray",
    "Voerendaal",
    "Weert",
]

# The six main goals of 23 September 2022, the Limburg Lab themes and "de nieuwe vrijwilliger".
# (slug, Dutch name, English name, Dutch description, English description, colour, icon)
THEMES = [
    (
        "samen-redzaamheid",
        "Samen-redzaamheid",
        "Mutual self-reliance",
        "Mensen helpen elkaar: geven en nemen, samen sterker.",
        "People help each other: giving and taking, stronger together.",
        "groen",
        "🤝",
    ),
    (
        "jong-en-oud",
        "Verbinding jong en oud",
        "Young and old together",
        "Generaties leren van elkaar en doen samen mee.",
        "Generations learn from each other and take part together.",
        "blauw",
        "👵",
    ),
    (
        "positieve-gezondheid",
        "Positieve gezondheid",
        "Positive health",
        "Gezondheid als het vermogen om je aan te passen en zelf regie te voeren.",
        "Health as the ability to adapt and stay in charge of your own life.",
        "petrol",
        "💚",
    ),
    (
        "positief-framen",
        "Positief framen",
        "Positive framing",
        "We vertellen wat mensen kunnen en waar ze trots op zijn.",
        "We tell what people can do and what they are proud of.",
        "oranje",
        "☀",
    ),
    (
        "vrije-tijd-jeugd",
        "Kinderen en jongeren in hun vrije tijd",
        "Children and young people in their free time",
        "Spelen, ontdekken, vrijwilligerswerk door jongeren, zingeving en ongedwongen leren.",
        "Play, discovery, volunteering by young people, meaning and informal learning.",
        "paars",
        "⛺",
    ),
    (
        "digitalisering",
        "Digitalisering en polarisatie",
        "Digitalisation and polarisation",
        "Iedereen digitaal mee laten doen en met elkaar in gesprek blijven.",
        "Helping everyone take part online and keeping the conversation going.",
        "grijs",
        "💻",
    ),
    (
        "eenzaamheid",
        "Eenzaamheid",
        "Loneliness",
        "Mensen ontmoeten elkaar en vinden weer aansluiting.",
        "People meet and find connection again.",
        "rood",
        "☕",
    ),
    (
        "armoede",
        "Armoede",
        "Poverty",
        "Samen zorgen dat iedereen kan rondkomen en mee kan doen.",
        "Together making sure everyone can make ends meet and join in.",
        "geel",
        "🧺",
    ),
    (
        "gezondheid",
        "Gezondheid",
        "Health",
        "Lekker in je vel: bewegen, ontspannen en zorgen voor elkaar.",
        "Feeling good: exercise, relaxation and caring for each other.",
        "groen",
        "🚲",
    ),
    (
        "jongeren",
        "Jongeren",
        "Young people",
        "Jongeren krijgen de ruimte om mee te doen en mee te beslissen.",
        "Young people get room to take part and have a say.",
        "paars",
        "🎒",
    ),
    (
        "sociale-cohesie",
        "Sociale cohesie",
        "Social cohesion",
        "Buurten en dorpen waar mensen elkaar kennen en op elkaar letten.",
        "Neighbourhoods and villages where people know and look out for each other.",
        "blauw",
        "🏘",
    ),
    (
        "nieuwe-vrijwilliger",
        "De nieuwe vrijwilliger",
        "The new volunteer",
        "Vrijwilligers vinden, binden en de organisatie verjongen.",
        "Finding and keeping volunteers, and bringing in new generations.",
        "oranje",
        "🌱",
    ),
]


def seed_taxonomy(Theme, Municipality):
    """Create the municipalities and themes that are missing (models passed in: migrations too)."""
    from django.utils.text import slugify

    for name in MUNICIPALITIES:
        Municipality.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    for order, (slug, name, name_en, desc, desc_en, colour, icon) in enumerate(THEMES):
        Theme.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "description": desc,
                "description_en": desc_en,
                "colour": colour,
                "icon": icon,
                "sort_order": order,
            },
        )


def ensure_locales(Locale, LocaleSynchronization):
    """Dutch is the source locale; English is kept in sync (aliases until translated)."""
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    LocaleSynchronization.objects.get_or_create(locale=en, defaults={"sync_from": nl})
