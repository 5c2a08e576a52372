"""Demo content of the records app, for the demo volunteer of academy/demo.py (runs after it).

The demo volunteer gets: the path "Samen tegen eenzaamheid" half done (two of its four required steps),
two course certificates, a confirmed experience at another MO, and a shared passport link.
A few other demo volunteers asked MOs for an introduction (for SMOL's report).
Creates nothing when academy's demo content is not there. Idempotent.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from academy.models import CoursePage, Enrolment, EnrolmentStatus, LearningPathPage, Session, StepKind
from accounts.models import User
from home.models import Municipality

from .models import (
    ExperienceConfirmation,
    ExperienceStatus,
    IntroductionRequest,
    IntroductionStatus,
    PassportShare,
)
from .progress import sync_certificates

DEMO_VOLUNTEER = "vrijwilliger@example.org"
HALF_DONE_PATH = "samen-tegen-eenzaamheid"
EXPERIENCE_PATH = "van-scout-tot-leiding"


def _dutch(model, slug):
    return model.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()


def _complete_course(user, course, days_ago):
    """A past session of the course that the volunteer completed (kept if it is there already)."""
    if Enrolment.objects.filter(volunteer=user, session__course=course, completed=True).exists():
        return 0
    start = (timezone.localtime() - datetime.timedelta(days=days_ago)).replace(
        hour=19, minute=0, second=0, microsecond=0
    )
    session = Session.objects.create(
        course=course,
        start=start,
        end=start + datetime.timedelta(hours=3),
        location="Buurthuis Het Anker",
        municipality=Municipality.objects.filter(slug="venlo").first(),
        capacity=15,
        sort_order=98,
    )
    Enrolment.objects.create(
        volunteer=user,
        session=session,
        status=EnrolmentStatus.ENROLLED,
        queue_number=1,
        attended=True,
        completed=True,
        completed_at=start + datetime.timedelta(hours=3),
    )
    return 2


def load(ctx) -> int:
    demo = User.objects.filter(email=DEMO_VOLUNTEER).first()
    path = _dutch(LearningPathPage, HALF_DONE_PATH)
    if demo is None or path is None:
        return 0
    created = 0
    required_courses = [
        step.course
        for step in path.steps.order_by("sort_order")
        if step.kind == StepKind.COURSE and step.required and step.course_id
    ]
    # Half done: the first two required courses completed; the third stays planned or to do.
    for days_ago, course in zip([60, 25], required_courses[:2], strict=False):
        created += _complete_course(demo, course, days_ago)

    other = _dutch(LearningPathPage, EXPERIENCE_PATH)
    step = (
        other.steps.filter(kind=StepKind.EXPERIENCE).select_related("organisation").first() if other else None
    )
    if step is not None and step.organisation is not None:
        confirmation, was_created = ExperienceConfirmation.objects.get_or_create(
            volunteer=demo,
            organisation=step.organisation,
            title=step.title,
            defaults={
                "step": step,
                "hours": 30,
                "note": "Tien middagen op de speeltuin in Venlo.",
                "status": ExperienceStatus.CONFIRMED,
                "confirmed_at": timezone.now() - datetime.timedelta(days=200),
            },
        )
        created += was_created

    issued, _revoked = sync_certificates(demo)
    created += issued

    _share, was_created = PassportShare.objects.get_or_create(
        volunteer=demo,
        label="Voor mijn sollicitatie bij Humanitas",
        defaults={"show_certificates": True},
    )
    created += was_created

    created += _introductions(ctx)
    ctx.accounts = getattr(ctx, "accounts", [])
    return created


def _introductions(ctx):
    """Introductions from other demo volunteers, some leading to a match (for SMOL's report)."""
    created = 0
    courses = CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path")[:1]
    if not courses:
        return 0
    from organisations.models import OrganisationPage

    orgs = list(
        OrganisationPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path")[:4]
    )
    statuses = [
        IntroductionStatus.MATCHED,
        IntroductionStatus.CONTACTED,
        IntroductionStatus.NO_MATCH,
        IntroductionStatus.NEW,
    ]
    for number in range(1, 7):
        user = User.objects.filter(email=f"deelnemer{number}@example.org").first()
        if user is None or not orgs:
            continue
        org = orgs[number % len(orgs)]
        status = statuses[number % len(statuses)]
        _request, was_created = IntroductionRequest.objects.get_or_create(
            volunteer=user,
            organisation=org,
            defaults={
                "message": "Ik wil graag kennismaken.",
                "match_reasons": "werkt aan uw thema's",
                "consent_at": timezone.now() - datetime.timedelta(days=number * 5),
                "created": timezone.now() - datetime.timedelta(days=number * 5),
                "status": status,
                "answer": "" if status == IntroductionStatus.NEW else "Dank voor uw vraag!",
                "answered_at": None if status == IntroductionStatus.NEW else timezone.now(),
            },
        )
        created += was_created
    return created
