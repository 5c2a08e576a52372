from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import themes_field


class OrganisationIndexPage(Page):
    """ "Organisaties": the member directory, one per home page (and locale)."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["organisations.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van organisaties")
        verbose_name_plural = _("overzichten van organisaties")


class OrganisationPage(Page):
    """The profile of one MO. Everything the MO owns (stories, courses) lives below it."""

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
