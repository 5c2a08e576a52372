"""The large demo dataset (issue #10): shared machinery, and the home app's part (a pool of images).

`manage.py load_demo_content --scale large` loads the small demo first, then calls every app's
`demo_large.load(ctx)` in INSTALLED_APPS order (home, organisations, stories, academy, records, search):
a provincial-scale network of 200 MOs, 20 000 stories, 2 000 courses with 6 000 sessions, 50 learning
paths, 50 000 volunteers and 200 000 enrolments. `--large-factor 0.01` scales every number down.

Speed comes from building rows, not calling `add_child` 20 000 times: the pages' treebeard fields
(`path`, `depth`, parents' `numchild`), `url_path`, `locale` and `translation_key` are computed here,
the `wagtailcore_page` rows are inserted in batches and then the rows of each page type's own table.
Every page also gets its English alias (as wagtail-localize gives every new page), themes go through
`ThemedPage`. No revisions are made: a page without one opens in the editor as it is (Wagtail uses
the page itself as the draft), and its first save there makes the first revision.

Idempotent: every part looks for what it made before and only adds what is missing.
"""

import contextlib
import time
from collections import defaultdict

from django.db import connection
from django.db.models import F
from django.db.models.functions import Substr
from django.utils.text import slugify
from wagtail.models import Locale, Page

from .images import get_or_create_image
from .models import ThemedPage

# The full size; `--large-factor` multiplies each number (never below the minimum in `large_count`).
FULL_SIZE = {
    "organisations": 200,
    "stories": 20_000,
    "courses": 2_000,
    "sessions": 6_000,
    "paths": 50,
    "volunteers": 50_000,
    "enrolments": 200_000,
    "hero_images": 40,
    "logo_images": 10,
}
MINIMUM = {"hero_images": 2, "logo_images": 1}


def large_count(ctx, key):
    """How many of `key` this run makes: the full size times the factor, at least one."""
    factor = getattr(ctx, "large_factor", 1.0)
    return max(MINIMUM.get(key, 1), round(FULL_SIZE[key] * factor))


@contextlib.contextmanager
def timed(ctx, label):
    """Time one part of the build; `result["created"]` is what it reports."""
    started = time.perf_counter()
    result = {"created": 0}
    yield result
    seconds = time.perf_counter() - started
    timings = getattr(ctx, "large_timings", None)
    if timings is not None:
        timings.append((label, result["created"], seconds))
    stdout = getattr(ctx, "stdout", None)
    if stdout is not None:
        stdout.write(f"  {label}: {result['created']} created in {seconds:.1f} s")


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def unique_slug(title, used, length=70):
    """A slug for `title` not in `used` (the slugs of its future siblings); adds it to `used`."""
    base = slugify(title)[:length] or "pagina"
    slug, suffix = base, 2
    while slug in used:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    used.add(slug)
    return slug


# --- Pages in bulk --------------------------------------------------------------------------


def child_paths(parent, count):
    """The treebeard paths of `count` new last children of `parent` (as add_child would give them)."""
    start = 1
    if parent.pk is not None:
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        if last:
            start = Page._str2int(last[-Page.steplen :]) + 1
    return [Page._get_path(parent.path, parent.depth + 1, start + number) for number in range(count)]


def parents_with_children(model, parents):
    """The paths of those `parents` (all at one depth) that have a child of page type `model`."""
    if not parents:
        return set()
    depth = parents[0].depth
    return set(
        model.objects.filter(depth=depth + 1, locale_id=parents[0].locale_id)
        .annotate(parent_path=Substr("path", 1, depth * Page.steplen))
        .filter(parent_path__in=[parent.path for parent in parents])
        .order_by()
        .values_list("parent_path", flat=True)
        .distinct()
    )


def place_children(parent, pages):
    """Give unsaved `pages` their place below `parent`: path, depth, url_path, locale, published state.

    Counts them in the parent's `numchild` (in the database too when the parent is saved). Each page
    keeps the `first_published_at` it was given (now when none).
    """
    if not pages:
        return pages
    from django.utils import timezone

    now = timezone.now()
    for page, path in zip(pages, child_paths(parent, len(pages))):
        page.path = path
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or page.first_published_at
        page.latest_revision_created_at = page.last_published_at
    if parent.pk is not None:
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild = (parent.numchild or 0) + len(pages)
    return pages


def _batch_size(fields, objs):
    return max(1, min(1000, connection.ops.bulk_batch_size(fields, objs)))


def insert_pages(pages):
    """Insert unsaved, placed pages of any page types: `wagtailcore_page` rows, then their own table.

    Django's bulk_create refuses multi-table inherited models, so this does its two steps by hand
    (the same `_insert` that Model.save uses, many rows at a time). Sets `pk` on every page.
    """
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, objs in by_model.items():
        own_fields = list(model._meta.local_concrete_fields)
        for batch in chunks(objs, _batch_size(page_fields, objs)):
            rows = Page._base_manager._insert(
                batch, fields=page_fields, returning_fields=[Page._meta.pk], using=connection.alias
            )
            for page, row in zip(batch, rows):
                page.id = row[0]
                page.page_ptr_id = row[0]
                page._state.adding = False
                page._state.db = connection.alias
        for batch in chunks(objs, _batch_size(own_fields, objs)):
            model._base_manager._insert(batch, fields=own_fields, using=connection.alias)
    return pages


def other_locales():
    """The locales that get an alias of every new page (every locale but the default one)."""
    default = Locale.get_default()
    return list(Locale.objects.exclude(pk=default.pk).order_by("pk"))


def translations_by_locale(pages):
    """{(translation_key, locale_id): page} of the translations (and aliases) of `pages`."""
    keys = {page.translation_key for page in pages}
    result = {}
    for page in Page.objects.filter(translation_key__in=keys):
        result[(page.translation_key, page.locale_id)] = page
    return result


def make_alias(page):
    """An unsaved copy of a saved page that is an alias of it (like copy_for_translation(alias=True))."""
    model = type(page)
    skip = {"id", "page_ptr_id", "alias_of_id", "latest_revision_id", "live_revision_id"}
    alias = model(
        **{f.attname: getattr(page, f.attname) for f in model._meta.concrete_fields if f.attname not in skip}
    )
    alias.alias_of_id = page.pk
    alias.translation_key = page.translation_key
    return alias


def add_aliases(parents_and_pages):
    """Give saved pages their alias in every other locale, below the parent's translation there.

    `parents_and_pages` is [(parent, [pages])]. Returns {source page pk: [alias pages]}.
    """
    locales = other_locales()
    parents = [parent for parent, _pages in parents_and_pages]
    translations = translations_by_locale(parents)
    aliases_of = defaultdict(list)
    new_pages = []
    for locale in locales:
        for parent, pages in parents_and_pages:
            parent_there = translations.get((parent.translation_key, locale.pk))
            if parent_there is None or not pages:
                continue
            aliases = [make_alias(page) for page in pages]
            place_children(parent_there, aliases)
            for page, alias in zip(pages, aliases):
                aliases_of[page.pk].append(alias)
            new_pages.extend(aliases)
    insert_pages(new_pages)
    return aliases_of


def add_themes(page_ids_and_theme_ids):
    """Tag pages with themes through the one tagged-item table. [(page_id, [theme_id, ...])]."""
    rows = [
        ThemedPage(content_object_id=page_id, tag_id=theme_id)
        for page_id, theme_ids in page_ids_and_theme_ids
        for theme_id in dict.fromkeys(theme_ids)
    ]
    ThemedPage.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def add_m2m(through, left, right, pairs):
    """Rows of an M2M through table: [(left_id, right_id)], duplicates dropped."""
    rows = [through(**{f"{left}_id": a, f"{right}_id": b}) for a, b in dict.fromkeys(pairs)]
    through.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


# --- The home app's part: images that every other part reuses -------------------------------


def large_images(ctx):
    """The pool of generated images (hero images 1200x800, logos 400x400), created once."""
    pool = getattr(ctx, "large_images", None)
    if pool is not None:
        return pool
    heroes, logos, created = [], [], 0
    for number in range(1, large_count(ctx, "hero_images") + 1):
        image, was_created = get_or_create_image(f"Netwerk in Limburg, beeld {number}")
        heroes.append(image.pk)
        created += was_created
    for number in range(1, large_count(ctx, "logo_images") + 1):
        image, was_created = get_or_create_image(f"Logo, ontwerp {number}", width=400, height=400)
        logos.append(image.pk)
        created += was_created
    ctx.large_images = {"heroes": heroes, "logos": logos, "created": created}
    return ctx.large_images


def load(ctx):
    from .demo import ensure_home_page

    if getattr(ctx, "home", None) is None:
        ctx.home, _created = ensure_home_page()
    with timed(ctx, "images") as result:
        result["created"] = large_images(ctx)["created"]
    return result["created"]
