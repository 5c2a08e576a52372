"""Mijn leerdossier, certificates and their public check, the passport, and the questionnaire."""

import dataclasses

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.models import LearningPathStep, StepKind, VolunteerProfile
from academy.views import consent_required
from organisations.models import OrganisationPage

from . import certificates as pdfs
from .forms import ExperienceRequestForm, IntroductionForm, MatchForm, PassportShareForm
from .matching import rank_courses, rank_organisations
from .models import (
    Certificate,
    ExperienceConfirmation,
    ExperienceStatus,
    IntroductionRequest,
    IntroductionStatus,
    PassportShare,
    normalise_code,
)
from .progress import build_record, certificate_record, recipient_name, sync_certificates

ALL_SECTIONS = {"courses": True, "paths": True, "experiences": True, "hours": True, "certificates": True}


def _language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _absolute(request, url):
    return request.build_absolute_uri(url)


def _verify_url(request, certificate):
    return _absolute(request, reverse("records_verify", args=[certificate.code]))


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _record(user):
    record = build_record(user, language=_language())
    record.certificates = list(Certificate.objects.filter(volunteer=user, revoked_at__isnull=True))
    return record


@consent_required
def dossier(request):
    # One record serves both the certificate sync (every Dutch path) and the page; in Dutch the page
    # shows the same record limited to the live paths the volunteer follows.
    whole = certificate_record(request.user)
    sync_certificates(request.user, whole)
    if _language() == settings.LANGUAGE_CODE:
        record = dataclasses.replace(whole, paths=[p for p in whole.paths if p.path.live and p.followed])
        record.certificates = whole.certificates
    else:
        record = build_record(request.user, language=_language())
        record.certificates = whole.certificates
    shares = PassportShare.objects.filter(volunteer=request.user, revoked_at__isnull=True)
    context = {
        "record": record,
        "enrolments": whole.enrolments,
        "milestones": record.milestones,
        "certificates": record.certificates,
        "shares": [
            (share, _absolute(request, reverse("records_passport_shared", args=[share.token])))
            for share in shares
        ],
        "share_form": PassportShareForm(),
        "experience_form": ExperienceRequestForm(),
    }
    return _private(render(request, "records/dossier.html", context))


@require_POST
@consent_required
def request_experience(request, step_id):
    step = get_object_or_404(
        LearningPathStep.objects.select_related("organisation"), pk=step_id, kind=StepKind.EXPERIENCE
    )
    if step.organisation is None:
        raise Http404
    form = ExperienceRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Controleer het aantal uren."))
        return redirect("records_dossier")
    organisation = (
        OrganisationPage.objects.filter(
            translation_key=step.organisation.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or step.organisation
    )
    exists = ExperienceConfirmation.objects.filter(
        volunteer=request.user, organisation=organisation, title=step.title
    ).exclude(status=ExperienceStatus.DECLINED)
    if exists.exists():
        messages.info(request, _("U had dit al gevraagd."))
    else:
        ExperienceConfirmation.objects.create(
            volunteer=request.user,
            step=step,
            organisation=organisation,
            title=step.title,
            hours=form.cleaned_data.get("hours"),
            note=form.cleaned_data.get("note") or "",
        )
        messages.success(request, _("Gevraagd. %(org)s bevestigt uw ervaring.") % {"org": organisation.title})
    return redirect("records_dossier")


@consent_required
def certificate_download(request, code):
    certificate = get_object_or_404(Certificate, code=normalise_code(code), volunteer=request.user)
    body = pdfs.certificate_pdf(certificate, _verify_url(request, certificate), language=_language())
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificaat-{certificate.code}.pdf"'
    return _private(response)


def verify(request, code=""):
    """Public check of a certificate: name, what and when, nothing else."""
    raw = code or request.GET.get("code", "")
    if raw and not code:
        clean = normalise_code(raw)
        if clean:
            return redirect("records_verify", code=clean)
    certificate = None
    if code:
        certificate = Certificate.objects.filter(code=normalise_code(code)).first()
    if not code:
        status = "form"
    elif certificate is None:
        status = "unknown"
    elif certificate.is_revoked:
        status = "revoked"
    else:
        status = "valid"
    response = render(
        request,
        "records/verify.html",
        {"status": status, "certificate": certificate, "code": normalise_code(code) if code else ""},
        status=404 if status == "unknown" else 200,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


# --- Passport ----------------------------------------------------------------------------------


@consent_required
def passport(request):
    record = _record(request.user)
    return _private(
        render(
            request,
            "records/passport.html",
            {"record": record, "sections": ALL_SECTIONS, "name": recipient_name(request.user), "own": True},
        )
    )


@consent_required
def passport_pdf(request):
    record = _record(request.user)
    body = pdfs.passport_pdf(
        record, ALL_SECTIONS, verify_url_for=lambda c: _verify_url(request, c), language=_language()
    )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="vrijwilligerspaspoort.pdf"'
    return _private(response)


@require_POST
@consent_required
def share_create(request):
    form = PassportShareForm(request.POST)
    if form.is_valid():
        share = form.save(commit=False)
        share.volunteer = request.user
        share.save()
        messages.success(request, _("Uw paspoort heeft een nieuwe link. Deel hem alleen met wie u wilt."))
    else:
        messages.error(request, _("Dat lukte niet. Probeer het nog eens."))
    return redirect(reverse("records_dossier") + "#paspoort")


@require_POST
@consent_required
def share_revoke(request, share_id):
    share = get_object_or_404(PassportShare, pk=share_id, volunteer=request.user)
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])
    messages.success(request, _("De link werkt niet meer."))
    return redirect(reverse("records_dossier") + "#paspoort")


def _share_or_404(token):
    if len(token) < 20:
        raise Http404
    share = (
        PassportShare.objects.filter(token=token, revoked_at__isnull=True).select_related("volunteer").first()
    )
    if share is None:
        raise Http404
    return share


def passport_shared(request, token):
    share = _share_or_404(token)
    record = _record(share.volunteer)
    context = {
        "record": record,
        "sections": share.sections,
        "name": recipient_name(share.volunteer),
        "share": share,
        "own": False,
    }
    return _private(render(request, "records/passport.html", context))


def passport_shared_pdf(request, token):
    share = _share_or_404(token)
    record = _record(share.volunteer)
    body = pdfs.passport_pdf(
        record, share.sections, verify_url_for=lambda c: _verify_url(request, c), language=_language()
    )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="vrijwilligerspaspoort.pdf"'
    return _private(response)


# --- Matching ----------------------------------------------------------------------------------


def match(request):
    submitted = any(
        key in request.GET for key in ["themes", "gemeente", "levensfase", "wanneer", "graag", "zoek"]
    )
    profile = None
    if request.user.is_authenticated:
        profile = (
            VolunteerProfile.objects.filter(user=request.user)
            .select_related("municipality", "life_phase")
            .prefetch_related("themes")
            .first()
        )
    if submitted:
        form = MatchForm(request.GET)
    else:
        initial = MatchForm.initial_from_profile(profile)
        form = MatchForm(initial) if any(initial.values()) else MatchForm()
        submitted = bool(initial and any(initial.values()))
    answers = form.answers() if form.is_bound else None
    organisations = courses = []
    if answers is not None and not answers.is_empty:
        organisations = rank_organisations(answers, language=_language(), limit=20)
        courses = rank_courses(answers, language=_language(), limit=8)
    asked = set()
    if request.user.is_authenticated:
        asked = set(
            IntroductionRequest.objects.filter(volunteer=request.user).values_list(
                "organisation__translation_key", flat=True
            )
        )
    for item in organisations:
        item.asked = item.item.translation_key in asked
    return render(
        request,
        "records/match.html",
        {
            "form": form,
            "submitted": submitted and answers is not None and not answers.is_empty,
            "organisations": organisations,
            "courses": courses,
            "from_profile": profile is not None and not request.GET,
        },
    )


def _notify_organisation(introduction):
    """Tell the chosen MO (its public address only) that a request waits in the admin. No personal data."""
    org = introduction.organisation
    if not org.email:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "records_admin_introduction", args=[introduction.pk]
    )
    with override(settings.LANGUAGE_CODE):
        send_mail(
            _("Een vrijwilliger wil kennismaken met %(org)s") % {"org": org.title},
            _(
                "Een vrijwilliger vraagt om een kennismaking. U leest de vraag en antwoordt in het beheer: %(link)s"
            )
            % {"link": link},
            None,
            [org.email],
            fail_silently=True,
        )


@consent_required
def introduction(request, organisation_id):
    org = get_object_or_404(OrganisationPage.objects.live().public(), pk=organisation_id)
    target = (
        OrganisationPage.objects.filter(
            translation_key=org.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or org
    )
    open_request = (
        IntroductionRequest.objects.filter(volunteer=request.user, organisation=target)
        .filter(Q(status=IntroductionStatus.NEW) | Q(status=IntroductionStatus.CONTACTED))
        .first()
    )
    form = IntroductionForm(request.POST or None)
    if request.method == "POST" and open_request is None and form.is_valid():
        reasons = request.POST.get("reasons", "")[:1000]
        created = IntroductionRequest.objects.create(
            volunteer=request.user,
            organisation=target,
            message=form.cleaned_data["message"],
            match_reasons=reasons,
            consent_at=timezone.now(),
        )
        _notify_organisation(created)
        messages.success(
            request,
            _("Uw vraag is bij %(org)s. Zij nemen contact met u op.") % {"org": org.title},
        )
        return redirect("records_match")
    return render(
        request,
        "records/introduction.html",
        {
            "organisation": org,
            "form": form,
            "open_request": open_request,
            "reasons": request.GET.get("reasons", "")[:1000],
            "name": recipient_name(request.user),
        },
    )
