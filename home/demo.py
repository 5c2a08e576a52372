"""Demo content of the home app: the site root, site settings, SMOL's groups and demo accounts.

Called by `manage.py load_demo_content` before the other apps' demo steps. Idempotent.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from accounts.models import User

from .images import get_or_create_image
from .models import ContentPage, HomePage, SiteSettings
from .navigation import ensure_navigation_item
from .pages import get_or_add_child
from .translation import translate_page

SMOL_GROUPS = {
    # name: description (documentation only)
    "SMOL redactie": "SMOL staff: edit and publish every page.",
    "SMOL moderatie": "Approve or send back stories in the moderation workflow.",
    "SMOL academie": "Academy coordinators: learning paths, all participants.",
}

DEMO_ACCOUNTS = [
    # (username, email, groups, superuser, description)
    ("admin", "admin@example.org", [], True, "beheerder (superuser)"),
    ("moderator", "moderator@example.org", ["SMOL redactie", "SMOL moderatie"], False, "SMOL-moderator"),
    ("academie", "academie@example.org", ["SMOL academie"], False, "SMOL-academiecoördinator"),
    ("vrijwilliger", "vrijwilliger@example.org", [], False, "vrijwilliger"),
]


def ensure_smol_groups():
    """The SMOL staff groups, each with access to the admin. Apps add their own rights."""
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for name in SMOL_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        groups[name] = group
    # The shared taxonomy is SMOL's: "SMOL redactie" manages themes (MO editors only choose them).
    theme_rights = Permission.objects.filter(
        content_type__app_label="home", codename__in=["add_theme", "change_theme", "delete_theme"]
    )
    groups["SMOL redactie"].permissions.add(*theme_rights)
    # The outbox (waiting and sent mail): SMOL redactie looks and sends again (outbox app).
    outbox_rights = Permission.objects.filter(
        content_type__app_label="outbox", codename__in=["view_outgoingmail", "retry_outgoingmail"]
    )
    groups["SMOL redactie"].permissions.add(*outbox_rights)
    return groups


def ensure_reference_data():
    """What the migrations seed, again: locales, themes and municipalities (after a flush)."""
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    from .models import Municipality, Theme
    from .seed_data import ensure_locales, seed_taxonomy

    ensure_locales(Locale, LocaleSynchronization)
    seed_taxonomy(Theme, Municipality)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def ensure_home_page():
    """The Dutch HomePage as the default site's root, with its English alias. Returns (home, created)."""
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if home is not None:
        return home, False
    ensure_reference_data()
    root = Page.get_first_root_node()
    if root is None:  # a flushed database (transactional tests)
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    site = Site.objects.filter(is_default_site=True).first()
    # Wagtail's "Welcome" placeholder (a plain Page) makes way for the real home page.
    placeholders = [p for p in root.get_children() if p.specific_class is Page and p.is_leaf()]
    home, created = None, False
    if placeholders:
        for placeholder in placeholders:
            if site and site.root_page_id == placeholder.pk:
                site.root_page = root
                site.save()
            placeholder.delete()
    home, created = get_or_add_child(
        root,
        HomePage,
        slug="home",
        title="Samen sterk in Limburg",
        seo_title="Netwerk van maatschappelijke organisaties in Limburg",
        intro=(
            "Tientallen maatschappelijke organisaties in Limburg werken met vrijwilligers. "
            "Hier vindt u wat ze doen, hun verhalen en de Vrijwilligersacademie."
        ),
        search_description=(
            "Het netwerk van maatschappelijke organisaties in Limburg: organisaties, "
            "verhalen en de Vrijwilligersacademie."
        ),
    )
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "Netwerk SMOL"
    site.save()
    return home, created


def load(ctx):
    created = 0
    groups = ensure_smol_groups()
    home, was_created = ensure_home_page()
    created += was_created

    site_settings = SiteSettings.load()
    if not site_settings.contact_email:
        logo, _ = get_or_create_image("Logo Netwerk SMOL", width=400, height=400)
        site_settings.network_name = "Netwerk SMOL"
        site_settings.tagline = "Samen sterk in Limburg"
        site_settings.logo = logo
        site_settings.contact_email = "info@example.org"
        site_settings.contact_phone = "045 000 00 00"
        site_settings.contact_address = "Voorbeeldstraat 1, 6200 AA Maastricht"
        site_settings.footer_text = (
            "<p>Het netwerk SMOL verbindt maatschappelijke organisaties in Limburg. "
            "Samen maken we vrijwilligerswerk zichtbaar.</p>"
        )
        site_settings.save()
        created += 1

    about, was_created = get_or_add_child(
        home,
        ContentPage,
        slug="wie-zijn-wij",
        title="Wie zijn wij",
        intro=(
            "SMOL is de stichting die maatschappelijke organisaties in Limburg verbindt. "
            "Samen maken we het werk van duizenden vrijwilligers zichtbaar."
        ),
        body=[
            ("heading", {"text": "Samen sterk", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Organisaties als Humanitas, Scouting, Jong Nederland en KBO doen elke dag mooi werk. "
                    "Op deze site laten ze zien wat ze doen, delen ze hun verhalen en leren vrijwilligers "
                    "samen in de Vrijwilligersacademie.</p>"
                ),
            ),
            (
                "quote",
                {"text": "Blijf niet in je eigen hokje.", "attribution": "Deelnemer aan de MO-themadag"},
            ),
        ],
    )
    created += was_created
    ensure_navigation_item(about)

    # The main pages in English (issue "Languages": demo content translated).
    translate_page(
        home,
        "en",
        title="Stronger together in Limburg",
        seo_title="Network of civil-society organisations in Limburg",
        intro=(
            "Dozens of civil-society organisations in Limburg work with volunteers. "
            "Here you find what they do, their stories and the Volunteer Academy."
        ),
        search_description="The network of civil-society organisations in Limburg.",
    )
    translate_page(
        about,
        "en",
        title="Who we are",
        intro=(
            "SMOL is the foundation that connects civil-society organisations in Limburg. "
            "Together we make the work of thousands of volunteers visible."
        ),
        body=[
            ("heading", {"text": "Stronger together", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Organisations such as Humanitas, Scouting, Jong Nederland and KBO do good work every "
                    "day. On this site they show what they do, share their stories, and volunteers learn "
                    "together in the Volunteer Academy.</p>"
                ),
            ),
            (
                "quote",
                {"text": "Don't stay in your own box.", "attribution": "Participant of the MO theme day"},
            ),
        ],
    )

    ctx.accounts = []
    for username, email, group_names, superuser, description in DEMO_ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=email, is_staff=superuser, is_superuser=superuser)
            user.set_password(settings.DEMO_PASSWORD)
            user.first_name = {"vrijwilliger": "Sanne", "moderator": "Mo", "academie": "Anouk"}.get(
                username, ""
            )
            user.last_name = {"vrijwilliger": "de Vries", "moderator": "Janssen", "academie": "Willems"}.get(
                username, ""
            )
            user.save()
            created += 1
        missing = [groups[name] for name in group_names if not user.groups.filter(name=name).exists()]
        if missing:
            user.groups.add(*missing)
        ctx.accounts.append((username if username != "vrijwilliger" else email, description))
    ctx.home = home
    return created
