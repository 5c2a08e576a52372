from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.mfa.models import Authenticator
        from django.db.models.signals import post_save

        from .mfa import record_activation

        post_save.connect(record_activation, sender=Authenticator, dispatch_uid="accounts_mfa_activation")
