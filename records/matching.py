"""\"Welke organisatie past bij mij?\": rank organisations and courses for a volunteer's answers.

Deterministic and explained. Points per criterion:

- theme shared with the organisation or course: 3 each
- active in the volunteer's municipality (organisation) / a coming session there (course): 2
- life phase: the course is meant for it (2), or the organisation's texts name it (1)
- availability: the organisation's texts mention it (1), a coming session at that time (course, 1)
- "what you like to do": each activity whose words appear in the organisation's
  "wie wij zoeken" / "wat wij bieden" / pitch texts (1 each)

An organisation or course that scores nothing is not shown. Ties break on title, then id.
The queries do not depend on the number of organisations or courses.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from academy.models import CoursePage, Session, SessionStatus
from home.visibility import public_q
from organisations.models import OrganisationPage

# What a volunteer likes to do, and the words that show an organisation offers it.
ACTIVITIES = [
    ("kinderen", _("iets doen met kinderen en jongeren"), ["kind", "jeugd", "jongere", "speel", "scout"]),
    ("ouderen", _("er zijn voor ouderen"), ["ouder", "senior", "bezoek", "eenzaam"]),
    ("praten", _("praten, luisteren, begeleiden"), ["luister", "gesprek", "buddy", "maatje", "begeleid"]),
    ("organiseren", _("organiseren en regelen"), ["organis", "coördin", "coordin", "plannen", "activiteit"]),
    ("praktisch", _("praktisch aanpakken"), ["klus", "vervoer", "rijd", "praktisch", "tuin", "koken"]),
    ("digitaal", _("digitaal en online"), ["digitaal", "computer", "online", "website", "social media"]),
    (
        "besturen",
        _("besturen en meedenken"),
        ["bestuur", "penningmeester", "secretaris", "meedenk", "beleid"],
    ),
    ("creatief", _("creatief bezig zijn"), ["creatie", "muziek", "theater", "kunst", "cultuur"]),
]
ACTIVITY_CHOICES = [(slug, label) for slug, label, _words in ACTIVITIES]
AVAILABILITY_WORDS = {
    "overdag": ["overdag", "ochtend", "middag", "doordeweeks"],
    "avond": ["avond"],
    "weekend": ["weekend", "zaterdag", "zondag"],
    "flexibel": ["flexibel", "wanneer het u uitkomt", "eigen tijd", "zelf indelen"],
}


@dataclass
class Answers:
    themes: list = field(default_factory=list)  # Theme objects
    municipality: object = None
    life_phase: object = None
    availability: str = ""
    activities: list = field(default_factory=list)  # slugs

    @property
    def is_empty(self):
        return not (
            self.themes or self.municipality or self.life_phase or self.availability or self.activities
        )


@dataclass
class Match:
    item: object
    score: int
    reasons: list
    organisation: object = None

    @property
    def explanation(self):
        return "; ".join(str(r) for r in self.reasons)


def _text(org):
    return " ".join([org.what_we_look_for or "", org.what_we_offer or "", org.pitch or ""]).casefold()


def _theme_reason(shared):
    names = ", ".join(t.label for t in shared)
    return ngettext(
        "werkt aan %(count)s van uw thema's (%(names)s)",
        "werkt aan %(count)s van uw thema's (%(names)s)",
        len(shared),
    ) % {"count": len(shared), "names": names}


def rank_organisations(answers, language=None, limit=None):
    language = language or settings.LANGUAGE_CODE
    orgs = list(
        OrganisationPage.objects.live()
        .filter(public_q())
        .filter(locale__language_code=language)
        .prefetch_related("themes", "municipalities")
        .order_by("title", "pk")
    )
    wanted_themes = {t.pk: t for t in answers.themes}
    phase_words = [
        w.casefold()
        for w in [getattr(answers.life_phase, "name", ""), getattr(answers.life_phase, "slug", "")]
        if w
    ]
    matches = []
    for org in orgs:
        score, reasons = 0, []
        shared = [t for t in org.themes.all() if t.pk in wanted_themes]
        shared.sort(key=lambda t: t.label)
        if shared:
            score += 3 * len(shared)
            reasons.append(_theme_reason(shared))
        if answers.municipality is not None and any(
            m.pk == answers.municipality.pk for m in org.municipalities.all()
        ):
            score += 2
            reasons.append(_("actief in %(place)s") % {"place": answers.municipality.name})
        text = _text(org)
        if phase_words and any(w.rstrip("n") in text for w in phase_words):
            score += 1
            reasons.append(_("zoekt ook %(phase)s") % {"phase": answers.life_phase.label.lower()})
        if answers.availability and any(w in text for w in AVAILABILITY_WORDS.get(answers.availability, [])):
            score += 1
            reasons.append(_("past bij wanneer u kunt"))
        liked = [
            label
            for slug, label, words in ACTIVITIES
            if slug in answers.activities and any(w in text for w in words)
        ]
        if liked:
            score += len(liked)
            reasons.append(_("u doet hier graag: %(what)s") % {"what": ", ".join(str(x) for x in liked)})
        if score == 0:
            continue
        if org.what_we_look_for:
            reasons.append(_("zoekt: %(text)s") % {"text": Truncator(org.what_we_look_for).chars(140)})
        matches.append(Match(item=org, score=score, reasons=reasons, organisation=org))
    matches.sort(key=lambda m: (-m.score, m.item.title.casefold(), m.item.pk))
    return matches[:limit] if limit else matches


def _session_time(session):
    start = timezone.localtime(session.start)
    if start.weekday() >= 5:
        return "weekend"
    return "avond" if start.hour >= 18 else "overdag"


def rank_courses(answers, language=None, limit=10):
    """Courses with a coming session, ranked on themes, life phase, municipality and time."""
    from .progress import owners_of

    language = language or settings.LANGUAGE_CODE
    now = timezone.now()
    sessions = list(
        Session.objects.filter(start__gte=now, course__locale__language_code=settings.LANGUAGE_CODE)
        .exclude(status=SessionStatus.CANCELLED)
        .values("course__translation_key", "municipality_id", "start")
    )
    by_key = {}
    for row in sessions:
        by_key.setdefault(row["course__translation_key"], []).append(row)
    courses = list(
        CoursePage.objects.live()
        .filter(public_q())
        .filter(locale__language_code=language, translation_key__in=by_key.keys())
        .prefetch_related("themes", "life_phases")
        .order_by("title", "pk")
    )
    owners = owners_of(courses)
    wanted_themes = {t.pk for t in answers.themes}
    matches = []
    for course in courses:
        score, reasons = 0, []
        shared = sorted([t for t in course.themes.all() if t.pk in wanted_themes], key=lambda t: t.label)
        if shared:
            score += 3 * len(shared)
            reasons.append(
                ngettext("over %(count)s van uw thema's", "over %(count)s van uw thema's", len(shared))
                % {"count": len(shared)}
                + f" ({', '.join(t.label for t in shared)})"
            )
        if answers.life_phase is not None and any(
            p.pk == answers.life_phase.pk for p in course.life_phases.all()
        ):
            score += 2
            reasons.append(_("bedoeld voor %(phase)s") % {"phase": answers.life_phase.label.lower()})
        rows = by_key.get(course.translation_key, [])
        if answers.municipality is not None and any(
            r["municipality_id"] == answers.municipality.pk for r in rows
        ):
            score += 2
            reasons.append(_("binnenkort in %(place)s") % {"place": answers.municipality.name})
        if answers.availability in ("overdag", "avond", "weekend") and any(
            _session_time(Session(start=r["start"])) == answers.availability for r in rows
        ):
            score += 1
            reasons.append(_("een sessie wanneer u kunt"))
        if score == 0:
            continue
        matches.append(Match(item=course, score=score, reasons=reasons, organisation=owners.get(course.pk)))
    matches.sort(key=lambda m: (-m.score, m.item.title.casefold(), m.item.pk))
    return matches[:limit] if limit else matches
