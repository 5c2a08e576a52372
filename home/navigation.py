"""The main navigation lives in the site settings; apps add their section pages through here."""

from .models import SiteSettings

# Where a section goes in the menu, by the slug of its (Dutch) page.
NAVIGATION_ORDER = ["organisaties", "verhalen", "academie", "themas", "zoeken", "wie-zijn-wij"]


def ensure_navigation_item(page, label=""):
    """Add `page` to the main navigation (once), keeping the sections in their agreed order."""
    site_settings = SiteSettings.load()
    items = [
        (item.get("value", {}).get("page"), item.get("value", {}).get("label", ""))
        for item in site_settings.main_navigation.raw_data
    ]
    if any(page_id == page.pk for page_id, _ in items):
        return False
    items.append((page.pk, label))
    from wagtail.models import Page

    pages = Page.objects.in_bulk([pk for pk, _ in items])
    slugs = {pk: p.slug for pk, p in pages.items()}

    def position(item):
        slug = slugs.get(item[0], "")
        return NAVIGATION_ORDER.index(slug) if slug in NAVIGATION_ORDER else len(NAVIGATION_ORDER)

    items.sort(key=position)
    site_settings.main_navigation = [
        ("link", {"page": pages[pk], "label": lbl}) for pk, lbl in items if pk in pages
    ]
    site_settings.save()
    return True
