import factory
import wagtail_factories

from .models import OrganisationIndexPage, OrganisationPage


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OrganisationIndexPage

    title = "Organisaties"
    slug = "organisaties"


class OrganisationPageFactory(wagtail_factories.PageFactory):
    """Always pass parent= (an OrganisationIndexPage)."""

    class Meta:
        model = OrganisationPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Organisatie {n}")
    pitch = factory.Faker("sentence", nb_words=12, locale="nl_NL")

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if extracted:
            obj.themes.add(*extracted)
            if create:
                obj.save()
