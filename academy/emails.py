"""Emails to volunteers, in their preferred language, each with the session as an .ics file."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from . import ical
from .models import CoursePage

ICS_STATUS = {
    "enrolled": ("REQUEST", "CONFIRMED"),
    "promoted": ("REQUEST", "CONFIRMED"),
    "waiting": ("PUBLISH", "TENTATIVE"),
    "cancelled": ("CANCEL", "CANCELLED"),
    "session_cancelled": ("CANCEL", "CANCELLED"),
    "message": ("PUBLISH", "CONFIRMED"),
}


def course_in_language(course, language):
    """The course page in `language` (falls back to the page itself)."""
    if course.locale.language_code == language:
        return course
    other = (
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, locale__language_code=language)
        .first()
    )
    return other or course


def absolute(url):
    if not url:
        return ""
    if url.startswith("http"):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def subject_for(kind, title):
    subjects = {
        "enrolled": _("U bent ingeschreven: %(title)s"),
        "promoted": _("Er is plek: u bent ingeschreven voor %(title)s"),
        "waiting": _("U staat op de wachtlijst: %(title)s"),
        "cancelled": _("U bent afgemeld: %(title)s"),
        "session_cancelled": _("Deze sessie gaat niet door: %(title)s"),
        "message": _("Bericht over %(title)s"),
    }
    return subjects[kind] % {"title": title}


def send_enrolment_email(enrolment, kind, message=""):
    """Email the volunteer about a change of their enrolment. Returns 1 when sent."""
    user = enrolment.volunteer
    if user is None or not user.email:
        return 0
    session = enrolment.session
    language = user.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        course = course_in_language(
            CoursePage.objects.select_related("locale").get(pk=session.course_id), language
        )
        url = absolute(course.get_url())
        context = {
            "user": user,
            "kind": kind,
            "enrolment": enrolment,
            "session": session,
            "course": course,
            "course_url": url,
            "message": message,
            "mine_url": absolute(_mine_url()),
        }
        subject = subject_for(kind, course.title)
        body = render_to_string("academy/emails/enrolment.txt", context)
        method, status = ICS_STATUS[kind]
        attachment = ical.calendar([ical.session_event(session, course.title, url, status)], method=method)
    email = EmailMessage(subject=subject, body=body, to=[user.email])
    email.attach("sessie.ics", attachment, f"text/calendar; method={method}")
    return email.send()


def _mine_url():
    from django.urls import reverse

    return reverse("academy_mine")
