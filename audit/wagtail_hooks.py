"""The audit log in the admin: a read-only report for whoever has audit.view_audit_log (superusers;
grant it to a SMOL group to share it)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import AuditEvent

PERMISSION = "audit.view_audit_log"


class AuditLogView(ReportView):
    page_title = _("Auditlog")
    header_icon = "history"
    index_url_name = "audit_log"
    index_results_url_name = "audit_log_results"
    paginate_by = 50
    columns = [
        DateColumn("timestamp", label=_("Tijdstip")),
        Column("actor_label", label=_("Door")),
        Column("get_action_display", label=_("Actie")),
        Column("object_type", label=_("Soort")),
        Column("object_id", label=_("Nummer")),
        Column("summary", label=_("Wat")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            from wagtail.admin.auth import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return AuditEvent.objects.order_by("-timestamp", "-id")


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("reports/auditlog/", AuditLogView.as_view(), name="audit_log"),
        path("reports/auditlog/results/", AuditLogView.as_view(results_only=True), name="audit_log_results"),
    ]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_menu_item():
    return AuditMenuItem(_("Auditlog"), reverse("audit_log"), icon_name="history", order=900)
