"""Page URLs for long lists, exactly as Wagtail's `page.get_url(request)` gives them, at a fraction
of the cost.

Wagtail works out every URL on its own (the site root paths, the page's language, `reverse`): about
0.1 ms a page, most of the time of a learning path with 170 steps. Pages below the same site root
share everything in their URL but the end of their `url_path`, so `PageLinks` asks Wagtail once per
site root and adds the rest. It needs no page objects: a `url_path` from `values()` will do.
"""

from urllib.parse import quote

from django.utils import translation
from wagtail.models import Page, Site

# What Django's reverse() leaves unquoted in a URL path (django.urls.resolvers).
_SAFE = "!$&'()*+,;=/~:@"


class PageLinks:
    """`links.url(url_path)`: the URL of the page at `url_path`, as `get_url(request)` returns it."""

    def __init__(self, request=None):
        self.request = request
        # Kept on the request: every list on the page shares what Wagtail was asked.
        self._prefixes = {}
        if request is not None:
            try:
                self._prefixes = request._academy_url_prefixes
            except AttributeError:
                request._academy_url_prefixes = self._prefixes

    def _root_paths(self):
        # The copy Wagtail keeps on the request (Page._get_site_root_paths): one lookup per request.
        holder = self.request if self.request is not None else self
        try:
            return holder._wagtail_cached_site_root_paths
        except AttributeError:
            holder._wagtail_cached_site_root_paths = Site.get_site_root_paths()
            return holder._wagtail_cached_site_root_paths

    def url(self, url_path):
        if not url_path:
            return None
        roots = tuple(root for root in self._root_paths() if url_path.startswith(root.root_path))
        if len(roots) != 1:
            # Under no site (no URL) or under several (Wagtail picks by request): Wagtail decides.
            return Page(url_path=url_path).get_url(self.request)
        root_path = roots[0].root_path
        tail = quote(url_path[len(root_path) :], safe=_SAFE)
        # The active language can choose the URL's language prefix (Wagtail's get_url_parts).
        key = (root_path, translation.get_language())
        if key not in self._prefixes:
            url = Page(url_path=url_path).get_url(self.request)
            # Only a URL that ends in the page's own path has a prefix to share (settings such as
            # WAGTAIL_APPEND_SLASH=False change the end: then every page asks Wagtail).
            self._prefixes[key] = url[: len(url) - len(tail)] if url and url.endswith(tail) else None
            return url
        prefix = self._prefixes[key]
        if prefix is None:
            return Page(url_path=url_path).get_url(self.request)
        return prefix + tail
