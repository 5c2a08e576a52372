"""The large demo dataset (load_demo_content --scale large), built at 1% of its size on the test DB."""

import io
from collections import Counter

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Collection, Page

FACTOR = 0.01  # 2 MOs, 200 stories, 20 courses, 60 sessions, 1 path, 500 volunteers, 2 000 enrolments


def _counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.app_label not in {"sessions", "admin"}
    }


def _load():
    out = io.StringIO()
    call_command("load_demo_content", scale="large", large_factor=FACTOR, large_only=True, stdout=out)
    return out.getvalue()


@pytest.fixture
def large(db, home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    output = _load()
    from organisations.demo_large import large_organisations

    return {"output": output, "organisations": large_organisations(count=2)}


def check_counts_match_the_factor(large):
    from academy.demo_large import large_volunteers
    from academy.models import CoursePage, Enrolment, LearningPathPage, Session
    from stories.models import StoryPage

    organisations = large["organisations"]
    assert len(organisations) == 2
    org_paths = Q()
    for org in organisations:
        org_paths |= Q(path__startswith=org.path)
    stories = StoryPage.objects.filter(org_paths)
    courses = CoursePage.objects.filter(org_paths)
    assert stories.count() == 200
    assert courses.count() == 20
    # Every page has its English alias, in the English copy of its MO.
    for org in organisations:
        english = Page.objects.get(translation_key=org.translation_key, locale__language_code="en")
        assert english.alias_of_id == org.pk
        assert StoryPage.objects.child_of(english).count() == StoryPage.objects.child_of(org).count()
        assert StoryPage.objects.child_of(english).filter(alias_of__isnull=True).count() == 0
    assert StoryPage.objects.filter(alias_of__in=stories).count() == 200
    assert Session.objects.filter(course__in=courses).count() == 60
    assert LearningPathPage.objects.filter(locale__language_code="nl").count() == 1  # max(1, round(0.5))
    assert large_volunteers().count() == 500
    assert Enrolment.objects.filter(session__course__in=courses).count() == 2000
    # Themes through the one tagged-item table; dates spread over years.
    assert not stories.filter(themed_items__isnull=True).exists()
    years = {d.year for d in stories.values_list("publication_date", flat=True)}
    assert len(years) >= 4
    # Each MO set up like onboarding: collection, editor group with page rights, an editor.
    for org in organisations:
        assert org.collection_id and org.editor_group_id and org.logo_id
        assert org.editor_group.user_set.filter(username=f"redactie-{org.slug}").exists()
        assert org.editor_group.page_permissions.count() == 4  # add + change, Dutch and English
    assert "stories: 200 created" in large["output"]


def check_tree_and_enrolments_are_consistent():
    from academy.models import Enrolment, EnrolmentStatus, Session

    assert Page.find_problems() == ([], [], [], [], [])
    assert Collection.find_problems() == ([], [], [], [], [])
    sessions = Session.objects.annotate(
        seated=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.ENROLLED)),
        waiting=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.WAITING)),
    )
    for session in sessions:
        assert session.seated <= session.capacity
        if session.waiting:
            assert session.seated == session.capacity  # nobody waits while a seat is free
    active = Enrolment.objects.exclude(status=EnrolmentStatus.CANCELLED)
    pairs = Counter(active.values_list("volunteer_id", "session_id"))
    assert max(pairs.values()) == 1
    statuses = set(Enrolment.objects.values_list("status", flat=True))
    assert statuses == {EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING, EnrolmentStatus.CANCELLED}
    completed = Enrolment.objects.filter(completed=True)
    assert completed.exists()
    assert not completed.filter(Q(session__end__gt=timezone.now()) | ~Q(attended=True)).exists()
    from records.models import Certificate

    assert Certificate.objects.filter(volunteer_id=completed.first().volunteer_id).exists()


def check_pages_render_search_and_open_in_the_editor(large, client):
    from academy.models import CoursePage, LearningPathPage
    from stories.models import StoryPage

    org = large["organisations"][1]
    story = StoryPage.objects.child_of(org).last()
    course = (
        CoursePage.objects.child_of(org).first()
        or CoursePage.objects.child_of(large["organisations"][0]).first()
    )
    path = LearningPathPage.objects.filter(locale__language_code="nl").last()
    english_story = StoryPage.objects.get(alias_of=story)
    for page in [org, story, course, path, english_story]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()

    titles = Counter(StoryPage.objects.filter(locale_id=org.locale_id).values_list("title", flat=True))
    found = StoryPage.objects.filter(
        locale_id=org.locale_id, title__in=[t for t, n in titles.items() if n == 1]
    )
    unique = found.first()
    response = client.get("/zoeken/", {"q": unique.title})
    assert response.status_code == 200
    assert unique.url in response.content.decode()

    # No revision was made; the MO's own editor opens the story in the admin all the same.
    assert story.latest_revision_id is None
    from accounts.models import User

    client.force_login(User.objects.get(username=f"redactie-{org.slug}"))
    response = client.get(f"/admin/pages/{story.pk}/edit/")
    assert response.status_code == 200
    assert story.title in response.content.decode()
    # Built rows pass Wagtail's own validation: save (full_clean) and publish as the editor would.
    for page in [story, course]:
        page.title = f"{page.title} (bijgewerkt)"
        page.save_revision().publish()
    org.save_revision()  # publishing it would re-index its 100 stories: slow, and not the point here
    assert Page.find_problems() == ([], [], [], [], [])


def check_statistics_are_refreshed(large):
    """After a bulk load the planner needs fresh statistics (stale ones made queries 100x slower)."""
    assert "database statistics (ANALYZE)" in large["output"]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'stories_storypage'"
            )
            assert cursor.fetchone() == (True,)


def test_large_demo_dataset(large, client):
    """One build (a few seconds), several checks."""
    check_statistics_are_refreshed(large)
    check_counts_match_the_factor(large)
    check_tree_and_enrolments_are_consistent()
    check_pages_render_search_and_open_in_the_editor(large, client)


def test_second_run_creates_nothing(large):
    before = _counts()
    output = _load()
    assert _counts() == before
    assert "Demo content ready (0 objects created)" in output
