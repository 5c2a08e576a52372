from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Every language tree of the site, without untranslated copies.

    Wagtail's own sitemap lists only the default language's tree. An English page appears here once it
    is translated; until then it is an alias of the Dutch page and left out.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = reduce(or_, [Q(path__startswith=root.path) for root in roots])
        other_languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .exclude(alias_of__isnull=False, locale__language_code__in=other_languages)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
