"""Admin: MOs answer introduction requests and confirm experiences (only for organisations whose page
the user can edit); SMOL sees the academy dashboard and introductions per MO as counts (CSV export)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from organisations.models import OrganisationPage

from .dashboard import academy_rows, introduction_rows
from .models import ExperienceConfirmation, IntroductionRequest, IntroductionStatus


def editable_organisations(user):
    """Organisation pages the user may edit (Wagtail page permissions), cached on the user object."""
    cached = getattr(user, "_records_editable_orgs", None)
    if cached is not None:
        return cached
    if not user.is_authenticated or not user.is_active:
        result = []
    else:
        result = [
            page for page in OrganisationPage.objects.all() if page.permissions_for_user(user).can_edit()
        ]
    user._records_editable_orgs = result
    return result


def _org_ids(user):
    return [page.pk for page in editable_organisations(user)]


def is_smol(user):
    return user.is_active and (user.is_superuser or user.has_perm("academy.view_all_participants"))


class AnswerForm(forms.ModelForm):
    class Meta:
        model = IntroductionRequest
        fields = ["status", "answer"]
        widgets = {"answer": forms.Textarea(attrs={"rows": 5})}


def introduction_list(request):
    ids = _org_ids(request.user)
    if not ids:
        raise PermissionDenied
    requests = (
        IntroductionRequest.objects.filter(organisation_id__in=ids)
        .select_related("organisation", "volunteer")
        .order_by("-created", "-pk")
    )
    return TemplateResponse(request, "records/admin/introduction_list.html", {"requests": requests})


def introduction_detail(request, pk):
    item = get_object_or_404(
        IntroductionRequest.objects.select_related("organisation", "volunteer"),
        pk=pk,
        organisation_id__in=_org_ids(request.user),
    )
    form = AnswerForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        answered = form.save(commit=False)
        if answered.status != IntroductionStatus.NEW or answered.answer:
            answered.answered_at = timezone.now()
            answered.answered_by = request.user
        answered.save()
        messages.success(request, _("Uw antwoord is opgeslagen."))
        return redirect("records_admin_introductions")
    return TemplateResponse(request, "records/admin/introduction_detail.html", {"item": item, "form": form})


def experience_list(request):
    ids = _org_ids(request.user)
    if not ids:
        raise PermissionDenied
    if request.method == "POST":
        item = get_object_or_404(ExperienceConfirmation, pk=request.POST.get("item"), organisation_id__in=ids)
        action = request.POST.get("action")
        if action == "confirm":
            item.confirm(by=request.user)
            messages.success(request, _("Bevestigd. Dank u wel!"))
        elif action == "decline":
            item.revoke()
            messages.success(request, _("De ervaring staat op niet bevestigd."))
        item.save()
        return redirect("records_admin_experiences")
    items = (
        ExperienceConfirmation.objects.filter(organisation_id__in=ids)
        .select_related("organisation", "volunteer")
        .order_by("status", "-created", "-pk")
    )
    return TemplateResponse(request, "records/admin/experience_list.html", {"items": items})


class SmolReportMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_smol(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AcademyDashboardView(SmolReportMixin, ReportView):
    page_title = gettext_lazy("Academie in cijfers")
    header_icon = "doc-full"
    index_url_name = "records_admin_dashboard"
    index_results_url_name = "records_admin_dashboard_results"
    paginate_by = None
    export_filename = "academie-in-cijfers"
    list_export = [
        "dimension",
        "name",
        "enrolled_this",
        "enrolled_last",
        "completed_this",
        "completed_last",
        "in_progress",
        "paths_completed",
    ]
    export_headings = {
        "dimension": gettext_lazy("soort"),
        "name": gettext_lazy("naam"),
        "enrolled_this": gettext_lazy("inschrijvingen dit jaar"),
        "enrolled_last": gettext_lazy("inschrijvingen vorig jaar"),
        "completed_this": gettext_lazy("afgerond dit jaar"),
        "completed_last": gettext_lazy("afgerond vorig jaar"),
        "in_progress": gettext_lazy("leerlijn bezig"),
        "paths_completed": gettext_lazy("leerlijn afgerond"),
    }
    columns = [Column(field, label=label) for field, label in export_headings.items()]

    def get_queryset(self):
        return academy_rows()


class IntroductionReportView(SmolReportMixin, ReportView):
    page_title = gettext_lazy("Kennismakingen per organisatie")
    header_icon = "doc-full"
    index_url_name = "records_admin_introduction_report"
    index_results_url_name = "records_admin_introduction_report_results"
    paginate_by = None
    export_filename = "kennismakingen-per-organisatie"
    list_export = ["organisation", "asked", "answered", "matched"]
    export_headings = {
        "organisation": gettext_lazy("organisatie"),
        "asked": gettext_lazy("gevraagd"),
        "answered": gettext_lazy("beantwoord"),
        "matched": gettext_lazy("match"),
    }
    columns = [Column(field, label=label) for field, label in export_headings.items()]

    def get_queryset(self):
        return introduction_rows()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("leerdossier/kennismakingen/", introduction_list, name="records_admin_introductions"),
        path("leerdossier/kennismakingen/<int:pk>/", introduction_detail, name="records_admin_introduction"),
        path("leerdossier/ervaringen/", experience_list, name="records_admin_experiences"),
        path("reports/academie/", AcademyDashboardView.as_view(), name="records_admin_dashboard"),
        path(
            "reports/academie/results/",
            AcademyDashboardView.as_view(results_only=True),
            name="records_admin_dashboard_results",
        ),
        path(
            "reports/kennismakingen/",
            IntroductionReportView.as_view(),
            name="records_admin_introduction_report",
        ),
        path(
            "reports/kennismakingen/results/",
            IntroductionReportView.as_view(results_only=True),
            name="records_admin_introduction_report_results",
        ),
    ]


class MoMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(editable_organisations(request.user))


class SmolMenuItem(MenuItem):
    def is_shown(self, request):
        return is_smol(request.user)


@hooks.register("register_admin_menu_item")
def register_introductions_menu_item():
    return MoMenuItem(
        gettext_lazy("Kennismakingen"), reverse("records_admin_introductions"), icon_name="mail", order=360
    )


@hooks.register("register_admin_menu_item")
def register_experiences_menu_item():
    return MoMenuItem(
        gettext_lazy("Ervaring bevestigen"), reverse("records_admin_experiences"), icon_name="tick", order=361
    )


@hooks.register("register_reports_menu_item")
def register_dashboard_report():
    return SmolMenuItem(
        gettext_lazy("Academie in cijfers"),
        reverse("records_admin_dashboard"),
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_introduction_report():
    return SmolMenuItem(
        gettext_lazy("Kennismakingen per organisatie"),
        reverse("records_admin_introduction_report"),
        icon_name="doc-full",
        order=910,
    )


@hooks.register("home_page_sections")
def home_match_invitation(request, page):
    """An invitation to the questionnaire "Welke organisatie past bij mij?" on the home page."""
    from django.template.loader import render_to_string

    return (5, render_to_string("records/includes/home_section.html", {}, request=request))
