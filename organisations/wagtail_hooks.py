"""Admin registration: the onboarding view for SMOL staff and guards on organisation pages."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .models import OrganisationPage
from .permissions import is_smol_staff
from .views import OnboardView


@hooks.register("register_admin_urls")
def register_onboarding_url():
    return [path("organisaties/aanmelden/", OnboardView.as_view(), name="organisations_onboard")]


class SmolStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_smol_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return SmolStaffMenuItem(
        gettext_lazy("Organisatie aanmelden"),
        reverse("organisations_onboard"),
        icon_name="group",
        order=250,
    )


def _refuse_for_mo_editors(request, page):
    """An MO editor may never delete (or move) the organisation page that anchors their rights."""
    if issubclass(page.specific_class or type(page), OrganisationPage) and not is_smol_staff(request.user):
        messages.error(request, _("Alleen SMOL kan een organisatiepagina verwijderen of verplaatsen."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_delete_page")
def protect_organisation_page_from_deletion(request, page):
    return _refuse_for_mo_editors(request, page)


@hooks.register("before_move_page")
def protect_organisation_page_from_moving(request, page, destination):
    return _refuse_for_mo_editors(request, page)
