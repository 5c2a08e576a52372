"""What a volunteer learned and did across organisations.

- ExperienceConfirmation: an experience step of a learning path, confirmed by the MO where it happened.
- Certificate: issued for a completed course or path, with an unguessable verification code.
- PassportShare: a private, revocable link to the volunteer's passport, showing the chosen sections.
- IntroductionRequest: "vraag een kennismaking aan", from a volunteer to one MO, with consent.

Course completion itself lives in academy (Enrolment.completed, marked by the organiser); progress
over paths is computed in records/progress.py, never stored, so revoking a completion reopens a path.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Crockford-like alphabet without look-alikes (0/O, 1/I/L): easy to read aloud and type over.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12  # 31**12 ~ 2**59: not guessable, not enumerable


def new_certificate_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw):
    """Accept codes as typed: lower case, with spaces or dashes."""
    return "".join(ch for ch in str(raw).upper() if ch.isalnum())[:40]


def new_share_token():
    return secrets.token_urlsafe(24)


class ExperienceStatus(models.TextChoices):
    REQUESTED = "gevraagd", _("bevestiging gevraagd")
    CONFIRMED = "bevestigd", _("bevestigd")
    DECLINED = "niet-bevestigd", _("niet bevestigd")


class ExperienceConfirmation(models.Model):
    """An experience at an MO (a path's experience step), asked by the volunteer, confirmed by the MO."""

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vrijwilliger"),
        on_delete=models.CASCADE,
        related_name="experience_confirmations",
    )
    step = models.ForeignKey(
        "academy.LearningPathStep",
        verbose_name=_("stap"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="experience_confirmations",
    )
    title = models.CharField(_("ervaring"), max_length=200)
    hours = models.PositiveIntegerField(_("aantal uren"), null=True, blank=True)
    note = models.TextField(_("toelichting van de vrijwilliger"), blank=True, max_length=500)
    status = models.CharField(
        _("status"), max_length=20, choices=ExperienceStatus.choices, default=ExperienceStatus.REQUESTED
    )
    created = models.DateTimeField(_("gevraagd op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bevestigd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("bevestiging van ervaring")
        verbose_name_plural = _("bevestigingen van ervaring")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.title} ({self.organisation.title if self.organisation_id else ''})"

    @property
    def is_confirmed(self):
        return self.status == ExperienceStatus.CONFIRMED

    def confirm(self, by=None):
        self.status = ExperienceStatus.CONFIRMED
        self.confirmed_at = timezone.now()
        self.confirmed_by = by

    def revoke(self):
        self.status = ExperienceStatus.DECLINED
        self.confirmed_at = None


class CertificateKind(models.TextChoices):
    COURSE = "cursus", _("cursus")
    PATH = "leerlijn", _("leerlijn")


class Certificate(models.Model):
    """A certificate for a completed course or path. The text is a snapshot taken at issue time."""

    code = models.CharField(_("controlecode"), max_length=20, unique=True, default=new_certificate_code)
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vrijwilliger"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    kind = models.CharField(_("soort"), max_length=20, choices=CertificateKind.choices)
    course = models.ForeignKey(
        "academy.CoursePage",
        verbose_name=_("cursus"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    path = models.ForeignKey(
        "academy.LearningPathPage",
        verbose_name=_("leerlijn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # translation_key of the course or path: the same course in every language.
    subject_key = models.UUIDField(_("sleutel"), db_index=True)
    recipient_name = models.CharField(_("naam"), max_length=200)
    title = models.CharField(_("wat"), max_length=255)
    issuers = models.CharField(_("uitgegeven door"), max_length=500)
    hours = models.DecimalField(_("uren"), max_digits=6, decimal_places=1, null=True, blank=True)
    completed_on = models.DateField(_("afgerond op"))
    issued_at = models.DateTimeField(_("uitgegeven op"), default=timezone.now)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificaat")
        verbose_name_plural = _("certificaten")
        ordering = ["-completed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "kind", "subject_key"],
                condition=models.Q(revoked_at__isnull=True),
                name="records_one_valid_certificate",
            )
        ]

    def __str__(self):
        return f"{self.title} - {self.recipient_name}"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def display_code(self):
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


class PassportShare(models.Model):
    """A private link to the volunteer's passport. Only the unguessable token gives access."""

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vrijwilliger"),
        on_delete=models.CASCADE,
        related_name="passport_shares",
    )
    token = models.CharField(_("sleutel"), max_length=64, unique=True, default=new_share_token)
    label = models.CharField(
        _("voor wie"),
        max_length=100,
        blank=True,
        help_text=_("Alleen voor uzelf, bijvoorbeeld: voor Humanitas."),
    )
    show_courses = models.BooleanField(_("cursussen"), default=True)
    show_paths = models.BooleanField(_("leerlijnen"), default=True)
    show_experiences = models.BooleanField(_("ervaring bij organisaties"), default=True)
    show_hours = models.BooleanField(_("uren"), default=True)
    show_certificates = models.BooleanField(_("controlecodes van certificaten"), default=False)
    created = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("gedeeld paspoort")
        verbose_name_plural = _("gedeelde paspoorten")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return self.label or str(_("gedeeld paspoort"))

    @property
    def is_active(self):
        return self.revoked_at is None

    @property
    def sections(self):
        return {
            "courses": self.show_courses,
            "paths": self.show_paths,
            "experiences": self.show_experiences,
            "hours": self.show_hours,
            "certificates": self.show_certificates,
        }


class IntroductionStatus(models.TextChoices):
    NEW = "nieuw", _("nieuw")
    CONTACTED = "in-contact", _("in contact")
    MATCHED = "match", _("match: aan de slag")
    NO_MATCH = "geen-match", _("geen match")


class IntroductionRequest(models.Model):
    """A volunteer asks one MO for an introduction. The MO's editors see it (with the volunteer's
    consent) and answer it in the admin. When the account is deleted the request stays as a count."""

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vrijwilliger"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introduction_requests",
    )
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="introduction_requests",
    )
    message = models.TextField(_("bericht van de vrijwilliger"), blank=True, max_length=1000)
    match_reasons = models.TextField(_("waarom deze organisatie past"), blank=True, max_length=1000)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    created = models.DateTimeField(_("gevraagd op"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=20, choices=IntroductionStatus.choices, default=IntroductionStatus.NEW
    )
    answer = models.TextField(_("antwoord van de organisatie"), blank=True, max_length=2000)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beantwoord door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("kennismakingsverzoek")
        verbose_name_plural = _("kennismakingsverzoeken")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.organisation.title if self.organisation_id else ''} ({self.created:%d-%m-%Y})"

    @property
    def volunteer_name(self):
        if self.volunteer is None:
            return str(_("verwijderd account"))
        return self.volunteer.get_full_name() or self.volunteer.username

    @property
    def volunteer_email(self):
        return self.volunteer.email if self.volunteer else ""
