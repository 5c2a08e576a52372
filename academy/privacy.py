"""AVG: every model that holds personal data about a volunteer, its export and its deletion.

``PERSONAL_DATA`` lists the models exported by "Mijn gegevens"; ``NOT_VOLUNTEER_DATA`` lists the
models that point at a user but hold editor/admin data, each with the reason. A test fails when a
model with a relation to the user model appears in neither list.
"""

from django.db import transaction
from django.utils import timezone


def _user(user):
    return {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined.isoformat() if user.date_joined else None,
        "last_login": user.last_login.isoformat() if user.last_login else None,
    }


def _profile(user):
    from .models import VolunteerProfile

    profile = VolunteerProfile.objects.filter(user=user).select_related("municipality", "life_phase").first()
    if profile is None:
        return None
    return {
        "municipality": str(profile.municipality) if profile.municipality else None,
        "life_phase": profile.life_phase.name if profile.life_phase else None,
        "availability": profile.availability,
        "themes": [theme.name for theme in profile.themes.all()],
        "calendar_feed_token": profile.feed_token,
        "created": profile.created.isoformat(),
    }


def _consents(user):
    from .models import PrivacyConsent

    return [
        {"version": c.version, "given_at": c.given_at.isoformat()}
        for c in PrivacyConsent.objects.filter(user=user).order_by("given_at")
    ]


def _enrolments(user):
    from .models import Enrolment

    rows = Enrolment.objects.filter(volunteer=user).select_related("session__course", "session__municipality")
    return [
        {
            "course": e.session.course.title,
            "session_start": e.session.start.isoformat(),
            "session_end": e.session.end.isoformat(),
            "location": e.session.location,
            "municipality": str(e.session.municipality or ""),
            "status": e.status,
            "created": e.created.isoformat(),
            "changed": e.changed.isoformat(),
            "cancelled_at": e.cancelled_at.isoformat() if e.cancelled_at else None,
            "attended": e.attended,
            "completed": e.completed,
            "completed_at": e.completed_at.isoformat() if e.completed_at else None,
        }
        for e in rows.order_by("created")
    ]


def _email_addresses(user):
    from allauth.account.models import EmailAddress

    return [
        {"email": a.email, "verified": a.verified, "primary": a.primary}
        for a in EmailAddress.objects.filter(user=user)
    ]


# model label -> (export key, exporter)
PERSONAL_DATA = {
    "accounts.User": ("account", _user),
    "academy.VolunteerProfile": ("profile", _profile),
    "academy.PrivacyConsent": ("privacy_consents", _consents),
    "academy.Enrolment": ("enrolments", _enrolments),
    "account.EmailAddress": ("email_addresses", _email_addresses),
}

# Models that refer to a user but are not about volunteers (editors' work in the admin).
NOT_VOLUNTEER_DATA = {
    "wagtailcore.Revision": "editor's revision history",
    "wagtailcore.PageLogEntry": "admin audit log of editors",
    "wagtailcore.ModelLogEntry": "admin audit log of editors",
    "wagtailcore.WorkflowState": "moderation by editors",
    "wagtailcore.TaskState": "moderation by editors",
    "wagtailcore.Comment": "editors' comments in the admin",
    "wagtailcore.CommentReply": "editors' comments in the admin",
    "wagtailcore.PageSubscription": "editors' comment notifications",
    "wagtailcore.Page": "locked_by/owner: editors",
    "wagtailcore.UploadedFile": "editors' uploads",
    "wagtailusers.UserProfile": "admin preferences (deleted with the user)",
    "wagtailadmin.FormState": "editors' unsaved admin forms",
    "audit.AuditEvent": "security audit log; actor set to NULL and name cleared on deletion (audit app)",
    "wagtailimages.Image": "uploaded_by editors",
    "wagtaildocs.Document": "uploaded_by editors",
    "wagtailadmin.EditingSession": "editors' open editors (deleted with the user)",
    "wagtail_localize.Translation": "editors' translations",
    "wagtail_localize.TranslationSource": "editors' translations",
    "wagtail_localize.StringTranslation": "editors' translations",
    "wagtail_localize.OverridableSegment": "editors' translations",
    "wagtail_localize.SegmentOverride": "editors' translations",
    "wagtail_localize.TranslationLog": "editors' translations",
    "wagtail_localize.Template": "editors' translations",
    "auth.Group": "groups (many-to-many, no data of its own)",
    "auth.Permission": "permissions (many-to-many)",
    "wagtailsearchpromotions.Query": "search statistics",
    "account.EmailConfirmation": "short-lived verification key",
    "mfa.Authenticator": "two-factor secrets (app key, recovery codes): credentials, never exported; deleted with the user",
}


def export_user_data(user):
    data = {"exported_at": timezone.now().isoformat()}
    for key, exporter in PERSONAL_DATA.values():
        data[key] = exporter(user)
    return data


def delete_account(user):
    """Remove the account and all personal data; enrolments stay as anonymous counts."""
    from .enrolment import cancel
    from .models import Enrolment, EnrolmentStatus

    # Free the seats of sessions still to come (the first on the waiting list moves up).
    upcoming = Enrolment.objects.filter(
        volunteer=user,
        status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING],
        session__start__gt=timezone.now(),
    )
    for enrolment in upcoming:
        cancel(enrolment, by_organiser=True)
    with transaction.atomic():
        Enrolment.objects.filter(volunteer=user).update(volunteer=None)
        user.delete()  # cascades: profile, consents, email addresses, admin preferences
