"""Wagtail API v2 endpoint of live stories: /api/v2/stories/?organisation=<slug|id>&theme=<slug>."""

from wagtail.api.v2.views import PagesAPIViewSet

from .models import StoryPage, stories_of_organisation, stories_with_theme


class StoriesAPIViewSet(PagesAPIViewSet):
    """Read-only, live stories only. Filters: organisation (slug or id), theme (slug), locale."""

    model = StoryPage
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["organisation", "theme"])
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "intro",
        "publication_date",
        "organisation",
        "hero_image",
    ]

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # Wagtail passes any offset to the database; one beyond a 64-bit integer is an error there (500).
        offset = self.request.GET.get("offset", "0").strip()
        if offset.isascii() and offset.isdigit() and len(offset) > 18:
            from wagtail.api.v2.utils import BadRequestError

            raise BadRequestError("offset is too large")

    def find_object(self, queryset, request):
        # Wagtail passes ?id= to the database unchecked: a non-number was a ValueError (500).
        value = request.GET.get("id")
        if value is not None and not (value.isascii() and value.isdigit()):
            from wagtail.api.v2.utils import BadRequestError

            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)

    def get_object(self):
        # The URL takes any number; one beyond a 64-bit integer is an error in the database (500).
        if self.kwargs.get("pk", 0) > 2**63 - 1:
            from django.http import Http404

            raise Http404
        return super().get_object()

    def get_queryset(self):
        from home.models import Theme
        from organisations.models import OrganisationPage

        queryset = StoryPage.objects.live().filter(
            pk__in=self.get_base_queryset().values_list("pk", flat=True)
        )
        organisation = self.request.GET.get("organisation", "").strip()
        if organisation:
            # An id is a plain number that fits the database's integer; anything else is a slug.
            is_id = organisation.isascii() and organisation.isdigit() and len(organisation) <= 18
            lookup = {"pk": int(organisation)} if is_id else {"slug": organisation}
            org = OrganisationPage.objects.filter(**lookup).order_by("locale_id").first()
            queryset = stories_of_organisation(queryset, org) if org else queryset.none()
        theme = self.request.GET.get("theme", "").strip()
        if theme:
            found = Theme.objects.filter(slug=theme).first()
            queryset = stories_with_theme(queryset, found) if found else queryset.none()
        return queryset.order_by("-publication_date", "-pk")
