import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from academy.enrolment import EnrolmentRefused, cancel, enrol
from academy.factories import CoursePageFactory, SessionFactory, VolunteerFactory
from academy.models import Enrolment, EnrolmentStatus, SessionStatus

from .conftest import ics_attachment

pytestmark = pytest.mark.django_db


def test_volunteer_enrols_with_one_post(volunteer_client, volunteer, session):
    response = volunteer_client.post(reverse("academy_enrol", args=[session.pk]))
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(volunteer=volunteer, session=session)
    assert enrolment.status == EnrolmentStatus.ENROLLED


def test_enrolment_email_has_parseable_ics_of_the_session(volunteer, session):
    enrol(volunteer, session.pk)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [volunteer.email]
    assert "ingeschreven" in message.subject
    calendar = ics_attachment(message)
    event = calendar.walk("VEVENT")[0]
    assert event["SUMMARY"] == "Eerste hulp"
    assert event.decoded("DTSTART") == session.start
    assert str(event["STATUS"]) == "CONFIRMED"


def test_email_is_in_the_volunteers_preferred_language(session):
    english = VolunteerFactory(email="john@example.org", preferred_language="en")
    enrol(english, session.pk)
    body = mail.outbox[0].body
    assert "Dear" in body or "enrolled" in body.lower()
    assert "Beste" not in body


def test_full_session_puts_volunteer_on_waiting_list_with_position(session):
    people = [VolunteerFactory() for _ in range(4)]
    results = [enrol(person, session.pk)[0] for person in people]
    assert [r.status for r in results] == ["ingeschreven", "ingeschreven", "wachtlijst", "wachtlijst"]
    assert [r.position for r in results[2:]] == [1, 2]
    assert str(ics_attachment(mail.outbox[2]).walk("VEVENT")[0]["STATUS"]) == "TENTATIVE"


def test_waiting_volunteer_sees_position_on_course_page(client, session, course):
    for _ in range(2):
        enrol(VolunteerFactory(), session.pk)
    waiting = VolunteerFactory()
    enrol(waiting, session.pk)
    client.force_login(waiting)
    assert "op plaats 1" in client.get(course.url).content.decode()


def test_cancellation_promotes_first_on_waiting_list_and_emails_both(session):
    first, second, third, fourth = (VolunteerFactory() for _ in range(4))
    enrolments = [enrol(person, session.pk)[0] for person in (first, second, third, fourth)]
    mail.outbox.clear()
    cancel(enrolments[0])
    statuses = dict(Enrolment.objects.values_list("volunteer__email", "status"))
    assert statuses[first.email] == "afgemeld"
    assert statuses[third.email] == "ingeschreven"
    assert statuses[fourth.email] == "wachtlijst"
    assert {m.to[0] for m in mail.outbox} == {first.email, third.email}
    cancelled_ics = next(m for m in mail.outbox if m.to == [first.email])
    assert str(ics_attachment(cancelled_ics)["METHOD"]) == "CANCEL"


def test_enrolment_after_deadline_is_refused_with_clear_message(volunteer_client, volunteer, course):
    start = timezone.now() + datetime.timedelta(days=3)
    session = SessionFactory(
        course=course, start=start, enrolment_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    response = volunteer_client.post(reverse("academy_enrol", args=[session.pk]), follow=True)
    assert "Inschrijven voor deze sessie kon tot" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_enrolment_in_cancelled_session_is_refused(volunteer, course):
    session = SessionFactory(course=course, status=SessionStatus.CANCELLED)
    with pytest.raises(EnrolmentRefused, match="gaat helaas niet door"):
        enrol(volunteer, session.pk)


def test_missing_prerequisite_is_named_in_the_refusal(volunteer, org_a, course, session):
    advanced = CoursePageFactory(parent=org_a, title="Eerste hulp gevorderd")
    advanced.prerequisites = [course]
    advanced.save()
    advanced_session = SessionFactory(course=advanced)
    with pytest.raises(EnrolmentRefused, match="Eerste hulp"):
        enrol(volunteer, advanced_session.pk)


def test_completed_prerequisite_allows_enrolment(volunteer, org_a, course, session):
    advanced = CoursePageFactory(parent=org_a, title="Eerste hulp gevorderd")
    advanced.prerequisites = [course]
    advanced.save()
    Enrolment.objects.create(volunteer=volunteer, session=session, completed=True, queue_number=1)
    enrolment, created = enrol(volunteer, SessionFactory(course=advanced).pk)
    assert created and enrolment.status == "ingeschreven"


def test_enrolling_twice_keeps_one_enrolment(volunteer, session):
    enrol(volunteer, session.pk)
    _enrolment, created = enrol(volunteer, session.pk)
    assert not created
    assert Enrolment.objects.count() == 1


def test_cancel_after_deadline_is_refused_for_volunteer(volunteer, course):
    session = SessionFactory(course=course)
    enrolment, _ = enrol(volunteer, session.pk)
    session.enrolment_deadline = timezone.now() - datetime.timedelta(minutes=1)
    session.start = timezone.now() + datetime.timedelta(hours=1)
    session.save()
    with pytest.raises(EnrolmentRefused):
        cancel(enrolment)


def test_english_page_enrols_into_the_same_seats(client, course, session):
    from wagtail_localize.synctree import create_aliases_for_new_page

    from academy.models import CoursePage

    create_aliases_for_new_page(course)
    english = CoursePage.objects.get(translation_key=course.translation_key, locale__language_code="en")
    dutch_person, english_person = VolunteerFactory(), VolunteerFactory(preferred_language="en")
    enrol(dutch_person, session.pk)
    client.force_login(english_person)
    page = client.get(english.url).content.decode()
    enrol_path = f"mijn-academie/inschrijven/{session.pk}/"
    assert enrol_path in page  # the English page offers the Dutch page's session
    client.post(f"/en/{enrol_path}")
    assert session.enrolments.filter(status="ingeschreven").count() == 2
    # The session is now full for everyone, whatever the language.
    assert enrol(VolunteerFactory(), session.pk)[0].status == "wachtlijst"
