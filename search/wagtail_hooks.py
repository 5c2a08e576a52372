"""Admin: the "Zoekopdrachten zonder resultaat" report next to Wagtail's "Search terms" report."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import MissedQuery

VIEW_PERMISSION = "site_search.view_missedquery"


class MissedQueriesReportView(ReportView):
    page_title = _("Zoekopdrachten zonder resultaat")
    header_icon = "search"
    index_url_name = "site_search_missed_queries"
    index_results_url_name = "site_search_missed_queries_results"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-hits"
    columns = [
        Column("query_string", label=_("Zoekopdracht"), sort_key="query_string"),
        NumberColumn("hits", label=_("Aantal keer"), sort_key="hits"),
        Column("language", label=_("Taal")),
        DateColumn("last_searched_at", label=_("Laatst gezocht"), sort_key="last_searched_at"),
    ]
    list_export = ["query_string", "hits", "language", "last_searched_at"]
    export_headings = {
        "query_string": _("Zoekopdracht"),
        "hits": _("Aantal keer"),
        "language": _("Taal"),
        "last_searched_at": _("Laatst gezocht"),
    }

    def get_base_queryset(self):
        return MissedQuery.objects.all()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class MissedQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_urls")
def register_missed_queries_url():
    return [
        path(
            "reports/zoeken-zonder-resultaat/",
            MissedQueriesReportView.as_view(),
            name="site_search_missed_queries",
        ),
        path(
            "reports/zoeken-zonder-resultaat/results/",
            MissedQueriesReportView.as_view(results_only=True),
            name="site_search_missed_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_missed_queries_menu_item():
    return MissedQueriesMenuItem(
        _("Zoeken zonder resultaat"),
        reverse("site_search_missed_queries"),
        name="site-search-missed-queries",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_missed_queries_permission():
    return Permission.objects.filter(content_type__app_label="site_search", codename="view_missedquery")
