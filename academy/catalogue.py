"""Querysets for the academy pages, built in one place: a page's query count does not grow with data."""

import calendar
import datetime

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as DjangoPage
from django.db.models import Aggregate, CharField, Count, F, Max, OuterRef, Q, Subquery, Window
from django.db.models.functions import Coalesce, Length, Substr
from django.forms.utils import flatatt
from django.utils import timezone, translation
from django.utils.choices import BaseChoiceIterator
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.cache import shared
from home.markup import join_rows
from home.models import Municipality, Theme, ThemedPage
from organisations.models import OrganisationPage

from .links import PageLinks
from .models import (
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    Format,
    LearningPathPage,
    LearningPathStep,
    LifePhase,
    Session,
    SessionStatus,
    StepKind,
)

PER_PAGE = 12
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def current_language():
    language = translation.get_language() or DEFAULT_LANGUAGE
    return "en" if language.startswith("en") else DEFAULT_LANGUAGE


def upcoming_months(count=6):
    today = timezone.localdate()
    year, month = today.year, today.month
    months = []
    for _i in range(count):
        first = datetime.date(year, month, 1)
        months.append((first.strftime("%Y-%m"), date_format(first, "YEAR_MONTH_FORMAT")))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def with_counts(sessions):
    return sessions.annotate(
        enrolled_count=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.ENROLLED)),
        waiting_count=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.WAITING)),
    )


def upcoming_sessions():
    """Sessions still to come of live default-language courses, not cancelled."""
    return Session.objects.filter(
        end__gte=timezone.now(),
        course__live=True,
        course__locale__language_code=DEFAULT_LANGUAGE,
    ).exclude(status=SessionStatus.CANCELLED)


class Options(BaseChoiceIterator):
    """Choices that are (value, label) pairs already. Django normalises a list of choices on every
    form, twice (field and widget): with a few hundred organisations a millisecond per page."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)


class PlainSelect(forms.Select):
    """A <select> written out in Python. Django renders every <option> through a template of its own:
    with a few hundred organisations that was most of the catalogue page's time."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        options = join_rows(
            '<option value="{}"{}>{}</option>',
            (
                (option, mark_safe(" selected") if str(option) in chosen else "", label)
                for option, label in self.choices
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(self.build_attrs(self.attrs, attrs)), options
        )


def filter_lists():
    """What the catalogue's filters offer: the same on every catalogue page, whatever its filters.

    Kept in the shared data cache under the content generation (home/cache.py): a published
    organisation or a changed theme or municipality (both snippets) makes them stale at once. The
    life phases change only with a migration (no editor can change them): an hour at most.
    """

    def build():
        return {
            "organisations": list(
                OrganisationPage.objects.live()
                .filter(locale__language_code=DEFAULT_LANGUAGE)
                .order_by("title")
                .values_list("slug", "title", "path")
            ),
            "themes": list(Theme.objects.all()),
            "municipalities": list(Municipality.objects.values_list("slug", "name")),
            "life_phases": list(LifePhase.objects.all()),
        }

    return shared("academy:catalogue-filters", build)


class CatalogueFilterForm(forms.Form):
    """The catalogue's GET filters. Unknown values are ignored (never an error page)."""

    thema = forms.ChoiceField(widget=PlainSelect, label=_("Thema"), required=False)
    organisatie = forms.ChoiceField(widget=PlainSelect, label=_("Organisatie"), required=False)
    gemeente = forms.ChoiceField(widget=PlainSelect, label=_("Gemeente"), required=False)
    vorm = forms.ChoiceField(widget=PlainSelect, label=_("Vorm"), required=False)
    levensfase = forms.ChoiceField(widget=PlainSelect, label=_("Levensfase"), required=False)
    periode = forms.ChoiceField(widget=PlainSelect, label=_("Wanneer"), required=False)

    def __init__(self, *args, lists, **kwargs):
        """`lists`: see `filter_lists()`."""
        super().__init__(*args, **kwargs)
        everything = [("", _("Alles"))]
        choices = {
            "thema": everything + [(t.slug, t.label) for t in lists["themes"]],
            "organisatie": everything + [(slug, title) for slug, title, _path in lists["organisations"]],
            "gemeente": everything + lists["municipalities"],
            "vorm": everything + list(Format.choices),
            "levensfase": everything + [(p.slug, p.label) for p in lists["life_phases"]],
            "periode": everything + upcoming_months(),
        }
        for name, pairs in choices.items():
            self.fields[name].choices = Options(pairs)

    def filters(self):
        self.is_valid()
        return {key: value for key, value in getattr(self, "cleaned_data", {}).items() if value}


# OFFSETs beyond this are no page of any catalogue (and beyond PostgreSQL's integers): an empty page.
_MAX_OFFSET = 2**31 - 1


def _page_of(pages, request):
    """The ids of the requested page of `pages` (plain pages, in title order), its number and the
    paginator, in one query (a window count: the count and the page each read every course with an
    upcoming session). Out of range or not a number: as Django's Paginator, the first page for no
    number, the last for a number beyond the last page."""
    try:
        number = int(request.GET.get("page", 1))
    except (TypeError, ValueError):
        number = 1
    ordered = pages.order_by("title", "pk")
    offset = (number - 1) * PER_PAGE
    rows = []
    if 0 <= offset <= _MAX_OFFSET:
        rows = list(
            ordered.annotate(total=Window(Count("pk"))).values_list("pk", "total")[offset : offset + PER_PAGE]
        )
    paginator = Paginator(pages, PER_PAGE)
    # Paginator.count is a cached property: the window count fills it in without a query.
    paginator.count = rows[0][1] if rows else pages.count()
    if not rows and paginator.count:
        number = paginator.num_pages
        rows = list(ordered.values_list("pk", "pk")[(number - 1) * PER_PAGE : number * PER_PAGE])
    return [pk for pk, _total in rows], min(max(number, 1), paginator.num_pages), paginator


def _page_of_ids(ids, request):
    """`_page_of` for a list of page ids already in catalogue order (Django's Paginator)."""
    paginator = Paginator(ids, PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return list(page.object_list), page.number, paginator


def upcoming_course_ids():
    """The ids of every live Dutch course with a session to come, in catalogue order (title): what
    the catalogue without filters lists, in Dutch, over its eighty pages.

    Kept in the shared data cache under the content generation (home/cache.py), which a published
    page or a saved or deleted session bumps, with the end of each course's last session: time
    passing changes nothing else, and a course whose last session has ended is left out here.
    """

    def build():
        sessions = Session.objects.filter(end__gte=timezone.now()).exclude(status=SessionStatus.CANCELLED)
        last_end = (
            sessions.filter(course_id=OuterRef("pk"))
            .order_by()
            .values("course_id")
            .annotate(last=Max("end"))
            .values("last")
        )
        return list(
            Page.objects.live()
            .filter(locale__language_code=DEFAULT_LANGUAGE, pk__in=sessions.values("course_id"))
            .annotate(last_end=Subquery(last_end))
            .order_by("title", "pk")
            .values_list("pk", "last_end")
        )

    now = timezone.now()
    return [pk for pk, last_end in shared("academy:upcoming-courses", build) if last_end >= now]


def _sessions_by_course(courses, language, limit):
    """{course id: its first `limit` upcoming sessions} for the shown `courses` (dicts with "id" and
    "translation_key"). Dutch courses hold their sessions; other languages read the Dutch page's."""
    if language == DEFAULT_LANGUAGE:
        # Live Dutch courses with an upcoming session: no need to check their pages again.
        sessions = Session.objects.filter(
            course_id__in=[course["id"] for course in courses], end__gte=timezone.now()
        ).exclude(status=SessionStatus.CANCELLED)
        key = "course_id"
    else:
        sessions = upcoming_sessions().filter(
            course__translation_key__in=[course["translation_key"] for course in courses]
        )
        key = "course__translation_key"
    grouped = {}
    for session in with_counts(sessions.annotate(course_key=F(key)).select_related("municipality")).order_by(
        "start", "pk"
    ):
        grouped.setdefault(session.course_key, []).append(session)
    by_key = {key: value[:limit] for key, value in grouped.items()}
    return {
        course["id"]: by_key.get(
            course["id"] if language == DEFAULT_LANGUAGE else course["translation_key"], []
        )
        for course in courses
    }


def _themes_by_page(page_ids, themes):
    """{page id: [Theme]} in the themes' own order, from the list of all themes already read."""
    by_id = {theme.pk: theme for theme in themes}
    order = {theme.pk: index for index, theme in enumerate(themes)}
    result = {}
    for page_id, theme_id in ThemedPage.objects.filter(content_object_id__in=page_ids).values_list(
        "content_object_id", "tag_id"
    ):
        result.setdefault(page_id, []).append(theme_id)
    return {
        page_id: [by_id[theme_id] for theme_id in sorted(ids, key=order.__getitem__)]
        for page_id, ids in result.items()
    }


class _JoinedIds(Aggregate):
    """The values of a group joined by commas, as text: GROUP_CONCAT on SQLite, STRING_AGG on
    PostgreSQL. Lets a list carry a many-to-many's ids in its own query."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s((%(expressions)s)::text, ',')",
            **extra_context,
        )


def _learning_paths(index_page, links, life_phases):
    """The index's live learning paths: title, link, introduction, number of steps, life phases.

    The same on every catalogue page of the index (whatever its filters or page number), and changed
    only by publishing: kept in the shared data cache under the content generation (home/cache.py).
    """

    def build():
        paths = list(
            LearningPathPage.objects.live()
            .child_of(index_page)
            .order_by("title")
            # A subquery: a join with the steps would group (and sort) every column of the pages.
            .annotate(
                step_count=Coalesce(
                    Subquery(
                        LearningPathStep.objects.filter(path_id=OuterRef("pk"))
                        .order_by()
                        .values("path_id")
                        .annotate(count=Count("pk"))
                        .values("count")
                    ),
                    0,
                )
            )
            .annotate(
                phase_list=Subquery(
                    LearningPathPage.life_phases.through.objects.filter(learningpathpage_id=OuterRef("pk"))
                    .order_by()
                    .values("learningpathpage_id")
                    .annotate(ids=_JoinedIds("lifephase_id"))
                    .values("ids")
                )
            )
            .values("id", "title", "url_path", "intro", "step_count", "phase_list")
        )
        for path in paths:
            path["phase_ids"] = {int(value) for value in (path.pop("phase_list") or "").split(",") if value}
        return paths

    paths = shared(f"academy:learning-paths:{index_page.pk}", build)
    return [
        {
            **path,
            "url": links.url(path["url_path"]),
            # In the list's order (sort order, name), in the reader's language.
            "life_phases": [phase for phase in life_phases if phase.pk in path["phase_ids"]],
        }
        for path in paths
    ]


def catalogue_context(index_page, request):
    language = current_language()
    links = PageLinks(request)
    # Which courses, and in what order, is a matter of plain pages (the course table is wide: it
    # holds the descriptions); the course fields are read for the page of courses shown only.
    source_courses = Page.objects.live().filter(locale__language_code=DEFAULT_LANGUAGE)
    # The courses are live Dutch ones already: the sessions need no join to their pages.
    sessions = Session.objects.filter(end__gte=timezone.now()).exclude(status=SessionStatus.CANCELLED)

    lists = filter_lists()
    organisations = lists["organisations"]
    form = CatalogueFilterForm(request.GET or None, lists=lists)
    chosen = form.filters()
    if chosen.get("gemeente"):
        sessions = sessions.filter(municipality__slug=chosen["gemeente"])
    if chosen.get("periode"):
        year, month = (int(part) for part in chosen["periode"].split("-"))
        first = datetime.date(year, month, 1)
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        sessions = sessions.filter(start__date__gte=first, start__date__lte=last)
    source_courses = source_courses.filter(pk__in=sessions.values("course_id"))
    if chosen.get("thema"):
        source_courses = source_courses.filter(themed_items__tag__slug=chosen["thema"])
    if chosen.get("vorm"):
        source_courses = source_courses.filter(coursepage__format=chosen["vorm"])
    if chosen.get("levensfase"):
        source_courses = source_courses.filter(coursepage__life_phases__slug=chosen["levensfase"])
    if chosen.get("organisatie"):
        org_path = next((path for slug, _title, path in organisations if slug == chosen["organisatie"]), None)
        source_courses = source_courses.filter(path__startswith=org_path) if org_path else source_courses

    # The organisation a course belongs to is its parent page: its title comes along.
    parent = OrganisationPage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    if language == DEFAULT_LANGUAGE:
        courses = source_courses
    else:
        courses = Page.objects.live().filter(
            locale__language_code=language, translation_key__in=source_courses.values("translation_key")
        )
    if language == DEFAULT_LANGUAGE and not chosen:
        ids, number, paginator = _page_of_ids(upcoming_course_ids(), request)
    else:
        ids, number, paginator = _page_of(courses, request)
    # What a card shows, as values (no page objects; none of the long texts).
    found = {
        row["id"]: row
        for row in CoursePage.objects.filter(pk__in=ids)
        .annotate(organisation_title=Subquery(parent.values("title")[:1]))
        .values(
            "id", "title", "url_path", "summary", "format", "cost", "translation_key", "organisation_title"
        )
    }
    listed = [found[pk] for pk in ids if pk in found]
    page_of_courses = DjangoPage(listed, number, paginator)
    sessions_by_course = _sessions_by_course(listed, language, limit=3)
    themes_by_page = _themes_by_page([course["id"] for course in listed], lists["themes"])
    formats = dict(Format.choices)
    items = [
        {
            "title": course["title"],
            "url": links.url(course["url_path"]),
            "organisation": course["organisation_title"],
            "summary": course["summary"],
            "format": formats.get(course["format"], course["format"]),
            "cost": course["cost"],
            "sessions": sessions_by_course[course["id"]],
            "themes": themes_by_page.get(course["id"], []),
        }
        for course in listed
    ]
    query = request.GET.copy()
    query.pop("page", None)
    return {
        # The page numbers around the current one, with an ellipsis for the rest (82 pages of courses).
        "page_numbers": list(
            paginator.get_elided_page_range(page_of_courses.number, on_each_side=2, on_ends=1)
        )
        if paginator.num_pages > 1
        else [],
        "ellipsis": paginator.ELLIPSIS,
        "filter_form": form,
        "filters_active": bool(chosen),
        "items": items,
        "page_obj": page_of_courses,
        "result_count": paginator.count,
        "query_string": query.urlencode(),
        "learning_paths": _learning_paths(index_page, links, lists["life_phases"]),
    }


def _linked_pages(source, language):
    """The source course's co-hosts and prerequisites, in `language` where live.

    Returns (co_hosts, prerequisites) as plain pages (title and URL are all the page shows): one
    query, and one more to find their translations outside the default language.
    """
    co_host_ids = CoursePage.co_hosts.through.objects.filter(coursepage_id=source.pk).values_list(
        "organisationpage_id"
    )
    prerequisite_ids = CoursePage.prerequisites.through.objects.filter(
        from_coursepage_id=source.pk
    ).values_list("to_coursepage_id")
    # One IN over both lists of ids (an OR of two would read every page).
    rows = list(
        Page.objects.filter(pk__in=co_host_ids.union(prerequisite_ids, all=True))
        .only("title", "url_path", "translation_key", "path", "content_type_id")
        .order_by("path")
    )
    # Co-hosts are organisations, prerequisites courses: the page type tells them apart.
    course_type = ContentType.objects.get_for_model(CoursePage).pk
    local = {}
    if rows and language != DEFAULT_LANGUAGE:
        local = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale__language_code=language, translation_key__in={row.translation_key for row in rows}
            )
        }
    return (
        [local.get(row.translation_key, row) for row in rows if row.content_type_id != course_type],
        [local.get(row.translation_key, row) for row in rows if row.content_type_id == course_type],
    )


def course_context(course, request):
    """Everything the course page shows, in a fixed number of queries (sessions of the Dutch page)."""
    language = current_language()
    # Served pages come with their locale (home/routing.py): the Dutch page is its own source.
    source = course.source_course
    sessions = list(
        with_counts(
            Session.objects.filter(course_id=source.pk, end__gte=timezone.now()).select_related(
                "municipality"
            )
        ).order_by("start", "pk")
    )
    co_hosts, prerequisites = _linked_pages(source, language)
    context = {
        "sessions": sessions,
        # Served pages know their parent (home/routing.py): the organisation costs no query.
        "organisation": course.get_parent(),
        "co_hosts": co_hosts,
        "prerequisites": prerequisites,
        "life_phases": list(source.life_phases.all()),
        "my_enrolments": {},
        "missing_prerequisites": [],
    }
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and sessions:
        mine = Enrolment.with_waiting_position(
            Enrolment.objects.filter(volunteer=user, session__in=sessions).exclude(
                status=EnrolmentStatus.CANCELLED
            )
        )
        context["my_enrolments"] = {enrolment.session_id: enrolment for enrolment in mine}
        from .enrolment import missing_prerequisites

        context["missing_prerequisites"] = missing_prerequisites(
            user, course, prerequisites=sorted(prerequisites, key=lambda page: page.title)
        )
    for session in sessions:
        session.my_enrolment = context["my_enrolments"].get(session.pk)
        session.seats_left = max(session.capacity - session.enrolled_count, 0)
    return context


def path_context(path, request):
    """The steps of a learning path in the reader's language: three queries whatever its length.

    A path may have 170 steps: rows as plain values (no page objects), URLs by `PageLinks`.
    """
    language = current_language()
    links = PageLinks(request)
    steps = list(
        path.steps.order_by("sort_order", "pk").values(
            "kind",
            "required",
            "title",
            "description",
            "course_id",
            "organisation_id",
            "course__title",
            "course__summary",
            "course__url_path",
            "course__path",
            "course__translation_key",
            "organisation__title",
            "organisation__url_path",
            "organisation__translation_key",
        )
    )
    page_fields = ("id", "title", "summary", "url_path", "path", "translation_key")
    courses = {
        step["course__translation_key"]: {
            "id": step["course_id"],
            "title": step["course__title"],
            "summary": step["course__summary"],
            "url_path": step["course__url_path"],
            "path": step["course__path"],
        }
        for step in steps
        if step["course_id"]
    }
    if language != DEFAULT_LANGUAGE and courses:
        courses.update(
            (course["translation_key"], course)
            for course in CoursePage.objects.live()
            .filter(locale__language_code=language, translation_key__in=courses.keys())
            .values(*page_fields)
        )
    step_org_keys = {step["organisation__translation_key"] for step in steps if step["organisation_id"]}
    # The organisation above each course, and the step organisations' translations, together.
    parent_paths = {course["path"][: -Page.steplen] for course in courses.values()}
    wanted = Q(path__in=parent_paths)
    if language != DEFAULT_LANGUAGE and step_org_keys:
        wanted |= Q(live=True, locale__language_code=language, translation_key__in=step_org_keys)
    organisations = (
        list(
            Page.objects.filter(wanted).values(
                "id", "title", "url_path", "path", "translation_key", "live", "locale_id"
            )
        )
        if parent_paths or step_org_keys
        else []
    )
    by_path = {org["path"]: org for org in organisations}
    local_orgs = {
        org["translation_key"]: org
        for org in organisations
        # The path page is served in the reader's language tree: its locale is that language's.
        if language != DEFAULT_LANGUAGE and org["live"] and org["locale_id"] == path.locale_id
    }
    items, path_organisations, listed = [], [], set()
    for step in steps:
        is_course = step["kind"] == StepKind.COURSE and step["course_id"] is not None
        course = courses[step["course__translation_key"]] if is_course else None
        if is_course:
            organisation = by_path.get(course["path"][: -Page.steplen])
        elif step["organisation_id"]:
            organisation = local_orgs.get(
                step["organisation__translation_key"],
                {
                    "id": step["organisation_id"],
                    "title": step["organisation__title"],
                    "url_path": step["organisation__url_path"],
                },
            )
        else:
            organisation = None
        if organisation is not None and organisation["id"] not in listed:
            listed.add(organisation["id"])
            path_organisations.append(
                {"title": organisation["title"], "url": links.url(organisation["url_path"])}
            )
        items.append(
            {
                "required": step["required"],
                "is_course": is_course,
                "title": course["title"] if is_course else step["title"],
                "url": links.url(course["url_path"]) if is_course else None,
                "organisation": organisation["title"] if organisation is not None else "",
                "description": step["description"],
                "summary": course["summary"] if is_course else "",
            }
        )
    return {
        "steps": items,
        "path_organisations": path_organisations,
        "life_phases": list(path.life_phases.all()),
    }
