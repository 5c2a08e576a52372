"""Demo content of the themes app: "Thema's" and "Netwerk in beeld", in the menu. Idempotent."""

from home.demo import ensure_smol_groups
from home.navigation import ensure_navigation_item
from home.pages import get_or_add_child
from home.translation import translate_page

from .models import NetworkPage, ThemeIndexPage
from .permissions import grant_theme_management


def load(ctx):
    return ensure_theme_pages(ctx.home)


def ensure_theme_pages(home):
    """ "Thema's" and "Netwerk in beeld" below the home page, in the menu, with English aliases."""
    created = 0
    groups = ensure_smol_groups()
    grant_theme_management(groups["SMOL redactie"])

    index, was_created = get_or_add_child(
        home,
        ThemeIndexPage,
        slug="themas",
        title="Thema's",
        intro=(
            "Veel organisaties werken aan dezelfde thema's. Kies een thema en ontdek wie eraan werkt, "
            "welke verhalen er zijn en welke cursussen binnenkort beginnen."
        ),
        search_description="De thema's van het netwerk: organisaties, verhalen en cursussen per thema.",
    )
    created += was_created
    ensure_navigation_item(index)

    network, was_created = get_or_add_child(
        home,
        NetworkPage,
        slug="netwerk-in-beeld",
        title="Netwerk in beeld",
        intro=(
            "Zo werken de organisaties in Limburg samen: ze delen thema's, zijn partners, "
            "geven samen cursussen en schrijven samen verhalen."
        ),
        search_description="Welke organisaties werken samen? Het netwerk in een afbeelding, een tabel en cijfers.",
    )
    created += was_created
    ensure_navigation_item(network)

    translate_page(
        index,
        "en",
        title="Themes",
        intro=(
            "Many organisations work on the same themes. Choose a theme and find out who works on it, "
            "which stories there are and which courses start soon."
        ),
        search_description="The themes of the network: organisations, stories and courses per theme.",
    )
    translate_page(
        network,
        "en",
        title="The network at a glance",
        intro=(
            "This is how the organisations in Limburg work together: they share themes, are partners, "
            "run courses together and write stories together."
        ),
        search_description="Which organisations work together? The network as a picture, a table and figures.",
    )
    return created
