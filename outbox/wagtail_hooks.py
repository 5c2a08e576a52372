"""The outbox in the admin (Instellingen > Uitgaande e-mail): read-only, for SMOL redactie and
superusers (outbox.view_outgoingmail), with "Opnieuw versturen" (outbox.retry_outgoingmail).

Nobody adds, edits or deletes mail here, superusers included. The list and the detail show who a
message is for, its subject and its delivery state; never the text, the HTML or the attachments.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from .delivery import retry_now
from .models import MailStatus, OutgoingMail

READ_ONLY_ACTIONS = {"view", "retry"}
SAFE_FIELDS = [
    "created",
    "status",
    "subject",
    "from_email",
    "recipients_display",
    "attempts",
    "last_attempt_at",
    "next_attempt_at",
    "sent_at",
    "last_error",
]


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Only "view" and "retry" exist; add, change and delete are refused to everybody."""

    def user_has_permission(self, user, action):
        if action not in READ_ONLY_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action in READ_ONLY_ACTIONS]
        if not actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(actions)


class OutboxIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status != MailStatus.SENT and self.user_has_permission("retry"):
            buttons.append(
                MenuItem(
                    _("Opnieuw versturen"),
                    url=reverse("outbox:retry", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=5,
                )
            )
        return buttons


class OutboxInspectView(InspectView):
    def get_fields(self):
        return SAFE_FIELDS


class RetryView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then queue a waiting or failed message for an attempt right away."""

    permission_required = "retry"
    template_name = "outbox/retry.html"
    page_title = _("Opnieuw versturen")
    header_icon = "mail"
    permission_policy = None
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(OutgoingMail, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.object.subject

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": OutgoingMail._meta.verbose_name_plural},
            {"url": "", "label": self.page_title, "sublabel": self.object.subject},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(mail=self.object, index_url=reverse(self.index_url_name))
        return context

    def post(self, request, *args, **kwargs):
        if retry_now(self.object):
            messages.success(request, _("De e-mail staat weer klaar om te versturen."))
        else:
            messages.warning(request, _("Deze e-mail is al verstuurd."))
        return redirect(self.index_url_name)


class OutboxViewSet(ModelViewSet):
    model = OutgoingMail
    name = "outbox"
    icon = "mail"
    menu_label = _("Uitgaande e-mail")
    add_to_settings_menu = True
    menu_order = 900
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "subject",  # the title column, with the row's buttons
        DateColumn("created", label=_("Aangemaakt")),
        Column("recipients_display", label=_("Aan")),
        Column("get_status_display", label=_("Status")),
        Column("attempts", label=_("Pogingen")),
        DateColumn("next_attempt_at", label=_("Volgende poging")),
        Column("last_error", label=_("Laatste fout")),
    ]
    list_filter = ["status"]
    search_fields = ["subject"]
    form_fields = []

    @property
    def permission_policy(self):
        return OutboxPermissionPolicy(self.model)

    @property
    def retry_view(self):
        return self.construct_view(
            RetryView, permission_policy=self.permission_policy, index_url_name=self.get_url_name("index")
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("retry/<int:pk>/", self.retry_view, name="retry")]


@hooks.register("register_admin_viewset")
def register_viewset():
    return OutboxViewSet()
