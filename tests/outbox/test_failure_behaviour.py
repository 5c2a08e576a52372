"""A mail server or Redis that is down fails no page: enrolment still succeeds, mail waits and is
delivered exactly once when the mail server is back."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from academy.models import Enrolment, EnrolmentStatus
from outbox.models import MailStatus, OutgoingMail

from .conftest import LOCMEM

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    from django.core.cache import cache

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    settings.PAGE_CACHE_SECONDS = 600  # the page cache is on, and cannot reach Redis
    cache.set("probe", 1)
    assert cache.get("probe") is None  # really unreachable
    return settings


def enrol_and_follow(volunteer_client, session):
    response = volunteer_client.post(reverse("academy_enrol", args=[session.pk]), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain and response.redirect_chain[0][1] == 302
    return response.content.decode()


def test_enrolment_succeeds_while_the_mail_server_is_down(smtp_down, volunteer_client, volunteer, session):
    page = enrol_and_follow(volunteer_client, session)
    assert "U bent ingeschreven" in page
    assert Enrolment.objects.get(volunteer=volunteer, session=session).status == EnrolmentStatus.ENROLLED

    queued = OutgoingMail.objects.get()
    assert queued.to == [volunteer.email]
    assert (queued.status, queued.attempts) == (MailStatus.QUEUED, 1)
    assert "ConnectionRefusedError" in queued.last_error
    assert mail.outbox == []

    # The mail server is back; the planned retry comes due; cron runs the command (twice).
    smtp_down.OUTBOX_DELIVERY_BACKEND = LOCMEM
    OutgoingMail.objects.update(next_attempt_at=timezone.now())
    call_command("send_queued_mail", stdout=io.StringIO())
    call_command("send_queued_mail", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert mail.outbox[0].attachments[0][0] == "sessie.ics"
    assert OutgoingMail.objects.get().status == MailStatus.SENT


def test_enrolment_succeeds_while_redis_is_down(redis_down, volunteer_client, volunteer, session, course):
    page = enrol_and_follow(volunteer_client, session)
    assert "U bent ingeschreven" in page
    assert Enrolment.objects.filter(volunteer=volunteer, session=session).exists()
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert volunteer_client.get(course.url).status_code == 200


def test_enrolment_succeeds_while_redis_and_the_mail_server_are_down(
    redis_down, smtp_down, volunteer_client, volunteer, session
):
    page = enrol_and_follow(volunteer_client, session)
    assert "U bent ingeschreven" in page
    assert Enrolment.objects.filter(volunteer=volunteer, session=session).exists()
    assert OutgoingMail.objects.get().status == MailStatus.QUEUED
