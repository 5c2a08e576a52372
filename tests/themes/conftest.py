"""Small networks built in each test: organisations, their stories and courses, tagged with themes.

Stories and courses are made with their app's factory when there is one, else with their fields
that exist; themes are set through the one tagged-item table, so the helpers work for every page type.
"""

import datetime

import pytest
from django.utils import timezone
from django.utils.text import slugify

from home.models import Theme, ThemedPage


def set_themes(page, themes):
    ThemedPage.objects.filter(content_object_id=page.pk).delete()
    for theme in themes:
        ThemedPage.objects.create(tag=theme, content_object_id=page.pk)
    return page


def _factory(module, name):
    try:
        mod = __import__(module, fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


def _add(parent, model, factory, title, **fields):
    if factory is not None:
        page = factory(parent=parent, title=title, slug=slugify(title), **fields)
    else:
        page = parent.add_child(instance=model(title=title, slug=slugify(title), **fields))
    return page


@pytest.fixture
def themes(home_page):
    return {t.slug: t for t in Theme.objects.all()}


@pytest.fixture
def org_index(home_page):
    from organisations.factories import OrganisationIndexPageFactory
    from organisations.models import OrganisationIndexPage

    existing = OrganisationIndexPage.objects.child_of(home_page).first()
    return existing or OrganisationIndexPageFactory(parent=home_page)


@pytest.fixture
def make_org(org_index):
    from organisations.factories import OrganisationPageFactory

    def make(title, themes=()):
        org = OrganisationPageFactory(parent=org_index, title=title, slug=slugify(title))
        return set_themes(org, themes)

    return make


@pytest.fixture
def make_story():
    from stories.models import StoryPage

    factory = _factory("stories.factories", "StoryPageFactory")

    def make(org, title, themes=(), published=None):
        story = _add(org, StoryPage, factory, title)
        published = published or timezone.now()
        StoryPage.objects.filter(pk=story.pk).update(
            first_published_at=published, last_published_at=published
        )
        for field in ("publication_date", "date", "story_date", "published_date"):
            if hasattr(story, field):
                StoryPage.objects.filter(pk=story.pk).update(**{field: published.date()})
        return set_themes(story, themes)

    return make


@pytest.fixture
def make_course():
    from academy.models import CoursePage

    factory = _factory("academy.factories", "CoursePageFactory")

    def make(org, title, themes=(), starts_in_days=14):
        course = _add(org, CoursePage, factory, title)
        _ensure_upcoming_session(course, starts_in_days)
        return set_themes(course, themes)

    return make


def _ensure_upcoming_session(course, days):
    """Give the course a session `days` from now (when the academy has sessions)."""
    session_factory = _factory("academy.factories", "SessionFactory")
    if session_factory is not None:
        session_factory(course=course, start=timezone.now() + datetime.timedelta(days=days))


@pytest.fixture
def theme_index(home_page):
    from home.pages import get_or_add_child
    from themes.models import ThemeIndexPage

    page, _ = get_or_add_child(home_page, ThemeIndexPage, slug="themas", title="Thema's")
    return page


@pytest.fixture
def network_page(home_page):
    from home.pages import get_or_add_child
    from themes.models import NetworkPage

    page, _ = get_or_add_child(home_page, NetworkPage, slug="netwerk-in-beeld", title="Netwerk in beeld")
    return page


@pytest.fixture
def network(themes, make_org, make_story, make_course):
    """Three MOs on 'eenzaamheid' (two of them also on 'jongeren'), with stories and a course."""
    lonely, young = themes["eenzaamheid"], themes["jongeren"]
    humanitas = make_org("Humanitas", [lonely])
    kbo = make_org("KBO Limburg", [lonely, young])
    scouting = make_org("Scouting Limburg", [young])
    return {
        "humanitas": humanitas,
        "kbo": kbo,
        "scouting": scouting,
        "story_humanitas": make_story(humanitas, "Samen koken in Venlo", [lonely]),
        "story_kbo": make_story(kbo, "Koffie op dinsdag", [lonely]),
        "story_scouting": make_story(scouting, "Kamp in Weert", [young]),
        "course_kbo": make_course(kbo, "Goed in gesprek", [lonely]),
    }
