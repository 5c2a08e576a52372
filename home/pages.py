"""Creating pages from code (demo content, onboarding) the way the admin does."""

from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page


def get_or_add_child(parent: Page, model, slug: str, publish: bool = True, themes=(), **fields):
    """Return the child of `parent` with `slug`, or create it (with English aliases).

    Returns (page, created). Idempotent: the demo content and onboarding call it repeatedly.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    if themes:
        page.themes.add(*themes)
    if not publish:
        page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    create_aliases_for_new_page(page)
    return page, True
