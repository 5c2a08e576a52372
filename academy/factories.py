import datetime

import factory
import wagtail_factories
from django.utils import timezone

from accounts.factories import UserFactory

from .models import (
    AcademyIndexPage,
    CoursePage,
    Enrolment,
    LearningPathPage,
    LearningPathStep,
    PrivacyConsent,
    Session,
    VolunteerProfile,
    current_privacy_version,
)


class AcademyIndexPageFactory(wagtail_factories.PageFactory):
    """Always pass parent= (the HomePage)."""

    class Meta:
        model = AcademyIndexPage

    title = "Academie"
    slug = "academie"
    intro = "Leer samen met vrijwilligers van andere organisaties."


class CoursePageFactory(wagtail_factories.PageFactory):
    """Always pass parent= (an OrganisationPage)."""

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Cursus {n}")
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")
    description = factory.LazyFunction(lambda: "<p>Een praktische cursus voor vrijwilligers.</p>")
    learning_goals = "<ul><li>U weet wat u kunt doen.</li></ul>"

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if extracted:
            obj.themes.add(*extracted)
        if create:
            obj.save()


class SessionFactory(factory.django.DjangoModelFactory):
    """Always pass course= (a default-language CoursePage)."""

    class Meta:
        model = Session

    start = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=14)).replace(second=0, microsecond=0)
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    location = "Buurthuis De Brug"
    capacity = 10


class LearningPathPageFactory(wagtail_factories.PageFactory):
    """Always pass parent= (the AcademyIndexPage)."""

    class Meta:
        model = LearningPathPage

    title = factory.Sequence(lambda n: f"Leerlijn {n}")
    intro = factory.Faker("sentence", nb_words=14, locale="nl_NL")


class LearningPathStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningPathStep


class VolunteerFactory(UserFactory):
    """A volunteer with a profile and consent to the current privacy statement."""

    @factory.post_generation
    def profile(obj, create, extracted, **kwargs):
        if create:
            VolunteerProfile.for_user(obj)
            PrivacyConsent.objects.get_or_create(user=obj, version=current_privacy_version())


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    volunteer = factory.SubFactory(VolunteerFactory)
    queue_number = factory.Sequence(lambda n: n + 1)
