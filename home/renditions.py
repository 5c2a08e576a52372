"""Every image rendition the public site shows, defined once.

An image is shown in a *role* (a story card, a story's main image, a logo, ...). A role says which
renditions exist (sizes x formats: AVIF and WebP with a JPEG or PNG fallback) and how the browser picks
one (`sizes`, lazy loading). The same definitions serve

- the templates: ``{% responsive_image image "story_card" alt="" %}`` (home/templatetags/responsive_images.py);
- listings, which prefetch a role's renditions in one query (`rendition_prefetch`);
- the background job that makes the renditions when an image is saved or a page is published
  (home/pregenerate.py), so a visitor never waits for one.

`USES` says which role(s) an image gets from where it is used: a page field, or any image inside a
page's StreamField (the content image block).
"""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Prefetch
from wagtail.images.models import Filter

PHOTO_FORMATS = "format-{avif,webp,jpeg}"
# Logos may be transparent: PNG, not JPEG, is the fallback for the rare browser without WebP.
LOGO_FORMATS = "format-{avif,webp,png}"

# Open Graph / Twitter card, RSS/Atom enclosure and the API: one fixed JPEG every consumer can read.
SHARE_SPEC = "fill-1200x630|format-jpeg"


@dataclass(frozen=True)
class ImageRole:
    name: str
    # Wagtail filter spec with brace expansion, sizes first: "fill-{320x180,640x360}|format-{avif,webp}".
    spec: str
    # The `sizes` attribute. Empty: the image is shown at the width of its smallest rendition (logos).
    sizes: str = ""
    # Lazy unless the image is the first thing on a page; the template may override per image.
    lazy: bool = True
    # Only for the one main image of a page: fetch it before other images (LCP).
    high_priority: bool = False

    @property
    def filter_specs(self) -> list[str]:
        return Filter.expand_spec(self.spec)

    @cached_property
    def filters(self) -> tuple[Filter, ...]:
        """The Filter of each spec, made once per process: a Filter works out its operations (with
        `inspect`) the first time it is asked, and a new one per picture cost half its time."""
        return tuple(Filter(spec=spec) for spec in self.filter_specs)

    def default_attrs(self) -> dict:
        attrs = {}
        if self.lazy:
            attrs.update(loading="lazy", decoding="async")
        if self.high_priority:
            attrs["fetchpriority"] = "high"
        if self.sizes:
            attrs["sizes"] = self.sizes
        return attrs


# Widths follow the layout in static/css: cards are about 20rem wide (full width minus padding on a
# phone), the story image at most 960 px, body images at most 45rem (the prose column).
STORY_HERO = ImageRole(
    "story_hero",
    "width-{640,960,1280}|" + PHOTO_FORMATS,
    sizes="(max-width: 62rem) calc(100vw - 2rem), 960px",
    lazy=False,
    high_priority=True,
)
STORY_CARD = ImageRole(
    "story_card",
    "fill-{320x180,480x270,640x360}|" + PHOTO_FORMATS,
    sizes="(max-width: 34rem) calc(100vw - 4.25rem), (max-width: 55rem) calc(50vw - 3rem), 20rem",
)
LOGO_CARD = ImageRole("logo_card", "max-{80x80,160x160,240x240}|" + LOGO_FORMATS)
LOGO_PROFILE = ImageRole("logo_profile", "max-{160x160,320x320}|" + LOGO_FORMATS, lazy=False)
CONTENT_IMAGE = ImageRole(
    "content_image",
    "width-{400,800,1200}|" + PHOTO_FORMATS,
    sizes="(max-width: 47rem) calc(100vw - 2rem), 45rem",
)
# Not shown on the site itself: og_meta (stories/templatetags), the feeds and the API use SHARE_SPEC.
SHARE = ImageRole("share", SHARE_SPEC, lazy=False)

ROLES = {role.name: role for role in (STORY_HERO, STORY_CARD, LOGO_CARD, LOGO_PROFILE, CONTENT_IMAGE, SHARE)}

# Where an image is used -> the roles it is shown in. Keys are model labels (lower case) and field
# names; no imports of the apps above `home`.
USES = {
    "stories.storypage": {"hero_image": (STORY_HERO, STORY_CARD, SHARE)},
    "organisations.organisationpage": {"logo": (LOGO_PROFILE, LOGO_CARD)},
}
# Any image inside a page's StreamField is rendered by the image block (site/templates/blocks/).
STREAMFIELD_ROLES = (CONTENT_IMAGE,)


def filter_specs(*roles: ImageRole) -> list[str]:
    specs = []
    for role in roles:
        specs.extend(spec for spec in role.filter_specs if spec not in specs)
    return specs


def rendition_prefetch(image_lookup: str, *roles: ImageRole) -> Prefetch:
    """A Prefetch of the renditions of `roles` for the image at `image_lookup` ("hero_image").

    Combine with select_related(image_lookup): one query for the whole listing, and the picture tag
    then finds every rendition without asking the cache or the database.
    """
    from wagtail.images import get_image_model

    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{image_lookup}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=filter_specs(*roles)),
        to_attr="prefetched_renditions",
    )
