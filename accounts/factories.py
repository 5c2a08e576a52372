import factory
from django.conf import settings

from .models import User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or settings.DEMO_PASSWORD)
        if create:
            obj.save(update_fields=["password"])
