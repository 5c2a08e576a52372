"""Stories: positive stories of Limburgers, posted by MOs, and the "Verhalen" index."""

import datetime
from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ImageWithCaptionBlock, QuoteBlock
from home.cache import shared
from home.models import Municipality, Theme, themes_field
from home.renditions import SHARE, SHARE_SPEC, STORY_CARD, rendition_prefetch
from home.routing import ViewRestrictionsInOneQuery

from .panels import FramingPanel

STORIES_PER_PAGE = 12


class OrganisationSummaryField(serializers.Field):
    """The posting organisation in the API: id, title and slug."""

    def to_representation(self, organisation):
        if organisation is None:
            return None
        return {"id": organisation.pk, "title": organisation.title, "slug": organisation.slug}


class ThreeQuestionsBlock(blocks.StructBlock):
    """The network's three positive questions that frame a story."""

    where_are_you = blocks.TextBlock(label=_("Waar sta je nu?"), max_length=600)
    proud_of = blocks.TextBlock(label=_("Waar ben je trots op?"), max_length=600)
    heading_to = blocks.TextBlock(label=_("Waar ga je naartoe?"), max_length=600)

    class Meta:
        icon = "help"
        label = _("Drie vragen")
        template = "stories/blocks/three_questions.html"
        preview_value = {
            "where_are_you": "Elke week komen twintig buren samen in het buurthuis.",
            "proud_of": "Dat jong en oud elkaar nu bij naam kennen.",
            "heading_to": "Volgend jaar starten we ook een moestuin.",
        }


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        template="blocks/paragraph.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Video"), template="blocks/embed.html")
    three_questions = ThreeQuestionsBlock()


def _live_stories(locale=None):
    """All live stories (of one locale), newest first: the one place this is built."""
    qs = (
        StoryPage.objects.live()
        .select_related("hero_image", "municipality")
        .order_by("-publication_date", "-first_published_at", "-pk")
    )
    if locale is not None:
        qs = qs.filter(locale=locale)
    return qs


def live_stories(locale=None):
    """All live stories (of one locale), newest first, for the feeds: with their themes and the
    share rendition of every image, in one query each."""
    return _live_stories(locale).prefetch_related("themes", rendition_prefetch("hero_image", SHARE))


# What a story card ({% story_cards %}) shows: its title and link, picture, date, place and intro.
CARD_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "hero_image",
    "municipality",
    "publication_date",
    "intro",
)


def card_stories(locale=None):
    """Live stories, newest first, for story cards (`{% story_cards %}`): with the name of the posting
    MO (`organisation_title`, the parent page's title) and the card renditions of every image in one
    query; of the stories only what a card shows (no body, themes or other columns)."""
    parent = Page.objects.filter(path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen))
    return (
        _live_stories(locale)
        .only(*CARD_FIELDS)
        .annotate(organisation_title=Subquery(parent.values("title")[:1]))
        .prefetch_related(rendition_prefetch("hero_image", STORY_CARD))
    )


def stories_of_organisation(qs, organisation):
    """Stories posted by `organisation` or co-authored by it (in any locale tree)."""
    co_authored = StoryPage.co_authors.through.objects.filter(
        organisationpage__translation_key=organisation.translation_key
    ).values("storypage_id")
    return qs.filter(models.Q(path__startswith=organisation.path) | models.Q(pk__in=co_authored))


def stories_with_theme(qs, theme):
    return qs.filter(themed_items__tag=theme)


def attach_organisations(stories):
    """Set `story.organisation` (the parent OrganisationPage) on each story: one query for all."""
    from organisations.models import OrganisationPage

    stories = list(stories)
    paths = {story.path[: -Page.steplen] for story in stories}
    by_path = {}
    if paths:
        # What a feed item shows of it (and its URL); not the profile's body.
        organisations = OrganisationPage.objects.filter(path__in=paths).only(
            "title", "slug", "path", "depth", "url_path", "locale_id", "live"
        )
        by_path = {org.path: org for org in organisations}
    for story in stories:
        story.__dict__["organisation"] = by_path.get(story.path[: -Page.steplen])
    return stories


class StoryIndexPage(ViewRestrictionsInOneQuery, Page):
    """ "Verhalen": all live stories of all MOs, newest first, filterable with plain GET links."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van verhalen")
        verbose_name_plural = _("overzichten van verhalen")

    def filter_options(self):
        """The choices of the filter form: themes, this language's live MOs, municipalities.

        The same on every page of the index, so kept in the shared cache under the content generation
        (home/cache.py): publishing a page or saving a theme or municipality (snippets) makes them
        stale."""
        from organisations.models import OrganisationPage

        def build():
            return {
                "themes": list(Theme.objects.all()),
                # Light records, not pages: a few hundred MOs, and a story filter needs only these.
                "organisations": list(
                    OrganisationPage.objects.live()
                    .filter(locale_id=self.locale_id)
                    .order_by("title")
                    .values_list("pk", "title", "slug", "path", "translation_key")
                ),
                "municipalities": list(Municipality.objects.all()),
            }

        options = shared(f"stories:filter-options:{self.locale_id}", build)
        return {
            **options,
            "organisations": [
                SimpleNamespace(pk=pk, title=title, slug=slug, path=path, translation_key=key)
                for pk, title, slug, path, key in options["organisations"]
            ],
        }

    def get_filters(self, request, options=None):
        """The chosen filters, from GET, found among the options. Unknown values are ignored, never an error."""
        options = options or self.filter_options()

        def single(name):
            value = request.GET.get(name, "")
            return value.strip()[:100] if isinstance(value, str) else ""

        def chosen(name, choices):
            slug = single(name)
            return next((choice for choice in choices if choice.slug == slug), None) if slug else None

        return {
            "theme": chosen("thema", options["themes"]),
            "organisation": chosen("organisatie", options["organisations"]),
            "municipality": chosen("gemeente", options["municipalities"]),
        }

    def get_stories(self, filters):
        qs = card_stories(locale=self.locale_id)
        if filters.get("theme"):
            qs = stories_with_theme(qs, filters["theme"])
        if filters.get("organisation"):
            qs = stories_of_organisation(qs, filters["organisation"])
        if filters.get("municipality"):
            qs = qs.filter(municipality=filters["municipality"])
        return qs

    def count_stories(self, stories, filters):
        """The number of `stories` (the live stories with `filters`), the same on every page of these
        filters: kept in the shared cache under the content generation (home/cache.py), as counting
        twenty thousand stories costs more than the rest of the page."""
        chosen = ":".join(str(choice.pk) if choice else "" for choice in filters.values())
        return shared(f"stories:count:{self.locale_id}:{chosen}", stories.count)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        options = self.filter_options()
        filters = self.get_filters(request, options)
        stories = self.get_stories(filters)
        paginator = Paginator(stories, STORIES_PER_PAGE)
        paginator.count = self.count_stories(stories, filters)  # instead of counting on every request
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        query = request.GET.copy()
        query.pop("page", None)
        # The first, the last and two either side of the current page (not a loop over 800 pages).
        last, current = paginator.num_pages, page_obj.number
        around = range(max(1, current - 2), min(last, current + 2) + 1)
        context.update(
            {
                "page_numbers": sorted({1, last, *around}),
                "filters": filters,
                "stories": page_obj.object_list,
                "page_obj": page_obj,
                "paginator": paginator,
                "filter_query": query.urlencode(),
                **options,
                "is_filtered": any(filters.values()),
            }
        )
        return context


class StoryPage(ViewRestrictionsInOneQuery, Page):
    """A positive story of Limburgers, always under the organisation page of the MO that posts it."""

    # Shown on every view of the page: fetched with it (home.routing).
    serve_select_related = ("hero_image",)

    intro = models.TextField(
        _("introductie"),
        max_length=300,
        default="",
        validators=[MaxLengthValidator(300)],
        help_text=_("In maximaal 300 tekens: waar gaat het verhaal over?"),
    )
    publication_date = models.DateField(
        _("datum"),
        default=datetime.date.today,
        help_text=_("De datum die bij het verhaal staat."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hoofdafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("beschrijving van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Wat staat er op de afbeelding? Voor mensen die het niet kunnen zien."),
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("verhaal"), blank=True)
    themes = themes_field()
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    co_authors = ParentalManyToManyField(
        "organisations.OrganisationPage",
        verbose_name=_("samen geschreven met"),
        blank=True,
        related_name="co_authored_stories",
        help_text=_("Andere organisaties die aan dit verhaal meewerkten. Het verhaal staat ook bij hen."),
    )

    content_panels = Page.content_panels + [
        FramingPanel(),
        FieldPanel("intro"),
        FieldPanel("publication_date"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hoofdafbeelding"),
        ),
        FieldPanel("body"),
        FieldPanel("themes"),
        FieldPanel("municipality"),
        FieldPanel("co_authors"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name", boost=3), index.SearchField("name_en")]),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("locale"),
        index.FilterField("publication_date"),
    ]

    api_fields = [
        APIField("intro"),
        APIField("publication_date"),
        APIField("hero_image", serializer=ImageRenditionField(SHARE_SPEC)),
        APIField("hero_image_alt"),
        APIField("body"),
        APIField("themes"),
        APIField("municipality", serializer=serializers.StringRelatedField()),
        APIField("organisation", serializer=OrganisationSummaryField(read_only=True)),
    ]

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")
        # Every listing is newest first: with this index the newest few are read, not all sorted.
        indexes = [models.Index(fields=["publication_date"], name="stories_publication_date")]

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {"hero_image_alt": _("Beschrijf in een paar woorden wat er op de afbeelding staat.")}
            )

    @property
    def organisation(self):
        """The MO that posted this story (the parent page)."""
        cached = self.__dict__.get("organisation")
        if cached is not None:
            return cached
        from organisations.models import OrganisationPage

        org = OrganisationPage.objects.filter(path=self.path[: -self.steplen]).first()
        self.__dict__["organisation"] = org
        return org

    @property
    def published_at(self):
        """The publication date as an aware datetime (for feeds)."""
        return timezone.make_aware(datetime.datetime.combine(self.publication_date, datetime.time(9, 0)))

    def get_context(self, request, *args, **kwargs):
        from organisations.models import OrganisationPage

        context = super().get_context(request, *args, **kwargs)
        parent_path = self.path[: -self.steplen]
        # What the story shows of the MOs (names, links, feeds): not their profiles.
        shown = ("title", "slug", "path", "depth", "url_path", "locale_id", "live", "translation_key")
        # The posting MO: the parent page routing found on the way (home/routing.py) when it is one.
        parent = self.__dict__.get("_cached_parent_obj")
        if parent is not None and parent.path == parent_path and parent.specific_class is OrganisationPage:
            organisation = _as_organisation(parent)
            if organisation is not None:
                self.__dict__["organisation"] = organisation
        co_authored = StoryPage.co_authors.through.objects.filter(storypage_id=self.pk)
        if "organisation" in self.__dict__:
            # Only the live co-authors in this language to read.
            organisations = OrganisationPage.objects.filter(
                pk__in=co_authored.values("organisationpage_id"), live=True, locale_id=self.locale_id
            ).annotate(is_co_author=models.Value(True))
        else:
            # The posting MO and the live co-authors in one query.
            organisations = OrganisationPage.objects.filter(
                models.Q(path=parent_path)
                | models.Q(
                    pk__in=co_authored.values("organisationpage_id"), live=True, locale_id=self.locale_id
                )
            ).annotate(
                is_co_author=models.Exists(co_authored.filter(organisationpage_id=models.OuterRef("pk")))
            )
        co_authors = []
        for organisation in organisations.only(*shown).order_by("title"):
            if organisation.path == parent_path:
                self.__dict__["organisation"] = organisation
            if organisation.is_co_author and organisation.live and organisation.locale_id == self.locale_id:
                co_authors.append(organisation)
        context["co_authors"] = co_authors
        context["theme_list"] = list(self.themes.all())
        # The same on every story of this language: kept in the shared cache (home/cache.py).
        context["story_index"] = shared(
            f"stories:index-page:{self.locale_id}",
            lambda: StoryIndexPage.objects.live().filter(locale_id=self.locale_id).first(),
        )
        return context


def _as_organisation(page):
    """The OrganisationPage of a plain `page` of that type, built from the page's fields (its own
    fields deferred, as `.only()` of the page's fields gives it): no query. None when the page was
    read without some of its fields."""
    from organisations.models import OrganisationPage

    page_fields = {field.attname for field in Page._meta.concrete_fields}
    names = [
        field.attname
        for field in OrganisationPage._meta.concrete_fields
        if field.attname in page_fields or field.attname == "page_ptr_id"
    ]
    if not all(name in page.__dict__ for name in page_fields):
        return None
    values = [page.pk if name == "page_ptr_id" else page.__dict__[name] for name in names]
    return OrganisationPage.from_db(page._state.db, names, values)


class FramingWord(models.Model):
    """A word the network would rather not use, with friendlier alternatives. Managed by SMOL."""

    word = models.CharField(_("woord"), max_length=80, unique=True)
    inflections = models.TextField(
        _("andere vormen"),
        blank=True,
        help_text=_(
            "Andere vormen van het woord, gescheiden door komma's. Bijvoorbeeld: kwetsbare, kwetsbaren."
        ),
    )
    alternatives = models.TextField(
        _("alternatieven"),
        help_text=_("Positieve woorden om in de plaats te gebruiken, gescheiden door komma's."),
    )
    explanation = models.TextField(_("uitleg"), blank=True, max_length=500)

    panels = [
        FieldPanel("word"),
        FieldPanel("inflections"),
        FieldPanel("alternatives"),
        FieldPanel("explanation"),
    ]

    class Meta:
        verbose_name = _("woord om te vermijden")
        verbose_name_plural = _("woorden om te vermijden")
        ordering = ["word"]

    def __str__(self):
        return self.word

    @property
    def forms(self):
        """The word and its inflections."""
        extra = [part.strip() for part in self.inflections.split(",") if part.strip()]
        return [self.word.strip(), *extra]

    @property
    def alternative_list(self):
        return [part.strip() for part in self.alternatives.split(",") if part.strip()]
