"""django-allauth adapter: volunteers sign up here and never get access to the admin."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        # A volunteer account: never staff, never superuser, no groups (no admin access).
        user.is_staff = False
        user.is_superuser = False
        language = translation.get_language() or "nl"
        user.preferred_language = "en" if language.startswith("en") else "nl"
        if commit:
            user.save()
        return user
