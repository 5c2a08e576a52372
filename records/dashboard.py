"""Counts for SMOL: the academy per MO, per theme and per path (this year vs last), and introductions
per MO. Only counts, never a name or an email address. A fixed number of queries."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from academy.models import CoursePage, Enrolment, EnrolmentStatus, LearningPathPage, StepKind
from home.models import ThemedPage

from .models import ExperienceConfirmation, ExperienceStatus, IntroductionRequest, IntroductionStatus
from .progress import experience_key, owners_of


def _years():
    this = timezone.localdate().year
    return this, this - 1


def academy_rows():
    """Rows of dicts: dimension, name, enrolments/completions this and last year, paths in progress."""
    this, last = _years()
    active = Enrolment.objects.exclude(status=EnrolmentStatus.CANCELLED)
    per_course = list(
        active.values("session__course_id").annotate(
            enrolled_this=Count("pk", filter=Q(created__year=this)),
            enrolled_last=Count("pk", filter=Q(created__year=last)),
            completed_this=Count("pk", filter=Q(completed=True, completed_at__year=this)),
            completed_last=Count("pk", filter=Q(completed=True, completed_at__year=last)),
        )
    )
    course_ids = [row["session__course_id"] for row in per_course]
    courses = list(CoursePage.objects.filter(pk__in=course_ids).only("pk", "path", "depth", "title"))
    owners = owners_of(courses)
    themes = defaultdict(list)
    for course_id, theme in ThemedPage.objects.filter(content_object_id__in=course_ids).values_list(
        "content_object_id", "tag__name"
    ):
        themes[course_id].append(theme)

    fields = ["enrolled_this", "enrolled_last", "completed_this", "completed_last"]
    by_org, by_theme = (
        defaultdict(lambda: dict.fromkeys(fields, 0)),
        defaultdict(lambda: dict.fromkeys(fields, 0)),
    )
    for row in per_course:
        owner = owners.get(row["session__course_id"])
        targets = [by_org[owner.title if owner else "-"]]
        targets += [by_theme[name] for name in themes.get(row["session__course_id"], [])]
        for target in targets:
            for name in fields:
                target[name] += row[name]

    rows = []
    for dimension, data in (("organisatie", by_org), ("thema", by_theme)):
        for name in sorted(data):
            rows.append(
                {"dimension": dimension, "name": name, **data[name], "in_progress": "", "paths_completed": ""}
            )
    for path, in_progress, completed in path_counts():
        rows.append(
            {
                "dimension": "leerlijn",
                "name": path.title,
                **dict.fromkeys(fields, ""),
                "in_progress": in_progress,
                "paths_completed": completed,
            }
        )
    return rows


def path_counts():
    """(path, volunteers in progress, volunteers who completed it) for each Dutch path."""
    paths = list(
        LearningPathPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
        .prefetch_related("steps__course", "steps__organisation")
    )
    done_courses = defaultdict(set)
    for volunteer_id, key in (
        Enrolment.objects.filter(completed=True, volunteer__isnull=False)
        .exclude(status=EnrolmentStatus.CANCELLED)
        .values_list("volunteer_id", "session__course__translation_key")
        .distinct()
    ):
        done_courses[volunteer_id].add(key)
    done_experiences = defaultdict(set)
    for row in ExperienceConfirmation.objects.filter(status=ExperienceStatus.CONFIRMED).values(
        "volunteer_id", "organisation__translation_key", "title"
    ):
        done_experiences[row["volunteer_id"]].add(
            (row["organisation__translation_key"], row["title"].strip().casefold())
        )
    volunteers = set(done_courses) | set(done_experiences)
    result = []
    for path in paths:
        steps = []
        for step in path.steps.all():
            if step.kind == StepKind.COURSE and step.course_id:
                steps.append(("course", step.course.translation_key, step.required))
            elif step.kind == StepKind.EXPERIENCE:
                steps.append(("experience", experience_key(step.organisation, step.title), step.required))
        in_progress = completed = 0
        for volunteer in volunteers:
            states = [
                (key in done_courses[volunteer]) if kind == "course" else (key in done_experiences[volunteer])
                for kind, key, _required in steps
            ]
            required = [state for state, (_k, _key, req) in zip(states, steps, strict=True) if req]
            if required and all(required):
                completed += 1
            elif any(states):
                in_progress += 1
        result.append((path, in_progress, completed))
    return result


def introduction_rows():
    """Per MO: introductions asked, answered, and how many led to a match. No personal data."""
    rows = (
        IntroductionRequest.objects.values("organisation__title")
        .annotate(
            asked=Count("pk"),
            answered=Count("pk", filter=~Q(status=IntroductionStatus.NEW)),
            matched=Count("pk", filter=Q(status=IntroductionStatus.MATCHED)),
        )
        .order_by("organisation__title")
    )
    return [
        {
            "organisation": row["organisation__title"],
            "asked": row["asked"],
            "answered": row["answered"],
            "matched": row["matched"],
        }
        for row in rows
    ]
