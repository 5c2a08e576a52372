"""RSS 2.0 and Atom feeds of live stories: all, per organisation (?organisatie=) or theme (?thema=)."""

import copy
import mimetypes

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.models import SiteSettings, Theme
from home.renditions import SHARE_SPEC

from .models import (
    StoryIndexPage,
    attach_organisations,
    live_stories,
    stories_of_organisation,
    stories_with_theme,
)

FEED_SIZE = 30
FEED_RENDITION = SHARE_SPEC


class EnclosureRss201rev2Feed(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"


class StoryFeed(Feed):
    feed_type = EnclosureRss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # The URLconf holds one instance: work on a copy so concurrent requests never share state.
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def get_object(self, request):
        from organisations.models import OrganisationPage

        try:
            self.locale = Locale.get_active()
        except Locale.DoesNotExist:
            self.locale = None
        organisation = theme = None
        slug = request.GET.get("organisatie", "").strip()[:100]
        if slug:
            organisation = OrganisationPage.objects.live().filter(slug=slug, locale=self.locale).first()
            if organisation is None:
                raise Http404("Unknown organisation")
        slug = request.GET.get("thema", "").strip()[:100]
        if slug:
            theme = Theme.objects.filter(slug=slug).first()
            if theme is None:
                raise Http404("Unknown theme")
        self.index_page = StoryIndexPage.objects.live().filter(locale=self.locale).first()
        return {"organisation": organisation, "theme": theme}

    def title(self, obj):
        network = SiteSettings.load(request_or_site=self.request).network_name
        if obj["organisation"] is not None:
            return _("Verhalen van %(name)s") % {"name": obj["organisation"].title} + f" | {network}"
        if obj["theme"] is not None:
            return _("Verhalen over %(theme)s") % {"theme": obj["theme"].label} + f" | {network}"
        return _("Verhalen") + f" | {network}"

    def link(self, obj):
        if obj["organisation"] is not None:
            return obj["organisation"].get_full_url(self.request)
        if self.index_page is not None:
            url = self.index_page.get_full_url(self.request)
            if obj["theme"] is not None:
                url += f"?thema={obj['theme'].slug}"
            return url
        return self.request.build_absolute_uri("/")

    def description(self, obj):
        return _("Positieve verhalen van Limburgers, gedeeld door maatschappelijke organisaties.")

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def items(self, obj):
        qs = live_stories(locale=self.locale)  # prefetches the FEED_RENDITION of every image
        if obj["organisation"] is not None:
            qs = stories_of_organisation(qs, obj["organisation"])
        if obj["theme"] is not None:
            qs = stories_with_theme(qs, obj["theme"])
        return attach_organisations(qs[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_author_name(self, item):
        return item.organisation.title if item.organisation else None

    def item_categories(self, item):
        return [theme.label for theme in item.themes.all()]

    def _rendition(self, item):
        if not item.hero_image:
            return None
        return item.hero_image.get_rendition(FEED_RENDITION)

    def item_enclosure_url(self, item):
        rendition = self._rendition(item)
        if rendition is None:
            return None
        return self.request.build_absolute_uri(rendition.url)

    def item_enclosure_length(self, item):
        rendition = self._rendition(item)
        if rendition is None:
            return None
        try:
            return rendition.file.size
        except OSError:
            return 0

    def item_enclosure_mime_type(self, item):
        rendition = self._rendition(item)
        if rendition is None:
            return None
        return mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"


class StoryAtomFeed(StoryFeed):
    feed_type = Atom1Feed
    subtitle = StoryFeed.description
