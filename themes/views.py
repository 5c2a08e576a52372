"""A stable address for a theme page: /themas/<slug>/ (and /en/themas/<slug>/) by its URL name.

`{% url 'theme_detail' slug=... %}` costs no query per link. The view finds the "Thema's" page of
the reader's language and lets Wagtail serve its route, with Wagtail's hooks (privacy, previews).
"""

from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.views import serve

from .models import ThemeIndexPage


def theme_detail(request, slug):
    index = (
        ThemeIndexPage.objects.live()
        .select_related("locale")
        .filter(locale__language_code=get_supported_content_language_variant(translation.get_language()))
        .order_by("path")
        .first()
    )
    if index is None:
        raise Http404
    # The index page routes its own sub-path; handing Wagtail that route (the per-request cache
    # `Page.route_for_request` reads) saves routing from the site root again. Wagtail's serve view
    # still runs its hooks (view restrictions, before_serve_page) on it.
    request._wagtail_route_for_request = index.route(request, [slug])
    # url_path is "/<home slug>/<index slug>/": the path Wagtail would route from the site root.
    below_home = index.url_path.strip("/").split("/")[1:]
    return serve(request, "/".join(below_home + [slug]) + "/")
