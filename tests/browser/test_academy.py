"""A volunteer signs up, finds a course by theme, enrols, sees it in Mijn academie and cancels."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def academy_data(db):
    from django.core.cache import cache

    from academy.factories import (
        AcademyIndexPageFactory,
        CoursePageFactory,
        LearningPathPageFactory,
        LearningPathStepFactory,
        SessionFactory,
    )
    from academy.models import LifePhase
    from home.demo import ensure_home_page
    from home.models import Municipality, Theme
    from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory

    cache.clear()
    home, _ = ensure_home_page()
    LifePhase.ensure_defaults()
    academy = AcademyIndexPageFactory(parent=home)
    orgs = OrganisationIndexPageFactory(parent=home)
    org = OrganisationPageFactory(parent=orgs, title="Buddyzorg Limburg", slug="buddyzorg")
    theme = Theme.objects.get(slug="eenzaamheid")
    course = CoursePageFactory(parent=org, title="Buddy worden", slug="buddy-worden", themes=[theme])
    SessionFactory(course=course, municipality=Municipality.objects.get(slug="venlo"), capacity=8)
    CoursePageFactory(parent=org, title="Iets anders", slug="iets-anders")
    path = LearningPathPageFactory(parent=academy, title="Samen tegen eenzaamheid", slug="samen")
    LearningPathStepFactory(path=path, kind="cursus", course=course, sort_order=0)
    LearningPathStepFactory(
        path=path, kind="ervaring", organisation=org, title="Drie maanden buddy", sort_order=1
    )
    return {"academy": academy, "course": course, "path": path}


def test_volunteer_signs_up_finds_course_by_theme_enrols_and_cancels(page, academy_data, assert_accessible):
    page.goto("/account/signup/")
    assert_accessible(page)
    page.fill("input[name=email]", "noor@example.org")
    page.fill("input[name=password1]", "Vrijwillig-2026!")
    page.fill("input[name=password2]", "Vrijwillig-2026!")
    page.fill("input[name=first_name]", "Noor")
    page.check("input[name=privacy_consent]")
    page.click("form button[type=submit]")
    page.wait_for_load_state()
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/[^/\s]+/)", mail.outbox[-1].body).group(1)
    page.goto(link)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()

    page.goto(academy_data["academy"].url)
    assert_accessible(page)
    page.select_option("select[name=thema]", "eenzaamheid")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"thema=eenzaamheid"))
    assert page.locator("text=Iets anders").count() == 0
    page.click("text=Buddy worden")
    page.wait_for_url(re.compile(re.escape(academy_data["course"].url) + "$"))
    assert_accessible(page)
    page.click("button:has-text('Inschrijven')")
    expect(page.get_by_text("U bent ingeschreven").first).to_be_visible()

    page.goto("/mijn-academie/")
    assert page.locator("main >> text=Buddy worden").count() >= 1
    assert_accessible(page)
    page.click("button:has-text('Afmelden')")
    expect(page.get_by_text("U bent afgemeld").first).to_be_visible()
    assert page.locator("#upcoming-heading + .empty-state").count() == 1

    page.goto("/mijn-gegevens/")
    assert_accessible(page)
    page.goto(academy_data["path"].url)
    assert "Drie maanden buddy" in page.content()
    assert_accessible(page)
