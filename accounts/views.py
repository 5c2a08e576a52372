"""The Wagtail admin log-in with a second step for accounts that have an authenticator app."""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.internal.flows.login import perform_login, record_authentication
from allauth.account.models import Login
from django.conf import settings
from wagtail.admin.views.account import LoginView

from .mfa import has_authenticator_app

# Set while an admin log-in waits for its code, so the code page can offer "back to the admin log-in".
ADMIN_LOGIN_SESSION_KEY = "accounts_admin_login"


class AdminLoginView(LoginView):
    """Wagtail's log-in form (same form, same django-axes checks on the password).

    Without an authenticator app the user is logged in as before. With one, the password only
    starts allauth's login stages: the user is sent to the code page (``mfa_authenticate``) and is
    logged in after a correct code from the app or an unused recovery code, then sent on to the
    admin. Email verification is not asked here: admin accounts are created by SMOL.
    """

    def form_valid(self, form):
        user = form.get_user()
        if not has_authenticator_app(user):
            response = super().form_valid(form)
            self._record_password(user)
            return response
        if form.cleaned_data.get("remember"):
            self.request.session.set_expiry(settings.SESSION_COOKIE_AGE)
        else:
            self.request.session.set_expiry(0)
        self._record_password(user)
        self.request.session[ADMIN_LOGIN_SESSION_KEY] = True
        login = Login(
            user=user,
            email_verification=EmailVerificationMethod.NONE,
            redirect_url=self.get_success_url(),
        )
        return perform_login(self.request, login)

    def _record_password(self, user):
        # allauth's record of this password check. The password was typed a moment ago, so it also
        # counts as a fresh re-authentication: setting up the app right after logging in does not
        # ask for the password again (allauth asks again after ACCOUNT_REAUTHENTICATION_TIMEOUT).
        record_authentication(
            self.request, user, "password", username=user.get_username(), reauthenticated=True
        )
