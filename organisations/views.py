"""Admin view for SMOL staff: onboard an organisation in one step (see onboarding.py)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .onboarding import OnboardingError, onboard_organisation, send_welcome_email
from .permissions import is_smol_staff


class OnboardingForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Naam van de organisatie"), max_length=120)
    editor_email = forms.EmailField(
        label=gettext_lazy("E-mailadres van de redacteur"),
        help_text=gettext_lazy("Deze persoon krijgt een e-mail met een link om een wachtwoord te kiezen."),
    )


class OnboardView(WagtailAdminTemplateMixin, FormView):
    form_class = OnboardingForm
    template_name = "organisations/admin/onboard.html"
    page_title = gettext_lazy("Organisatie aanmelden")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_smol_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("organisations_onboard")
        context["submit_button_label"] = _("Aanmelden")
        context["submit_button_active_label"] = _("Bezig met aanmelden…")
        return context

    def form_valid(self, form):
        try:
            result = onboard_organisation(
                form.cleaned_data["name"],
                form.cleaned_data["editor_email"],
                base_url=self.request.build_absolute_uri("/"),
            )
        except OnboardingError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        send_welcome_email(result)
        messages.success(
            self.request,
            _(
                "%(name)s is aangemeld (concept). %(email)s heeft een e-mail gekregen om een wachtwoord te kiezen."
            )
            % {"name": result.page.title, "email": result.user.email},
        )
        return redirect("wagtailadmin_pages:edit", result.page.pk)
