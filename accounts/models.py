from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountManager(UserManager):
    def get_by_natural_key(self, username):
        # Log-in by user name or email address, case-insensitive for the email.
        return self.get(models.Q(username=username) | models.Q(email__iexact=username))


class User(AbstractUser):
    """Everybody who signs in: volunteers, MO editors and SMOL staff.

    The email address is unique and can be used to sign in; the user name stays for the admin.
    """

    email = models.EmailField(_("e-mailadres"), unique=True)
    preferred_language = models.CharField(
        _("voorkeurstaal"),
        max_length=8,
        choices=[("nl", "Nederlands"), ("en", "English")],
        default="nl",
    )

    objects = AccountManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def save(self, *args, **kwargs):
        if self.email:
            self.email = self.email.strip().lower()
        if not self.username:
            self.username = self.email
        super().save(*args, **kwargs)
