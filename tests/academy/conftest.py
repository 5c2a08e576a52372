import datetime
from pathlib import Path

import polib
import pytest
from django.utils import timezone

from academy.factories import (
    AcademyIndexPageFactory,
    CoursePageFactory,
    LearningPathPageFactory,
    LearningPathStepFactory,
    SessionFactory,
    VolunteerFactory,
)
from academy.models import LifePhase
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory


def _compile_academy_catalogues():
    """The English emails need the compiled catalogue (`make messages` does this too; *.mo is ignored)."""
    for po_path in (Path(__file__).resolve().parents[2] / "academy" / "locale").glob(
        "*/LC_MESSAGES/django.po"
    ):
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


_compile_academy_catalogues()


@pytest.fixture
def academy(home_page):
    LifePhase.ensure_defaults()
    return AcademyIndexPageFactory(parent=home_page)


@pytest.fixture
def org_index(home_page):
    return OrganisationIndexPageFactory(parent=home_page)


@pytest.fixture
def org_a(org_index):
    return OrganisationPageFactory(parent=org_index, title="Humanitas", slug="humanitas")


@pytest.fixture
def org_b(org_index):
    return OrganisationPageFactory(parent=org_index, title="Scouting Limburg", slug="scouting")


@pytest.fixture
def course(org_a, academy):
    return CoursePageFactory(parent=org_a, title="Eerste hulp", slug="eerste-hulp")


@pytest.fixture
def session(course):
    return SessionFactory(course=course, capacity=2)


@pytest.fixture
def volunteer(db):
    return VolunteerFactory(email="sanne@example.org", first_name="Sanne")


@pytest.fixture
def volunteer_client(client, volunteer):
    client.force_login(volunteer)
    return client


@pytest.fixture
def make_path(academy):
    def make(steps):
        path = LearningPathPageFactory(parent=academy)
        for index, (course, org) in enumerate(steps):
            LearningPathStepFactory(
                path=path,
                sort_order=index,
                kind="cursus" if course else "ervaring",
                course=course,
                organisation=org,
                title="" if course else "Drie maanden buddy",
                required=index % 2 == 0,
            )
        return path

    return make


def in_days(days, hour=19):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def make_organiser(db):
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


@pytest.fixture
def smol_academie_user(db):
    from django.contrib.auth.models import Permission

    from accounts.factories import UserFactory
    from home.demo import ensure_smol_groups

    group = ensure_smol_groups()["SMOL academie"]
    group.permissions.add(Permission.objects.get(codename="view_all_participants"))
    user = UserFactory(username="coordinator")
    user.groups.add(group)
    return user


def ics_attachment(message):
    from icalendar import Calendar

    (name, content, mimetype) = message.attachments[0]
    assert name.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)
