import factory
from django.utils import timezone

from academy.factories import VolunteerFactory

from .models import Certificate, ExperienceConfirmation, IntroductionRequest, PassportShare


class CertificateFactory(factory.django.DjangoModelFactory):
    """Pass course= or path= and subject_key= (its translation_key) for a real one."""

    class Meta:
        model = Certificate

    volunteer = factory.SubFactory(VolunteerFactory)
    kind = "cursus"
    subject_key = factory.Faker("uuid4", cast_to=None)
    recipient_name = factory.LazyAttribute(lambda o: o.volunteer.get_full_name() or o.volunteer.username)
    title = "Eerste hulp bij kinderen"
    issuers = "Rode Kruis Limburg, SMOL"
    completed_on = factory.LazyFunction(lambda: timezone.localdate())


class ExperienceConfirmationFactory(factory.django.DjangoModelFactory):
    """Always pass organisation= (an OrganisationPage)."""

    class Meta:
        model = ExperienceConfirmation

    volunteer = factory.SubFactory(VolunteerFactory)
    title = "Drie maanden buddy"


class PassportShareFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PassportShare

    volunteer = factory.SubFactory(VolunteerFactory)


class IntroductionRequestFactory(factory.django.DjangoModelFactory):
    """Always pass organisation= (an OrganisationPage)."""

    class Meta:
        model = IntroductionRequest

    volunteer = factory.SubFactory(VolunteerFactory)
    consent_at = factory.LazyFunction(timezone.now)
