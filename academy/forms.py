from django import forms
from django.urls import reverse_lazy
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.models import Theme

from .models import PrivacyConsent, VolunteerProfile, current_privacy_version


def _consent_label():
    return format_html(
        '{} <a href="{}">{}</a>',
        _("Ik ga akkoord met de"),
        reverse_lazy("academy_privacy"),
        _("privacyverklaring"),
    )


consent_label = lazy(_consent_label, str)


class VolunteerSignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    privacy_consent = forms.BooleanField(
        label=consent_label(),
        error_messages={"required": _("Om een account te maken hebben we uw toestemming nodig.")},
    )

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data.get("last_name", "")
        user.save()
        PrivacyConsent.objects.get_or_create(user=user, version=current_privacy_version())
        VolunteerProfile.for_user(user)


class ConsentForm(forms.Form):
    privacy_consent = forms.BooleanField(
        label=consent_label(),
        error_messages={"required": _("Zonder uw toestemming kunt u de academie niet gebruiken.")},
    )


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Taal van onze e-mails"), choices=[("nl", "Nederlands"), ("en", "English")]
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Thema's die u interesseren"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = VolunteerProfile
        fields = ["municipality", "life_phase", "availability", "themes"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["preferred_language"].initial = user.preferred_language
        self.fields["themes"].label_from_instance = lambda theme: theme.label
        self.order_fields(["first_name", "last_name", "preferred_language"])

    def save(self, commit=True):
        profile = super().save(commit=commit)
        self.user.first_name = self.cleaned_data["first_name"]
        self.user.last_name = self.cleaned_data.get("last_name", "")
        self.user.preferred_language = self.cleaned_data["preferred_language"]
        self.user.save(update_fields=["first_name", "last_name", "preferred_language"])
        return profile


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label=_("Typ VERWIJDER om te bevestigen"),
        max_length=20,
    )

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip().upper()
        if value not in {"VERWIJDER", "DELETE"}:
            raise forms.ValidationError(_("Typ het woord VERWIJDER (in hoofdletters of niet)."))
        return value
