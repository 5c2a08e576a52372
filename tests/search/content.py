"""A small, realistic Dutch network for the search tests (pages published the real way)."""

import datetime

from wagtail.rich_text import RichText

from home.models import Municipality, Theme
from home.pages import get_or_add_child


def theme(slug):
    return Theme.objects.get(slug=slug)


def municipality(name):
    return Municipality.objects.get(name=name)


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


ORGANISATIONS = [
    # slug, title, pitch, about, themes (by name fragment), municipalities
    (
        "humanitas-limburg",
        "Humanitas Limburg",
        "Ruim duizend vrijwilligers bieden een luisterend oor, maatjes en thuisadministratie.",
        "Onze vrijwilligers krijgen training en coaching. Samen gaan we eenzaamheid tegen.",
        ["eenzaam", "vrijwilliger"],
        ["Maastricht", "Venlo", "Heerlen"],
    ),
    (
        "jong-nederland-limburg",
        "Jong Nederland Limburg",
        "Spel, sport en avontuur voor kinderen en jongeren in hun vrije tijd.",
        "In alle afdelingen bouwen jeugdleiders een stoerparcours. Jongeren leren ongedwongen.",
        ["jongeren"],
        ["Roermond", "Weert"],
    ),
    (
        "kbo-limburg",
        "KBO Limburg",
        "Het netwerk van senioren: samen actief, samen sterk.",
        "Ouderen ontmoeten elkaar bij de koffie, leren digitale vaardigheden en helpen elkaar.",
        ["jong-en-oud", "digital"],
        ["Sittard-Geleen", "Venray"],
    ),
    (
        "jeugdwerk-limburg",
        "Jeugdwerk Limburg",
        "Wij helpen honderd jeugdorganisaties met EHBO, VOG en het werven van vrijwilligers.",
        "Cursussen over eerste hulp bij ongelukken en over het vinden en houden van vrijwilligers.",
        ["jongeren", "vrijwilliger"],
        ["Venlo", "Roermond"],
    ),
    (
        "sharepower",
        "SharePower",
        "Wij trainen vrouwen voor de lokale politiek en hebben een eigen filmstudio.",
        "Onze filmstudio staat open voor andere organisaties. Vrouwen vinden hun stem.",
        ["positief"],
        ["Maastricht"],
    ),
    (
        "smkk",
        "SMKK",
        "Project Besma: migrantenvrouwen van 55 jaar en ouder samen uit hun isolement.",
        "Vrouwen ontmoeten elkaar wekelijks, drinken thee en delen ideeën over gezondheid.",
        ["eenzaam", "gezond"],
        ["Heerlen", "Kerkrade"],
    ),
    (
        "scouting-limburg",
        "Scouting Limburg",
        "Avontuurlijke activiteiten in de natuur voor alle leeftijden.",
        "Onze ontmoetingsplek in het bos kunnen andere organisaties gebruiken voor bijeenkomsten.",
        ["jongeren"],
        ["Venray", "Weert"],
    ),
    (
        "buddyzorg-limburg",
        "Buddyzorg Limburg",
        "Sinds 2007 werken wij met positieve gezondheid: een buddy naast je.",
        "Buddy's zijn getrainde vrijwilligers die mensen met een ziekte bijstaan.",
        ["gezond"],
        ["Maastricht", "Sittard-Geleen"],
    ),
]

STORIES = [
    # organisation slug, slug, title, intro, body, themes, municipality, date
    (
        "humanitas-limburg",
        "maatjes-in-venlo",
        "Maatjes in Venlo: samen de deur uit",
        "Hoe een vrijwilliger en een oudere buurvrouw vriendinnen werden.",
        "Elke dinsdag wandelen ze samen naar de markt. Tegen eenzaamheid helpt een vast maatje.",
        ["eenzaam"],
        "Venlo",
        datetime.date(2026, 3, 12),
    ),
    (
        "humanitas-limburg",
        "thuisadministratie",
        "Orde in de papieren dankzij de thuisadministratie",
        "Een vrijwilliger helpt een gezin met brieven en rekeningen.",
        "Trots zijn ze op het overzicht. Volgend jaar doen ze het zelf.",
        ["vrijwilliger"],
        "Maastricht",
        datetime.date(2026, 2, 1),
    ),
    (
        "jong-nederland-limburg",
        "stoerparcours-roermond",
        "Het stoerparcours in Roermond",
        "Tweehonderd kinderen klommen, kropen en lachten.",
        "De jeugdleiders bouwden het parcours in een weekend. Jongeren als vrijwilliger: goud waard.",
        ["jongeren"],
        "Roermond",
        datetime.date(2026, 5, 20),
    ),
    (
        "kbo-limburg",
        "digicafe-sittard",
        "Het digicafé: senioren leren appen",
        "Iedere maandag helpen jongeren ouderen met hun telefoon.",
        "Jong en oud leren van elkaar. Videobellen met de kleinkinderen lukt nu.",
        ["jong-en-oud", "digital"],
        "Sittard-Geleen",
        datetime.date(2026, 4, 8),
    ),
    (
        "smkk",
        "besma-theetafel",
        "Verhaaltjes aan de theetafel van Besma",
        "Migrantenvrouwen delen hun verhalen en ideeën.",
        "Aan de theetafel ontstaan nieuwe vriendschappen. De vrouwen zijn trots op elkaar.",
        ["eenzaam"],
        "Heerlen",
        datetime.date(2026, 1, 15),
    ),
    (
        "scouting-limburg",
        "kampvuur-venray",
        "Rond het kampvuur in Venray",
        "Een zomerkamp vol avontuur in het bos.",
        "Scouts sliepen in tentjes en kookten op het vuur.",
        ["jongeren"],
        "Venray",
        datetime.date(2025, 8, 2),
    ),
]

COURSES = [
    # organisation slug, slug, title, summary, description, themes
    (
        "jeugdwerk-limburg",
        "eerste-hulp-bij-kinderen",
        "Cursus eerste hulp bij kinderen",
        "Wat doe je bij een ongeluk tijdens het kamp of de speeltuin?",
        "Je leert EHBO: wonden verzorgen, reanimeren en rustig blijven.",
        ["jongeren"],
    ),
    (
        "jeugdwerk-limburg",
        "vrijwilligers-werven",
        "Vrijwilligers werven en behouden",
        "Hoe vind en houd je nieuwe vrijwilligers?",
        "Praktische tips voor wervingsacties, een warm welkom en waardering.",
        ["vrijwilliger"],
    ),
    (
        "jeugdwerk-limburg",
        "vog-aanvragen",
        "De VOG aanvragen: zo werkt het",
        "Een verklaring omtrent het gedrag voor jeugdleiders.",
        "Stap voor stap door de aanvraag, gratis voor vrijwilligers.",
        ["jongeren"],
    ),
    (
        "sharepower",
        "lokale-politiek",
        "Training lokale politiek voor vrouwen",
        "Van idee naar raadsvoorstel: je stem laten horen.",
        "Debatteren, netwerken en presenteren voor de gemeenteraad.",
        ["positief"],
    ),
    (
        "buddyzorg-limburg",
        "positieve-gezondheid",
        "Positieve gezondheid in de praktijk",
        "Het gesprek over wat iemand belangrijk vindt.",
        "Met het spinnenweb van positieve gezondheid voer je een goed gesprek.",
        ["gezond"],
    ),
    (
        "kbo-limburg",
        "omgaan-met-de-smartphone",
        "Omgaan met de smartphone",
        "Apps, foto's en veilig internetbankieren voor senioren.",
        "In kleine groepjes oefenen ouderen met hun eigen telefoon.",
        ["digital", "jong-en-oud"],
    ),
]

LEARNING_PATHS = [
    # slug, title, intro, themes
    (
        "jeugdleider-worden",
        "Leerlijn jeugdleider worden",
        "Van eerste hulp tot VOG: alles om met kinderen en jongeren te werken.",
        ["jongeren"],
    ),
    (
        "maatje-worden",
        "Leerlijn maatje worden",
        "Word een goed maatje voor iemand die eenzaam is: luisteren, grenzen en positieve gezondheid.",
        ["eenzaam", "gezond"],
    ),
]


def _themes(fragments):
    found = []
    for fragment in fragments:
        theme = Theme.objects.filter(slug__icontains=fragment).order_by("sort_order").first()
        if theme is not None and theme not in found:
            found.append(theme)
    return found


def build_network(home):
    """Create the network under `home`; return {slug: page} (Dutch pages)."""
    from academy.models import AcademyIndexPage, CoursePage, LearningPathPage
    from organisations.models import OrganisationIndexPage, OrganisationPage
    from stories.models import StoryPage

    pages = {}
    index, _ = get_or_add_child(home, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    for slug, title, pitch, about, themes, places in ORGANISATIONS:
        page, created = get_or_add_child(
            index,
            OrganisationPage,
            slug=slug,
            title=title,
            pitch=pitch,
            about=paragraph(about),
            themes=_themes(themes),
        )
        if created:
            page.municipalities.set([municipality(name) for name in places])
            page.save_revision().publish()
        pages[slug] = page
    for org, slug, title, intro, body, themes, place, date in STORIES:
        page, _ = get_or_add_child(
            pages[org],
            StoryPage,
            slug=slug,
            title=title,
            intro=intro,
            body=paragraph(body),
            themes=_themes(themes),
            municipality=municipality(place),
            publication_date=date,
        )
        pages[slug] = page
    for org, slug, title, summary, description, themes in COURSES:
        page, _ = get_or_add_child(
            pages[org],
            CoursePage,
            slug=slug,
            title=title,
            summary=summary,
            description=f"<p>{description}</p>",
            themes=_themes(themes),
        )
        pages[slug] = page
    academy, _ = get_or_add_child(home, AcademyIndexPage, slug="academie", title="Academie")
    for slug, title, intro, themes in LEARNING_PATHS:
        page, _ = get_or_add_child(
            academy, LearningPathPage, slug=slug, title=title, intro=intro, themes=_themes(themes)
        )
        pages[slug] = page
    return pages
