from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import AdminLoginView
from config.api import api_router
from home.media import serve_media
from home.sitemaps import TranslatedSitemap
from home.views import switch_language

urlpatterns = [
    # Wagtail's log-in form with a second step (authenticator code) for accounts that have one.
    path("admin/login/", AdminLoginView.as_view(), name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("taal/<str:code>/", switch_language, name="switch_language"),
    path("api/v2/", api_router.urls),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        # Never documents/: those are served by Wagtail's serve view, which checks collection privacy.
        re_path(r"^media/(?P<path>(?!documents/).*)$", serve_media),
    ]

# Dutch unprefixed, English under /en/. Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path("", include("organisations.urls")),
    path("", include("stories.urls")),
    path("", include("academy.urls")),
    path("", include("records.urls")),
    path("", include("themes.urls")),
    path("", include("search.urls")),
    path("", include("audit.urls")),  # /privacy/
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
