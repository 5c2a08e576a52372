"""The large demo dataset, organisations' part: 200 MOs, each set up the way onboarding sets one up.

Every MO gets its published profile page below "Organisaties" (with its English alias), its own
collection below "Organisaties", its group "Redactie <naam>" with the same page and collection rights
as `grant_organisation_rights` gives, and an editor account `redactie-<slug>` (demo password). All
rows are built in bulk (see home/demo_large.py). Names are fixed (not drawn from --seed), so a second
run recognises the MOs it made and adds nothing.
"""

import datetime
import random
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from accounts.models import User
from home.demo_large import (
    add_aliases,
    add_m2m,
    add_themes,
    insert_pages,
    large_count,
    large_images,
    place_children,
    timed,
)
from home.models import Municipality, Theme

from .models import Facility, OrganisationPage
from .onboarding import ensure_index_page
from .permissions import (
    MO_COLLECTION_PERMISSIONS,
    MO_PAGE_PERMISSIONS,
    SHARED_COLLECTION_PERMISSIONS,
    ensure_smol_rights,
    group_name_for,
    organisations_collection,
    shared_collection,
)

NAME_SEED = 2026  # names never depend on --seed: they identify the large MOs on a second run

CONCEPTS = [
    "Buurtkracht",
    "Samen Doen",
    "Vrijwilligerspunt",
    "Jong en Oud",
    "Thuis in",
    "Mantelzorg",
    "Taalmaatjes",
    "Sportief",
    "Kunstwerkplaats",
    "Natuurvrienden",
    "Repair Café",
    "Voedselhulp",
    "Buurtbus",
    "Muziek Verbindt",
    "Inloophuis",
    "Welzijn",
]

PITCHES = [
    "{name} brengt mensen in {place} bij elkaar. Vrijwilligers maken het verschil, elke week opnieuw.",
    "Bij {name} doen vrijwilligers in {place} wat ze goed kunnen: samen zorgen we voor een fijne buurt.",
    "{name} helpt inwoners van {place} op weg, met een luisterend oor en praktische hulp.",
    "Met {name} leren jong en oud in {place} van elkaar. Iedereen kan meedoen.",
]
ABOUT = [
    "{name} begon klein, met een paar buren in {place}. Nu doen er tientallen vrijwilligers mee.",
    "Onze vrijwilligers krijgen een goede start: een kennismaking, een vast aanspreekpunt en trainingen "
    "in de Vrijwilligersacademie.",
    "We werken samen met andere organisaties in het netwerk, want samen bereiken we meer mensen.",
]
OFFERS = [
    "Gezellige collega's, trainingen en een onkostenvergoeding.",
    "Werk dat bij u past, een vaste begeleider en ruimte voor eigen ideeën.",
    "Een warme groep, koffie en de kans om iets nieuws te leren.",
]
LOOKING_FOR = [
    "Mensen die een paar uur per week iets voor een ander willen doen.",
    "Jongeren en ouderen die graag met mensen werken.",
    "Handige mensen, organisatoren en goede luisteraars.",
]
FACILITIES = [
    ("Vergaderruimte", "Een lichte ruimte met koffie, voor overleg tot 12 mensen.", 12),
    ("Ontmoetingsruimte", "Een grote zaal voor bijeenkomsten en trainingen.", 40),
    ("Werkplaats", "Gereedschap en werkbanken, samen te gebruiken.", 8),
]
AREA_CODES = ["043", "045", "046", "0475", "0478", "0495", "077"]


def organisation_names(count, places):
    """`count` fixed MO names: a concept and a municipality, in a fixed shuffled order."""
    pairs = [(concept, place) for concept in CONCEPTS for place in places]
    random.Random(NAME_SEED).shuffle(pairs)
    names = []
    for number in range(count):
        concept, place = pairs[number % len(pairs)]
        suffix = f" {number // len(pairs) + 1}" if number >= len(pairs) else ""
        names.append((f"{concept} {place}{suffix}", place))
    return names


def large_organisations(ctx=None, count=None):
    """The large MOs' Dutch profile pages that exist, in creation order."""
    places = sorted(Municipality.objects.values_list("name", flat=True))
    if count is None:
        count = large_count(ctx, "organisations")
    slugs = [slugify(name) for name, _place in organisation_names(count, places)]
    return list(
        OrganisationPage.objects.filter(
            slug__in=slugs, locale__language_code=settings.LANGUAGE_CODE
        ).order_by("path")
    )


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collections(names):
    """One new collection per MO below "Organisaties" (treebeard rows built here, like the pages)."""
    parent = organisations_collection()
    last = (
        Collection.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    start = Collection._str2int(last[-Collection.steplen :]) + 1 if last else 1
    collections = [
        Collection(
            name=name,
            path=Collection._get_path(parent.path, parent.depth + 1, start + number),
            depth=parent.depth + 1,
            numchild=0,
        )
        for number, name in enumerate(names)
    ]
    Collection.objects.bulk_create(collections, batch_size=500)
    Collection.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(collections))
    return collections


def _rights(groups, pages_by_group, collections):
    """What grant_organisation_rights gives, in bulk: admin access, pages (every locale), collections."""
    access = _permission("wagtailadmin", "access_admin")
    Group.permissions.through.objects.bulk_create(
        [Group.permissions.through(group_id=group.pk, permission_id=access.pk) for group in groups]
    )
    page_perms = [_permission("wagtailcore", codename) for codename in MO_PAGE_PERMISSIONS]
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission=permission)
            for group in groups
            for page_id in pages_by_group[group.pk]
            for permission in page_perms
        ],
        batch_size=1000,
    )
    own = [_permission(app, codename) for app, codename in MO_COLLECTION_PERMISSIONS]
    shared = [_permission(app, codename) for app, codename in SHARED_COLLECTION_PERMISSIONS]
    algemeen = shared_collection()
    rows = []
    for group, collection in zip(groups, collections):
        rows += [GroupCollectionPermission(group=group, collection=collection, permission=p) for p in own]
        rows += [GroupCollectionPermission(group=group, collection=algemeen, permission=p) for p in shared]
    GroupCollectionPermission.objects.bulk_create(rows, batch_size=1000)


def load(ctx):
    home = ctx.home
    index = ensure_index_page(home)
    ensure_smol_rights()
    rng = random.Random(f"{ctx.seed}-organisations")
    municipalities = {m.name: m for m in Municipality.objects.all()}
    theme_ids = list(Theme.objects.order_by("sort_order", "name").values_list("pk", flat=True))
    count = large_count(ctx, "organisations")
    names = organisation_names(count, sorted(municipalities))
    existing = set(OrganisationPage.objects.child_of(index).values_list("slug", flat=True))
    todo = [(name, place) for name, place in names if slugify(name) not in existing]

    with timed(ctx, "organisations (profiles, collections, groups, editors)") as result:
        if not todo:
            return 0
        logos = large_images(ctx)["logos"]
        collections = _collections([name for name, _place in todo])
        groups = [Group(name=group_name_for(name)) for name, _place in todo]
        Group.objects.bulk_create(groups)
        now = timezone.now()
        pages, places_of, themes_of = [], {}, {}
        place_names = sorted(municipalities)
        for number, ((name, place), collection, group) in enumerate(zip(todo, collections, groups)):
            slug = slugify(name)
            values = {"name": name, "place": place}
            joined = now - datetime.timedelta(days=rng.randint(400, 2400))
            page = OrganisationPage(
                title=name,
                slug=slug,
                pitch=rng.choice(PITCHES).format(**values)[:300],
                about=[
                    {
                        "type": "paragraph",
                        "value": "".join(f"<p>{text.format(**values)}</p>" for text in ABOUT),
                        "id": str(uuid.uuid4()),
                    }
                ],
                city=place,
                email=f"info@{slug}.example.org",
                phone=f"{rng.choice(AREA_CODES)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                website=f"https://{slug}.example.org",
                volunteer_count=rng.choice([8, 15, 25, 40, 60, 120, 300]),
                what_we_offer=rng.choice(OFFERS),
                what_we_look_for=rng.choice(LOOKING_FOR),
                latitude=Decimal(f"{rng.uniform(50.76, 51.74):.6f}"),
                longitude=Decimal(f"{rng.uniform(5.62, 6.20):.6f}"),
                logo_id=logos[number % len(logos)],
                logo_alt=f"Logo van {name}",
                collection=collection,
                editor_group=group,
                first_published_at=joined,
                last_published_at=joined,
                search_description=f"{name}: vrijwilligerswerk in {place}.",
            )
            pages.append(page)
            extra = rng.sample(place_names, rng.randint(0, 3))
            places_of[slug] = [place, *[p for p in extra if p != place]]
            themes_of[slug] = rng.sample(theme_ids, rng.randint(2, 3))
        place_children(index, pages)
        insert_pages(pages)
        aliases_of = add_aliases([(index, pages)])

        # Themes, municipalities, partners and a facility: on the page and (copied) on its aliases.
        themes, places, partners, facilities = [], [], [], []
        all_ids = [page.pk for page in pages] + list(
            OrganisationPage.objects.child_of(index)
            .exclude(pk__in=[p.pk for p in pages])
            .values_list("pk", flat=True)
        )
        for number, page in enumerate(pages):
            own_places = [municipalities[name].pk for name in places_of[page.slug]]
            own_partners = [pk for pk in rng.sample(all_ids, min(3, len(all_ids))) if pk != page.pk][:2]
            facility = FACILITIES[number % len(FACILITIES)] if number % 2 == 0 else None
            for target in [page, *aliases_of[page.pk]]:
                themes.append((target.pk, themes_of[page.slug]))
                places += [(target.pk, pk) for pk in own_places]
                partners += [(target.pk, pk) for pk in own_partners]
                if facility:
                    facilities.append(
                        Facility(
                            page_id=target.pk,
                            sort_order=0,
                            name=facility[0],
                            description=facility[1],
                            municipality_id=own_places[0],
                            capacity=facility[2],
                        )
                    )
        add_themes(themes)
        add_m2m(OrganisationPage.municipalities.through, "organisationpage", "municipality", places)
        add_m2m(OrganisationPage.partners.through, "from_organisationpage", "to_organisationpage", partners)
        Facility.objects.bulk_create(facilities, batch_size=1000)

        # Rights as onboarding grants them, and one editor account per MO.
        pages_by_group = {
            page.editor_group_id: [page.pk, *(alias.pk for alias in aliases_of[page.pk])] for page in pages
        }
        _rights(groups, pages_by_group, collections)
        password = make_password(settings.DEMO_PASSWORD)
        editors = [
            User(
                username=f"redactie-{page.slug}",
                email=f"redactie@{page.slug}.example.org",
                password=password,
                date_joined=page.first_published_at,
            )
            for page in pages
        ]
        User.objects.bulk_create(editors, batch_size=1000)
        User.groups.through.objects.bulk_create(
            [
                User.groups.through(user_id=user.pk, group_id=page.editor_group_id)
                for user, page in zip(editors, pages)
            ],
            batch_size=1000,
        )
        result["created"] = len(pages)
    ctx.large_organisations = pages
    return result["created"]
