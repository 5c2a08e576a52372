"""Admin views for SMOL: stories per organisation (yearly target), framing occurrences, trust."""

from types import SimpleNamespace

from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import GroupPagePermission

from .framing import find_in_page, get_matcher
from .models import StoryPage
from .moderation import SMOL_GROUP_NAMES, is_trusted, set_trusted

SMOL_STAFF_GROUPS = ("SMOL redactie", "SMOL moderatie")


def is_smol_staff(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=SMOL_STAFF_GROUPS).exists()


def stories_target():
    from home.models import SiteSettings

    return SiteSettings.load().stories_target_per_year


def with_story_counts(organisations, year=None):
    """Annotate organisation pages with `stories_this_year` and `last_story_date` (own live stories)."""
    year = year or timezone.localdate().year
    own = StoryPage.objects.live().filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
    this_year = (
        own.filter(publication_date__year=year)
        .order_by()
        .values("depth")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    last = own.order_by().values("depth").annotate(last=Max("publication_date")).values("last")[:1]
    trusted = GroupPagePermission.objects.filter(
        page_id=OuterRef("pk"), permission__codename="publish_page"
    ).exclude(group__name__in=SMOL_GROUP_NAMES)
    return organisations.annotate(
        stories_this_year=Coalesce(Subquery(this_year, output_field=IntegerField()), Value(0)),
        last_story_date=Subquery(last),
        trusted=Exists(trusted),
    )


def organisations_of_user(user):
    """The Dutch organisation pages the user may edit through a group permission on that very page."""
    from organisations.models import OrganisationPage

    page_ids = GroupPagePermission.objects.filter(
        group__in=Group.objects.filter(user=user),
        permission__codename__in=["add_page", "change_page"],
    ).values("page_id")
    return OrganisationPage.objects.filter(pk__in=page_ids, locale__language_code="nl")


class SmolOnlyMixin:
    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        if not is_smol_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StoriesPerOrganisationReport(SmolOnlyMixin, ReportView):
    page_title = _("Verhalen per organisatie")
    header_icon = "doc-full"
    index_url_name = "stories_report_per_organisation"
    index_results_url_name = "stories_report_per_organisation_results"
    default_ordering = "title"
    paginate_by = 100
    list_export = ["title", "stories_this_year", "target", "last_story_date", "trusted"]
    export_headings = {
        "title": _("Organisatie"),
        "stories_this_year": _("Verhalen dit jaar"),
        "target": _("Doel"),
        "last_story_date": _("Laatste verhaal"),
        "trusted": _("Vertrouwd (publiceert zelf)"),
    }

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Organisatie"),
                sort_key="title",
                get_url=lambda org: reverse("wagtailadmin_explore", args=[org.pk]),
            ),
            Column("stories_this_year", label=_("Verhalen dit jaar"), sort_key="stories_this_year"),
            DateColumn("last_story_date", label=_("Laatste verhaal"), sort_key="last_story_date"),
            BooleanColumn("trusted", label=_("Vertrouwd"), sort_key="trusted"),
            TitleColumn(
                "trust_action",
                label=_("Vertrouwen"),
                accessor=lambda org: _("Wijzigen"),
                get_url=lambda org: reverse("stories_trust", args=[org.pk]),
            ),
        ]

    def get_page_subtitle(self):
        return _("Doel: %(target)s verhalen per organisatie in %(year)s") % {
            "target": stories_target(),
            "year": timezone.localdate().year,
        }

    def get_queryset(self):
        from organisations.models import OrganisationPage

        self.queryset = with_story_counts(OrganisationPage.objects.filter(locale__language_code="nl"))
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        target = stories_target()
        for org in object_list:
            org.target = target
        return object_list

    def to_row_dict(self, item):
        item.target = getattr(item, "target", None) or stories_target()
        return super().to_row_dict(item)


class FramingReport(SmolOnlyMixin, ReportView):
    page_title = _("Woorden om te vermijden in gepubliceerde teksten")
    header_icon = "warning"
    index_url_name = "stories_report_framing"
    index_results_url_name = "stories_report_framing_results"
    paginate_by = 50
    list_export = ["title", "page_type", "words", "alternatives", "url"]
    export_headings = {
        "title": _("Pagina"),
        "page_type": _("Soort"),
        "words": _("Gevonden woorden"),
        "alternatives": _("Alternatieven"),
        "url": _("Adres"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Pagina"), get_url=lambda row: row.edit_url),
            Column("page_type", label=_("Soort")),
            Column("words", label=_("Gevonden woorden")),
            Column("alternatives", label=_("Alternatieven")),
        ]

    def get_queryset(self):
        from organisations.models import OrganisationPage

        matcher = get_matcher()
        rows = []
        for model in (StoryPage, OrganisationPage):
            pages = (
                model.objects.live()
                .filter(locale__language_code="nl", alias_of__isnull=True)
                .order_by("title")
            )
            for page in pages:
                findings = find_in_page(page, matcher)
                if findings:
                    rows.append(
                        SimpleNamespace(
                            pk=page.pk,
                            title=page.title,
                            page_type=str(model._meta.verbose_name),
                            words=", ".join(", ".join(f.forms) for f in findings),
                            alternatives="; ".join(
                                f"{f.word}: {' / '.join(f.alternatives)}" for f in findings
                            ),
                            url=page.full_url or "",
                            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        )
                    )
        return rows


def trust_view(request, organisation_id):
    """SMOL marks an MO as trusted (its editors publish without review) or takes that back."""
    from organisations.models import OrganisationPage

    if not is_smol_staff(request.user):
        raise PermissionDenied
    organisation = get_object_or_404(OrganisationPage, pk=organisation_id)
    trusted = is_trusted(organisation)
    if request.method == "POST":
        new_value = request.POST.get("trusted") == "1"
        set_trusted(organisation, new_value)
        if new_value:
            messages.success(
                request, _("%(name)s publiceert nu zelf, zonder controle.") % {"name": organisation.title}
            )
        else:
            messages.success(
                request,
                _("Verhalen van %(name)s gaan weer langs SMOL moderatie.") % {"name": organisation.title},
            )
        return redirect("stories_report_per_organisation")
    return TemplateResponse(
        request,
        "stories/admin/trust.html",
        {"organisation": organisation, "trusted": trusted, "groups": _groups(organisation)},
    )


def _groups(organisation):
    from .moderation import editor_groups

    return editor_groups(organisation)
