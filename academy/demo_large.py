"""The large demo dataset, academy's part: 2 000 courses with 6 000 sessions, 50 learning paths,
50 000 volunteers and 200 000 enrolments.

Courses are the demo's course templates (academy/demo_data.py) below the large MOs, published over the
last five years, each with its English alias. Sessions (on the Dutch course only, see academy/models.py)
run from a week after the course was published to half a year from now. Volunteers are complete
accounts: verified email address, profile, privacy consent, one shared demo password (hashed once).

Enrolments follow the rules of academy/enrolment.py: at most one active enrolment per volunteer and
session; in arrival order (`queue_number`) the first `capacity` active ones have a seat and the rest
wait; some cancelled. In sessions that took place most of the enrolled attended and completed.
Idempotent: MOs that have courses get none, paths are found by slug, volunteers by email address,
and enrolments are only made for the sessions made in the same run.
"""

import datetime
import random
import secrets
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from home.demo_large import (
    add_aliases,
    add_m2m,
    add_themes,
    chunks,
    insert_pages,
    large_count,
    parents_with_children,
    place_children,
    timed,
    unique_slug,
)
from home.models import Municipality, Theme
from organisations.demo_large import large_organisations
from stories.demo_large import YEARS, allocate

from .demo import ensure_academy_page
from .demo_data import COURSES
from .models import (
    Availability,
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    LearningPathPage,
    LearningPathStep,
    Level,
    LifePhase,
    PrivacyConsent,
    Session,
    SessionStatus,
    StepKind,
    VolunteerProfile,
    current_privacy_version,
)

CAPACITIES = [12, 16, 20, 24, 30, 36, 40, 50]
CANCELLED_SESSIONS = 0.02
CANCELLED_ENROLMENTS = 0.07
ATTENDED = 0.88
COMPLETED_WHEN_ATTENDED = 0.92
VOLUNTEER_DOMAINS = ["vrijwilligers.example.org", "buurtpost.example.net", "mail.example.com"]
FIRST_NAMES = [
    "Anouk", "Bas", "Chantal", "Daan", "Emma", "Fleur", "Gijs", "Hanneke", "Ilse", "Jeroen", "Kim",
    "Lotte", "Mohamed", "Noor", "Olga", "Pieter", "Roos", "Sem", "Tess", "Yusuf", "Wim", "Zeynep",
    "Marloes", "Luuk", "Fatima", "Jan", "Maria", "Thijs", "Sanne", "Ruud",
]  # fmt: skip
LAST_NAMES = [
    "Janssen", "Peters", "Smeets", "Hermans", "Willems", "Bemelmans", "Claessens", "Vossen", "Lemmens",
    "Hendriks", "Dassen", "Coenen", "Kurvers", "Gerards", "Jacobs", "Schreurs", "Bosch", "Wetzels",
    "Ramakers", "Maessen", "Brouns", "Stassen", "Heijnen", "Lenssen", "Frissen",
]  # fmt: skip
PATH_STEPS = [
    "de basis",
    "verder groeien",
    "samen organiseren",
    "voor jongeren",
    "in uw eigen buurt",
]
EXPERIENCES = [
    ("Drie maanden meedraaien", "Elke week een dagdeel meehelpen; de organisatie bevestigt dit."),
    ("Een project mee organiseren", "Samen met een ervaren vrijwilliger een activiteit opzetten."),
    ("Een half jaar maatje", "Een half jaar maatje van iemand; de organisatie bevestigt dit."),
]


def _aware(date_or_datetime):
    if isinstance(date_or_datetime, datetime.datetime):
        return date_or_datetime
    return datetime.datetime.combine(
        date_or_datetime, datetime.time(9), tzinfo=timezone.get_current_timezone()
    )


# --- Courses and sessions --------------------------------------------------------------------


def _courses(ctx, rng, organisations, municipalities):
    """Courses of the large MOs that have none yet (with aliases, themes, audiences, co-hosts)."""
    weights = [rng.lognormvariate(0, 0.5) for _org in organisations]
    counts = allocate(large_count(ctx, "courses"), weights)
    done = parents_with_children(CoursePage, organisations)
    todo = [(org, n) for org, n in zip(organisations, counts) if org.path not in done and n]
    if not todo:
        return []
    themes = {t.slug: t.pk for t in Theme.objects.all()}
    phases = {p.slug: p.pk for p in LifePhase.objects.all()}
    now = timezone.now()
    all_org_ids = [org.pk for org in organisations]
    parents_and_pages = []
    for org, n in todo:
        titles, slugs, pages = set(), set(), []
        for _number in range(n):
            _slug, title, _org_name, summary, theme_slugs, phase_slugs, fmt, hours, cost = rng.choice(COURSES)
            place = org.city or rng.choice(municipalities).name
            if title in titles:
                title = (
                    f"{title} in {place}" if f"{title} in {place}" not in titles else f"{title} ({_number})"
                )
            titles.add(title)
            slug = unique_slug(title, slugs)
            published = now - datetime.timedelta(
                days=rng.randint(20, 365 * YEARS), minutes=rng.randint(0, 600)
            )
            page = CoursePage(
                title=title,
                slug=slug,
                summary=summary,
                search_description=summary,
                description=(
                    f"<p>{summary}</p><p>{org.title} geeft deze cursus in {place}. U oefent met situaties "
                    "uit uw eigen vrijwilligerswerk en ontmoet vrijwilligers van andere organisaties.</p>"
                ),
                learning_goals="<ul><li>U weet wat u kunt doen.</li><li>U oefent in de praktijk.</li>"
                "<li>U kent mensen bij andere organisaties.</li></ul>",
                level=rng.choice(Level.values),
                format=fmt,
                duration_hours=Decimal(str(hours)),
                cost=Decimal(cost),
                first_published_at=published,
                last_published_at=published,
            )
            page._large = {
                "themes": [themes[s] for s in theme_slugs if s in themes],
                "phases": [phases[s] for s in phase_slugs if s in phases],
                "co_host": rng.choice(all_org_ids) if rng.random() < 0.05 else None,
                "organisation": org,
            }
            pages.append(page)
        place_children(org, pages)
        parents_and_pages.append((org, pages))
    courses = [page for _org, pages in parents_and_pages for page in pages]
    insert_pages(courses)
    aliases_of = add_aliases(parents_and_pages)
    themed, phased, co_hosted = [], [], []
    for course in courses:
        extra = course._large
        for target in [course, *aliases_of[course.pk]]:
            themed.append((target.pk, extra["themes"]))
            phased += [(target.pk, phase) for phase in extra["phases"]]
            if extra["co_host"] and extra["co_host"] != extra["organisation"].pk:
                co_hosted.append((target.pk, extra["co_host"]))
    add_themes(themed)
    add_m2m(CoursePage.life_phases.through, "coursepage", "lifephase", phased)
    add_m2m(CoursePage.co_hosts.through, "coursepage", "organisationpage", co_hosted)
    return courses


def _sessions(ctx, rng, courses, municipalities):
    total = max(large_count(ctx, "sessions"), len(courses))
    counts = [1 + n for n in allocate(total - len(courses), [rng.uniform(0.5, 1.5) for _c in courses])]
    now = timezone.now()
    horizon = now + datetime.timedelta(days=180)
    sessions = []
    for course, n in zip(courses, counts):
        earliest = course.first_published_at + datetime.timedelta(days=7)
        span = max(int((horizon - earliest).total_seconds() // 86400), 1)
        for number in range(n):
            day = timezone.localtime(earliest + datetime.timedelta(days=rng.randint(0, span)))
            start = day.replace(hour=rng.choice([10, 14, 19]), minute=0, second=0, microsecond=0)
            online = course.format == "online"
            municipality = rng.choice(municipalities)
            sessions.append(
                Session(
                    course_id=course.pk,
                    sort_order=number,
                    start=start,
                    end=start + datetime.timedelta(hours=2 if online else 3),
                    location=""
                    if online
                    else f"Buurthuis {rng.choice(['De Brug', 'Het Anker', 'De Linde'])}",
                    municipality=None if online else municipality,
                    online_url="https://meet.example.org/academie" if course.format != "fysiek" else "",
                    capacity=rng.choice(CAPACITIES),
                    enrolment_deadline=start - datetime.timedelta(days=2),
                    minimum_participants=4,
                    status=SessionStatus.CANCELLED
                    if rng.random() < CANCELLED_SESSIONS
                    else SessionStatus.PLANNED,
                )
            )
    Session.objects.bulk_create(sessions, batch_size=1000)
    return sessions


# --- Learning paths --------------------------------------------------------------------------


def _paths(ctx, rng, academy):
    """Learning paths across MOs: courses of several large MOs on one theme, and an experience."""
    count = large_count(ctx, "paths")
    theme_list = list(Theme.objects.order_by("sort_order", "name"))
    titles = [f"{theme.name}: {step}" for step in PATH_STEPS for theme in theme_list][:count]
    existing = set(LearningPathPage.objects.child_of(academy).values_list("slug", flat=True))
    wanted = [(title, theme_list[i % len(theme_list)]) for i, title in enumerate(titles)]
    wanted = [(title, theme) for title, theme in wanted if slugify(title) not in existing]
    organisations = large_organisations(ctx)
    if not wanted or not organisations:
        return []
    by_theme = {}
    large_paths = [org.path for org in organisations]
    courses = CoursePage.objects.filter(locale_id=academy.locale_id, depth=organisations[0].depth + 1)
    for pk, path, theme_id in courses.values_list("pk", "path", "themed_items__tag_id"):
        if path[: -CoursePage.steplen] in large_paths:
            by_theme.setdefault(theme_id, []).append((pk, path[: -CoursePage.steplen]))
    phases = list(LifePhase.objects.values_list("pk", flat=True))
    org_ids = [org.pk for org in organisations]
    pages = []
    now = timezone.now()
    for title, theme in wanted:
        published = now - datetime.timedelta(days=rng.randint(30, 365 * 3))
        page = LearningPathPage(
            title=title,
            slug=slugify(title),
            intro=f"Een leerlijn over {theme.name.lower()}, met cursussen van organisaties uit heel Limburg.",
            search_description=f"Leerlijn {theme.name}",
            description="<p>Volg de stappen in uw eigen tempo. Verplichte stappen staan bovenaan.</p>",
            first_published_at=published,
            last_published_at=published,
        )
        candidates = list(by_theme.get(theme.pk, []))
        rng.shuffle(candidates)
        chosen, seen_orgs = [], set()
        for pk, org_path in candidates:  # courses of different MOs
            if org_path not in seen_orgs:
                chosen.append(pk)
                seen_orgs.add(org_path)
            if len(chosen) == rng.randint(3, 4):
                break
        experience = rng.choice(EXPERIENCES)
        steps = [
            {"kind": StepKind.COURSE, "course_id": pk, "required": order < 3, "sort_order": order}
            for order, pk in enumerate(chosen)
        ]
        steps.append(
            {
                "kind": StepKind.EXPERIENCE,
                "organisation_id": rng.choice(org_ids),
                "title": experience[0],
                "description": experience[1],
                "required": True,
                "sort_order": len(steps),
            }
        )
        page._large = {"theme": theme.pk, "phases": rng.sample(phases, min(2, len(phases))), "steps": steps}
        pages.append(page)
    place_children(academy, pages)
    insert_pages(pages)
    aliases_of = add_aliases([(academy, pages)])
    themed, phased, steps = [], [], []
    for page in pages:
        for target in [page, *aliases_of[page.pk]]:
            themed.append((target.pk, [page._large["theme"]]))
            phased += [(target.pk, phase) for phase in page._large["phases"]]
            steps += [LearningPathStep(path_id=target.pk, **step) for step in page._large["steps"]]
    add_themes(themed)
    add_m2m(LearningPathPage.life_phases.through, "learningpathpage", "lifephase", phased)
    LearningPathStep.objects.bulk_create(steps, batch_size=1000)
    return pages


# --- Volunteers and enrolments ---------------------------------------------------------------


def large_volunteers():
    """The large dataset's volunteer accounts (they use their own example domains)."""
    domains = Q()
    for domain in VOLUNTEER_DOMAINS:
        domains |= Q(email__endswith=f"@{domain}")
    return User.objects.filter(domains)


def _volunteers(ctx, rng, municipalities):
    """50 000 volunteer accounts with their email address, profile and consent. Returns their ids."""
    count = large_count(ctx, "volunteers")
    existing = list(large_volunteers().order_by("pk").values_list("pk", flat=True))
    if existing:
        return existing, 0
    password = make_password(settings.DEMO_PASSWORD)  # hashing is slow: once for all of them
    now = timezone.now()
    users = []
    for number in range(1, count + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = (
            f"{first.lower()}.{last.lower()}.{number}@{VOLUNTEER_DOMAINS[number % len(VOLUNTEER_DOMAINS)]}"
        )
        joined = now - datetime.timedelta(days=rng.randint(1, 365 * YEARS), minutes=rng.randint(0, 1440))
        users.append(
            User(
                username=email,
                email=email,
                first_name=first,
                last_name=last,
                password=password,
                date_joined=joined,
                last_login=now - datetime.timedelta(days=rng.randint(0, 700)),
                preferred_language="en" if rng.random() < 0.08 else "nl",
            )
        )
    for batch in chunks(users, 2000):
        User.objects.bulk_create(batch)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user_id=u.pk, email=u.email, verified=True, primary=True) for u in users],
        batch_size=2000,
    )
    phases = list(LifePhase.objects.values_list("pk", flat=True))
    theme_ids = list(Theme.objects.values_list("pk", flat=True))
    profiles = [
        VolunteerProfile(
            user_id=u.pk,
            municipality_id=rng.choice(municipalities).pk,
            life_phase_id=rng.choice(phases),
            availability=rng.choice(Availability.values),
            feed_token=secrets.token_urlsafe(32),
        )
        for u in users
    ]
    VolunteerProfile.objects.bulk_create(profiles, batch_size=2000)
    add_m2m(
        VolunteerProfile.themes.through,
        "volunteerprofile",
        "theme",
        [(p.pk, t) for p in profiles for t in rng.sample(theme_ids, rng.randint(1, 3))],
    )
    version = current_privacy_version()
    PrivacyConsent.objects.bulk_create(
        [PrivacyConsent(user_id=u.pk, version=version, given_at=u.date_joined) for u in users],
        batch_size=2000,
    )
    return [u.pk for u in users], len(users)


def _enrolments(ctx, rng, sessions, volunteer_ids):
    """Enrolments in the new sessions, as the enrolment rules would have made them."""
    if not sessions or not volunteer_ids:
        return 0
    total = large_count(ctx, "enrolments")
    counts = allocate(total, [s.capacity * rng.uniform(0.5, 1.4) for s in sessions])
    now = timezone.now()
    rows = []
    for session, n in zip(sessions, counts):
        n = min(n, len(volunteer_ids))
        past = session.end < now
        seats = session.capacity
        for queue, volunteer_id in enumerate(rng.sample(volunteer_ids, n), start=1):
            created = min(
                session.start - datetime.timedelta(days=rng.randint(3, 60), minutes=rng.randint(0, 900)), now
            )
            enrolment = Enrolment(
                volunteer_id=volunteer_id,
                session_id=session.pk,
                created=created,
                queue_number=queue,
                session_cancelled_notice_sent=session.status == SessionStatus.CANCELLED,
            )
            if rng.random() < CANCELLED_ENROLMENTS:
                enrolment.status = EnrolmentStatus.CANCELLED
                enrolment.cancelled_at = created + datetime.timedelta(days=1)
            elif seats > 0:
                seats -= 1
                enrolment.status = EnrolmentStatus.ENROLLED
                if past and session.status != SessionStatus.CANCELLED:
                    enrolment.attended = rng.random() < ATTENDED
                    if enrolment.attended and rng.random() < COMPLETED_WHEN_ATTENDED:
                        enrolment.completed = True
                        enrolment.completed_at = session.end
            else:
                enrolment.status = EnrolmentStatus.WAITING
            rows.append(enrolment)
    for batch in chunks(rows, 5000):
        Enrolment.objects.bulk_create(batch, batch_size=2000)
    return len(rows)


def load(ctx):
    academy, _created = ensure_academy_page(ctx.home)
    rng = random.Random(f"{ctx.seed}-academy")
    organisations = large_organisations(ctx)
    municipalities = list(Municipality.objects.order_by("name"))
    created = 0
    with timed(ctx, "courses") as result:
        courses = _courses(ctx, rng, organisations, municipalities) if organisations else []
        result["created"] = len(courses)
    created += len(courses)
    with timed(ctx, "sessions") as result:
        sessions = _sessions(ctx, rng, courses, municipalities) if courses else []
        result["created"] = len(sessions)
    created += len(sessions)
    with timed(ctx, "learning paths") as result:
        result["created"] = len(_paths(ctx, rng, academy))
    created += result["created"]
    with timed(ctx, "volunteers (accounts, email addresses, profiles, consents)") as result:
        volunteer_ids, result["created"] = _volunteers(ctx, rng, municipalities)
    created += result["created"]
    with timed(ctx, "enrolments") as result:
        result["created"] = _enrolments(ctx, rng, sessions, volunteer_ids)
    created += result["created"]
    ctx.large_sessions = sessions
    return created
