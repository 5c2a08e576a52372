import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from records.certificates import certificate_pdf
from records.factories import CertificateFactory
from records.models import CODE_ALPHABET, Certificate, new_certificate_code
from records.progress import sync_certificates

pytestmark = pytest.mark.django_db


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def certificate(org_a, volunteer, course_factory, complete):
    course = course_factory(org_a, "Eerste hulp bij ongelukken: één dag coördineren")
    complete(volunteer, course)
    sync_certificates(volunteer)
    return Certificate.objects.get(volunteer=volunteer)


def test_completing_a_course_issues_one_certificate_naming_mo_and_smol(certificate):
    assert certificate.recipient_name == "Zoë Brüggemann"
    assert certificate.issuers == "Humanitas Limburg, SMOL"


def test_course_certificate_names_the_co_hosting_organisations(
    org_a, org_b, volunteer, course_factory, complete
):
    course = course_factory(org_a, "Samen organiseren")
    course.co_hosts.add(org_b)
    course.save()
    complete(volunteer, course)

    sync_certificates(volunteer)

    assert Certificate.objects.get(volunteer=volunteer).issuers == f"Humanitas Limburg, {org_b.title}, SMOL"


def test_certificate_pdf_contains_name_course_and_dutch_diacritics(volunteer_client, certificate):
    response = volunteer_client.get(reverse("records_certificate_pdf", args=[certificate.code]))

    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Zoë Brüggemann" in text
    assert "Eerste hulp bij ongelukken: één dag coördineren" in text
    assert "Humanitas Limburg, SMOL" in text
    assert certificate.display_code in text


def test_certificate_pdf_survives_characters_outside_latin1(certificate):
    certificate.recipient_name = "Łukasz Nowak – “Kuba”"
    text = pdf_text(certificate_pdf(certificate, "http://testserver/certificaat/X/"))
    assert "Lukasz Nowak" in text


def test_other_volunteer_cannot_download_the_certificate(client, certificate):
    from academy.factories import VolunteerFactory

    client.force_login(VolunteerFactory())
    response = client.get(reverse("records_certificate_pdf", args=[certificate.code]))
    assert response.status_code == 404


def test_verification_page_confirms_name_what_and_when_and_nothing_else(client, certificate):
    response = client.get(reverse("records_verify", args=[certificate.code]))

    content = response.content.decode()
    assert response.status_code == 200
    assert "Dit certificaat is echt." in content
    assert "Zoë Brüggemann" in content
    assert "Eerste hulp bij ongelukken" in content
    assert "zoe@example.org" not in content
    assert "Humanitas" not in content


def test_verification_accepts_code_as_typed(client, certificate):
    typed = certificate.display_code.lower()
    response = client.get(reverse("records_verify_form"), {"code": typed}, follow=True)
    assert "Dit certificaat is echt." in response.content.decode()


def test_verification_says_unknown_for_a_made_up_code(client, certificate):
    response = client.get(reverse("records_verify", args=["ABCD2345EFGH"]))

    assert response.status_code == 404
    assert "Deze code kennen we niet." in response.content.decode()


@pytest.mark.parametrize("code", ["1", "x" * 500, "%00", "<script>", "../../etc"])
def test_verification_never_fails_on_bad_input(client, code):
    response = client.get(f"/certificaat/{code}/")
    assert response.status_code in (404, 200)


def test_verification_says_revoked_for_a_revoked_certificate(client, certificate):
    from django.utils import timezone

    certificate.revoked_at = timezone.now()
    certificate.save()

    content = client.get(reverse("records_verify", args=[certificate.code])).content.decode()

    assert "Dit certificaat is ingetrokken." in content
    assert "Dit certificaat is echt." not in content
    assert "Zoë" not in content


def test_codes_are_random_long_and_not_sequential(volunteer):
    codes = [CertificateFactory(volunteer=volunteer).code for _ in range(30)]

    assert len(set(codes)) == 30
    assert all(len(code) >= 12 and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert codes != sorted(codes)
    assert len({code[:4] for code in codes}) > 20  # no shared prefix or counter
    assert len({new_certificate_code() for _ in range(2000)}) == 2000


def test_certificate_id_does_not_open_the_verification_page(client, certificate):
    response = client.get(reverse("records_verify", args=[str(certificate.pk)]))
    assert response.status_code == 404


def test_verification_page_works_in_english(client, certificate):
    response = client.get(f"/en/certificaat/{certificate.code}/")
    assert response.status_code == 200
    assert "Zoë Brüggemann" in response.content.decode()
