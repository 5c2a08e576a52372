"""Admin registration of the stories app: the framing list, the framing tip, the yearly target."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    FramingReport,
    StoriesPerOrganisationReport,
    is_smol_staff,
    organisations_of_user,
    stories_target,
    trust_view,
    with_story_counts,
)
from .models import FramingWord, StoryPage


class FramingWordViewSet(SnippetViewSet):
    """The list of words to avoid. Model permissions: only SMOL's groups (data migration)."""

    model = FramingWord
    icon = "warning"
    menu_label = _("Woorden om te vermijden")
    add_to_settings_menu = True
    list_display = ["word", "inflections", "alternatives"]
    search_fields = ["word", "inflections", "alternatives"]


register_snippet(FramingWordViewSet)


# --- The framing tip for pages without the FramingPanel (the organisation profile) ------------


def _framing_message(request, page):
    from .framing import find_in_page

    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page.specific
    if isinstance(specific, StoryPage):
        return  # the story editor shows its own panel
    if specific._meta.label != "organisations.OrganisationPage":
        return
    latest = specific.get_latest_revision_as_object()
    findings = find_in_page(latest)
    if not findings:
        return
    parts = [f"{', '.join(f.forms)} → {' / '.join(f.alternatives)}" for f in findings]
    messages.info(
        request,
        gettext("Tip voor positief schrijven (dit blokkeert niets): %(words)s") % {"words": "; ".join(parts)},
    )


@hooks.register("before_edit_page")
def framing_tip_on_edit(request, page):
    if request.method == "GET":
        _framing_message(request, page)


# --- Yearly target on the dashboard ------------------------------------------------------------


class StoriesTargetPanel(Component):
    name = "stories_target"
    template_name = "stories/admin/target_panel.html"
    order = 105

    def __init__(self, organisations, target):
        self.organisations = organisations
        self.target = target

    def get_context_data(self, parent_context):
        return {"organisations": self.organisations, "target": self.target}


@hooks.register("construct_homepage_panels")
def add_stories_target_panel(request, panels):
    if request.user.is_superuser:
        return
    organisations = list(with_story_counts(organisations_of_user(request.user)).order_by("title"))
    if organisations:
        panels.append(StoriesTargetPanel(organisations, stories_target()))


# --- Reports for SMOL --------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_story_admin_urls():
    return [
        path(
            "verhalen/per-organisatie/",
            StoriesPerOrganisationReport.as_view(),
            name="stories_report_per_organisation",
        ),
        path(
            "verhalen/per-organisatie/results/",
            StoriesPerOrganisationReport.as_view(results_only=True),
            name="stories_report_per_organisation_results",
        ),
        path("verhalen/woorden/", FramingReport.as_view(), name="stories_report_framing"),
        path(
            "verhalen/woorden/results/",
            FramingReport.as_view(results_only=True),
            name="stories_report_framing_results",
        ),
        path("verhalen/vertrouwd/<int:organisation_id>/", trust_view, name="stories_trust"),
    ]


class SmolReportMenuItem(MenuItem):
    def is_shown(self, request):
        return is_smol_staff(request.user)


@hooks.register("register_reports_menu_item")
def register_stories_report_menu_item():
    return SmolReportMenuItem(
        _("Verhalen per organisatie"),
        reverse("stories_report_per_organisation"),
        name="stories-per-organisation",
        icon_name="doc-full",
        order=50,
    )


@hooks.register("register_reports_menu_item")
def register_framing_report_menu_item():
    return SmolReportMenuItem(
        _("Woorden om te vermijden"),
        reverse("stories_report_framing"),
        name="stories-framing",
        icon_name="warning",
        order=51,
    )


@hooks.register("home_page_sections")
def home_latest_stories(request, page):
    """The three newest stories of the network on the home page."""
    from django.template.loader import render_to_string

    from .models import StoryIndexPage, card_stories

    stories = list(card_stories(locale=page.locale_id)[:3])
    if not stories:
        return None
    index = page.index_page(StoryIndexPage)  # shared with the other sections: one query
    html = render_to_string(
        "stories/includes/home_section.html", {"stories": stories, "index": index}, request=request
    )
    return (20, html)
