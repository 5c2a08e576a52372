import pytest
from django.urls import reverse

from academy.enrolment import enrol
from academy.factories import CoursePageFactory, SessionFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_sessions(course, org_b):
    own = SessionFactory(course=course)
    other_course = CoursePageFactory(parent=org_b, title="Kamp organiseren")
    other = SessionFactory(course=other_course)
    enrol(VolunteerFactory(email="anna@example.org", first_name="Anna"), own.pk)
    enrol(VolunteerFactory(email="bram@example.org", first_name="Bram"), other.pk)
    return own, other


def test_organiser_sees_participants_of_own_session(client, org_a, two_sessions, make_organiser):
    own, _other = two_sessions
    client.force_login(make_organiser(org_a, "redactie-a"))
    response = client.get(reverse("academy_admin_session", args=[own.pk]))
    assert response.status_code == 200
    assert "anna@example.org" in response.content.decode()


def test_organiser_cannot_see_other_organisations_participants(client, org_a, two_sessions, make_organiser):
    _own, other = two_sessions
    client.force_login(make_organiser(org_a, "redactie-a"))
    refused = client.get(reverse("academy_admin_session", args=[other.pk]))
    assert refused.status_code == 302  # Wagtail turns PermissionDenied into a redirect with a message
    assert "bram@example.org" not in client.get(refused["Location"]).content.decode()
    listing = client.get(reverse("academy_admin_sessions")).content.decode()
    assert "Kamp organiseren" not in listing and "Eerste hulp" in listing


def test_organiser_cannot_export_other_organisations_participants(
    client, org_a, two_sessions, make_organiser
):
    own, other = two_sessions
    client.force_login(make_organiser(org_a, "redactie-a"))
    refused = client.get(reverse("academy_admin_session_csv", args=[other.pk]))
    assert refused.status_code == 302 and "bram" not in refused.content.decode()
    csv_text = client.get(reverse("academy_admin_session_csv", args=[own.pk])).content.decode()
    assert "anna@example.org" in csv_text and "bram@example.org" not in csv_text


def test_co_hosts_editors_see_the_participants(client, course, org_b, two_sessions, make_organiser):
    own, _other = two_sessions
    course.co_hosts = [org_b]
    course.save()
    client.force_login(make_organiser(org_b, "redactie-b"))
    assert client.get(reverse("academy_admin_session", args=[own.pk])).status_code == 200


def test_smol_academie_sees_all_sessions(client, two_sessions, smol_academie_user):
    client.force_login(smol_academie_user)
    listing = client.get(reverse("academy_admin_sessions")).content.decode()
    assert "Kamp organiseren" in listing and "Eerste hulp" in listing


def test_volunteer_cannot_reach_the_admin(volunteer_client):
    response = volunteer_client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert volunteer_client.get(reverse("academy_admin_sessions")).status_code == 302


def test_volunteer_cannot_cancel_another_volunteers_enrolment(volunteer_client, session):
    other, _ = enrol(VolunteerFactory(), session.pk)
    response = volunteer_client.post(reverse("academy_cancel", args=[other.pk]))
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.status == "ingeschreven"


def test_mijn_academie_shows_only_own_enrolments(volunteer_client, volunteer, org_b, session):
    enrol(volunteer, session.pk)
    other_course = CoursePageFactory(parent=org_b, title="Geheime cursus van een ander")
    enrol(VolunteerFactory(), SessionFactory(course=other_course).pk)
    page = volunteer_client.get(reverse("academy_mine")).content.decode()
    assert "Eerste hulp" in page
    assert "Geheime cursus van een ander" not in page


def test_calendar_feed_needs_the_volunteers_own_token(client, volunteer, session):
    from icalendar import Calendar

    enrol(volunteer, session.pk)
    token = volunteer.volunteer_profile.feed_token
    assert len(token) >= 40
    feed = client.get(reverse("academy_feed", args=[token]))
    assert feed.status_code == 200
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Eerste hulp"]
    assert client.get(reverse("academy_feed", args=[token[:-1] + "x"])).status_code == 404
    other = VolunteerFactory()
    other_feed = client.get(reverse("academy_feed", args=[other.volunteer_profile.feed_token]))
    assert Calendar.from_ical(other_feed.content).walk("VEVENT") == []


def test_anonymous_visitor_is_sent_to_login_for_mijn_academie(client):
    response = client.get(reverse("academy_mine"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
