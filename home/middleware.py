import contextlib
import logging
from pathlib import Path

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect

logger = logging.getLogger(__name__)


class RememberedLanguageMiddleware:
    """A visitor who chose another language and comes back to the Dutch home page lands on theirs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "GET" and request.path == "/":
            chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            if chosen and chosen != settings.LANGUAGE_CODE and chosen in dict(settings.LANGUAGES):
                return HttpResponseRedirect(f"/{chosen}/")
        return self.get_response(request)


class CachedSiteMiddleware:
    """Finds the Wagtail site of a request's host in the cache instead of the database.

    Wagtail looks the site up once per request (`Site.find_for_request`, one query) and keeps it on
    the request as `_wagtail_site`; this sets that attribute from the shared cache (home/cache.py),
    which a change to any site or page makes stale. The root page is kept in its specific form, so
    routing (`site.root_page.localized.specific.route(...)`) does not fetch the home page again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site
        from wagtail.models.sites import get_site_for_hostname

        from .cache import shared

        try:
            hostname, port = request.get_host().split(":")[0], request.get_port()
        except Exception:  # noqa: BLE001 - a disallowed host: let Django answer it as usual
            return self.get_response(request)

        def lookup():
            try:
                site = get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                return None
            site.root_page = site.root_page.specific
            return site

        # With the database down the view fails the same way and gets the maintenance page.
        with contextlib.suppress(OperationalError, InterfaceError):
            request._wagtail_site = shared(f"site:{hostname}:{port}", lookup)
        return self.get_response(request)


MAINTENANCE_PAGE = Path(__file__).resolve().parent / "templates" / "home" / "maintenance.html"


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, answer with a static maintenance page (503), not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except (OperationalError, InterfaceError):
            return self.maintenance_response()

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            return self.maintenance_response()
        return None

    @staticmethod
    def maintenance_response():
        logger.error("Database unavailable: serving the maintenance page", exc_info=True)
        response = HttpResponse(
            MAINTENANCE_PAGE.read_bytes(), status=503, content_type="text/html; charset=utf-8"
        )
        response["Retry-After"] = "120"
        response["Cache-Control"] = "no-store"
        return response
