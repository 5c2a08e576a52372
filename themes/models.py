"""Theme pages ("Thema's", one page per theme) and "Netwerk in beeld"."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from home.models import Theme
from home.routing import ViewRestrictionsInOneQuery


class ThemeIndexPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """ "Thema's": every theme with its numbers, and /themas/<slug>/ for each theme."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van thema's")
        verbose_name_plural = _("overzichten van thema's")

    def get_sitemap_urls(self, request=None):
        """The overview and every theme's page."""
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        for slug in Theme.objects.values_list("slug", flat=True):
            urls.append({"location": base + self.reverse_subpage("theme", kwargs={"slug": slug})})
        return urls

    @path("")
    def overview(self, request):
        from .queries import theme_overview

        return self.render(request, context_overrides={"themes": theme_overview(self.locale_id)})

    @path("<slug:slug>/", name="theme")
    def theme(self, request, slug):
        from .queries import theme_detail

        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            raise Http404(_("Dit thema bestaat niet."))
        context = theme_detail(theme, self.locale_id)
        context["theme"] = theme
        # All organisations on the theme: the directory, filtered on it (the page shows a dozen).
        from organisations.models import OrganisationIndexPage

        directory = OrganisationIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        directory_url = directory.get_url(request) if directory else ""
        context["organisations_url"] = f"{directory_url}?thema={theme.slug}" if directory_url else ""
        return self.render(request, template="themes/theme_page.html", context_overrides=context)


class NetworkPage(ViewRestrictionsInOneQuery, Page):
    """ "Netwerk in beeld": which organisations share themes, are partners, work together."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("netwerk in beeld")
        verbose_name_plural = _("netwerk in beeld")

    def get_context(self, request, *args, **kwargs):
        from .network import network_data

        context = super().get_context(request, *args, **kwargs)
        data = network_data(self.locale_id, request)
        context["network"] = data
        context["network_svg"] = data["svg"]
        return context
