"""Querysets for the academy pages, built in one place: a page's query count does not grow with data."""

import calendar
import datetime
from types import SimpleNamespace

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Length, Substr
from django.forms.utils import flatatt
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.models import Municipality, Theme
from organisations.models import OrganisationPage

from .models import (
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    Format,
    LearningPathPage,
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


class PlainSelect(forms.Select):
    """A <select> written out in Python. Django renders every <option> through a template of its own:
    with a few hundred organisations that was most of the catalogue page's time."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option, mark_safe(" selected") if str(option) in chosen else "", label)
                for option, label in self.choices
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(self.build_attrs(self.attrs, attrs)), options
        )


class CatalogueFilterForm(forms.Form):
    """The catalogue's GET filters. Unknown values are ignored (never an error page)."""

    thema = forms.ChoiceField(widget=PlainSelect, label=_("Thema"), required=False)
    organisatie = forms.ChoiceField(widget=PlainSelect, label=_("Organisatie"), required=False)
    gemeente = forms.ChoiceField(widget=PlainSelect, label=_("Gemeente"), required=False)
    vorm = forms.ChoiceField(widget=PlainSelect, label=_("Vorm"), required=False)
    levensfase = forms.ChoiceField(widget=PlainSelect, label=_("Levensfase"), required=False)
    periode = forms.ChoiceField(widget=PlainSelect, label=_("Wanneer"), required=False)

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("Alles"))]
        self.fields["thema"].choices = everything + [(t.slug, t.label) for t in Theme.objects.all()]
        self.fields["organisatie"].choices = everything + [
            (slug, title) for slug, title, _path in organisations
        ]
        self.fields["gemeente"].choices = everything + list(Municipality.objects.values_list("slug", "name"))
        self.fields["vorm"].choices = everything + list(Format.choices)
        self.fields["levensfase"].choices = everything + [(p.slug, p.label) for p in LifePhase.objects.all()]
        self.fields["periode"].choices = everything + upcoming_months()

    def filters(self):
        self.is_valid()
        return {key: value for key, value in getattr(self, "cleaned_data", {}).items() if value}


def _paginate(items, request):
    paginator = Paginator(items, PER_PAGE)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def _sessions_by_key(keys, limit=None):
    sessions = with_counts(
        upcoming_sessions().filter(course__translation_key__in=keys).select_related("municipality", "course")
    ).order_by("start", "pk")
    grouped = {}
    for session in sessions:
        grouped.setdefault(session.course.translation_key, []).append(session)
    if limit:
        grouped = {key: value[:limit] for key, value in grouped.items()}
    return grouped


def catalogue_context(index_page, request):
    language = current_language()
    source_courses = CoursePage.objects.live().filter(locale__language_code=DEFAULT_LANGUAGE)
    sessions = upcoming_sessions()

    organisations = list(
        OrganisationPage.objects.live()
        .filter(locale__language_code=DEFAULT_LANGUAGE)
        .order_by("title")
        .values_list("slug", "title", "path")
    )
    form = CatalogueFilterForm(request.GET or None, organisations=organisations)
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
        source_courses = source_courses.filter(format=chosen["vorm"])
    if chosen.get("levensfase"):
        source_courses = source_courses.filter(life_phases__slug=chosen["levensfase"])
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
        courses = CoursePage.objects.live().filter(
            locale__language_code=language, translation_key__in=source_courses.values("translation_key")
        )
    courses = (
        courses.annotate(organisation_title=Subquery(parent.values("title")[:1]))
        .prefetch_related("themes")
        .order_by("title", "pk")
    )
    page_of_courses = _paginate(courses, request)
    listed = list(page_of_courses.object_list)
    sessions_by_key = _sessions_by_key([c.translation_key for c in listed], limit=3)
    items = [
        {
            "course": course,
            "organisation": SimpleNamespace(title=course.organisation_title)
            if course.organisation_title
            else None,
            "sessions": sessions_by_key.get(course.translation_key, []),
        }
        for course in listed
    ]
    paths = (
        LearningPathPage.objects.live()
        .child_of(index_page)
        .prefetch_related("life_phases")
        .annotate(step_count=Count("steps"))
        .order_by("title")
    )
    query = request.GET.copy()
    query.pop("page", None)
    paginator = page_of_courses.paginator
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
        "result_count": page_of_courses.paginator.count,
        "query_string": query.urlencode(),
        "learning_paths": paths,
    }


def _linked_pages(source, language):
    """The source course's co-hosts and prerequisites, in `language` where live.

    Returns (co_hosts, prerequisites) as plain pages (title and URL are all the page shows): one
    query, and one more to find their translations outside the default language.
    """
    co_hosts = Page.objects.filter(
        pk__in=CoursePage.co_hosts.through.objects.filter(coursepage_id=source.pk).values(
            "organisationpage_id"
        )
    ).annotate(role=Value("co_host"))
    prerequisites = Page.objects.filter(
        pk__in=CoursePage.prerequisites.through.objects.filter(from_coursepage_id=source.pk).values(
            "to_coursepage_id"
        )
    ).annotate(role=Value("prerequisite"))
    # Page's default ordering must go from both halves: SQLite allows no ORDER BY inside a UNION.
    rows = list(co_hosts.order_by().union(prerequisites.order_by(), all=True).order_by("path"))
    local = {}
    if rows and language != DEFAULT_LANGUAGE:
        local = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale__language_code=language, translation_key__in={row.translation_key for row in rows}
            )
        }
    return (
        [local.get(row.translation_key, row) for row in rows if row.role == "co_host"],
        [local.get(row.translation_key, row) for row in rows if row.role == "prerequisite"],
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
    """The steps of a learning path in the reader's language: three queries whatever its length."""
    language = current_language()
    steps = list(path.steps.select_related("course", "organisation").order_by("sort_order", "pk"))
    source_courses = [step.course for step in steps if step.course_id]
    step_organisations = [step.organisation for step in steps if step.organisation_id]
    local_courses = {}
    if language != DEFAULT_LANGUAGE and source_courses:
        local_courses = {
            course.translation_key: course
            for course in CoursePage.objects.live().filter(
                locale__language_code=language,
                translation_key__in={c.translation_key for c in source_courses},
            )
        }
    course_pages = [local_courses.get(c.translation_key, c) for c in source_courses]
    # The organisation above each course, and the step organisations' translations, together (plain
    # pages: the path shows their titles and links).
    parent_paths = {page.path[: -Page.steplen] for page in course_pages}
    wanted = Q(path__in=parent_paths)
    if language != DEFAULT_LANGUAGE and step_organisations:
        wanted |= Q(
            live=True,
            locale__language_code=language,
            translation_key__in={org.translation_key for org in step_organisations},
        )
    organisations = list(Page.objects.filter(wanted)) if course_pages or step_organisations else []
    by_path = {org.path: org for org in organisations}
    local_orgs = {
        org.translation_key: org
        for org in organisations
        # The path page is served in the reader's language tree: its locale is that language's.
        if language != DEFAULT_LANGUAGE and org.live and org.locale_id == path.locale_id
    }
    for step in steps:
        step.is_course = step.kind == StepKind.COURSE and step.course_id is not None
        if step.is_course:
            step.local_course = local_courses.get(step.course.translation_key, step.course)
            step.local_organisation = by_path.get(step.local_course.path[: -Page.steplen])
        else:
            step.local_course = None
            step.local_organisation = (
                local_orgs.get(step.organisation.translation_key, step.organisation)
                if step.organisation_id
                else None
            )
    organisations = []
    for step in steps:
        if step.local_organisation is not None and step.local_organisation not in organisations:
            organisations.append(step.local_organisation)
    return {
        "steps": steps,
        "path_organisations": organisations,
        "life_phases": list(path.life_phases.all()),
    }
