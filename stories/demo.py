"""Demo content of the stories app: "Verhalen", the moderation workflow and >= 60 stories.

Idempotent: pages are found by slug, so a second run creates nothing. Runs after the
organisations demo and uses the Dutch organisation pages it made (none: no stories).
"""

import datetime
import math

from django.utils import timezone
from django.utils.text import slugify
from wagtail.rich_text import RichText

from home.images import get_or_create_image
from home.models import Municipality, Theme
from home.navigation import ensure_navigation_item
from home.pages import get_or_add_child
from home.translation import translate_page

from .demo_data import STORY_TEMPLATES
from .models import StoryIndexPage, StoryPage
from .moderation import ensure_workflow

TARGET_STORIES = 60
IN_MODERATION = 4


def ensure_index_page(home):
    index, created = get_or_add_child(
        home,
        StoryIndexPage,
        slug="verhalen",
        title="Verhalen",
        intro=(
            "Positieve verhalen van Limburgers, gedeeld door de organisaties van het netwerk. "
            "Kies een thema, een organisatie of een gemeente."
        ),
        search_description="Positieve verhalen van maatschappelijke organisaties en inwoners in Limburg.",
    )
    ensure_navigation_item(index)
    translate_page(
        index,
        "en",
        title="Stories",
        intro=(
            "Positive stories of people in Limburg, shared by the organisations of the network. "
            "Choose a theme, an organisation or a municipality."
        ),
        search_description="Positive stories of civil-society organisations and residents in Limburg.",
    )
    return index, created


def _fill(text, org, place):
    return text.replace("{org}", org.title).replace("{place}", place.name)


def story_fields(template, org, place, themes, image, publication_date):
    where, proud, heading = (_fill(q, org, place) for q in template["questions"])
    quote, attribution = template["quote"]
    paragraphs = [_fill(p, org, place) for p in template["paragraphs"]]
    return {
        "title": _fill(template["title"], org, place),
        "intro": _fill(template["intro"], org, place)[:300],
        "publication_date": publication_date,
        "hero_image": image,
        "hero_image_alt": _fill("Vrijwilligers en deelnemers van {org} in {place}", org, place),
        "search_description": _fill(template["intro"], org, place)[:300],
        "municipality": place,
        "body": [
            ("paragraph", RichText(f"<p>{paragraphs[0]}</p>")),
            ("quote", {"text": quote, "attribution": attribution}),
            ("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs[1:]))),
            ("three_questions", {"where_are_you": where, "proud_of": proud, "heading_to": heading}),
        ],
        "themes": themes,
    }


def _submitter(org):
    from accounts.models import User

    group = getattr(org, "editor_group", None)
    user = User.objects.filter(groups=group).first() if group is not None else None
    return user or User.objects.filter(is_superuser=True).first()


def load(ctx):
    from organisations.demo import demo_organisations

    created = 0
    home = ctx.home
    _index, was_created = ensure_index_page(home)
    created += was_created
    ensure_workflow()

    organisations = demo_organisations()
    if not organisations:
        return created
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = list(Municipality.objects.all())
    by_name = {m.name: m for m in municipalities}
    per_org = min(len(STORY_TEMPLATES), math.ceil(TARGET_STORIES / len(organisations)))
    today = timezone.localdate()
    rng = ctx.rng
    counter = 0
    moderation_left = IN_MODERATION
    scheduled_done = StoryPage.objects.filter(go_live_at__isnull=False).exists()

    for org_index, org in enumerate(organisations):
        org_places = list(org.municipalities.all()) or [by_name.get(org.city) or municipalities[0]]
        org_theme_slugs = {t.slug for t in org.themes.all()}
        # Prefer templates that share a theme with the MO, then the rest, in a stable order.
        ranked = sorted(
            STORY_TEMPLATES,
            key=lambda t: (
                -len(org_theme_slugs & set(t["themes"])),
                (STORY_TEMPLATES.index(t) + org_index) % 7,
            ),
        )
        for n, template in enumerate(ranked[:per_org]):
            counter += 1
            place = org_places[(n + org_index) % len(org_places)]
            title = _fill(template["title"], org, place)
            slug = slugify(title)[:80]
            if org.get_children().filter(slug=slug).exists():
                continue
            image, _ = get_or_create_image(f"Verhaal: {template['key']}")
            days_ago = (counter * 37 + rng.randint(0, 20)) % 420
            fields = story_fields(
                template,
                org,
                place,
                [themes[s] for s in template["themes"] if s in themes],
                image,
                today - datetime.timedelta(days=days_ago),
            )
            publish = True
            if moderation_left and n == per_org - 1 and org_index % 3 == 1:
                publish = False
            if not scheduled_done and n == per_org - 1 and org_index == 0:
                fields["go_live_at"] = timezone.now() + datetime.timedelta(days=10)
                fields["publication_date"] = today + datetime.timedelta(days=10)
                scheduled_done = True
            story, was_created = get_or_add_child(org, StoryPage, slug=slug, publish=publish, **fields)
            created += was_created
            if was_created and not publish:
                workflow = story.get_workflow()
                if workflow is not None:
                    workflow.start(story, _submitter(org))
                moderation_left -= 1
    created += translate_demo_stories()
    return created


ENGLISH_STORIES = 24


def translate_demo_stories(limit=ENGLISH_STORIES):
    """Give the first `limit` live demo stories a real English translation (the rest stay aliases).

    Returns how many were translated now (0 on a second run).
    """
    from home.translation import translate_page

    from .demo_data_en import STORY_TEMPLATES_EN

    translated = done = 0
    stories = StoryPage.objects.live().filter(locale__language_code="nl").select_related("municipality")
    for story in stories.order_by("path")[: limit * 2]:
        if translated + done >= limit:
            break
        english = story.get_translations().filter(locale__language_code="en").first()
        if english is None or not english.alias_of_id:
            done += english is not None
            continue
        org = story.get_parent().specific
        place = story.municipality
        template = next(
            (t for t in STORY_TEMPLATES if place and _fill(t["title"], org, place) == story.title), None
        )
        text = STORY_TEMPLATES_EN.get(template["key"]) if template else None
        if text is None:
            continue
        where, proud, heading = (_fill(q, org, place) for q in text["questions"])
        quote, attribution = text["quote"]
        paragraphs = [_fill(p, org, place) for p in text["paragraphs"]]
        translate_page(
            story,
            "en",
            title=_fill(text["title"], org, place),
            intro=_fill(text["intro"], org, place)[:300],
            search_description=_fill(text["intro"], org, place)[:300],
            hero_image_alt=_fill("Volunteers and participants of {org} in {place}", org, place),
            body=[
                ("paragraph", RichText(f"<p>{paragraphs[0]}</p>")),
                ("quote", {"text": quote, "attribution": attribution}),
                ("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs[1:]))),
                ("three_questions", {"where_are_you": where, "proud_of": proud, "heading_to": heading}),
            ],
        )
        translated += 1
    return translated
