"""Themes are curated by SMOL: only SMOL's groups may add, change or delete them."""

from django.contrib.auth.models import Permission

THEME_PERMISSIONS = ["add_theme", "change_theme", "delete_theme"]


def grant_theme_management(group):
    """Give `group` (a SMOL group) the right to manage themes. MO editors never get these."""
    permissions = Permission.objects.filter(content_type__app_label="home", codename__in=THEME_PERMISSIONS)
    group.permissions.add(*permissions)
    return group
