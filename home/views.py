from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

ONE_YEAR = 365 * 24 * 60 * 60


def switch_language(request, code):
    """Follow a language link and remember the choice in the language cookie."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next") or ("/" if code == settings.LANGUAGE_CODE else f"/{code}/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=ONE_YEAR,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=False,
    )
    return response
