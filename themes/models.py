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

        # Every theme (a dozen): the one asked for, and the chips of the cards.
        themes = list(Theme.objects.all())
        theme = next((t for t in themes if t.slug == slug), None)
        if theme is None:
            raise Http404(_("Dit thema bestaat niet."))
        context = theme_detail(theme, self.locale_id, themes, self.locale.language_code)
        context["theme"] = theme
        # All organisations on the theme: the directory, filtered on it (the page shows a dozen).
        from organisations.models import OrganisationIndexPage

        directory = (
            OrganisationIndexPage.objects.live().filter(locale_id=self.locale_id).only("url_path").first()
        )
        directory_url = directory.get_url(request) if directory else ""
        context["organisations_url"] = f"{directory_url}?thema={theme.slug}" if directory_url else ""
        return self.render(request, template="themes/theme_page.html", context_overrides=context)


class NetworkPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """ "Netwerk in beeld": which organisations share themes, are partners, work together.

    The page draws the network; /tabel/ gives the same data per organisation as a table (the text
    alternative to the drawing, linked right under it), a page of organisations at a time.
    """

    TABLE_ROWS_PER_PAGE = 50

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("netwerk in beeld")
        verbose_name_plural = _("netwerk in beeld")

    def get_sitemap_urls(self, request=None):
        """The drawing and the (first page of the) table."""
        urls = super().get_sitemap_urls(request)
        if urls:
            urls.append({"location": urls[0]["location"] + self.reverse_subpage("table")})
        return urls

    @path("")
    def drawing(self, request):
        from .network import network_data

        data = network_data(self.locale_id, request)
        return self.render(
            request,
            context_overrides={
                "network": data,
                "network_svg": data["svg"],
                "table_url": self.get_url(request) + self.reverse_subpage("table"),
            },
        )

    @path("tabel/", name="table")
    def table(self, request):
        from django.core.paginator import Paginator

        from home.pagination import pagination_links

        from .network import network_data

        data = network_data(self.locale_id, request, part="table")
        paginator = Paginator(data["rows"], self.TABLE_ROWS_PER_PAGE)
        number = request.GET.get("page", "")
        # get_page() turns "abc", "-1" and "99999999" into the first or last page.
        page_obj = paginator.get_page(number if number.isdigit() and len(number) < 9 else 1)
        base = self.get_url(request) + self.reverse_subpage("table")

        def url(n):
            return f"{base}?page={n}" if n > 1 else base

        return self.render(
            request,
            template="themes/network_table.html",
            context_overrides={
                "network": data,
                "rows": page_obj.object_list,
                "page_obj": page_obj,
                "paginator": paginator,
                **pagination_links(paginator, page_obj, url),
            },
        )
