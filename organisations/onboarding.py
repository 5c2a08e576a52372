"""Onboarding an MO in one step: page (every locale), collection, group with rights, editor account.

Shared by `manage.py onboard_organisation`, the admin view for SMOL staff and the demo content.
Everything happens in one transaction; a second run for the same name refuses and changes nothing.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.models import User
from home.pages import get_or_add_child

from .models import OrganisationIndexPage, OrganisationPage
from .permissions import (
    WAGTAIL_DEFAULT_GROUPS,
    ensure_moderation_workflow,
    ensure_smol_rights,
    get_or_create_collection,
    grant_organisation_rights,
    group_name_for,
    organisations_collection,
)


class OnboardingError(Exception):
    """The organisation (or part of it) exists already, or the input is not usable."""


@dataclass
class OnboardingResult:
    page: OrganisationPage
    pages: list
    collection: object
    group: Group
    user: User
    user_created: bool
    set_password_url: str


def ensure_index_page(home=None):
    """The Dutch "Organisaties" page (with its English alias), created if missing."""
    from home.demo import ensure_home_page
    from home.navigation import ensure_navigation_item

    if home is None:
        home, _created = ensure_home_page()
    index = OrganisationIndexPage.objects.child_of(home).first()
    if index is None:
        index, _created = get_or_add_child(
            home,
            OrganisationIndexPage,
            slug="organisaties",
            title="Organisaties",
            intro=(
                "Maatschappelijke organisaties in heel Limburg stellen zich voor. "
                "Zoek op thema, op gemeente of op een woord."
            ),
            search_description="Alle maatschappelijke organisaties van het netwerk SMOL in Limburg.",
        )
    ensure_navigation_item(index)
    return index


def set_password_url(user, base_url=None):
    """A link to the admin's set-password form (Django's reset token, valid PASSWORD_RESET_TIMEOUT)."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uidb64, "token": token})
    return f"{(base_url or settings.WAGTAILADMIN_BASE_URL).rstrip('/')}{path}"


def _check_free(name, slug, index, email):
    problems = []
    if not slug:
        raise OnboardingError(_("Geef een naam met minstens één letter of cijfer."))
    default_locale = index.locale
    if OrganisationPage.objects.filter(locale=default_locale, title__iexact=name).exists() or (
        index.get_children().filter(slug=slug).exists()
    ):
        problems.append(
            _("er is al een organisatiepagina “%(name)s” (/%(slug)s/)") % {"name": name, "slug": slug}
        )
    if Group.objects.filter(name__iexact=group_name_for(name)).exists():
        problems.append(_("de groep “%(group)s” bestaat al") % {"group": group_name_for(name)})
    if organisations_collection().get_children().filter(name__iexact=name).exists():
        problems.append(_("de collectie “%(name)s” bestaat al") % {"name": name})
    user = User.objects.filter(email__iexact=email).first()
    if user is not None and (
        user.is_superuser or user.groups.filter(name__in=WAGTAIL_DEFAULT_GROUPS).exists()
    ):
        problems.append(
            _("het account %(email)s heeft al rechten op de hele site; kies een ander e-mailadres")
            % {"email": email}
        )
    if problems:
        raise OnboardingError(
            _("“%(name)s” is niet aangemeld: %(problems)s. Er is niets veranderd.")
            % {"name": name, "problems": "; ".join(problems)}
        )
    return user


def onboard_organisation(
    name,
    editor_email,
    *,
    username=None,
    password=None,
    publish=False,
    index_page=None,
    base_url=None,
    themes=(),
    **profile_fields,
) -> OnboardingResult:
    """Create everything an MO needs. Raises OnboardingError (and changes nothing) if it exists."""
    name = " ".join((name or "").split())
    editor_email = (editor_email or "").strip().lower()
    try:
        validate_email(editor_email)
    except ValidationError as error:
        raise OnboardingError(
            _("“%(email)s” is geen geldig e-mailadres.") % {"email": editor_email}
        ) from error
    if len(name) > 120:
        raise OnboardingError(_("De naam is te lang (maximaal 120 tekens)."))
    slug = slugify(name)[:60].strip("-")

    with transaction.atomic():
        index = index_page or ensure_index_page()
        existing_user = _check_free(name, slug, index, editor_email)
        ensure_smol_rights()
        collection, _created = get_or_create_collection(name, parent=organisations_collection())
        group = Group.objects.create(name=group_name_for(name))
        profile_fields.setdefault("pitch", _("%(name)s is lid van het netwerk SMOL.") % {"name": name})
        page, _created = get_or_add_child(
            index,
            OrganisationPage,
            slug=slug,
            publish=publish,
            themes=themes,
            title=name,
            collection=collection,
            editor_group=group,
            **profile_fields,
        )
        grant_organisation_rights(group, page, collection)
        ensure_moderation_workflow(index)

        user, user_created = existing_user, existing_user is None
        if user is None:
            user = User(username=username or editor_email, email=editor_email)
            if password:
                user.set_password(password)
            else:
                user.set_unusable_password()
            user.save()
        user.groups.add(group)
        link = set_password_url(user, base_url=base_url)
        pages = list(
            OrganisationPage.objects.filter(translation_key=page.translation_key).order_by("locale_id")
        )
    return OnboardingResult(
        page=page,
        pages=pages,
        collection=collection,
        group=group,
        user=user,
        user_created=user_created,
        set_password_url=link,
    )


def send_welcome_email(result: OnboardingResult):
    """The set-password link for the new editor, in plain Dutch."""
    subject = _("Welkom bij het netwerk SMOL: %(name)s") % {"name": result.page.title}
    body = _(
        "Hallo,\n\n"
        "U bent redacteur van %(name)s op de site van het netwerk SMOL. "
        "Kies via deze link uw wachtwoord:\n\n%(link)s\n\n"
        "Daarna logt u in met uw e-mailadres %(email)s. U kunt dan het profiel van uw organisatie "
        "bijwerken en verhalen schrijven. SMOL kijkt mee voordat iets online komt.\n\n"
        "Met vriendelijke groet,\nNetwerk SMOL"
    ) % {"name": result.page.title, "link": result.set_password_url, "email": result.user.email}
    send_mail(subject, body, None, [result.user.email])
