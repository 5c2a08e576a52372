"""A link from the admin's account page to the two-factor settings (allauth.mfa)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .mfa import has_authenticator_app, mfa_required_for


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    if has_authenticator_app(request.user):
        help_text = _("Aan: u logt in met uw wachtwoord en een code uit uw authenticator-app.")
    elif mfa_required_for(request.user):
        help_text = _("Verplicht voor medewerkers van SMOL.")
    else:
        help_text = _("Extra beveiliging: na uw wachtwoord ook een code uit een app op uw telefoon.")
    return {
        "url": reverse("mfa_index"),
        "label": _("Tweestapsverificatie"),
        "help_text": help_text,
    }
