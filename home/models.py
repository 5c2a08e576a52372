from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .routing import ViewRestrictionsInOneQuery, route_from

# --- Shared taxonomy -------------------------------------------------------------------------


class Theme(TagBase):
    """One of the network's shared themes. Curated by SMOL: editors choose, never create."""

    free_tagging = False

    COLOURS = [
        ("groen", _("groen")),
        ("blauw", _("blauw")),
        ("paars", _("paars")),
        ("oranje", _("oranje")),
        ("rood", _("rood")),
        ("petrol", _("petrol")),
        ("geel", _("geel")),
        ("grijs", _("grijs")),
    ]

    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)
    description = models.TextField(_("korte beschrijving"), blank=True, max_length=400)
    description_en = models.TextField(_("korte beschrijving (Engels)"), blank=True, max_length=400)
    colour = models.CharField(_("kleur"), max_length=20, choices=COLOURS, default="groen")
    icon = models.CharField(
        _("pictogram"),
        max_length=4,
        blank=True,
        help_text=_("Een teken of emoji dat bij het thema past, bijvoorbeeld ♥."),
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        FieldPanel("colour"),
        FieldPanel("icon"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["sort_order", "name"]

    @property
    def label(self):
        """The name in the reader's language."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    @property
    def summary(self):
        if translation.get_language() == "en" and self.description_en:
            return self.description_en
        return self.description


class ThemedPage(ItemBase):
    """The one tagged-item table: every page type tags its themes through here."""

    tag = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tagged_items")
    content_object = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="themed_items")

    class Meta:
        verbose_name = _("thema van een pagina")
        verbose_name_plural = _("thema's van pagina's")
        unique_together = [("tag", "content_object")]


def themes_field():
    """The themes field every page type uses."""
    return ClusterTaggableManager(
        through=ThemedPage,
        blank=True,
        verbose_name=_("thema's"),
        help_text=_("Kies een of meer thema's van het netwerk."),
    )


class Municipality(models.Model):
    """One of Limburg's municipalities: a controlled list, not free text."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self):
        return self.name


# --- Pages -------------------------------------------------------------------------------------


class HomePage(ViewRestrictionsInOneQuery, Page):
    intro = models.TextField(_("introductie"), blank=True, max_length=500)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hoofdafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def route(self, request, path_components):
        """Every page below the home page in two queries, whatever its depth (home/routing.py)."""
        if not path_components:
            return super().route(request, path_components)
        return route_from(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections(request)
        return context

    def index_page(self, model):
        """The live page of type `model` in this home page's language (the stories index, ...).

        The home page's live children are read once, so its sections share one query; a page of
        that type elsewhere in the same language is the fallback.
        """
        from django.contrib.contenttypes.models import ContentType

        if "_live_children" not in self.__dict__:
            self.__dict__["_live_children"] = list(self.get_children().live())
        content_type = ContentType.objects.get_for_model(model)
        for child in self.__dict__["_live_children"]:
            if child.content_type_id == content_type.pk:
                return child
        return model.objects.live().filter(locale_id=self.locale_id).first()

    def sections(self, request):
        """The blocks the apps put on the home page (latest stories, courses, ...), in their order.

        Apps register a function with the `home_page_sections` hook: `fn(request, page)` returning
        `(order, html)` or None. The home page needs no import of the apps above it.
        """
        from wagtail import hooks

        rendered = [fn(request, self) for fn in hooks.get_hooks("home_page_sections")]
        return [html for order, html in sorted((r for r in rendered if r), key=lambda r: r[0])]


# --- Site settings -----------------------------------------------------------------------------


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("pagina"))
    label = blocks.CharBlock(
        label=_("tekst in het menu"),
        required=False,
        help_text=_("Leeg laten om de titel van de pagina te gebruiken."),
    )

    class Meta:
        icon = "link"
        label = _("Menu-item")


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    network_name = models.CharField(_("naam van het netwerk"), max_length=100, default="Netwerk SMOL")
    tagline = models.CharField(_("ondertitel"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    contact_address = models.TextField(_("adres"), blank=True, max_length=300)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    footer_text = RichTextField(_("tekst in de voettekst"), blank=True, features=["bold", "italic", "link"])
    main_navigation = StreamField(
        [("link", NavigationLinkBlock())],
        verbose_name=_("hoofdmenu"),
        blank=True,
        help_text=_("De pagina's in het hoofdmenu, in deze volgorde."),
    )
    stories_target_per_year = models.PositiveSmallIntegerField(
        _("doel: verhalen per organisatie per jaar"), default=10
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("network_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Netwerk"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Sociale media"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("main_navigation"),
        FieldPanel("stories_target_per_year"),
    ]

    class Meta:
        verbose_name = _("instellingen van de site")

    @classmethod
    def _get_or_create(cls):
        """Every page reads these settings: kept in the shared cache (home/cache.py), which saving
        them makes stale."""
        from .cache import shared

        return shared("site-settings", super()._get_or_create)

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in [
                ("Facebook", self.facebook_url),
                ("Instagram", self.instagram_url),
                ("LinkedIn", self.linkedin_url),
                ("YouTube", self.youtube_url),
            ]
            if url
        ]


class ContentPage(ViewRestrictionsInOneQuery, Page):
    """A plain page for SMOL's own texts: "Wie zijn wij", contact, privacy."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("tekstpagina")
        verbose_name_plural = _("tekstpagina's")
