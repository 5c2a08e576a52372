"""Progress of a volunteer across organisations, computed (never stored) from academy's records.

Rules
-----
- A course counts as done when the volunteer completed ANY session of it (``Enrolment.completed``,
  marked by the organiser), whichever MO ran that session and in whichever language the volunteer
  enrolled. Courses are compared by ``translation_key``: the same course in every language.
- An experience step counts as done when the MO confirmed it (``ExperienceConfirmation``, status
  confirmed) for that step, or for the same experience (organisation + title) in another path.
- A learning path is complete when all its REQUIRED steps are done; optional steps never block it.
- Because nothing is stored, revoking a completion (the organiser unticks "afgerond", the MO
  withdraws a confirmation) reopens the path at once; ``sync_certificates`` then revokes the
  certificates that no longer hold.

The number of queries does not depend on the number of enrolments, paths or steps.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from academy.models import (
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    LearningPathPage,
    LearningPathStep,
    Session,
    StepKind,
)

from .models import Certificate, CertificateKind, ExperienceConfirmation, ExperienceStatus

NETWORK_NAME = "SMOL"
DONE, PLANNED, TODO = "done", "planned", "todo"
STATE_LABELS = {DONE: _("gedaan"), PLANNED: _("gepland"), TODO: _("nog te doen")}


def experience_key(organisation, title):
    return (organisation.translation_key if organisation else None, (title or "").strip().casefold())


@dataclass
class CourseDone:
    key: object
    course: object
    completed_on: object
    hours: Decimal
    organisation: object = None
    co_hosts: list = field(default_factory=list)  # read when a certificate is issued (sync_certificates)


@dataclass
class StepProgress:
    step: object
    state: str
    organisation: object = None
    course: object = None
    completed_on: object = None

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def title(self):
        return self.course.title if self.course is not None else self.step.title


@dataclass
class PathProgress:
    path: object
    steps: list
    required_total: int = 0
    required_done: int = 0
    completed_on: object = None
    followed: bool = False

    @property
    def is_complete(self):
        return self.required_done == self.required_total

    @property
    def organisations(self):
        seen, result = set(), []
        for step in self.steps:
            org = step.organisation
            if org is not None and org.pk not in seen:
                seen.add(org.pk)
                result.append(org)
        return result


@dataclass
class Record:
    """Everything the volunteer learned and did, as shown in the leerdossier and the passport."""

    user: object
    courses: list
    planned_course_keys: set
    experiences: list
    requested_experiences: list
    paths: list
    # Enrolments still to come (enrolled or waiting), soonest first.
    enrolments: list = field(default_factory=list)

    @property
    def hours_learned(self):
        return sum((c.hours for c in self.courses), Decimal(0))

    @property
    def hours_experience(self):
        return sum((e.hours or 0 for e in self.experiences), 0)

    @property
    def completed_paths(self):
        return [p for p in self.paths if p.is_complete]

    @property
    def organisations(self):
        """Every organisation the volunteer learned or worked with."""
        seen, result = set(), []
        for item in [c.organisation for c in self.courses] + [e.organisation for e in self.experiences]:
            if item is not None and item.translation_key not in seen:
                seen.add(item.translation_key)
                result.append(item)
        return result

    @property
    def milestones(self):
        return milestones(self)


# What a record reads of a path's steps and their pages (a course or an organisation page has some
# fifty columns, long texts among them).
_PAGE_FIELDS = ("title", "translation_key", "path", "depth", "url_path", "locale_id", "live")
STEP_FIELDS = (
    *(f"path__{name}" for name in _PAGE_FIELDS),
    "path_id",
    "sort_order",
    "kind",
    "course_id",
    "organisation_id",
    "title",
    "required",
    *(f"course__{name}" for name in (*_PAGE_FIELDS, "duration_hours")),
    *(f"organisation__{name}" for name in _PAGE_FIELDS),
)


def _own_fields(model):
    """The names of `model`'s own columns, for `only()` beside the columns of related pages."""
    return [field.name for field in model._meta.concrete_fields]


def owners_of(courses):
    """{course.pk: owning OrganisationPage} in one query (a course lives under its MO)."""
    parent_paths = {c.pk: c.path[: -c.steplen] for c in courses if c.depth > 1}
    if not parent_paths:
        return {}
    # Plain pages: their title and translation key are all anyone reads of them.
    owners = Page.objects.filter(path__in=set(parent_paths.values()))
    by_path = {org.path: org for org in owners}
    return {pk: by_path.get(path) for pk, path in parent_paths.items()}


def _localised(pages_by_key, model, language):
    """Swap default-language pages for the current language's pages where those exist."""
    if language == settings.LANGUAGE_CODE or not pages_by_key:
        return pages_by_key
    local = model.objects.filter(translation_key__in=pages_by_key.keys(), locale__language_code=language)
    result = dict(pages_by_key)
    for page in local:
        result[page.translation_key] = page
    return result


def _enrolments(user):
    """The volunteer's completed enrolments and those still to come, in one query (oldest first)."""
    now = timezone.now()
    return list(
        Enrolment.objects.filter(volunteer=user)
        .exclude(status=EnrolmentStatus.CANCELLED)
        .filter(
            Q(completed=True)
            | Q(status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING], session__end__gte=now)
        )
        .select_related("session__course", "session__municipality")
        .only(
            *_own_fields(Enrolment),
            *(f"session__{name}" for name in _own_fields(Session)),
            *(f"session__course__{name}" for name in (*_PAGE_FIELDS, "duration_hours")),
            "session__municipality__name",
        )
        .order_by("completed_at", "pk")
    )


def co_hosts_of(courses):
    """{course pk: [co-hosting organisation pages]} in one query: plain pages, their titles go on
    the certificates."""
    hosts = {}
    for host in Page.objects.filter(
        organisationpage__co_hosted_courses__in=[course.pk for course in courses]
    ).annotate(co_hosted_id=F("organisationpage__co_hosted_courses")):
        hosts.setdefault(host.co_hosted_id, []).append(host)
    return hosts


def completed_courses(user, enrolments=None):
    """One CourseDone per course (translation key), the earliest completion (the owner follows in
    build_record; the co-hosts only when a certificate is issued, see sync_certificates).

    ``enrolments``: the volunteer's enrolments when the caller already read them (see _enrolments).
    """
    rows = [e for e in (_enrolments(user) if enrolments is None else enrolments) if e.completed]
    done = {}
    for enrolment in rows:
        course = enrolment.session.course
        if course.translation_key in done:
            continue
        when = enrolment.completed_at or enrolment.session.end
        done[course.translation_key] = CourseDone(
            key=course.translation_key,
            course=course,
            completed_on=timezone.localtime(when).date(),
            hours=course.duration_hours or Decimal(0),
        )
    return list(done.values())


def build_record(user, language=None, paths=None):
    """The volunteer's whole record. ``paths``: limit to these LearningPathPages (default: all followed).

    A fixed number of queries: enrolments, co-hosts, experiences, paths, their steps, the courses'
    organisations (and, in another language than Dutch, the translated courses).
    """
    language = language or settings.LANGUAGE_CODE
    now = timezone.now()
    enrolments = _enrolments(user)
    courses = completed_courses(user, enrolments)
    done_keys = {c.key: c for c in courses}
    active = [
        e.session.course.translation_key
        for e in enrolments
        if e.status in (EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING)
        and not e.completed
        and e.session.end >= now
    ]
    planned_keys = set(active) - set(done_keys)
    upcoming = sorted(
        (
            e
            for e in enrolments
            if e.status in (EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING) and e.session.end >= now
        ),
        key=lambda e: e.session.start,
    )

    confirmations = list(
        ExperienceConfirmation.objects.filter(volunteer=user)
        .exclude(status=ExperienceStatus.DECLINED)
        .select_related("organisation")
        .only(*_own_fields(ExperienceConfirmation), *(f"organisation__{name}" for name in _PAGE_FIELDS))
        .order_by("created", "pk")
    )
    confirmed = [c for c in confirmations if c.is_confirmed]
    requested = [c for c in confirmations if not c.is_confirmed]
    confirmed_keys = {experience_key(c.organisation, c.title): c for c in confirmed}
    requested_steps = {c.step_id for c in requested if c.step_id}
    requested_keys = {experience_key(c.organisation, c.title) for c in requested}

    if paths is None:
        path_qs = LearningPathPage.objects.live().filter(locale__language_code=language)
    elif isinstance(paths, QuerySet):
        path_qs = paths
    else:
        path_qs = LearningPathPage.objects.filter(pk__in=[p.pk for p in paths])
    if paths is None or isinstance(paths, QuerySet):
        # Only paths with a step the volunteer did, plans or asked about can be followed or complete
        # (a path counts only with a required step done): the others are not read at all.
        pages_with_key = Page.objects.filter(translation_key__in=set(done_keys) | planned_keys).values("pk")
        organisations_asked = Page.objects.filter(
            translation_key__in={c.organisation.translation_key for c in confirmations if c.organisation_id}
        ).values("pk")
        touched = LearningPathStep.objects.filter(
            Q(course_id__in=pages_with_key)
            | Q(pk__in={c.step_id for c in confirmations if c.step_id})
            | Q(kind=StepKind.EXPERIENCE, organisation_id__in=organisations_asked)
        )
        path_qs = path_qs.filter(pk__in=touched.values("path_id"))
    # The steps of those paths, each with its path, course and organisation. The paths' ids first:
    # as a subquery the planner expects dozens of paths and reads every step.
    path_ids = list(path_qs.values_list("pk", flat=True))
    paths_by_id = {}
    for step in (
        LearningPathStep.objects.filter(path_id__in=path_ids)
        .select_related("path", "course", "organisation")
        .only(*STEP_FIELDS)
        .order_by("path__path")
    ):
        paths_by_id.setdefault(step.path_id, (step.path, []))[1].append(step)
    path_list = list(paths_by_id.values())
    step_courses = [s.course for _path, steps in path_list for s in steps if s.course_id]
    # The organisations of completed courses and of the paths' courses, together.
    owners = owners_of([c.course for c in courses] + step_courses)
    for item in courses:
        item.organisation = owners.get(item.course.pk)
    course_by_key = _localised({c.translation_key: c for c in step_courses}, CoursePage, language)

    progress = []
    for path, path_steps in path_list:
        steps = []
        for step in sorted(path_steps, key=lambda s: (s.sort_order or 0, s.pk)):
            if step.kind == StepKind.COURSE and step.course_id:
                key = step.course.translation_key
                state = DONE if key in done_keys else PLANNED if key in planned_keys else TODO
                steps.append(
                    StepProgress(
                        step=step,
                        state=state,
                        organisation=owners.get(step.course.pk),
                        course=course_by_key.get(key, step.course),
                        completed_on=done_keys[key].completed_on if key in done_keys else None,
                    )
                )
            elif step.kind == StepKind.EXPERIENCE:
                key = experience_key(step.organisation, step.title)
                match = next((c for c in confirmed if c.step_id == step.pk), None) or confirmed_keys.get(key)
                if match is not None:
                    state, when = DONE, timezone.localtime(match.confirmed_at or match.created).date()
                elif step.pk in requested_steps or key in requested_keys:
                    state, when = PLANNED, None
                else:
                    state, when = TODO, None
                steps.append(
                    StepProgress(step=step, state=state, organisation=step.organisation, completed_on=when)
                )
        required = [s for s in steps if s.step.required]
        item = PathProgress(
            path=path,
            steps=steps,
            required_total=len(required),
            required_done=sum(1 for s in required if s.state == DONE),
        )
        if item.is_complete and required:
            item.completed_on = max(s.completed_on for s in required)
        item.followed = any(s.state in (DONE, PLANNED) for s in steps)
        if (paths is not None or item.followed) and required:
            progress.append(item)

    return Record(
        user=user,
        courses=courses,
        planned_course_keys=planned_keys,
        experiences=confirmed,
        requested_experiences=requested,
        paths=progress,
        enrolments=upcoming,
    )


def path_progress(user, path):
    """Progress of one path (followed or not)."""
    return build_record(user, paths=[path]).paths[0]


def milestones(record):
    """Recognition of what the volunteer did: never a comparison with other volunteers."""
    hours = record.hours_learned
    experience_orgs = {e.organisation.translation_key for e in record.experiences if e.organisation_id}
    items = [
        ("first-course", _("Eerste cursus afgerond"), bool(record.courses)),
        ("first-path", _("Eerste leerlijn afgerond"), bool(record.completed_paths)),
        ("hours-10", _("10 uur geleerd"), hours >= 10),
        ("hours-25", _("25 uur geleerd"), hours >= 25),
        ("hours-50", _("50 uur geleerd"), hours >= 50),
        ("three-organisations", _("Ervaring bij 3 organisaties"), len(experience_orgs) >= 3),
    ]
    return [{"slug": slug, "label": label, "reached": reached} for slug, label, reached in items]


# --- Certificates follow the record ----------------------------------------------------------------


def recipient_name(user):
    return (user.get_full_name() or "").strip() or user.username


def _issuers(organisations):
    names = []
    for org in organisations:
        if org is not None and org.title not in names:
            names.append(org.title)
    return ", ".join(names + [NETWORK_NAME])


def certificate_record(user):
    """The record certificates are issued from: every default-language path, followed or not."""
    return build_record(
        user, paths=LearningPathPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    )


def sync_certificates(user, record=None):
    """Issue a certificate for every completed course and path; revoke those that no longer hold.

    Idempotent. Returns (issued, revoked) counts. ``record``: the volunteer's `certificate_record`
    when the caller already built it; its ``certificates`` are then set to the valid certificates
    after the sync, newest first (no query needed to show them).
    """
    if user is None or not user.pk:
        return 0, 0
    if record is None:
        record = certificate_record(user)
    wanted, courses_done = {}, {}
    for done in record.courses:
        courses_done[done.key] = done
        wanted[(CertificateKind.COURSE, done.key)] = {
            "course": done.course,
            "title": done.course.title,
            "issuers": None,  # below, for the certificates to issue only (their co-hosts: a query)
            "hours": done.hours or None,
            "completed_on": done.completed_on,
        }
    for item in record.completed_paths:
        hours = sum(
            (s.course.duration_hours or 0 for s in item.steps if s.course is not None and s.state == DONE),
            Decimal(0),
        )
        wanted[(CertificateKind.PATH, item.path.translation_key)] = {
            "path": item.path,
            "title": item.path.title,
            "issuers": _issuers(item.organisations),
            "hours": hours or None,
            "completed_on": item.completed_on,
        }
    issued = revoked = 0
    valid = {
        (c.kind, c.subject_key): c
        for c in Certificate.objects.filter(volunteer=user, revoked_at__isnull=True)
    }
    current = [cert for key, cert in valid.items() if key in wanted]
    stale = [cert for key, cert in valid.items() if key not in wanted]
    missing = [(key, fields) for key, fields in wanted.items() if key not in valid]
    to_issue = [courses_done[key] for (kind, key), _fields in missing if kind == CertificateKind.COURSE]
    if to_issue:
        hosts = co_hosts_of([done.course for done in to_issue])
        for done in to_issue:
            done.co_hosts = hosts.get(done.course.pk, [])
            wanted[(CertificateKind.COURSE, done.key)]["issuers"] = _issuers(
                [done.organisation, *done.co_hosts]
            )
    if stale or missing:  # nothing to write, no transaction (the usual case on every visit)
        with transaction.atomic():
            for cert in stale:
                cert.revoked_at = timezone.now()
                cert.save(update_fields=["revoked_at"])
                revoked += 1
            name = recipient_name(user)
            for (kind, subject_key), fields in missing:
                current.append(
                    Certificate.objects.create(
                        volunteer=user, kind=kind, subject_key=subject_key, recipient_name=name, **fields
                    )
                )
                issued += 1
    record.certificates = sorted(current, key=lambda cert: (cert.completed_on, cert.pk), reverse=True)
    return issued, revoked
