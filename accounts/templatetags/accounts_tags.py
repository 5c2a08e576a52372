from django import template

from accounts.mfa import mfa_required_for

register = template.Library()


@register.filter
def must_use_mfa(user):
    """{% if user|must_use_mfa %}: SMOL staff, who cannot use the admin without an authenticator app."""
    return mfa_required_for(user)
