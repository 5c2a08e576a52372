from django import forms
from django.utils.translation import gettext_lazy as _

from academy.models import Availability, LifePhase
from home.models import Municipality, Theme

from .matching import ACTIVITY_CHOICES, Answers
from .models import PassportShare


class MatchForm(forms.Form):
    """The questionnaire. A GET form: unknown values are ignored, never an error page."""

    themes = forms.ModelMultipleChoiceField(
        label=_("Welke thema's vindt u belangrijk?"),
        queryset=Theme.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
    )
    gemeente = forms.ModelChoiceField(
        label=_("In welke gemeente woont u?"),
        queryset=Municipality.objects.order_by("name"),
        required=False,
        to_field_name="slug",
        empty_label=_("Maakt niet uit"),
    )
    levensfase = forms.ModelChoiceField(
        label=_("In welke levensfase zit u?"),
        queryset=LifePhase.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("Zeg ik liever niet"),
    )
    wanneer = forms.ChoiceField(
        label=_("Wanneer kunt u?"),
        choices=[("", _("Maakt niet uit"))] + list(Availability.choices),
        required=False,
    )
    graag = forms.MultipleChoiceField(
        label=_("Wat doet u graag?"),
        choices=ACTIVITY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def answers(self):
        """The answers that are valid; a bad value in one field drops only that field."""
        # One validation for the answers and the form shown (its errors say what was dropped).
        self.is_valid()
        data = {}
        for name, fld in self.fields.items():
            if name in self.errors:
                data[name] = fld.clean([] if isinstance(fld, forms.MultipleChoiceField) else None)
            else:
                data[name] = self.cleaned_data.get(name)
        return Answers(
            themes=list(data["themes"] or []),
            municipality=data["gemeente"],
            life_phase=data["levensfase"],
            availability=data["wanneer"] or "",
            activities=list(data["graag"] or []),
        )

    @classmethod
    def initial_from_profile(cls, profile):
        if profile is None:
            return {}
        return {
            "themes": [t.slug for t in profile.themes.all()],
            "gemeente": profile.municipality.slug if profile.municipality_id else "",
            "levensfase": profile.life_phase.slug if profile.life_phase_id else "",
            "wanneer": profile.availability,
        }


class IntroductionForm(forms.Form):
    message = forms.CharField(
        label=_("Wat wilt u de organisatie vertellen? (mag leeg blijven)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming dat deze organisatie mijn naam, e-mailadres en dit bericht ziet, "
            "om contact met mij op te nemen."
        ),
        error_messages={"required": _("Zonder uw toestemming kunnen we uw vraag niet doorgeven.")},
    )


class PassportShareForm(forms.ModelForm):
    class Meta:
        model = PassportShare
        fields = [
            "label",
            "show_courses",
            "show_paths",
            "show_experiences",
            "show_hours",
            "show_certificates",
        ]


class ExperienceRequestForm(forms.Form):
    hours = forms.IntegerField(label=_("Ongeveer hoeveel uur?"), min_value=0, max_value=5000, required=False)
    note = forms.CharField(
        label=_("Toelichting voor de organisatie"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
