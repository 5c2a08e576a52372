"""Two-factor authentication (allauth.mfa: an authenticator app (TOTP) plus recovery codes).

* Who must use it: superusers and members of the groups in ``MFA_REQUIRED_GROUPS`` (SMOL staff),
  while ``MFA_REQUIRED`` is on. They cannot open the Wagtail admin before they have activated an
  authenticator app (``RequireTwoFactorMiddleware``), and cannot switch it off again
  (``MFAAdapter.can_delete_authenticator``). Everybody else (MO editors, volunteers) may switch it on.
* The admin log-in (accounts.views.AdminLoginView) asks for a code after the password whenever the
  account has an authenticator app; so does the volunteer log-in (allauth's own login stages).
* An account with an app can use the admin only in a session that passed the code step (or set the
  app up): a log-in by password alone elsewhere (Wagtail's log-in for private pages) does not open
  the admin; the user is logged out and sent to the admin log-in.
"""

from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

# Admin URLs a user without an authenticator app may still open: logging in and out, password
# reset, and the static helpers the log-in page itself needs.
EXEMPT_ADMIN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


def mfa_required_for(user):
    """True when this account must protect itself with an authenticator app (SMOL staff)."""
    if not getattr(settings, "MFA_REQUIRED", True):
        return False
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = getattr(settings, "MFA_REQUIRED_GROUPS", ())
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def user_language(user):
    try:
        language = user.wagtail_userprofile.preferred_language
    except Exception:  # noqa: BLE001 - no admin profile yet
        language = ""
    language = language or getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def has_authenticator_app(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def passed_second_step(request, user):
    """True when this session entered a code from the app or a recovery code (allauth's record)."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, user))


def record_activation(sender, instance, created, raw=False, **kwargs):
    """post_save of an Authenticator: setting up the app proves the user holds it, so the session
    that did it counts as having passed the code step (allauth's request context names the session)."""
    from allauth.core import context

    request = context.request
    if raw or not created or instance.type != Authenticator.Type.TOTP or request is None:
        return
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.pk == instance.user_id:
        record_authentication(request, user, "mfa", id=instance.pk, type=instance.type)


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Voor medewerkers van SMOL is tweestapsverificatie verplicht. U kunt die daarom niet "
            "uitzetten. Nieuwe telefoon? Neem contact op met een beheerder van SMOL."
        ),
    }

    def encrypt(self, text):
        """TOTP keys and recovery-code seeds are stored encrypted (accounts/secrets.py)."""
        from .secrets import encrypt

        return encrypt(text)

    def decrypt(self, encrypted_text):
        from .secrets import decrypt

        return decrypt(encrypted_text)

    def can_delete_authenticator(self, authenticator):
        if authenticator.type == Authenticator.Type.TOTP and mfa_required_for(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)


class RequireTwoFactorMiddleware:
    """On admin URLs: SMOL staff without an authenticator app go to the page that sets one up; an
    account with an app whose session skipped the code step is logged out and asked to log in again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in EXEMPT_ADMIN_URL_NAMES:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if has_authenticator_app(user):
            if passed_second_step(request, user):
                return None
            return self._log_in_again(request, user)
        if not mfa_required_for(user):
            return None
        # /admin/ has no language prefix: speak the user's own language (admin profile, else account).
        with translation.override(user_language(user)):
            messages.warning(
                request,
                str(
                    _(
                        "Als medewerker van SMOL beveiligt u uw account met tweestapsverificatie voordat "
                        "u het beheer gebruikt. Stel hieronder een authenticator-app in (bijvoorbeeld op "
                        "uw telefoon); daarna kunt u verder."
                    )
                ),
            )
            return redirect("mfa_activate_totp")

    def _log_in_again(self, request, user):
        language = user_language(user)
        logout(request)
        with translation.override(language):
            messages.info(
                request,
                str(
                    _(
                        "Log opnieuw in. Na uw wachtwoord vraagt het beheer om de code uit uw authenticator-app."
                    )
                ),
            )
        return redirect(f"{reverse('wagtailadmin_login')}?{urlencode({'next': request.get_full_path()})}")
