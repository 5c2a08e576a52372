import datetime

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
