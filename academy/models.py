"""The Vrijwilligersacademie: courses, sessions, learning paths, volunteers and enrolments.

How sessions and translations fit together
------------------------------------------
A session (an edition of a course) is ONE session whatever language a volunteer reads it in.
Sessions are an InlinePanel of the course page in the *default language* (Dutch): that page is the
source of every translation and alias. wagtail(-localize) copies child objects when it creates an
alias or translation, so an English course page may hold copies of the sessions; those copies are
never shown nor used. Every page in every language reads its sessions through
``CoursePage.source_course`` (the Dutch page with the same ``translation_key``), and enrolments point
at those Dutch sessions. Enrolling through the English page therefore counts against the same seats.

No data loss: ``Enrolment.session`` is PROTECT, the course form refuses to remove a session that has
enrolments, and the ``before_delete_page`` hook (wagtail_hooks.py) refuses to delete a course (or a
page above it) while any of its sessions has enrolments. Unpublishing never touches enrolments.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import functions  # noqa: F401  (models.functions.Coalesce)
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.models import themes_field
from home.routing import ViewRestrictionsInOneQuery

# --- Controlled lists --------------------------------------------------------------------------

LIFE_PHASES = [
    # (slug, Dutch, English, sort order)
    ("jongeren", "Jongeren", "Young people", 10),
    ("studenten", "Studenten", "Students", 20),
    ("werkenden", "Werkenden", "Working people", 30),
    ("ouders", "Ouders", "Parents", 40),
    ("senioren", "Senioren", "Seniors", 50),
    ("nieuwkomers", "Nieuwkomers", "Newcomers", 60),
]


class LifePhase(models.Model):
    """Audience and life phase of a course, a path or a volunteer: a controlled list."""

    name = models.CharField(_("naam"), max_length=60, unique=True)
    name_en = models.CharField(_("naam (Engels)"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=100)

    class Meta:
        verbose_name = _("levensfase")
        verbose_name_plural = _("levensfasen")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    @classmethod
    def ensure_defaults(cls):
        """Seed the list (migrations do it too; flushed test databases call this)."""
        for slug, name, name_en, order in LIFE_PHASES:
            cls.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order}
            )


class Level(models.TextChoices):
    BEGINNER = "beginner", _("voor beginners")
    EXPERIENCED = "gevorderd", _("met wat ervaring")
    EXPERT = "expert", _("voor ervaren vrijwilligers")


class Format(models.TextChoices):
    IN_PERSON = "fysiek", _("op locatie")
    ONLINE = "online", _("online")
    HYBRID = "hybride", _("hybride")


# --- Pages -------------------------------------------------------------------------------------


class AcademyIndexPage(ViewRestrictionsInOneQuery, Page):
    """ "Academie": the catalogue of all courses of all MOs, and the learning paths."""

    intro = models.TextField(_("introductie"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["academy.LearningPathPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("academie")
        verbose_name_plural = _("academies")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePageForm(WagtailAdminPageForm):
    """Refuses to remove a session that already has enrolments (cancel it instead)."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("sessions")
        if formset is not None:
            removed = [form.instance.pk for form in formset.deleted_forms if form.instance.pk]
            if removed and Enrolment.objects.filter(session_id__in=removed).exists():
                self.add_error(
                    None,
                    _(
                        "Een sessie met inschrijvingen kunt u niet verwijderen. Zet de status op "
                        "'geannuleerd': dan krijgen alle deelnemers bericht."
                    ),
                )
        return cleaned


class CoursePage(ViewRestrictionsInOneQuery, Page):
    """A course offered by an MO, under its organisation page (so the MO's editors manage it)."""

    summary = models.TextField(
        _("samenvatting"), max_length=300, default="", help_text=_("In één of twee zinnen: wat leert u?")
    )
    description = RichTextField(
        _("beschrijving"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    learning_goals = RichTextField(
        _("leerdoelen"),
        blank=True,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("Wat kunt u na de cursus? Bij voorkeur een lijstje."),
    )
    themes = themes_field()
    life_phases = ParentalManyToManyField(
        LifePhase, verbose_name=_("voor wie (levensfase)"), blank=True, related_name="courses"
    )
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices, default=Level.BEGINNER)
    format = models.CharField(_("vorm"), max_length=20, choices=Format.choices, default=Format.IN_PERSON)
    duration_hours = models.DecimalField(
        _("duur in uren"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    cost = models.DecimalField(
        _("kosten in euro"), max_digits=7, decimal_places=2, default=0, help_text=_("0 = gratis")
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("eerst gevolgd"),
        blank=True,
        symmetrical=False,
        related_name="required_for",
        help_text=_("Cursussen die een deelnemer eerst afgerond moet hebben."),
    )
    co_hosts = ParentalManyToManyField(
        "organisations.OrganisationPage",
        verbose_name=_("samen met"),
        blank=True,
        related_name="co_hosted_courses",
        help_text=_("Andere organisaties die deze cursus mee organiseren."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("learning_goals"),
        FieldPanel("themes"),
        FieldPanel("life_phases"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("level"), FieldPanel("format")]),
                FieldRowPanel([FieldPanel("duration_hours"), FieldPanel("cost")]),
            ],
            heading=_("Praktisch"),
        ),
        FieldPanel("prerequisites"),
        FieldPanel("co_hosts"),
        InlinePanel(
            "sessions",
            heading=_("Sessies"),
            label=_("sessie"),
            help_text=_(
                "Sessies beheert u op de Nederlandse pagina; de Engelse pagina toont dezelfde sessies."
            ),
        ),
    ]
    base_form_class = CoursePageForm

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("learning_goals"),
        index.RelatedFields("themes", [index.SearchField("name", boost=3), index.SearchField("name_en")]),
        index.FilterField("locale"),
    ]

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cursus")
        verbose_name_plural = _("cursussen")

    @cached_property
    def source_course(self):
        """The default-language page whose sessions every translation shows (see module docstring)."""
        if self.locale_id and self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = (
            CoursePage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .select_related("locale")
            .first()
        )
        return source or self

    @property
    def is_free(self):
        return not self.cost

    def get_context(self, request, *args, **kwargs):
        from .catalogue import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context


class SessionStatus(models.TextChoices):
    PLANNED = "gepland", _("gepland")
    FULL = "vol", _("vol")
    CANCELLED = "geannuleerd", _("geannuleerd")


class Session(Orderable):
    """One edition of a course. Belongs to the Dutch course page (see module docstring)."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    location = models.CharField(_("locatie"), max_length=200, blank=True, help_text=_("Naam en adres"))
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="academy_sessions",
    )
    online_url = models.URLField(_("link voor online deelname"), blank=True)
    capacity = models.PositiveIntegerField(_("aantal plaatsen"), default=12)
    enrolment_deadline = models.DateTimeField(
        _("inschrijven kan tot"), null=True, blank=True, help_text=_("Leeg: tot het begin.")
    )
    minimum_participants = models.PositiveIntegerField(_("minimum aantal deelnemers"), default=0)
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("location"),
        FieldPanel("municipality"),
        FieldPanel("online_url"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("minimum_participants")]),
        FieldPanel("enrolment_deadline"),
        FieldPanel("status"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")
        ordering = ["start", "pk"]
        # "What comes next" lists (home page, theme pages) read the sessions in start order.
        indexes = [models.Index(fields=["start"], name="academy_session_start")]

    def __str__(self):
        local = timezone.localtime(self.start) if self.start else None
        when = local.strftime("%d-%m-%Y %H:%M") if local else ""
        return f"{self.course.title if self.course_id else ''} ({when})"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Het einde ligt na het begin.")})
        if self.enrolment_deadline and self.start and self.enrolment_deadline > self.start:
            raise ValidationError({"enrolment_deadline": _("Inschrijven sluit uiterlijk bij het begin.")})

    @property
    def deadline(self):
        return self.enrolment_deadline or self.start

    @property
    def is_open(self):
        return self.status != SessionStatus.CANCELLED and timezone.now() <= self.deadline

    @property
    def is_cancelled(self):
        return self.status == SessionStatus.CANCELLED

    @property
    def is_online(self):
        return bool(self.online_url) and not self.location


class LearningPathPage(ViewRestrictionsInOneQuery, Page):
    """A development line through the organisations, kept by SMOL's academy coordinators."""

    intro = models.TextField(_("introductie"), max_length=500, default="")
    description = RichTextField(_("beschrijving"), blank=True, features=["bold", "italic", "link", "ul"])
    life_phases = ParentalManyToManyField(
        LifePhase, verbose_name=_("voor wie (levensfase)"), blank=True, related_name="learning_paths"
    )
    themes = themes_field()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("description"),
        FieldPanel("life_phases"),
        FieldPanel("themes"),
        InlinePanel("steps", heading=_("Stappen"), label=_("stap"), min_num=1),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("locale")]

    parent_page_types = ["academy.AcademyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leerlijn")
        verbose_name_plural = _("leerlijnen")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import path_context

        context = super().get_context(request, *args, **kwargs)
        context.update(path_context(self, request))
        return context


class StepKind(models.TextChoices):
    COURSE = "cursus", _("een cursus")
    EXPERIENCE = "ervaring", _("ervaring opdoen bij een organisatie")


class LearningPathStep(Orderable):
    """A step: a course (of any MO) or an experience at an organisation, required or optional."""

    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("soort stap"), max_length=20, choices=StepKind.choices, default=StepKind.COURSE)
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("cursus"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bij ervaring: de organisatie waar u dit doet en die het later bevestigt."),
    )
    title = models.CharField(
        _("titel"), max_length=200, blank=True, help_text=_("Bij ervaring, bijvoorbeeld: drie maanden buddy.")
    )
    description = models.TextField(_("toelichting"), blank=True, max_length=500)
    required = models.BooleanField(_("verplicht"), default=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("course"),
        FieldPanel("organisation"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("required"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")

    def clean(self):
        super().clean()
        if self.kind == StepKind.COURSE and not self.course_id:
            raise ValidationError({"course": _("Kies de cursus van deze stap.")})
        if self.kind == StepKind.EXPERIENCE and not (self.organisation_id and self.title):
            raise ValidationError(_("Geef bij ervaring een titel en de organisatie."))


# --- Volunteers --------------------------------------------------------------------------------


def new_feed_token():
    return secrets.token_urlsafe(32)


class Availability(models.TextChoices):
    DAYTIME = "overdag", _("overdag")
    EVENINGS = "avond", _("'s avonds")
    WEEKENDS = "weekend", _("in het weekend")
    FLEXIBLE = "flexibel", _("wisselend")


class VolunteerProfile(models.Model):
    """What a volunteer tells us about themselves. Personal data: see academy/privacy.py."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile"
    )
    municipality = models.ForeignKey(
        "home.Municipality", verbose_name=_("gemeente"), null=True, blank=True, on_delete=models.SET_NULL
    )
    themes = models.ManyToManyField("home.Theme", verbose_name=_("thema's die u interesseren"), blank=True)
    life_phase = models.ForeignKey(
        LifePhase, verbose_name=_("levensfase"), null=True, blank=True, on_delete=models.SET_NULL
    )
    availability = models.CharField(
        _("wanneer kunt u?"), max_length=20, choices=Availability.choices, blank=True
    )
    feed_token = models.CharField(_("agenda-sleutel"), max_length=64, unique=True, default=new_feed_token)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("vrijwilligersprofiel")
        verbose_name_plural = _("vrijwilligersprofielen")

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        profile, _created = cls.objects.get_or_create(user=user)
        return profile


class PrivacyConsent(models.Model):
    """Explicit consent to one version of the privacy statement (a new version asks again)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="privacy_consents"
    )
    version = models.CharField(_("versie"), max_length=20)
    given_at = models.DateTimeField(_("gegeven op"), default=timezone.now)

    class Meta:
        verbose_name = _("toestemming privacyverklaring")
        verbose_name_plural = _("toestemmingen privacyverklaring")
        constraints = [models.UniqueConstraint(fields=["user", "version"], name="academy_consent_once")]

    def __str__(self):
        return f"{self.user} {self.version}"


def current_privacy_version():
    return getattr(settings, "ACADEMY_PRIVACY_VERSION", "2026-1")


def has_current_consent(user):
    return PrivacyConsent.objects.filter(user=user, version=current_privacy_version()).exists()


# --- Enrolments --------------------------------------------------------------------------------


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "ingeschreven", _("ingeschreven")
    WAITING = "wachtlijst", _("op de wachtlijst")
    CANCELLED = "afgemeld", _("afgemeld")


class Enrolment(models.Model):
    """A volunteer in a session. Kept when a volunteer deletes their account (volunteer -> NULL),
    so the network keeps anonymous counts. Academy (2) builds progress on attended/completed."""

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vrijwilliger"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
    )
    session = models.ForeignKey(
        Session, verbose_name=_("sessie"), on_delete=models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnrolmentStatus.choices, default=EnrolmentStatus.ENROLLED
    )
    created = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    # Arrival order on the waiting list: set under the session's row lock, never renumbered.
    queue_number = models.PositiveIntegerField(_("volgnummer"), default=0)
    changed = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    attended = models.BooleanField(_("aanwezig"), null=True, blank=True)
    completed = models.BooleanField(_("afgerond"), default=False)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    session_cancelled_notice_sent = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        ordering = ["session", "queue_number", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "session"],
                condition=~models.Q(status="afgemeld"),
                name="academy_one_active_enrolment",
            )
        ]
        permissions = [("view_all_participants", _("Kan alle deelnemers van alle organisaties zien"))]

    def __str__(self):
        return f"{self.volunteer or _('verwijderd account')} - {self.session}"

    @property
    def position(self):
        """Position on the waiting list (1 = next), or None."""
        if self.status != EnrolmentStatus.WAITING:
            return None
        if hasattr(self, "ahead_count"):  # annotated by with_waiting_position()
            return self.ahead_count + 1
        ahead = Enrolment.objects.filter(
            session_id=self.session_id, status=EnrolmentStatus.WAITING, queue_number__lt=self.queue_number
        ).count()
        return ahead + 1

    @staticmethod
    def with_waiting_position(queryset):
        """Annotate `ahead_count` so `position` needs no query per enrolment."""
        ahead = (
            Enrolment.objects.filter(
                session_id=models.OuterRef("session_id"),
                status=EnrolmentStatus.WAITING,
                queue_number__lt=models.OuterRef("queue_number"),
            )
            .order_by()
            .values("session_id")
            .annotate(count=models.Count("pk"))
            .values("count")
        )
        return queryset.annotate(ahead_count=models.functions.Coalesce(models.Subquery(ahead), 0))

    def mark_completed(self, completed=True):
        self.completed = completed
        self.completed_at = timezone.now() if completed else None
