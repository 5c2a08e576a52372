import datetime

import pytest
from django.utils import timezone

from academy.factories import (
    AcademyIndexPageFactory,
    CoursePageFactory,
    EnrolmentFactory,
    LearningPathPageFactory,
    LearningPathStepFactory,
    SessionFactory,
    VolunteerFactory,
)
from academy.models import LifePhase
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory


@pytest.fixture
def academy(home_page):
    LifePhase.ensure_defaults()
    return AcademyIndexPageFactory(parent=home_page)


@pytest.fixture
def org_index(home_page):
    return OrganisationIndexPageFactory(parent=home_page)


@pytest.fixture
def org_a(org_index):
    return OrganisationPageFactory(parent=org_index, title="Humanitas Limburg", slug="humanitas")


@pytest.fixture
def org_b(org_index):
    return OrganisationPageFactory(parent=org_index, title="Buddyzorg Limburg", slug="buddyzorg")


@pytest.fixture
def volunteer(db):
    return VolunteerFactory(username="zoe", email="zoe@example.org", first_name="Zoë", last_name="Brüggemann")


@pytest.fixture
def volunteer_client(client, volunteer):
    client.force_login(volunteer)
    return client


def past(days=10):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def complete():
    """Mark `volunteer` as having completed a (new, past) session of `course`."""

    def make(volunteer, course, days=10):
        session = SessionFactory(
            course=course, start=past(days), end=past(days) + datetime.timedelta(hours=2)
        )
        enrolment = EnrolmentFactory(volunteer=volunteer, session=session)
        enrolment.mark_completed()
        enrolment.attended = True
        enrolment.save()
        return enrolment

    return make


@pytest.fixture
def course_factory(academy):
    def make(org, title, hours=3, **kwargs):
        return CoursePageFactory(parent=org, title=title, duration_hours=hours, **kwargs)

    return make


@pytest.fixture
def path_factory(academy):
    """steps: list of (course or None, organisation or None, required[, title])."""

    def make(steps, title="Samen tegen eenzaamheid"):
        path = LearningPathPageFactory(parent=academy, title=title)
        for index, step in enumerate(steps):
            course, org, required = step[:3]
            LearningPathStepFactory(
                path=path,
                sort_order=index,
                kind="cursus" if course else "ervaring",
                course=course,
                organisation=org,
                title="" if course else (step[3] if len(step) > 3 else "Drie maanden buddy"),
                required=required,
            )
        return path

    return make


@pytest.fixture
def make_editor(db):
    """A user in an MO's editors group (change rights on the organisation page and below)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    from accounts.factories import UserFactory

    def make(organisation, username):
        group, _ = Group.objects.get_or_create(name=f"Redactie {organisation.title}")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in ["add_page", "change_page", "publish_page"]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=organisation, permission=Permission.objects.get(codename=codename)
            )
        user = UserFactory(username=username)
        user.groups.add(group)
        return user

    return make


@pytest.fixture(autouse=True)
def dutch():
    """Start every test in Dutch: an earlier /en/ request must not leak its language into the next test."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.activate("nl")
