"""Factories for stories (tests and demo). Always pass parent= (an OrganisationPage)."""

import datetime

import factory
import wagtail_factories

from home.images import get_or_create_image

from .models import StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Verhalen"
    slug = "verhalen"
    intro = "Positieve verhalen van Limburgers."


def shared_image():
    return get_or_create_image("Verhaal: testbeeld")[0]


class StoryPageFactory(wagtail_factories.PageFactory):
    """A live story with a (shared) hero image. Pass parent=<OrganisationPage>."""

    class Meta:
        model = StoryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Samen sterk in de buurt {n}")
    intro = factory.Faker("sentence", nb_words=18, locale="nl_NL")
    publication_date = factory.LazyFunction(datetime.date.today)
    hero_image = factory.LazyFunction(shared_image)
    hero_image_alt = "Vrijwilligers zetten samen tafels klaar in het buurthuis"
    search_description = ""

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if extracted:
            obj.themes.add(*extracted)
            if create:
                obj.save()
