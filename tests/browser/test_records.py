"""Browser journey: the demo volunteer's leerdossier, a certificate and its public check, the
questionnaire and an introduction request. axe-core on every page of the journey."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "geheim-wachtwoord-2026"


@pytest.fixture
def journey_data(transactional_db):
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
    from home.demo import ensure_home_page
    from home.models import Municipality, Theme
    from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
    from records.progress import sync_certificates

    home, _ = ensure_home_page()
    LifePhase.ensure_defaults()
    academy = AcademyIndexPageFactory(parent=home)
    index = OrganisationIndexPageFactory(parent=home)
    themes = list(Theme.objects.all()[:2])
    venlo, _ = Municipality.objects.get_or_create(slug="venlo", defaults={"name": "Venlo"})
    humanitas = OrganisationPageFactory(
        parent=index,
        title="Humanitas Limburg",
        themes=themes,
        what_we_look_for="Maatjes die graag luisteren.",
    )
    humanitas.municipalities.add(venlo)
    humanitas.save()
    buddyzorg = OrganisationPageFactory(parent=index, title="Buddyzorg Limburg", themes=themes[:1])
    course = CoursePageFactory(parent=humanitas, title="Eenzaamheid herkennen", duration_hours=6)
    buddy = CoursePageFactory(parent=buddyzorg, title="Buddy worden", duration_hours=4)
    path = LearningPathPageFactory(parent=academy, title="Samen tegen eenzaamheid")
    for order, (step_course, org, title) in enumerate(
        [(course, None, ""), (buddy, None, ""), (None, buddyzorg, "Drie maanden buddy")]
    ):
        LearningPathStepFactory(
            path=path,
            sort_order=order,
            kind="cursus" if step_course else "ervaring",
            course=step_course,
            organisation=org,
            title=title,
        )
    volunteer = VolunteerFactory(
        username="vrijwilliger@example.org",
        email="vrijwilliger@example.org",
        first_name="Sanne",
        last_name="Jëlsma",
    )
    volunteer.set_password(PASSWORD)
    volunteer.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=volunteer, email=volunteer.email, verified=True, primary=True)
    start = timezone.now() - datetime.timedelta(days=20)
    enrolment = EnrolmentFactory(
        volunteer=volunteer,
        session=SessionFactory(course=course, start=start, end=start + datetime.timedelta(hours=3)),
    )
    enrolment.mark_completed()
    enrolment.save()
    EnrolmentFactory(volunteer=volunteer, session=SessionFactory(course=buddy))
    sync_certificates(volunteer)
    return {"volunteer": volunteer, "humanitas": humanitas}


def test_volunteer_downloads_certificate_checks_it_and_asks_an_introduction(
    journey_data, page, assert_accessible
):
    from records.models import Certificate, IntroductionRequest

    page.goto("/account/login/")
    page.fill("input[name=login]", "vrijwilliger@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form [type=submit]").last.click()
    page.wait_for_load_state()

    page.goto("/mijn-academie/")
    page.goto("/mijn-leerdossier/")
    expect(page.get_by_role("heading", name="Mijn leerdossier")).to_be_visible()
    assert page.locator(".path-line__step--done").count() == 1
    assert page.locator(".path-line__step--planned").count() == 1
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download certificaat (PDF) Eenzaamheid herkennen").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"

    certificate = Certificate.objects.get()
    page.get_by_role("link", name="Controlepagina Eenzaamheid herkennen").click()
    expect(page.get_by_text("Dit certificaat is echt.")).to_be_visible()
    expect(page.get_by_text("Sanne Jëlsma")).to_be_visible()
    assert certificate.code in page.url
    assert_accessible(page)

    page.goto("/welke-organisatie-past/")
    assert_accessible(page)
    page.get_by_label("In welke gemeente woont u?").select_option("venlo")
    page.get_by_role("button", name="Laat zien wat past").click()
    first = page.locator(".match-list .match").first
    assert "Humanitas Limburg" in first.inner_text()
    assert "actief in Venlo" in first.inner_text()
    assert_accessible(page)

    first.get_by_role("link", name="Vraag een kennismaking aan").click()
    assert_accessible(page)
    page.get_by_label("Wat wilt u de organisatie vertellen? (mag leeg blijven)").fill(
        "Ik wil graag maatje worden."
    )
    page.get_by_label("Ik geef toestemming", exact=False).check()
    page.get_by_role("button", name="Verstuur mijn vraag").click()
    expect(page.get_by_text("Uw vraag is bij Humanitas Limburg.")).to_be_visible()

    request = IntroductionRequest.objects.get()
    assert request.organisation_id == journey_data["humanitas"].pk
    assert request.message == "Ik wil graag maatje worden."
