"""The large demo dataset, stories' part: 20 000 published stories below the large MOs' profiles.

Some MOs post far more than others; dates are spread over the last five years. Each story is one of
the demo's story templates (stories/demo_data.py) filled in with its MO and a municipality, with the
template's themes, a hero image from the shared pool, now and then a co-author, and its English alias.
Built in bulk (home/demo_large.py); an MO that has stories already gets none (idempotent).
"""

import datetime
import random
import uuid

from django.utils import timezone

from home.demo_large import (
    add_aliases,
    add_m2m,
    add_themes,
    insert_pages,
    large_count,
    large_images,
    parents_with_children,
    place_children,
    timed,
    unique_slug,
)
from home.models import Municipality, Theme
from organisations.demo_large import large_organisations
from organisations.models import OrganisationPage

from .demo import ensure_index_page
from .demo_data import STORY_TEMPLATES
from .models import StoryPage

YEARS = 5
CO_AUTHORED = 0.05


def allocate(total, weights):
    """Split `total` over `weights` in whole numbers that add up exactly (largest remainder)."""
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _fill(text, org, place):
    return text.replace("{org}", org.title).replace("{place}", place)


def story_body(template, org, place):
    """The story's StreamField data (raw JSON form) from a template."""
    where, proud, heading = (_fill(q, org, place) for q in template["questions"])
    quote, attribution = template["quote"]
    paragraphs = [_fill(p, org, place) for p in template["paragraphs"]]
    return [
        {"type": "paragraph", "value": f"<p>{paragraphs[0]}</p>", "id": str(uuid.uuid4())},
        {"type": "quote", "value": {"text": quote, "attribution": attribution}, "id": str(uuid.uuid4())},
        {
            "type": "paragraph",
            "value": "".join(f"<p>{p}</p>" for p in paragraphs[1:]),
            "id": str(uuid.uuid4()),
        },
        {
            "type": "three_questions",
            "value": {"where_are_you": where, "proud_of": proud, "heading_to": heading},
            "id": str(uuid.uuid4()),
        },
    ]


def load(ctx):
    ensure_index_page(ctx.home)
    rng = random.Random(f"{ctx.seed}-stories")
    organisations = large_organisations(ctx)
    with timed(ctx, "stories") as result:
        if not organisations:
            return 0
        weights = [rng.lognormvariate(0, 0.7) for _org in organisations]
        counts = allocate(large_count(ctx, "stories"), weights)
        with_stories = parents_with_children(StoryPage, organisations)
        todo = [(org, n) for org, n in zip(organisations, counts) if org.path not in with_stories and n]
        if not todo:
            return 0

        themes = {t.slug: t.pk for t in Theme.objects.all()}
        municipality_ids = dict(Municipality.objects.values_list("name", "pk"))
        place_names = sorted(municipality_ids)
        places_of = {}
        for org_id, name in OrganisationPage.municipalities.through.objects.filter(
            organisationpage_id__in=[org.pk for org, _n in todo]
        ).values_list("organisationpage_id", "municipality__name"):
            places_of.setdefault(org_id, []).append(name)
        org_themes = {}
        for org_id, slug in OrganisationPage.objects.filter(pk__in=[org.pk for org, _n in todo]).values_list(
            "pk", "themed_items__tag__slug"
        ):
            org_themes.setdefault(org_id, set()).add(slug)
        all_org_ids = [org.pk for org in organisations]
        heroes = large_images(ctx)["heroes"]
        today = timezone.localdate()
        tz = timezone.get_current_timezone()

        parents_and_pages, story_themes, co_authors = [], [], []
        for org, n in todo:
            own_places = places_of.get(org.pk) or [org.city or place_names[0]]
            own_themes = org_themes.get(org.pk, set())
            ranked = sorted(
                STORY_TEMPLATES,
                key=lambda t, own=own_themes: (-len(own & set(t["themes"])), rng.random()),
            )
            slugs, pages = set(), []
            for _number in range(n):
                template = rng.choice(ranked[:5]) if rng.random() < 0.7 else rng.choice(STORY_TEMPLATES)
                place = rng.choice(own_places) if rng.random() < 0.8 else rng.choice(place_names)
                date = today - datetime.timedelta(days=rng.randint(0, 365 * YEARS))
                published = datetime.datetime.combine(
                    date, datetime.time(rng.randint(8, 20), rng.randint(0, 59)), tzinfo=tz
                )
                title = _fill(template["title"], org, place)
                slug = unique_slug(title, slugs)
                intro = _fill(template["intro"], org, place)[:300]
                page = StoryPage(
                    title=title,
                    slug=slug,
                    intro=intro,
                    search_description=intro,
                    publication_date=date,
                    hero_image_id=rng.choice(heroes),
                    hero_image_alt=_fill("Vrijwilligers en deelnemers van {org} in {place}", org, place),
                    body=story_body(template, org, place),
                    municipality_id=municipality_ids.get(place),
                    first_published_at=published,
                    last_published_at=published,
                )
                page._large_themes = [themes[s] for s in template["themes"] if s in themes]
                if rng.random() < CO_AUTHORED and len(all_org_ids) > 1:
                    page._large_co_author = rng.choice([pk for pk in all_org_ids if pk != org.pk])
                pages.append(page)
            place_children(org, pages)
            parents_and_pages.append((org, pages))

        stories = [page for _org, pages in parents_and_pages for page in pages]
        insert_pages(stories)
        aliases_of = add_aliases(parents_and_pages)
        for story in stories:
            for target in [story, *aliases_of[story.pk]]:
                story_themes.append((target.pk, story._large_themes))
                if hasattr(story, "_large_co_author"):
                    co_authors.append((target.pk, story._large_co_author))
        add_themes(story_themes)
        add_m2m(StoryPage.co_authors.through, "storypage", "organisationpage", co_authors)
        result["created"] = len(stories)
    return result["created"]
