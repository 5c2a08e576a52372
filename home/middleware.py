from django.conf import settings
from django.http import HttpResponseRedirect


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
