"""The public privacy page (/privacy/), generated from what the site actually stores.

Every kind of personal data is declared once below (``KINDS``): its models (by label), why it is
kept, who sees it and how long (read from the settings at request time). The fields come from the
models themselves (their verbose names), so a new field shows up on the page by itself.
``academy.privacy.PERSONAL_DATA`` (the "Mijn gegevens" export registry) is the source of truth for
volunteer data: tests/audit/test_privacy_page.py fails when a model there, or any other model that
holds an e-mail or IP address or points at a user, is neither declared here nor explained in
``NOT_ON_THE_PAGE``.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

# Third-party models without a Dutch translation of their field names.
FIELD_LABELS = {
    "axes.AccessAttempt": {
        "user_agent": gettext_lazy("browser (user agent)"),
        "ip_address": gettext_lazy("IP-adres"),
        "username": gettext_lazy("gebruikersnaam of e-mailadres"),
        "http_accept": gettext_lazy("talen en formaten die de browser vraagt"),
        "path_info": gettext_lazy("pagina"),
        "attempt_time": gettext_lazy("tijdstip"),
        "get_data": gettext_lazy("gegevens in het adres (zonder wachtwoord)"),
        "post_data": gettext_lazy("verstuurde formuliergegevens (zonder wachtwoord)"),
        "failures_since_start": gettext_lazy("aantal mislukte pogingen"),
    },
}
FIELD_LABELS["axes.AccessLog"] = {
    **{
        k: v
        for k, v in FIELD_LABELS["axes.AccessAttempt"].items()
        if k in {"user_agent", "ip_address", "username", "http_accept", "path_info", "attempt_time"}
    },
    "logout_time": gettext_lazy("uitgelogd op"),
}
FIELD_LABELS["axes.AccessFailureLog"] = {
    **{
        k: v
        for k, v in FIELD_LABELS["axes.AccessAttempt"].items()
        if k in {"user_agent", "ip_address", "username", "http_accept", "path_info", "attempt_time"}
    },
    "locked_out": gettext_lazy("geblokkeerd"),
}
FIELD_LABELS["mfa.Authenticator"] = {
    "type": gettext_lazy("soort (app of herstelcodes)"),
    "data": gettext_lazy("geheime sleutel van de app en herstelcodes"),
    "created_at": gettext_lazy("aangezet op"),
    "last_used_at": gettext_lazy("laatst gebruikt op"),
}
# Fields never listed: technical keys and internal bookkeeping.
HIDDEN_FIELDS = {
    "accounts.User": {"is_staff", "is_superuser", "is_active", "groups", "user_permissions", "password"},
    "academy.Enrolment": {
        "queue_number",
        "session_cancelled_notice_sent",
        "attended",
        "completed",
        "completed_at",
    },
    "audit.AuditEvent": {"actor"},
    "axes.AccessLog": {"session_hash"},
    "outbox.OutgoingMail": {"options", "last_attempt_at"},
    "sessions.Session": {"session_key"},
}
# Only these fields, for models that appear under more than one kind.
ONLY_FIELDS = {
    ("progress", "academy.Enrolment"): ["attended", "completed", "completed_at"],
}


def _days(days):
    return ngettext("%(count)s dag", "%(count)s dagen", days) % {"count": days}


def _duration(delta):
    seconds = int(delta.total_seconds())
    if seconds % 86400 == 0:
        return _days(seconds // 86400)
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)s uur", "%(count)s uur", hours) % {"count": hours}
    minutes = max(1, seconds // 60)
    return ngettext("%(count)s minuut", "%(count)s minuten", minutes) % {"count": minutes}


def _account_retention():
    return _(
        "Zolang u uw account gebruikt. Logt u %(days)s niet in, dan sturen wij u een e-mail. "
        "Logt u daarna binnen %(warning)s nog steeds niet in, dan verwijderen wij uw account en deze gegevens."
    ) % {
        "days": _days(settings.ACCOUNT_RETENTION_DAYS),
        "warning": _days(settings.ACCOUNT_RETENTION_WARNING_DAYS),
    }


def _with_account():
    return _(
        "Zolang u een account heeft. Verwijdert u uw account, of verwijderen wij het na %(days)s zonder inloggen, dan verdwijnen deze gegevens ook."
    ) % {"days": _days(settings.ACCOUNT_RETENTION_DAYS)}


def _twofactor_retention():
    return _("Tot u tweestapsverificatie uitzet of uw account verwijdert.")


def _enrolment_retention():
    return _(
        "Zolang u een account heeft. Als uw account verdwijnt, halen wij uw naam van de inschrijving af. "
        "Wat overblijft is een telling zonder naam: hoeveel mensen een cursus volgden."
    )


def _audit_retention():
    days = getattr(settings, "AUDIT_LOG_RETENTION_DAYS", None)
    if not days:
        return _("Zolang het nodig is voor de beveiliging van de site.")
    return _(
        "%(days)s. Daarna verwijderen wij de regel. Verdwijnt uw account, dan halen wij uw naam eerder uit het logboek."
    ) % {"days": _days(days)}


def _login_retention():
    parts = [
        _("Een mislukte poging: %(cooloff)s na de laatste mislukte poging, of tot u goed inlogt.")
        % {"cooloff": _duration(settings.AXES_COOLOFF_TIME)}
    ]
    days = getattr(settings, "LOGIN_LOG_RETENTION_DAYS", None)
    if days:
        parts.append(_("Het overzicht van gelukte inlogpogingen: %(days)s.") % {"days": _days(days)})
    return " ".join(parts)


def _outbox_retention():
    return _(
        "Tot de e-mail verstuurd is, en daarna nog %(days)s, zodat wij kunnen nagaan of een e-mail is aangekomen."
    ) % {"days": _days(settings.OUTBOX_RETENTION_DAYS)}


def _session_retention():
    return _("Tot u uitlogt, en uiterlijk %(age)s.") % {
        "age": _duration(datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE))
    }


def _cookies():
    from home.views import ONE_YEAR

    return [
        (
            settings.SESSION_COOKIE_NAME,
            _("Onthoudt dat u bent ingelogd."),
            _duration(datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)),
        ),
        (
            settings.CSRF_COOKIE_NAME,
            _("Beveiliging: controleert dat een formulier echt van deze site komt."),
            _duration(datetime.timedelta(seconds=settings.CSRF_COOKIE_AGE)),
        ),
        (
            settings.LANGUAGE_COOKIE_NAME,
            _("Onthoudt welke taal u kiest."),
            _duration(datetime.timedelta(seconds=ONE_YEAR)),
        ),
        (
            "messages",
            _("Toont een melding op de volgende pagina, zoals 'U bent ingeschreven'."),
            _("tot de volgende pagina"),
        ),
    ]


@dataclass
class Kind:
    key: str
    title: str
    models: list
    purpose: str
    audience: str
    retention: object  # callable -> text, read at request time
    rights: str = ""
    extra: list = field(default_factory=list)


# The declarations. Text is plain Dutch (B1); English comes from the catalogue.
KINDS = [
    Kind(
        "account",
        gettext_lazy("Uw account"),
        ["accounts.User", "account.EmailAddress", "academy.PrivacyConsent"],
        gettext_lazy(
            "Om u te laten inloggen, u e-mail te sturen over uw cursussen en te weten dat u akkoord ging met deze privacyverklaring."
        ),
        gettext_lazy(
            "Alleen u. De beheerders van SMOL kunnen uw account zien als u hulp vraagt. Uw wachtwoord bewaren wij alleen versleuteld; niemand kan het lezen, ook wij niet."
        ),
        _account_retention,
        gettext_lazy("Onder 'Mijn gegevens' downloadt u alles en verwijdert u uw account."),
    ),
    Kind(
        "twofactor",
        gettext_lazy("Tweestapsverificatie"),
        ["mfa.Authenticator"],
        gettext_lazy(
            "Alleen als u inloggen extra beveiligt met een app op uw telefoon: de geheime sleutel die uw app "
            "en de site delen, en uw herstelcodes. Daarmee controleert de site uw code."
        ),
        gettext_lazy("Niemand; de site gebruikt het alleen om uw code te controleren."),
        _twofactor_retention,
        gettext_lazy("U zet het zelf aan en uit bij uw account, onder 'Tweestapsverificatie'."),
    ),
    Kind(
        "profile",
        gettext_lazy("Uw vrijwilligersprofiel"),
        ["academy.VolunteerProfile"],
        gettext_lazy(
            "Om cursussen en organisaties voor te stellen die bij u passen. U vult het zelf in; alles is vrijwillig."
        ),
        gettext_lazy("Alleen u. De agenda-sleutel is het geheime adres van uw eigen agenda."),
        _with_account,
        gettext_lazy("U past het aan onder 'Mijn gegevens'."),
    ),
    Kind(
        "enrolments",
        gettext_lazy("Inschrijvingen voor cursussen"),
        ["academy.Enrolment"],
        gettext_lazy(
            "Om u een plek te geven, de wachtlijst bij te houden en u te laten weten als er iets verandert."
        ),
        gettext_lazy(
            "U, de organisatie die de cursus geeft (uw naam en e-mailadres) en de academie-medewerkers van SMOL. Andere organisaties zien niet dat u zich inschreef."
        ),
        _enrolment_retention,
    ),
    Kind(
        "progress",
        gettext_lazy("Aanwezigheid en voortgang"),
        ["academy.Enrolment", "records.ExperienceConfirmation"],
        gettext_lazy(
            "Om bij te houden wat u geleerd en gedaan heeft, voor uw leerdossier en uw vrijwilligerspaspoort."
        ),
        gettext_lazy(
            "U, de organisatie die de cursus gaf of uw ervaring bevestigt, en de academie-medewerkers van SMOL."
        ),
        _with_account,
    ),
    Kind(
        "certificates",
        gettext_lazy("Certificaten en uw vrijwilligerspaspoort"),
        ["records.Certificate", "records.PassportShare"],
        gettext_lazy(
            "Om te laten zien wat u heeft afgerond. Met een controlecode kan iemand nagaan of een certificaat echt is."
        ),
        gettext_lazy(
            "U. Wie de controlecode van een certificaat heeft, ziet uw naam en wat u afrondde. Wie een link naar uw paspoort van u krijgt, ziet de delen die u koos, tot u de link intrekt."
        ),
        _with_account,
        gettext_lazy("Een link naar uw paspoort trekt u zelf in, in uw leerdossier."),
    ),
    Kind(
        "introductions",
        gettext_lazy("Kennismaking met een organisatie"),
        ["records.IntroductionRequest"],
        gettext_lazy(
            "Om de organisatie die u kiest te vragen contact met u op te nemen. Dat doen wij alleen als u daar toestemming voor geeft."
        ),
        gettext_lazy("U en de organisatie die u kiest. Andere organisaties zien het niet."),
        _with_account,
    ),
    Kind(
        "audit",
        gettext_lazy("Logboek van wijzigingen"),
        ["audit.AuditEvent"],
        gettext_lazy(
            "Beveiliging: wie wat veranderde aan inschrijvingen en accounts. Het logboek noemt welke gegevens veranderden, niet wat erin staat."
        ),
        gettext_lazy("Alleen de beheerders van SMOL."),
        _audit_retention,
    ),
    Kind(
        "logins",
        gettext_lazy("Inlogpogingen"),
        ["axes.AccessAttempt", "axes.AccessLog", "axes.AccessFailureLog"],
        gettext_lazy(
            "Beveiliging: na te veel foute wachtwoorden blokkeren wij inloggen even, zodat niemand uw wachtwoord kan raden."
        ),
        gettext_lazy("Alleen de beheerders van SMOL."),
        _login_retention,
    ),
    Kind(
        "outbox",
        gettext_lazy("E-mail die wij u sturen"),
        ["outbox.OutgoingMail"],
        gettext_lazy(
            "Een e-mail wacht hier tot hij verstuurd is. Lukt versturen niet meteen, dan proberen wij het later opnieuw."
        ),
        gettext_lazy(
            "De redactie van SMOL ziet aan wie een e-mail ging, het onderwerp en of hij verstuurd is; niet de tekst."
        ),
        _outbox_retention,
    ),
    Kind(
        "sessions",
        gettext_lazy("Ingelogd blijven (sessies)"),
        ["sessions.Session"],
        gettext_lazy(
            "Om te onthouden dat u bent ingelogd, zodat u dat niet op elke pagina opnieuw hoeft te doen."
        ),
        gettext_lazy("Niemand; de site gebruikt het alleen om u te herkennen."),
        _session_retention,
    ),
]


# Models that hold an e-mail or IP address or point at a user, but are not about the people this
# page is for (with the reason). Editors' work in the admin is listed in academy.privacy.NOT_VOLUNTEER_DATA.
NOT_ON_THE_PAGE = {
    "home.SiteSettings": "the network's public contact address",
    "organisations.OrganisationPage": "an organisation's public contact address",
    "axes.AccessAttemptExpiration": "only a date, removed with its AccessAttempt",
}


def declared_labels():
    return {label for kind in KINDS for label in kind.models}


def _fields(kind_key, label):
    model = apps.get_model(label)
    user_model = get_user_model()
    labels = FIELD_LABELS.get(label, {})
    only = ONLY_FIELDS.get((kind_key, label))
    hidden = HIDDEN_FIELDS.get(label, set())
    rows = []
    for f in model._meta.get_fields():
        if f.auto_created or not (f.concrete or f.many_to_many) or f.primary_key:
            continue
        if only is not None and f.name not in only:
            continue
        if only is None and f.name in hidden:
            continue
        if f.is_relation and f.related_model is user_model:
            continue  # the link to you is the point of the whole section
        if labels and f.name not in labels:
            continue
        rows.append(capfirst(str(labels.get(f.name) or f.verbose_name)))
    return rows


def page_sections():
    sections = []
    for kind in KINDS:
        tables = []
        for label in kind.models:
            model = apps.get_model(label)
            tables.append(
                {
                    "label": label,
                    "title": capfirst(str(model._meta.verbose_name_plural)),
                    "fields": _fields(kind.key, label),
                }
            )
        sections.append(
            {
                "key": kind.key,
                "title": kind.title,
                "purpose": kind.purpose,
                "audience": kind.audience,
                "retention": kind.retention(),
                "rights": kind.rights,
                "tables": tables,
            }
        )
    return sections


def privacy_page(request):
    from home.models import SiteSettings

    contact = SiteSettings.load(request_or_site=request).contact_email
    context = {
        "sections": page_sections(),
        "cookies": _cookies(),
        "contact_email": contact,
        "my_data_url": reverse("academy_my_data"),
        "retention_days": settings.ACCOUNT_RETENTION_DAYS,
    }
    return render(request, "audit/privacy_page.html", context)
