"""Enrolment rules: capacity, waiting list, promotion, cancellation. Emails go out after commit.

Capacity is never exceeded: every change takes the session's row lock first
(``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the settings open every transaction with
``BEGIN IMMEDIATE``, which serialises writers). Arrival order on the waiting list is the order in
which requests got that lock (``queue_number``, assigned under the lock).
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import CoursePage, Enrolment, EnrolmentStatus, Session, SessionStatus


class EnrolmentRefused(Exception):
    """Raised with a message a volunteer can read."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _locked_session(session_id):
    return Session.objects.select_for_update().get(pk=session_id)


def missing_prerequisites(user, course, prerequisites=None):
    """The prerequisite courses (default language) the volunteer has not completed yet.

    `prerequisites`: the course's prerequisites when the caller already has them (one query less).
    """
    if prerequisites is None:
        prerequisites = list(course.source_course.prerequisites.all().order_by("title"))
    if not prerequisites:
        return []
    keys = {course.translation_key for course in prerequisites}
    done = set(
        Enrolment.objects.filter(
            volunteer=user, completed=True, session__course__translation_key__in=keys
        ).values_list("session__course__translation_key", flat=True)
    )
    return [course for course in prerequisites if course.translation_key not in done]


def enrol(user, session_id):
    """Enrol `user` in the session, or put them on its waiting list. Returns (enrolment, created)."""
    with transaction.atomic():
        session = _locked_session(session_id)
        if session.status == SessionStatus.CANCELLED:
            raise EnrolmentRefused(_("Deze sessie gaat helaas niet door. Kies een andere datum."))
        if timezone.now() > session.deadline:
            raise EnrolmentRefused(
                _("Inschrijven voor deze sessie kon tot %(deadline)s. Kies een andere datum.")
                % {"deadline": date_format(timezone.localtime(session.deadline), "DATETIME_FORMAT")}
            )
        existing = (
            Enrolment.objects.filter(volunteer=user, session=session)
            .exclude(status=EnrolmentStatus.CANCELLED)
            .first()
        )
        if existing is not None:
            return existing, False
        course = CoursePage.objects.get(pk=session.course_id)
        missing = missing_prerequisites(user, course)
        if missing:
            raise EnrolmentRefused(
                _("Rond eerst deze cursus af: %(courses)s.")
                % {"courses": ", ".join(page.title for page in missing)}
            )
        enrolled = session.enrolments.filter(status=EnrolmentStatus.ENROLLED).count()
        last = session.enrolments.aggregate(last=Max("queue_number"))["last"] or 0
        has_seat = enrolled < session.capacity and session.status != SessionStatus.FULL
        enrolment = Enrolment.objects.create(
            volunteer=user,
            session=session,
            status=EnrolmentStatus.ENROLLED if has_seat else EnrolmentStatus.WAITING,
            queue_number=last + 1,
        )
    from .emails import send_enrolment_email

    send_enrolment_email(enrolment, "enrolled" if has_seat else "waiting")
    return enrolment, True


def _promote(session):
    """Fill free seats from the waiting list, first come first served. Call under the lock."""
    if session.status == SessionStatus.CANCELLED:
        return []
    enrolled = session.enrolments.filter(status=EnrolmentStatus.ENROLLED).count()
    free = session.capacity - enrolled
    if free <= 0:
        return []
    promoted = list(
        session.enrolments.filter(status=EnrolmentStatus.WAITING).order_by("queue_number", "pk")[:free]
    )
    for enrolment in promoted:
        enrolment.status = EnrolmentStatus.ENROLLED
        enrolment.save(update_fields=["status", "changed"])
    return promoted


def cancel(enrolment, by_organiser=False):
    """Cancel an enrolment (volunteers: before the deadline). Promotes the first waiting."""
    with transaction.atomic():
        session = _locked_session(enrolment.session_id)
        enrolment = Enrolment.objects.get(pk=enrolment.pk)
        if enrolment.status == EnrolmentStatus.CANCELLED:
            return enrolment, []
        if not by_organiser and timezone.now() > session.deadline:
            raise EnrolmentRefused(
                _("Afmelden via de site kan tot de inschrijving sluit. Neem contact op met de organisatie.")
            )
        enrolment.status = EnrolmentStatus.CANCELLED
        enrolment.cancelled_at = timezone.now()
        enrolment.save(update_fields=["status", "cancelled_at", "changed"])
        promoted = _promote(session)
    from .emails import send_enrolment_email

    send_enrolment_email(enrolment, "cancelled")
    for other in promoted:
        send_enrolment_email(other, "promoted")
    return enrolment, promoted


def fill_free_seats(session_id):
    """After an organiser raised the capacity: promote waiting volunteers."""
    with transaction.atomic():
        promoted = _promote(_locked_session(session_id))
    from .emails import send_enrolment_email

    for other in promoted:
        send_enrolment_email(other, "promoted")
    return promoted


def cancel_session(session):
    """Cancel a session and tell everyone enrolled or waiting (once)."""
    with transaction.atomic():
        session = _locked_session(session.pk)
        if session.status != SessionStatus.CANCELLED:
            session.status = SessionStatus.CANCELLED
            session.save(update_fields=["status"])
    return notify_session_cancelled(session)


def notify_session_cancelled(session):
    """Email every active participant of a cancelled session who has not been told yet."""
    from .emails import send_enrolment_email

    if session.status != SessionStatus.CANCELLED:
        return 0
    to_tell = list(
        session.enrolments.filter(
            status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING],
            session_cancelled_notice_sent=False,
            volunteer__isnull=False,
        ).select_related("volunteer")
    )
    for enrolment in to_tell:
        send_enrolment_email(enrolment, "session_cancelled")
    Enrolment.objects.filter(pk__in=[e.pk for e in to_tell]).update(session_cancelled_notice_sent=True)
    return len(to_tell)


def default_language_course(session):
    return CoursePage.objects.filter(
        pk=session.course_id, locale__language_code=settings.LANGUAGE_CODE
    ).first()
