from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Basis van de site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
        _cache_locale_lookups()


def _cache_locale_lookups():
    """Wagtail finds the Locale of the active language with a query on every page it routes
    (`site.root_page.localized`); the few Locale rows change only when a language is added or
    removed, so the lookup is kept in the shared cache (home/cache.py) like the site and settings.
    A Locale saved or deleted makes it stale (home/signals.py)."""
    from wagtail.models.i18n import LocaleManager

    from .cache import shared

    uncached = LocaleManager.get_for_language

    def get_for_language(self, language_code):
        return shared(f"locale:{language_code}", lambda: uncached(self, language_code))

    get_for_language.__doc__ = uncached.__doc__
    LocaleManager.get_for_language = get_for_language
