"""The volunteer's side of the academy: enrol, cancel, Mijn academie, the .ics feed, Mijn gegevens."""

import functools
import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import ical
from .catalogue import current_language
from .emails import absolute
from .enrolment import EnrolmentRefused, cancel, enrol
from .forms import ConsentForm, DeleteAccountForm, ProfileForm
from .models import (
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    PrivacyConsent,
    Session,
    VolunteerProfile,
    current_privacy_version,
    has_current_consent,
)
from .privacy import delete_account, export_user_data

volunteer_login_required = login_required(login_url="account_login")


def _safe_next(request, fallback):
    """A local path to go back to, or `fallback`. Only paths ("/...") pass: never a view name or a host."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith("/")
        and not target.startswith("//")
        and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    ):
        return target
    return fallback


def consent_required(view):
    """Ask for consent to the current privacy statement first (a new version asks again)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not has_current_consent(request.user):
            return redirect(f"{reverse('academy_consent')}?next={request.get_full_path()}")
        return view(request, *args, **kwargs)

    return volunteer_login_required(wrapper)


def privacy_statement(request):
    return render(request, "academy/privacy.html", {"version": current_privacy_version()})


@volunteer_login_required
def consent(request):
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        PrivacyConsent.objects.get_or_create(user=request.user, version=current_privacy_version())
        messages.success(request, _("Dank u wel. U kunt verder."))
        return redirect(_safe_next(request, reverse("academy_mine")))
    return render(
        request,
        "academy/consent.html",
        {"form": form, "version": current_privacy_version(), "next": _safe_next(request, "")},
    )


def _course_url(session):
    course = CoursePage.objects.filter(pk=session.course_id).first()
    if course is None:
        return reverse("academy_mine")
    local = (
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, locale__language_code=current_language())
        .first()
    )
    return (local or course).get_url() or reverse("academy_mine")


@require_POST
@consent_required
def enrol_view(request, session_id):
    session = get_object_or_404(Session, pk=session_id)
    back = _safe_next(request, _course_url(session))
    try:
        enrolment, created = enrol(request.user, session.pk)
    except EnrolmentRefused as refused:
        messages.error(request, refused.message)
        return redirect(back)
    if not created:
        messages.info(request, _("U was al aangemeld voor deze sessie."))
    elif enrolment.status == EnrolmentStatus.ENROLLED:
        messages.success(request, _("U bent ingeschreven. U krijgt een bevestiging per e-mail."))
    else:
        messages.info(
            request,
            _("Deze sessie is vol. U staat op de wachtlijst, op plaats %(position)s.")
            % {"position": enrolment.position},
        )
    return redirect(back)


@require_POST
@volunteer_login_required
def cancel_view(request, enrolment_id):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, volunteer=request.user)
    try:
        cancel(enrolment)
    except EnrolmentRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("U bent afgemeld. U krijgt een bevestiging per e-mail."))
    return redirect(_safe_next(request, reverse("academy_mine")))


def _my_enrolments(user):
    enrolments = list(
        Enrolment.with_waiting_position(Enrolment.objects.filter(volunteer=user))
        .select_related("session__course", "session__municipality")
        .order_by("session__start")
    )
    language = current_language()
    keys = {e.session.course.translation_key for e in enrolments}
    local = {
        page.translation_key: page
        for page in CoursePage.objects.filter(translation_key__in=keys, locale__language_code=language)
    }
    for enrolment in enrolments:
        enrolment.course = local.get(enrolment.session.course.translation_key, enrolment.session.course)
    return enrolments


@consent_required
def mine(request):
    profile = VolunteerProfile.for_user(request.user)
    enrolments = _my_enrolments(request.user)
    now = timezone.now()
    upcoming = [e for e in enrolments if e.session.end >= now and e.status != EnrolmentStatus.CANCELLED]
    past = [e for e in enrolments if e.session.end < now and e.status == EnrolmentStatus.ENROLLED]
    cancelled = [e for e in enrolments if e.status == EnrolmentStatus.CANCELLED]
    feed_url = absolute(reverse("academy_feed", args=[profile.feed_token]))
    return render(
        request,
        "academy/mine.html",
        {"upcoming": upcoming, "past": past, "cancelled": cancelled, "feed_url": feed_url},
    )


def feed(request, token):
    """The volunteer's private calendar feed: only the unguessable token identifies them."""
    profile = VolunteerProfile.objects.filter(feed_token=token).select_related("user").first()
    if profile is None or len(token) < 20:
        raise Http404
    enrolments = (
        Enrolment.objects.filter(
            volunteer=profile.user, status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING]
        )
        .select_related("session__course", "session__municipality")
        .order_by("session__start")
    )
    events = []
    for enrolment in enrolments:
        session = enrolment.session
        if session.is_cancelled:
            status = "CANCELLED"
        elif enrolment.status == EnrolmentStatus.WAITING:
            status = "TENTATIVE"
        else:
            status = "CONFIRMED"
        events.append(ical.session_event(session, session.course.title, absolute(session.course.url), status))
    body = ical.calendar(events, name=_("Mijn academie"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@consent_required
def my_data(request):
    profile = VolunteerProfile.for_user(request.user)
    form = ProfileForm(request.POST or None, instance=profile, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw gegevens zijn opgeslagen."))
        return redirect("academy_my_data")
    return render(
        request,
        "academy/my_data.html",
        {"form": form, "delete_form": DeleteAccountForm(), "consents": request.user.privacy_consents.all()},
    )


@volunteer_login_required
def export_data(request):
    data = export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@volunteer_login_required
def delete_my_account(request):
    if request.user.is_staff or request.user.is_superuser:
        messages.error(request, _("Een beheerdersaccount verwijdert u via de beheerder."))
        return redirect("academy_my_data")
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_account(user)
        messages.success(request, _("Uw account en uw gegevens zijn verwijderd. Dank voor uw inzet!"))
        return redirect("/" if current_language() == "nl" else "/en/")
    return render(request, "academy/delete_account.html", {"form": form})
