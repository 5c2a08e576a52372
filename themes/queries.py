"""Queries over the one tagged-item table (home.ThemedPage), bounded whatever the amount of content.

The organisations, stories and academy apps are read defensively: a model or field that does not
exist (yet) is skipped, so the theme pages work at every stage of those apps.
"""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Count, Min, Q
from django.utils import timezone
from wagtail.models import Page

from home.models import Theme, ThemedPage

# What the theme pages count and list: kind -> (app label, model name).
KINDS = {
    "organisations": ("organisations", "OrganisationPage"),
    "stories": ("stories", "StoryPage"),
    "courses": ("academy", "CoursePage"),
}
STORY_DATE_FIELDS = ("publication_date", "date", "story_date", "published_date", "publication_date")
SESSION_START_FIELDS = ("start", "starts_at", "start_datetime", "start_at", "date")
LATEST_STORIES = 6
# The theme page shows this many organisations; the directory filtered on the theme has them all.
ORGANISATIONS = 12
UPCOMING_COURSES = 6
LEARNING_PATHS = 6
# The fields of a page that its card shows (themes/templatetags/theme_page_tags.py) or that find its
# URL, organisation and sessions; each kind adds its summary (and the stories their date).
CARD_FIELDS = ("title", "url_path", "path", "translation_key", "search_description")


def optional_model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def is_themed(model):
    """True when the page type has a `themes` field through home.ThemedPage."""
    if model is None:
        return False
    try:
        field = model._meta.get_field("themes")
    except Exception:
        return False
    return getattr(field.remote_field, "through", None) is ThemedPage


def has_field(model, name):
    if model is None:
        return False
    try:
        model._meta.get_field(name)
    except Exception:
        return False
    return True


def story_date_field(model):
    """The field a story is dated by: its own date field if it has one, else its first publication."""
    for name in STORY_DATE_FIELDS:
        if has_field(model, name):
            return name
    return "first_published_at"


def session_start_lookup(course_model):
    """The lookup from a course to its sessions' start (e.g. "sessions__start"), or None."""
    if course_model is None:
        return None
    for relation in course_model._meta.related_objects:
        related = relation.related_model
        for name in SESSION_START_FIELDS:
            if has_field(related, name) and isinstance(
                related._meta.get_field(name), (models.DateTimeField, models.DateField)
            ):
                return f"{relation.field.related_query_name()}__{name}"
    return None


def kinds_q(prefix=""):
    """Q matching the content types of the counted kinds (a join, no content type lookups)."""
    q = Q()
    for app_label, model_name in KINDS.values():
        q |= Q(
            **{
                f"{prefix}content_type__app_label": app_label,
                f"{prefix}content_type__model": model_name.lower(),
            }
        )
    return q


def kind_of(app_label, model):
    for kind, (label, model_name) in KINDS.items():
        if label == app_label and model_name.lower() == model:
            return kind
    return None


def themed_pages(locale_id):
    """The one query over the tagged-item table: live pages of a locale, of the counted kinds."""
    return ThemedPage.objects.filter(
        kinds_q("content_object__"), content_object__live=True, content_object__locale_id=locale_id
    )


def kind_content_types():
    """{content type id: kind} of the counted kinds (from ContentType's cache, no query once warm)."""
    from django.contrib.contenttypes.models import ContentType

    kinds = {}
    for kind, (app_label, model_name) in KINDS.items():
        model = optional_model(app_label, model_name)
        if model is not None:
            kinds[ContentType.objects.get_for_model(model).pk] = kind
    return kinds


def theme_counts(locale_id):
    """{theme id: {"organisations": n, "stories": n, "courses": n}}, shared by the overview and every
    theme page, kept in the cache under the content generation (home/cache.py): any publish, unpublish,
    move or delete, or a change to a theme, makes it stale on every server at once.

    Counting means aggregating every tagged page of the locale (tens of thousands on a large network,
    some 20 ms on PostgreSQL), while the numbers only change when content does.
    """
    from home.cache import shared

    return shared(f"themes:counts:{locale_id}", lambda: count_themes(locale_id))


def count_themes(locale_id):
    """The numbers of `theme_counts` from the database, in one aggregate query.

    Grouped on integer columns (no join to the content types, no DISTINCT: a page has a theme once),
    so the database aggregates tens of thousands of tagged pages in a hash, not a sort.
    """
    kinds = kind_content_types()
    rows = (
        ThemedPage.objects.filter(
            content_object__live=True,
            content_object__locale_id=locale_id,
            content_object__content_type_id__in=list(kinds),
        )
        .values("tag_id", "content_object__content_type_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {}
    for row in rows:
        kind = kinds.get(row["content_object__content_type_id"])
        if kind:
            counts.setdefault(row["tag_id"], dict.fromkeys(KINDS, 0))[kind] = row["n"]
    return counts


def theme_overview(locale_id):
    """Every theme with its numbers: two queries."""
    counts = theme_counts(locale_id)
    themes = list(Theme.objects.all())
    for theme in themes:
        theme.counts = counts.get(theme.pk, dict.fromkeys(KINDS, 0))
        theme.total = sum(theme.counts.values())
    return themes


def organisation_path(path):
    """The tree path of the organisation a page belongs to (depth 4: root/home/index/org)."""
    return path[: Page.steplen * 4] if len(path) >= Page.steplen * 4 else None


def attach_organisations(pages):
    """Set `.owner_organisation` on each page (its MO's page) in one query."""
    paths = {organisation_path(p.path) for p in pages} - {None}
    if not paths:
        for p in pages:
            p.owner_organisation = None
        return pages
    owners = {o.path: o for o in Page.objects.filter(path__in=paths).only("title", "url_path", "path")}
    for p in pages:
        p.owner_organisation = owners.get(organisation_path(p.path))
    return pages


def _live_with_theme(model, theme, locale_id, *fields):
    """Live pages of `model` on `theme`: `themed_items` is on every Page, whatever its fields.

    Loaded with what a card shows (CARD_FIELDS and `fields`, those the model has) and its URL needs:
    a page has dozens of columns, and reading them all took half the time of these queries.
    """
    pages = model.objects.live().filter(locale_id=locale_id, themed_items__tag=theme)
    return pages.only(*(name for name in CARD_FIELDS + fields if has_field(model, name)))


def attach_themes(pages, themes=None):
    """Set `.theme_list` (its themes, in the themes' order) on each page: one query for all kinds.

    `themes`: every Theme, in their order, when the caller has them (a query less).
    """
    by_page = {}
    if pages:
        if themes is None:
            themes = list(Theme.objects.all())
        order = {theme.pk: (index, theme) for index, theme in enumerate(themes)}
        pairs = ThemedPage.objects.filter(content_object_id__in=[p.pk for p in pages]).values_list(
            "content_object_id", "tag_id"
        )
        for page_id, tag_id in sorted(pairs, key=lambda pair: order[pair[1]][0]):
            by_page.setdefault(page_id, []).append(order[tag_id][1])
    for page in pages:
        page.theme_list = by_page.get(page.pk, [])
    return pages


def upcoming_courses(courses, limit, theme=None):
    """At most `limit` courses with a session still to come, soonest first, annotated with `next_start`.

    Sessions belong to the default-language course (academy/models.py): courses in any language
    find theirs through the translation key. Two small queries whatever the number of courses: the
    next start of every course in `courses` (grouped over the sessions), then the soonest courses.
    Falls back to any date field of a related model when there is no academy.

    `theme`: when `courses` are the default-language courses on this theme, the sessions are their
    own and are found through the courses' themes instead (an index lookup per upcoming session,
    where the translation key took three: half the time on a large academy).
    """
    try:
        from academy.catalogue import upcoming_sessions
    except ImportError:
        upcoming_sessions = None
    if upcoming_sessions is None:
        start = session_start_lookup(courses.model)
        if not start:
            return list(courses.order_by("title")[:limit])
        return list(
            courses.annotate(next_start=Min(start, filter=Q(**{f"{start}__gte": timezone.now()})))
            .filter(next_start__isnull=False)
            .order_by("next_start", "title")[:limit]
        )
    sessions = upcoming_sessions().filter(start__gte=timezone.now())
    if theme is not None:
        sessions = sessions.filter(course__themed_items__tag=theme)
    else:
        sessions = sessions.filter(course__translation_key__in=courses.values("translation_key"))
    next_start = dict(
        sessions.values("course__translation_key")
        .annotate(first=Min("start"))
        .values_list("course__translation_key", "first")
    )
    if not next_start:
        return []
    # The `limit` soonest starts, and every course that ties with the last of them (for the title order).
    cutoff = sorted(next_start.values())[:limit][-1]
    chosen = list(courses.filter(translation_key__in=[k for k, v in next_start.items() if v <= cutoff]))
    for course in chosen:
        course.next_start = next_start[course.translation_key]
    return sorted(chosen, key=lambda course: (course.next_start, course.title))[:limit]


def theme_detail(theme, locale_id, themes=None, language_code=None):
    """Organisations, latest stories, upcoming courses and learning paths on a theme, from every MO.

    A fixed number of queries: one per kind, one for the stories' and courses' organisations and one
    for the themes of every card. The number of organisations comes from `theme_counts`. `themes`:
    every Theme, in their order, when the caller has them; `language_code`: the locale's language.
    """
    organisation_model = optional_model(*KINDS["organisations"])
    story_model = optional_model(*KINDS["stories"])
    course_model = optional_model(*KINDS["courses"])
    learning_path_model = optional_model("academy", "LearningPathPage")

    organisations, organisation_count = [], 0
    if organisation_model is not None:
        on_theme = _live_with_theme(organisation_model, theme, locale_id, "pitch")
        organisations = list(on_theme.order_by("title")[:ORGANISATIONS])
        organisation_count = theme_counts(locale_id).get(theme.pk, {}).get("organisations", 0)

    stories = []
    if story_model is not None:
        date_field = story_date_field(story_model)
        stories = list(
            _live_with_theme(story_model, theme, locale_id, "intro", date_field).order_by(
                f"-{date_field}", "-pk"
            )[:LATEST_STORIES]
        )
        for story in stories:
            story.story_date = getattr(story, date_field, None)

    courses = []
    if course_model is not None:
        courses = upcoming_courses(
            _live_with_theme(course_model, theme, locale_id, "summary"),
            UPCOMING_COURSES,
            # The default-language courses hold the sessions themselves.
            theme=theme if language_code == settings.LANGUAGE_CODE else None,
        )

    learning_paths = []
    if learning_path_model is not None:
        learning_paths = list(
            _live_with_theme(learning_path_model, theme, locale_id, "intro").order_by("title")[
                :LEARNING_PATHS
            ]
        )

    attach_organisations(stories + courses)
    attach_themes(organisations + stories + courses + learning_paths, themes)
    return {
        "organisations": organisations,
        "stories": stories,
        "courses": courses,
        "learning_paths": learning_paths,
        "organisation_count": organisation_count,
    }
