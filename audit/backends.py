"""Log-in protection: django-axes checks every log-in (Wagtail admin and allauth) for a lock-out."""

from axes.backends import AxesStandaloneBackend


class LoginProtectionBackend(AxesStandaloneBackend):
    """axes' standalone backend, first in AUTHENTICATION_BACKENDS.

    Every log-in form of the site (Wagtail admin, allauth) passes the request, so each attempt is
    counted. Code that authenticates without a request (Django's test client ``login()``, a shell)
    has no client address to lock out; for those calls this backend steps aside instead of raising.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def login_name(request, credentials):
    """The name typed in, from the admin form ("username") or the allauth form ("login")."""
    credentials = credentials or {}
    data = getattr(request, "POST", None) or {}
    name = (
        data.get("username")
        or data.get("login")
        or credentials.get("username")
        or credentials.get("email")
        or ""
    )
    return str(name).strip().lower()[:255]
