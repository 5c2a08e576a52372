"""Demo content of the academy: the catalogue page, courses of the demo MOs with sessions in the
coming months (some full, with a waiting list), four learning paths and demo enrolments.

Runs after organisations/demo.py; copes with fewer (or no) organisations. Idempotent.
"""

import datetime
import functools
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from accounts.models import User
from home.models import Municipality, Theme
from home.navigation import ensure_navigation_item
from home.pages import get_or_add_child
from organisations.demo import demo_organisations

from .demo_data import CO_HOSTS, COURSES, MUNICIPALITIES, PATHS, PREREQUISITES
from .models import (
    AcademyIndexPage,
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    LearningPathPage,
    LearningPathStep,
    LifePhase,
    PrivacyConsent,
    Session,
    VolunteerProfile,
    current_privacy_version,
)

DEMO_VOLUNTEER = "vrijwilliger@example.org"
EXTRA_VOLUNTEERS = 24
PAST_COURSE = "eenzaamheid-herkennen"


def _academy_rights(academy):
    from home.demo import ensure_smol_groups

    group = ensure_smol_groups()["SMOL academie"]
    for page in Page.objects.filter(translation_key=academy.translation_key):
        for codename in ["add_page", "change_page", "publish_page"]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
    group.permissions.add(
        Permission.objects.get(content_type__app_label="academy", codename="view_all_participants")
    )


@functools.cache
def _demo_password_hash():
    return make_password(settings.DEMO_PASSWORD)  # hashing is slow: once for all demo volunteers


def _volunteer(email, first, last):
    user = User.objects.filter(email=email).first()
    created = 0
    if user is None:
        user = User(username=email, email=email, first_name=first, last_name=last)
        user.password = _demo_password_hash()
        user.save()
        created += 1
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    VolunteerProfile.objects.get_or_create(user=user)
    PrivacyConsent.objects.get_or_create(user=user, version=current_privacy_version())
    return user, created


def _sessions_for(index, ctx, municipalities, fmt, past=False):
    """Two or three sessions in the coming months, the first of every fourth course small (full)."""
    now = timezone.localtime()
    sessions = []
    if past:  # one edition that already took place (the demo volunteer completed it)
        start = (now - datetime.timedelta(days=40)).replace(hour=19, minute=0, second=0, microsecond=0)
        sessions.append(
            Session(
                start=start,
                end=start + datetime.timedelta(hours=3),
                location="Buurthuis De Linde",
                municipality=next((m for m in municipalities if m.slug == "venlo"), None),
                capacity=15,
                sort_order=99,
            )
        )
    for number in range(2 + index % 2):
        day = now + datetime.timedelta(days=10 + index * 3 + number * 30 + ctx.rng.randint(0, 6))
        start = day.replace(hour=ctx.rng.choice([10, 14, 19]), minute=0, second=0, microsecond=0)
        municipality = municipalities[(index + number) % len(municipalities)] if municipalities else None
        online = fmt == "online"
        sessions.append(
            Session(
                start=start,
                end=start + datetime.timedelta(hours=2 if online else 3),
                location=""
                if online
                else f"Buurthuis {ctx.rng.choice(['De Brug', 'Het Anker', 'De Linde'])}",
                municipality=None if online else municipality,
                online_url="https://meet.example.org/academie" if fmt != "fysiek" else "",
                capacity=6 if (index % 4 == 0 and number == 0) else 12 + ctx.rng.randint(0, 8),
                enrolment_deadline=start - datetime.timedelta(days=2),
                minimum_participants=4,
                sort_order=number,
            )
        )
    return sessions


def ensure_academy_page(home):
    """ "Academie" below the home page (in the menu, with SMOL academie's rights). (page, created)."""
    LifePhase.ensure_defaults()
    academy, was_created = get_or_add_child(
        home,
        AcademyIndexPage,
        slug="academie",
        title="Academie",
        intro=(
            "De Vrijwilligersacademie: cursussen van organisaties uit heel Limburg, op één plek. "
            "Leer iets nieuws, ontmoet vrijwilligers van andere organisaties en groei stap voor stap."
        ),
    )
    ensure_navigation_item(academy)
    _academy_rights(academy)
    return academy, was_created


def load(ctx) -> int:
    created = 0
    home = ctx.home
    academy, was_created = ensure_academy_page(home)
    created += was_created

    organisations = demo_organisations()  # the large dataset (demo_large.py) has its own courses
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    phases = {phase.slug: phase for phase in LifePhase.objects.all()}
    municipalities = list(Municipality.objects.filter(slug__in=MUNICIPALITIES).order_by("name"))
    by_name = {org.title: org for org in organisations}
    courses = {}
    if organisations:
        # Prerequisites first, so later courses can point at them.
        ordered = sorted(COURSES, key=lambda row: row[0] in PREREQUISITES)
        for index, (slug, title, org_name, summary, theme_slugs, phase_slugs, fmt, hours, cost) in enumerate(
            ordered
        ):
            org = by_name.get(org_name) or organisations[index % len(organisations)]
            course, was_created = get_or_add_child(
                org,
                CoursePage,
                slug=slug,
                themes=[themes[s] for s in theme_slugs if s in themes],
                title=title,
                summary=summary,
                description=(
                    f"<p>{summary}</p><p>De cursus is praktisch: u oefent met situaties uit uw eigen "
                    "vrijwilligerswerk en ontmoet vrijwilligers van andere organisaties.</p>"
                ),
                learning_goals="<ul><li>U weet wat u kunt doen.</li><li>U oefent in de praktijk.</li>"
                "<li>U kent mensen bij andere organisaties.</li></ul>",
                life_phases=[phases[s] for s in phase_slugs if s in phases],
                format=fmt,
                duration_hours=Decimal(str(hours)),
                cost=Decimal(cost),
                prerequisites=[courses[s] for s in PREREQUISITES.get(slug, []) if s in courses],
                co_hosts=[by_name[name] for name in CO_HOSTS.get(slug, []) if name in by_name],
                sessions=_sessions_for(index, ctx, municipalities, fmt, past=slug == PAST_COURSE),
            )
            created += was_created
            courses[slug] = course

    for slug, title, intro, phase_slugs, theme_slugs, steps in PATHS:
        if not courses:
            break
        step_objects = []
        for order, step in enumerate(steps):
            if step[0] == "cursus":
                if step[1] not in courses:
                    continue
                step_objects.append(
                    LearningPathStep(
                        kind="cursus", course=courses[step[1]], required=step[2], sort_order=order
                    )
                )
            else:
                org = by_name.get(step[1]) or organisations[order % len(organisations)]
                step_objects.append(
                    LearningPathStep(
                        kind="ervaring",
                        organisation=org,
                        title=step[2],
                        description=step[3],
                        required=step[4],
                        sort_order=order,
                    )
                )
        _path, was_created = get_or_add_child(
            academy,
            LearningPathPage,
            slug=slug,
            title=title,
            intro=intro,
            themes=[themes[s] for s in theme_slugs if s in themes],
            life_phases=[phases[s] for s in phase_slugs if s in phases],
            steps=step_objects,
        )
        created += was_created

    created += _enrolments(ctx, courses)
    created += translate_demo_academy(academy)
    ctx.accounts = getattr(ctx, "accounts", [])
    return created


def _enrolments(ctx, courses):
    created = 0
    demo, was_created = _volunteer(DEMO_VOLUNTEER, "Sanne", "de Vries")
    created += was_created
    profile = VolunteerProfile.objects.get(user=demo)
    if profile.municipality_id is None:
        profile.municipality = Municipality.objects.filter(slug="venlo").first()
        profile.life_phase = LifePhase.objects.filter(slug="werkenden").first()
        profile.availability = "avond"
        profile.save()
        profile.themes.set(Theme.objects.filter(slug__in=["eenzaamheid", "positieve-gezondheid"]))
    others = []
    for number in range(1, EXTRA_VOLUNTEERS + 1):
        user, was_created = _volunteer(f"deelnemer{number}@example.org", "Deelnemer", str(number))
        created += was_created
        others.append(user)
    if not courses:
        return created

    def add(user, session, status, queue, **extra):
        _enrolment, was_created = Enrolment.objects.get_or_create(
            volunteer=user, session=session, defaults={"status": status, "queue_number": queue, **extra}
        )
        return int(was_created)

    # Full sessions with a waiting list: the small first session of every fourth course.
    sessions = Session.objects.filter(course__in=[c.pk for c in courses.values()]).order_by(
        "course_id", "start"
    )
    for session in sessions:
        if session.capacity > 6 or session.start < timezone.now():
            continue
        for queue, user in enumerate(others[: session.capacity + 3], start=1):
            status = EnrolmentStatus.ENROLLED if queue <= session.capacity else EnrolmentStatus.WAITING
            created += add(user, session, status, queue)

    # The demo volunteer: two courses enrolled, one on a waiting list, one completed earlier.
    def first_session(slug, full=False):
        course = courses.get(slug)
        if course is None:
            return None
        qs = Session.objects.filter(course=course, start__gt=timezone.now()).order_by("start")
        return (qs.filter(capacity__lte=6) if full else qs.filter(capacity__gt=6)).first()

    for slug in ["positieve-gezondheid-basis", "digitale-vaardigheden"]:
        session = first_session(slug)
        if session is not None:
            created += add(demo, session, EnrolmentStatus.ENROLLED, 100)
    full = first_session("omgaan-met-kinderen", full=True)
    if full is not None:
        created += add(demo, full, EnrolmentStatus.WAITING, 100)
    past = Session.objects.filter(course=courses.get(PAST_COURSE), start__lt=timezone.now()).first()
    if past is not None:
        created += add(
            demo, past, EnrolmentStatus.ENROLLED, 1, attended=True, completed=True, completed_at=past.end
        )
    return created


ENGLISH_COURSES = 12


def translate_demo_academy(academy, limit=ENGLISH_COURSES):
    """The academy page, the first `limit` demo courses and every demo learning path in English."""
    from home.translation import translate_page

    from .demo_data_en import ACADEMY_INDEX_EN, COURSES_EN, PATHS_EN

    translated = 0
    index_en = academy.get_translations().filter(locale__language_code="en").first()
    if index_en is not None and index_en.alias_of_id:
        translate_page(academy, "en", title=ACADEMY_INDEX_EN["title"], intro=ACADEMY_INDEX_EN["intro"])
        translated += 1
    courses = CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug__in=COURSES_EN)
    for course in courses.order_by("path")[:limit]:
        english = course.get_translations().filter(locale__language_code="en").first()
        if english is None or not english.alias_of_id:
            continue
        translate_page(course, "en", **COURSES_EN[course.slug])
        translated += 1
    for path in LearningPathPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, slug__in=PATHS_EN
    ):
        english = path.get_translations().filter(locale__language_code="en").first()
        if english is None or not english.alias_of_id:
            continue
        text = PATHS_EN[path.slug]
        english = translate_page(path, "en", title=text["title"], intro=text["intro"], publish=False)
        steps = list(english.steps.all())
        for position, step_text in text.get("steps", {}).items():
            if position < len(steps):
                steps[position].title = step_text["title"]
                steps[position].description = step_text["description"]
        english.steps = steps
        english.save()
        english.save_revision().publish()
        translated += 1
    return translated
