"""Demo content: the directory and 22 member organisations, each onboarded the real way.

Every MO gets its page (published, with English alias), collection, group and an editor account
`redactie-<slug>` with the demo password. Idempotent: existing organisations are left alone.
"""

from decimal import Decimal

from django.conf import settings
from django.utils.text import slugify
from wagtail.rich_text import RichText

from home.images import get_or_create_image
from home.models import Municipality, Theme
from home.translation import translate_page

from .demo_data import ORGANISATIONS
from .models import Facility, OrganisationPage
from .onboarding import ensure_index_page, onboard_organisation
from .permissions import ensure_smol_rights

# Limburg's telephone area codes (Maastricht, Heerlen, Sittard, Roermond, Venray, Weert, Venlo).
AREA_CODES = ["043", "045", "046", "0475", "0478", "0495", "077"]


def demo_organisations():
    """The Dutch profile pages of this demo's MOs, by path: never the large dataset's MOs."""
    slugs = [slugify(data["name"]) for data in ORGANISATIONS]
    return list(
        OrganisationPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, slug__in=slugs
        ).order_by("path")
    )


def _about(paragraphs):
    return [("paragraph", RichText("".join(f"<p>{text}</p>" for text in paragraphs)))]


def load(ctx) -> int:
    created = 0
    home = getattr(ctx, "home", None)
    index_existed = home is not None and home.get_children().filter(slug="organisaties").exists()
    index = ensure_index_page(home)
    created += not index_existed
    translate_page(
        index,
        "en",
        title="Organisations",
        intro=(
            "Civil-society organisations from all over Limburg introduce themselves. "
            "Search by theme, by municipality or by a word."
        ),
    )
    ensure_smol_rights()

    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = {m.name: m for m in Municipality.objects.all()}
    existing = set(OrganisationPage.objects.child_of(index).values_list("slug", flat=True))

    new_pages = {}
    for data in ORGANISATIONS:
        slug = slugify(data["name"])
        if slug in existing:
            continue
        facilities = [
            Facility(
                name=name, description=description, municipality=municipalities.get(place), capacity=capacity
            )
            for name, description, place, capacity in data["facilities"]
        ]
        result = onboard_organisation(
            data["name"],
            f"redactie@{slug}.example.org",
            username=f"redactie-{slug}",
            password=settings.DEMO_PASSWORD,
            publish=True,
            index_page=index,
            themes=[themes[t] for t in data["themes"] if t in themes],
            pitch=data["pitch"],
            about=_about(data["about"]),
            city=data["city"],
            email=f"info@{slug}.example.org",
            phone=f"{ctx.rng.choice(AREA_CODES)} {ctx.rng.randint(100, 999)} {ctx.rng.randint(1000, 9999)}",
            website=f"https://{slug}.example.org",
            volunteer_count=data["volunteers"],
            what_we_offer=data["offer"],
            what_we_look_for=data["look_for"],
            latitude=Decimal(data["lat"]) if data.get("lat") else None,
            longitude=Decimal(data["lon"]) if data.get("lon") else None,
            municipalities=[municipalities[m] for m in data["municipalities"] if m in municipalities],
            facilities=facilities,
        )
        new_pages[data["name"]] = (result.page, result.collection)
        created += 1

    # Second pass, once every page exists: logos in the MO's own collection, and partners.
    by_name = {page.title: page for page in OrganisationPage.objects.child_of(index)}
    for data in ORGANISATIONS:
        if data["name"] not in new_pages:
            continue
        page, collection = new_pages[data["name"]]
        page = OrganisationPage.objects.get(pk=page.pk)
        logo, _created = get_or_create_image(
            f"Logo {data['name']}", collection=collection, width=400, height=400
        )
        page.logo = logo
        page.logo_alt = f"Logo van {data['name']}"
        page.partners = [by_name[name] for name in data["partners"] if name in by_name]
        page.save_revision().publish()

    first = slugify(ORGANISATIONS[0]["name"])
    ctx.accounts = getattr(ctx, "accounts", [])
    ctx.accounts.append(
        (
            f"redactie-{first}",
            f"redacteur van {ORGANISATIONS[0]['name']} (en zo redactie-<slug> voor alle {len(ORGANISATIONS)} organisaties)",
        )
    )
    return created
