"""Admin for organisers: participants and waiting lists, attendance, CSV, email, cancelling.

Also refuses to delete a course (or a page above one) while its sessions have enrolments.
"""

import csv

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .enrolment import cancel, cancel_session, fill_free_seats, notify_session_cancelled
from .models import CoursePage, Enrolment, EnrolmentStatus, Session
from .organisers import organised_sessions


def _session_or_403(request, pk):
    session = get_object_or_404(Session.objects.select_related("course", "municipality"), pk=pk)
    if not organised_sessions(request.user).filter(pk=pk).exists():
        raise PermissionDenied
    return session


def session_list(request):
    sessions = (
        organised_sessions(request.user)
        .select_related("course", "municipality")
        .annotate(
            enrolled_count=Count(
                "enrolments", filter=Q(enrolments__status=EnrolmentStatus.ENROLLED), distinct=True
            ),
            waiting_count=Count(
                "enrolments", filter=Q(enrolments__status=EnrolmentStatus.WAITING), distinct=True
            ),
        )
        .order_by("start")
    )
    show_past = request.GET.get("verleden") == "1"
    if not show_past:
        sessions = sessions.filter(end__gte=timezone.now())
    return TemplateResponse(
        request, "academy/admin/session_list.html", {"sessions": sessions, "show_past": show_past}
    )


def session_detail(request, pk):
    session = _session_or_403(request, pk)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "attendance":
            for enrolment in session.enrolments.filter(status=EnrolmentStatus.ENROLLED):
                value = request.POST.get(f"attended-{enrolment.pk}", "")
                enrolment.attended = {"ja": True, "nee": False}.get(value)
                enrolment.mark_completed(request.POST.get(f"completed-{enrolment.pk}") == "on")
                enrolment.save(update_fields=["attended", "completed", "completed_at", "changed"])
            messages.success(request, _("Aanwezigheid en afronding opgeslagen."))
        elif action == "cancel-enrolment":
            enrolment = get_object_or_404(Enrolment, pk=request.POST.get("enrolment"), session=session)
            cancel(enrolment, by_organiser=True)
            messages.success(request, _("Deelnemer afgemeld; de eerste op de wachtlijst schuift door."))
        elif action == "cancel-session":
            told = cancel_session(session)
            messages.success(
                request,
                _("Sessie geannuleerd. %(count)s deelnemers hebben bericht gekregen.") % {"count": told},
            )
        elif action == "fill":
            promoted = fill_free_seats(session.pk)
            messages.success(
                request, _("%(count)s deelnemers van de wachtlijst ingeschreven.") % {"count": len(promoted)}
            )
        elif action == "email":
            from .emails import send_enrolment_email

            text = request.POST.get("message", "").strip()
            if not text:
                messages.error(request, _("Schrijf eerst een bericht."))
            else:
                sent = 0
                for enrolment in session.enrolments.filter(
                    status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING]
                ).select_related("volunteer"):
                    sent += send_enrolment_email(enrolment, "message", message=text[:5000])
                messages.success(request, _("Bericht verstuurd aan %(count)s deelnemers.") % {"count": sent})
        return redirect("academy_admin_session", pk=session.pk)
    enrolments = session.enrolments.select_related("volunteer").order_by("queue_number", "pk")
    enrolled = [e for e in enrolments if e.status == EnrolmentStatus.ENROLLED]
    waiting = [e for e in enrolments if e.status == EnrolmentStatus.WAITING]
    for position, enrolment in enumerate(waiting, start=1):
        enrolment.waiting_position = position
    return TemplateResponse(
        request,
        "academy/admin/session_detail.html",
        {"session": session, "enrolled": enrolled, "waiting": waiting},
    )


def session_csv(request, pk):
    session = _session_or_403(request, pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-sessie-{session.pk}.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(
        [
            _("naam"),
            _("e-mailadres"),
            _("status"),
            _("plaats op wachtlijst"),
            _("aangemeld op"),
            _("aanwezig"),
            _("afgerond"),
        ]
    )
    position = 0
    for enrolment in (
        session.enrolments.exclude(status=EnrolmentStatus.CANCELLED)
        .select_related("volunteer")
        .order_by("queue_number", "pk")
    ):
        volunteer = enrolment.volunteer
        waiting = enrolment.status == EnrolmentStatus.WAITING
        position += waiting
        writer.writerow(
            [
                volunteer.get_full_name() if volunteer else _("verwijderd account"),
                volunteer.email if volunteer else "",
                enrolment.get_status_display(),
                position if waiting else "",
                timezone.localtime(enrolment.created).strftime("%Y-%m-%d %H:%M"),
                {True: _("ja"), False: _("nee"), None: ""}[enrolment.attended],
                _("ja") if enrolment.completed else "",
            ]
        )
    return response


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("academie/sessies/", session_list, name="academy_admin_sessions"),
        path("academie/sessies/<int:pk>/", session_detail, name="academy_admin_session"),
        path("academie/sessies/<int:pk>/csv/", session_csv, name="academy_admin_session_csv"),
    ]


class ParticipantsMenuItem(MenuItem):
    def is_shown(self, request):
        return organised_sessions(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_participants_menu_item():
    return ParticipantsMenuItem(
        gettext_lazy("Deelnemers academie"), reverse("academy_admin_sessions"), icon_name="group", order=350
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="academy", codename="view_all_participants")


@hooks.register("before_delete_page")
def refuse_deleting_courses_with_enrolments(request, page):
    """Deleting a course whose sessions have enrolments would lose data: cancel it instead."""
    has_enrolments = Enrolment.objects.filter(
        Q(session__course__path__startswith=page.path)
        | Q(
            session__course__translation_key__in=CoursePage.objects.filter(path__startswith=page.path).values(
                "translation_key"
            )
        )
    ).exists()
    if has_enrolments:
        messages.error(
            request,
            _(
                "Deze pagina heeft cursussen met inschrijvingen en kan daarom niet weg. "
                "Annuleer de sessies of zet de pagina offline: de inschrijvingen blijven dan bewaard."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("after_publish_page")
def notify_cancelled_sessions(request, page):
    """A session set to "cancelled" in the page editor: tell its participants (once)."""
    if isinstance(page.specific, CoursePage):
        for session in Session.objects.filter(course_id=page.pk, status="geannuleerd"):
            notify_session_cancelled(session)


@hooks.register("home_page_sections")
def home_upcoming_courses(request, page):
    """The next few course sessions of the academy on the home page: three courses, each with its
    first session to come, read as values (no page objects, none of the courses' long texts)."""
    from django.template.loader import render_to_string

    from .catalogue import upcoming_sessions
    from .links import PageLinks
    from .models import AcademyIndexPage

    rows = (
        upcoming_sessions()
        .order_by("start", "pk")
        .values("course_id", "start", "municipality__name", "course__translation_key")[:12]
    )
    picked, seen = [], set()
    for row in rows:
        if row["course_id"] not in seen and len(picked) < 3:
            seen.add(row["course_id"])
            picked.append(row)
    if not picked:
        return None
    # The courses in the home page's language, the Dutch course where none is live: one query.
    keys = [row["course__translation_key"] for row in picked]
    # (By translation key alone: an OR with the Dutch ids made PostgreSQL read every course.)
    found = {}
    for course in (
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .values("pk", "translation_key", "locale_id", "title", "summary", "url_path")
    ):
        if course["locale_id"] == page.locale_id or (
            course["pk"] in seen and course["translation_key"] not in found
        ):
            found[course["translation_key"]] = course
    links = PageLinks(request)
    courses = []
    for row in picked:
        course = found.get(row["course__translation_key"])
        if course is not None:
            course["url"] = links.url(course["url_path"])
            courses.append((course, {"start": row["start"], "municipality": row["municipality__name"]}))
    index = page.index_page(AcademyIndexPage)  # shared with the other sections: one query
    html = render_to_string(
        "academy/includes/home_section.html", {"courses": courses, "index": index}, request=request
    )
    return (30, html)
