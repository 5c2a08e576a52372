"""`{% responsive_image image "role" alt="..." %}`: a <picture> with AVIF/WebP sources and a fallback <img>.

The role (home/renditions.py) gives the renditions, `sizes` and lazy loading, so templates, listing
prefetches and the job that makes renditions ahead of time always agree. The <img> carries the width
and height of its rendition (no layout shift). Attributes given in the tag win over the role's
(`loading="eager"` for an image at the top of a page); an empty value is ignored, except for `alt`,
where "" means decorative.
Without `alt` the image's own text is used (for the content image block: the editor's alt text).
"""

import re

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from home.renditions import ROLES

register = template.Library()


@register.simple_tag
def responsive_image(image, role_name, **attrs):
    if not image:
        return ""
    try:
        role = ROLES[role_name]
    except KeyError as error:
        raise template.TemplateSyntaxError(
            f"Unknown image role {role_name!r}; see home/renditions.py"
        ) from error
    renditions = _distinct_widths(get_renditions_or_not_found(image, role.filters))
    html_attrs = role.default_attrs()
    html_attrs.update({key: value for key, value in attrs.items() if key == "alt" or value not in ("", None)})
    if html_attrs.get("loading") == "eager":
        del html_attrs["loading"]  # eager is the browser's default
        html_attrs.pop("decoding", None)
    widths = [rendition.width for rendition in renditions.values() if rendition.width]
    if "sizes" not in html_attrs and widths:
        # Fixed-size images (logos): shown at the smallest rendition's width.
        html_attrs["sizes"] = f"{min(widths)}px"
    return Picture(renditions, html_attrs).__html__()


def _distinct_widths(renditions):
    """Drop renditions that repeat a width of their format: a small original is never enlarged, so
    width-960 and width-1280 of a 640 px image are the same size, and a srcset must not list it twice."""
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        fmt = re.search(r"format-\w+", spec)
        key = (fmt.group(0) if fmt else "", rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept
