"""AVG: the records app's personal data joins academy's "Mijn gegevens" export (academy/privacy.py).

Deletion needs nothing extra: certificates, confirmations and passport links are removed with the
account (CASCADE); introduction requests keep only an anonymous count (volunteer -> NULL).
"""


def _certificates(user):
    from .models import Certificate

    return [
        {
            "code": c.code,
            "kind": c.kind,
            "title": c.title,
            "name": c.recipient_name,
            "issuers": c.issuers,
            "completed_on": c.completed_on.isoformat(),
            "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
        }
        for c in Certificate.objects.filter(volunteer=user).order_by("pk")
    ]


def _experiences(user):
    from .models import ExperienceConfirmation

    return [
        {
            "title": e.title,
            "organisation": e.organisation.title,
            "hours": e.hours,
            "note": e.note,
            "status": e.status,
            "created": e.created.isoformat(),
            "confirmed_at": e.confirmed_at.isoformat() if e.confirmed_at else None,
        }
        for e in ExperienceConfirmation.objects.filter(volunteer=user)
        .select_related("organisation")
        .order_by("pk")
    ]


def _shares(user):
    from .models import PassportShare

    return [
        {
            "label": s.label,
            "token": s.token,
            "sections": s.sections,
            "created": s.created.isoformat(),
            "revoked_at": s.revoked_at.isoformat() if s.revoked_at else None,
        }
        for s in PassportShare.objects.filter(volunteer=user).order_by("pk")
    ]


def _introductions(user):
    from .models import IntroductionRequest

    return [
        {
            "organisation": r.organisation.title,
            "message": r.message,
            "match_reasons": r.match_reasons,
            "consent_at": r.consent_at.isoformat(),
            "status": r.status,
            "answer": r.answer,
        }
        for r in IntroductionRequest.objects.filter(volunteer=user)
        .select_related("organisation")
        .order_by("pk")
    ]


def register():
    try:
        from academy import privacy
    except ImportError:  # pragma: no cover - academy is always installed with records
        return
    personal = getattr(privacy, "PERSONAL_DATA", None)
    if isinstance(personal, dict):
        personal.setdefault("records.Certificate", ("certificates", _certificates))
        personal.setdefault("records.ExperienceConfirmation", ("experiences", _experiences))
        personal.setdefault("records.PassportShare", ("passport_shares", _shares))
        personal.setdefault("records.IntroductionRequest", ("introduction_requests", _introductions))
