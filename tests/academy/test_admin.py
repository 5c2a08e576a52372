import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from academy.enrolment import enrol
from academy.factories import VolunteerFactory
from academy.models import CoursePage, Enrolment, Session

from .conftest import ics_attachment

pytestmark = pytest.mark.django_db


def test_deleting_a_course_with_enrolments_is_refused_with_a_message(admin_client, course, session):
    enrol(VolunteerFactory(), session.pk)
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[course.pk]), follow=True)
    assert CoursePage.objects.filter(pk=course.pk).exists()
    assert "kan daarom niet weg" in response.content.decode()


def test_deleting_an_organisation_above_courses_with_enrolments_is_refused(admin_client, org_a, session):
    enrol(VolunteerFactory(), session.pk)
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[org_a.pk]))
    assert Session.objects.filter(pk=session.pk).exists()


def test_deleting_a_course_without_enrolments_works(admin_client, course, session):
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[course.pk]))
    assert not CoursePage.objects.filter(pk=course.pk).exists()


def test_unpublishing_a_course_keeps_enrolments(admin_client, course, session):
    enrol(VolunteerFactory(), session.pk)
    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[course.pk]))
    course.refresh_from_db()
    assert not course.live
    assert Enrolment.objects.filter(session=session).count() == 1


def test_editor_cannot_remove_a_session_with_enrolments(admin_client, course, session):
    from django.utils import timezone
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    enrol(VolunteerFactory(), session.pk)
    local = lambda moment: timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")  # noqa: E731
    data = nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "summary": course.summary,
            "level": course.level,
            "format": course.format,
            "cost": "0",
            "sessions": inline_formset(
                [
                    {
                        "id": session.pk,
                        "start": local(session.start),
                        "end": local(session.end),
                        "capacity": 10,
                        "minimum_participants": 0,
                        "status": "gepland",
                        "ORDER": 1,
                        "DELETE": "on",
                    }
                ],
                initial=1,
            ),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[course.pk]), data)
    assert response.status_code == 200  # the form comes back with the message
    assert "kunt u niet verwijderen" in response.content.decode()
    assert Session.objects.filter(pk=session.pk).exists()


def test_organiser_cancelling_a_session_notifies_everyone(client, org_a, session, make_organiser):
    enrolled = [enrol(VolunteerFactory(), session.pk)[0] for _ in range(3)]  # two enrolled, one waiting
    mail.outbox.clear()
    client.force_login(make_organiser(org_a, "redactie-a"))
    client.post(reverse("academy_admin_session", args=[session.pk]), {"action": "cancel-session"})
    session.refresh_from_db()
    assert session.status == "geannuleerd"
    assert sorted(m.to[0] for m in mail.outbox) == sorted(e.volunteer.email for e in enrolled)
    assert str(ics_attachment(mail.outbox[0]).walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert Enrolment.objects.filter(session=session).count() == 3  # kept


def test_organiser_marks_attendance_and_completion(client, org_a, session, make_organiser):
    enrolment, _ = enrol(VolunteerFactory(), session.pk)
    client.force_login(make_organiser(org_a, "redactie-a"))
    client.post(
        reverse("academy_admin_session", args=[session.pk]),
        {"action": "attendance", f"attended-{enrolment.pk}": "ja", f"completed-{enrolment.pk}": "on"},
    )
    enrolment.refresh_from_db()
    assert enrolment.attended is True and enrolment.completed and enrolment.completed_at


def test_organiser_emails_participants_about_a_change(client, org_a, session, make_organiser):
    enrolment, _ = enrol(VolunteerFactory(), session.pk)
    mail.outbox.clear()
    client.force_login(make_organiser(org_a, "redactie-a"))
    client.post(
        reverse("academy_admin_session", args=[session.pk]),
        {"action": "email", "message": "We zitten in zaal 2."},
    )
    assert len(mail.outbox) == 1
    assert "zaal 2" in mail.outbox[0].body and mail.outbox[0].to == [enrolment.volunteer.email]


def test_csv_export_lists_participants_and_waiting_list_in_order(client, org_a, session, make_organiser):
    people = [VolunteerFactory(email=f"p{n}@example.org") for n in range(4)]
    for person in people:
        enrol(person, session.pk)
    client.force_login(make_organiser(org_a, "redactie-a"))
    content = client.get(reverse("academy_admin_session_csv", args=[session.pk])).content.decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert [row[1] for row in rows[1:]] == [p.email for p in people]
    assert [row[3] for row in rows[1:]] == ["", "", "1", "2"]
