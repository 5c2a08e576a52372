"""Whole-page caching for anonymous visitors, invalidated when content changes.

Anonymous GET requests of HTML pages are answered from the cache (local memory on one process, Redis
when REDIS_URL is set, so every app server shares it). The key holds the full path with its query
string and the language, and a "generation" number that every publish, unpublish, move or delete of a
page (and every change to a snippet or setting) bumps: one write invalidates every cached page on every
app server at once. Signed-in users never get a cached page, and their pages are marked private.
"""

import contextvars
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

GENERATION_KEY = "pagecache:generation"


# The generation as read at the start of the current request (RequestGenerationMiddleware): every
# shared() lookup and cache key of one request uses it, so a page asks the cache for it once instead
# of once per lookup (with Redis on another machine, a network round trip each).
_request_generation = contextvars.ContextVar("pagecache_request_generation", default=None)


def _read_generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, timeout=None)
    return value


def generation():
    value = _request_generation.get()
    return _read_generation() if value is None else value


def invalidate(*args, **kwargs):
    """Bump the generation: every cached page and fragment is stale from now on."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)
    # The rest of this request (an editor's publish) reads the new generation from the cache.
    _request_generation.set(None)


class RequestGenerationMiddleware:
    """Reads the content generation once per request (see `_request_generation`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            value = _read_generation()
        except Exception:  # noqa: BLE001 - the cache is down: every lookup tries (and fails) itself
            value = None
        token = _request_generation.set(value)
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


_MISSING = object()


def shared(key, build, timeout=3600):
    """Data that every page needs and that changes only through the admin (the site a host name
    serves, the site settings), kept in the cache under the generation: any change to content, a
    setting or a site makes it stale on every server at once. `build()` makes the value on a miss."""
    full_key = f"shared:{generation()}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(full_key, value, timeout)
    return value


def page_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    language = translation.get_language() or settings.LANGUAGE_CODE
    return f"pagecache:{generation()}:{language}:{digest}"


def is_cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    if request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDE_PREFIXES)):
        return False
    # A visitor with a session or pending messages may see something personal.
    return not (settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_cacheable_request(request):
            response = self.get_response(request)
            if getattr(request, "user", None) is not None and request.user.is_authenticated:
                patch_cache_control(response, private=True, no_cache=True)
            return response
        key = page_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self.should_store(response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            patch_vary_headers(response, ["Cookie", "Accept-Language"])
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.add_post_render_callback(lambda r: cache.set(key, r, settings.PAGE_CACHE_SECONDS))
            else:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def should_store(response):
        return (
            response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
            and not getattr(response, "streaming", False)
        )
