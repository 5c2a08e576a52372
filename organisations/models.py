from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, TextField, Value, Window
from django.db.models.functions import Coalesce, NullIf, RowNumber
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import themes_field
from home.routing import ViewRestrictionsInOneQuery
from home.visibility import public_q

# The fields of a page that a link to it needs (its name and URL), and that a card on the profile
# shows (organisation_page.html, `latest_children`): also its date and the first summary it has.
LINK_PAGE_FIELDS = ("title", "slug", "url_path", "path", "depth", "locale_id")
CARD_PAGE_FIELDS = (*LINK_PAGE_FIELDS, "first_published_at")
CARD_SUMMARY_FIELDS = ("intro", "summary", "search_description")


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


class OrganisationIndexPage(ViewRestrictionsInOneQuery, Page):
    """ "Organisaties": the member directory, one per home page (and locale)."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["organisations.OrganisationPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from .directory import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(self, request))
        return context

    class Meta:
        verbose_name = _("overzicht van organisaties")
        verbose_name_plural = _("overzichten van organisaties")


class OrganisationPage(ViewRestrictionsInOneQuery, Page):
    """The profile of one MO. Everything the MO owns (stories, courses) lives below it."""

    # Shown on every view of the page: fetched with it (home.routing).
    serve_select_related = ("logo",)

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("beschrijving van het logo"),
        max_length=200,
        blank=True,
        help_text=_("Wat staat er op het logo? Voor mensen die het niet kunnen zien."),
    )
    pitch = models.TextField(
        _("pitch"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("In maximaal 300 tekens, in positieve woorden: wat doet uw organisatie?"),
    )
    about = StreamField(BodyBlock(), verbose_name=_("over ons"), blank=True)
    themes = themes_field()
    municipalities = ParentalManyToManyField(
        "home.Municipality",
        verbose_name=_("gemeenten waar u actief bent"),
        blank=True,
        related_name="organisations",
    )
    street = models.CharField(_("straat en huisnummer"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("plaats"), max_length=80, blank=True)
    latitude = models.DecimalField(_("breedtegraad"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("lengtegraad"), max_digits=9, decimal_places=6, null=True, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    volunteer_count = models.PositiveIntegerField(_("aantal vrijwilligers"), null=True, blank=True)
    what_we_offer = models.TextField(
        _("wat wij bieden"),
        blank=True,
        max_length=500,
        help_text=_("Kort: wat kunnen vrijwilligers bij u doen?"),
    )
    what_we_look_for = models.TextField(
        _("wie wij zoeken"), blank=True, max_length=500, help_text=_("Kort: welke vrijwilligers zoekt u?")
    )
    # Set by onboarding, never shown to MO editors: the MO's own image/document collection and group.
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collectie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editor_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("redactiegroep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partners = ParentalManyToManyField(
        "self",
        verbose_name=_("partnerorganisaties"),
        blank=True,
        symmetrical=False,
        related_name="partner_of",
    )

    content_panels = Page.content_panels + [
        FieldPanel("pitch"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")),
        FieldPanel("about"),
        FieldPanel("themes"),
        FieldPanel("municipalities"),
        MultiFieldPanel(
            [FieldPanel("what_we_offer"), FieldPanel("what_we_look_for"), FieldPanel("volunteer_count")],
            heading=_("Vrijwilligers"),
        ),
        InlinePanel("facilities", heading=_("Faciliteiten om te delen"), label=_("faciliteit")),
        FieldPanel("partners"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Contact"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("pitch", boost=2),
        index.SearchField("about"),
        index.SearchField("what_we_offer"),
        index.SearchField("what_we_look_for"),
        index.RelatedFields("themes", [index.SearchField("name", boost=3), index.SearchField("name_en")]),
        index.RelatedFields("municipalities", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]

    parent_page_types = ["organisations.OrganisationIndexPage"]
    # Stories and courses register themselves as children (see stories/academy models).
    subpage_types = ["stories.StoryPage", "academy.CoursePage"]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.logo_id and not self.logo_alt.strip():
            raise ValidationError({"logo_alt": _("Beschrijf het logo in een paar woorden.")})

    # --- Reading the profile (a fixed number of queries, whatever the size of the network) ---

    def partner_pages(self):
        """Live partner organisations in this page's language, both ways.

        "A lists B" and "B lists A" both count. Partners are matched by translation key, so the
        English alias shows the English partner pages even though its links were copied from Dutch.
        """
        through = OrganisationPage.partners.through
        key = self.translation_key
        # The other side of every link that has this MO (in any language) on either side: a UNION of
        # two small index lookups, then the pages by translation key (a plain page is all a link
        # needs: no join to the organisation table). PostgreSQL plans this in a third of the time
        # of one OR over both sides of the link table.
        mine = Page.objects.filter(translation_key=key).values("pk")
        others = (
            through.objects.filter(from_organisationpage_id__in=mine)
            .values("to_organisationpage_id")
            .union(through.objects.filter(to_organisationpage_id__in=mine).values("from_organisationpage_id"))
        )
        return list(
            Page.objects.live()
            .filter(
                public_q(),
                locale_id=self.locale_id,
                translation_key__in=Page.objects.filter(pk__in=others).values("translation_key"),
            )
            .exclude(translation_key=key)
            .only(*LINK_PAGE_FIELDS)  # a link to each: its name and URL
            .order_by("title")
        )

    def latest_children(self, limit=6):
        """Newest live pages under this MO (stories, courses), grouped by page type.

        Returns a list of (model_name, verbose_name_plural, [pages]) in a stable order, in one query
        whatever the number of page types allowed below an MO: the MO's children of those types,
        numbered newest first within each type, the first `limit` of each. The pages are plain
        pages with what a card shows (title, link, date and `card_summary`: the first of the type's
        intro, summary and the page's search description that is filled in), not their bodies.
        Generic on purpose: this app does not import the apps that build on it.
        """
        models = {
            ContentType.objects.get_for_model(model).pk: model for model in self.allowed_subpage_models()
        }
        if not models:
            return []
        # A subtype's own fields through Page's link to it (`storypage__summary`); a row is of one
        # type, so the other types' fields are NULL, and empty text counts as missing.
        summaries = [
            NullIf(f"{model._meta.model_name}__{name}", Value(""))
            for model in models.values()
            for name in CARD_SUMMARY_FIELDS
            if name != "search_description" and _has_field(model, name) and model is not Page
        ]
        newest_first = [F("first_published_at").desc(nulls_last=True), F("pk").desc()]
        # The newest of each type are picked from the page table alone; only those few are joined
        # to their type's table for the summary (joining every child first read every course).
        newest = (
            Page.objects.filter(
                public_q(),
                live=True,
                # The MO's children (as child_of, without its redundant conditions) of these types.
                path__startswith=self.path,
                depth=self.depth + 1,
                content_type_id__in=list(models),
            )
            .annotate(number=Window(RowNumber(), partition_by=F("content_type_id"), order_by=newest_first))
            .filter(number__lte=limit)
            .values("pk")
        )
        pages = (
            Page.objects.filter(pk__in=newest)
            .annotate(
                card_summary=Coalesce(
                    *summaries, NullIf("search_description", Value("")), Value(""), output_field=TextField()
                )
            )
            .only(*CARD_PAGE_FIELDS, "content_type_id")
            .order_by("content_type_id", *newest_first)
        )
        grouped = {}
        for page in pages:
            grouped.setdefault(page.content_type_id, []).append(page)
        groups = [
            (models[type_id]._meta.model_name, models[type_id]._meta.verbose_name_plural, items)
            for type_id, items in grouped.items()
        ]
        order = {"storypage": 0, "coursepage": 1}
        return sorted(groups, key=lambda g: (order.get(g[0], 9), str(g[1])))

    def themes_and_municipalities(self):
        """`(list(self.themes.all()), list(self.municipalities.all()))` in one query: the ids in both
        link tables (one UNION ALL), matched to the cached lists of every theme and municipality
        (themes in the order they were given, municipalities by name)."""
        from home.models import ThemedPage

        from .directory import theme_and_municipality_lists

        themes, municipalities = theme_and_municipality_lists()
        theme_rows = (
            ThemedPage.objects.filter(content_object_id=self.pk)
            .annotate(kind=Value(0))
            .values_list("kind", "pk", "tag_id")
        )
        place_rows = (
            OrganisationPage.municipalities.through.objects.filter(organisationpage_id=self.pk)
            .annotate(kind=Value(1))
            .values_list("kind", "pk", "municipality_id")
        )
        rows = sorted(theme_rows.union(place_rows, all=True))
        theme_by_id = {theme.pk: theme for theme in themes}
        theme_ids = [pk for kind, _row, pk in rows if kind == 0]
        place_ids = {pk for kind, _row, pk in rows if kind == 1}
        known_places = {place.pk for place in municipalities}
        if any(pk not in theme_by_id for pk in theme_ids) or not place_ids <= known_places:
            # Added since the lists were cached (the generation is bumped right after): as they are.
            return list(self.themes.all()), list(self.municipalities.all())
        return [theme_by_id[pk] for pk in theme_ids], [p for p in municipalities if p.pk in place_ids]

    def get_context(self, request, *args, **kwargs):
        from wagtail import hooks

        context = super().get_context(request, *args, **kwargs)
        context["facilities"] = list(self.facilities.select_related("municipality"))
        context["theme_list"], context["municipality_list"] = self.themes_and_municipalities()
        context["partner_list"] = self.partner_pages()
        context["latest_children"] = self.latest_children()
        # Other apps add sections (e.g. co-authored stories) with the hook
        # "organisation_profile_sections": fn(page, request) -> HTML or None.
        sections = []
        for fn in hooks.get_hooks("organisation_profile_sections"):
            html = fn(self, request)
            if html:
                sections.append(html)
        context["profile_sections"] = sections
        return context

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=16/{self.latitude}/{self.longitude}"
        )

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in [
                ("Facebook", self.facebook_url),
                ("Instagram", self.instagram_url),
                ("LinkedIn", self.linkedin_url),
            ]
            if url
        ]


class Facility(Orderable):
    """Something an MO can share with others: a meeting room, a film studio."""

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="facilities")
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("beschrijving"), blank=True, max_length=500)
    municipality = models.ForeignKey(
        "home.Municipality", verbose_name=_("gemeente"), null=True, blank=True, on_delete=models.SET_NULL
    )
    capacity = models.PositiveIntegerField(_("aantal personen"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("municipality"),
        FieldPanel("capacity"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("faciliteit")
        verbose_name_plural = _("faciliteiten")
