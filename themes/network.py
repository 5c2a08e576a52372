"""'Netwerk in beeld': who shares themes, who are partners, who works together. Cached per locale.

The data is computed in a fixed number of queries (at most eight, whatever the size of the network),
kept in Django's cache and dropped whenever a page is published, unpublished or deleted
(see themes/signals.py). The graph is drawn here as SVG: no JavaScript.
"""

import math
from itertools import combinations

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.models import Theme, ThemedPage

from .queries import KINDS, optional_model, organisation_path, story_date_field

CACHE_KEY = "themes:network:v2:{locale_id}:{language}"
CACHE_TIMEOUT = 60 * 60 * 6


def cache_key(locale_id):
    return CACHE_KEY.format(locale_id=locale_id, language=translation.get_language() or "nl")


def invalidate_network_cache():
    """Forget every locale's network (a handful of keys)."""
    from wagtail.models import Locale

    keys = [
        CACHE_KEY.format(locale_id=locale_id, language=code)
        for locale_id in Locale.objects.values_list("pk", flat=True)
        for code, _name in settings.LANGUAGES
    ]
    cache.delete_many(keys)


def network_data(locale_id, request=None):
    """The network of one locale, with its drawing (`svg`), from the cache when it is there.

    The drawing is made once, when the data is computed, and cached instead of the edges it is
    drawn from (thousands of pairs in a large network: unpickling them took longer than the page).
    """
    key = cache_key(locale_id)
    data = cache.get(key)
    if data is None:
        data = compute_network(locale_id, request)
        data["svg"] = network_svg(data)
        data = {name: value for name, value in data.items() if name != "edges"}
        cache.set(key, data, CACHE_TIMEOUT)
    return data


def _pairs_by_owner(model, relation, owner_by_path, node_of):
    """{(node a, node b): n}: pages of `model` owned by one MO and linked to other MOs via `relation`.

    Read on the default-language pages (the source of every translation and alias, whose relations
    point at default-language organisations) and mapped to the organisations shown (`node_of`).
    """
    pairs = {}
    if model is None or not hasattr(model, relation):
        return pairs
    rows = (
        model.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, **{f"{relation}__isnull": False})
        .values_list("pk", "path", relation)
    )
    seen = set()
    for pk, path, other_id in rows:
        owner, other = owner_by_path.get(organisation_path(path)), node_of.get(other_id)
        if owner is None or other is None or other == owner or (pk, other) in seen:
            continue
        seen.add((pk, other))
        pair = tuple(sorted((owner, other)))
        pairs[pair] = pairs.get(pair, 0) + 1
    return pairs


def compute_network(locale_id, request=None):
    """Nodes, edges and figures for one locale. Plain data (ids, strings, numbers): cacheable."""
    organisation_model = optional_model(*KINDS["organisations"])
    story_model = optional_model(*KINDS["stories"])
    course_model = optional_model(*KINDS["courses"])
    themes = {t.pk: t for t in Theme.objects.all()}
    if organisation_model is None:
        return {
            "nodes": [],
            "edges": [],
            "rows": [],
            "figures": [],
            "year": timezone.now().year,
            "totals": {},
        }

    # The organisations shown, in the reader's language...
    organisations = list(
        organisation_model.objects.live()
        .filter(locale_id=locale_id)
        .select_related("locale")
        .order_by("title")
    )
    ids = [o.pk for o in organisations]
    id_set = set(ids)
    node_by_key = {o.translation_key: o.pk for o in organisations}
    # ...and their default-language sources, which hold the relations between organisations.
    sources = list(
        organisation_model.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("pk", "path", "translation_key")
    )
    node_of = {pk: node_by_key.get(key) for pk, _path, key in sources}
    owner_by_path = {path: node_of[pk] for pk, path, _key in sources if node_of[pk]}

    # Themes of each organisation.
    org_themes = {pk: set() for pk in ids}
    for org_id, tag_id in ThemedPage.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag_id"
    ):
        org_themes[org_id].add(tag_id)

    # Partners (either direction counts as a link).
    partners = set()
    if hasattr(organisation_model, "partners"):
        for source_id, partner_id in organisation_model.objects.filter(
            pk__in=list(node_of), partners__isnull=False
        ).values_list("pk", "partners"):
            a, b = node_of.get(source_id), node_of.get(partner_id)
            if a and b and a != b:
                partners.add(tuple(sorted((a, b))))

    co_hosted = _pairs_by_owner(course_model, "co_hosts", owner_by_path, node_of)
    co_authored = _pairs_by_owner(story_model, "co_authors", owner_by_path, node_of)

    # Stories per theme this year.
    year = timezone.now().year
    stories_per_theme = {}
    if story_model is not None:
        date_field = story_date_field(story_model)
        for tag_id, n in (
            story_model.objects.live()
            .filter(locale_id=locale_id, **{f"{date_field}__year": year}, themed_items__isnull=False)
            .values_list("themed_items__tag_id")
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        ):
            stories_per_theme[tag_id] = n

    # Edges: one per pair of organisations that are linked in any way.
    edges = {}

    def edge(a, b):
        return edges.setdefault(
            (a, b), {"a": a, "b": b, "themes": [], "partners": False, "courses": 0, "stories": 0}
        )

    for a, b in combinations(ids, 2):
        shared = org_themes[a] & org_themes[b]
        if shared:
            edge(*sorted((a, b)))["themes"] = sorted(themes[t].label for t in shared if t in themes)
    for a, b in partners:
        edge(a, b)["partners"] = True
    for (a, b), n in co_hosted.items():
        if a in id_set and b in id_set:
            edge(a, b)["courses"] = n
    for (a, b), n in co_authored.items():
        if a in id_set and b in id_set:
            edge(a, b)["stories"] = n

    names = {o.pk: o.title for o in organisations}
    nodes = [
        {
            "id": o.pk,
            "title": o.title,
            "url": o.get_url(request) or "",
            "themes": sorted(themes[t].label for t in org_themes[o.pk] if t in themes),
        }
        for o in organisations
    ]
    by_node = {pk: [] for pk in ids}
    for e in edges.values():
        by_node[e["a"]].append((e, e["b"]))
        by_node[e["b"]].append((e, e["a"]))

    def others(pk, kind):
        return sorted(names[other] for e, other in by_node[pk] if e[kind])

    rows = [
        {
            "title": node["title"],
            "url": node["url"],
            "themes": node["themes"],
            "shares_themes_with": len(others(node["id"], "themes")),
            "partners": others(node["id"], "partners"),
            "courses_with": others(node["id"], "courses"),
            "stories_with": others(node["id"], "stories"),
        }
        for node in nodes
    ]

    organisations_per_theme = {}
    for theme_ids in org_themes.values():
        for t in theme_ids:
            organisations_per_theme[t] = organisations_per_theme.get(t, 0) + 1
    figures = [
        {
            "label": theme.label,
            "slug": theme.slug,
            "organisations": organisations_per_theme.get(theme.pk, 0),
            "stories_this_year": stories_per_theme.get(theme.pk, 0),
        }
        for theme in themes.values()
    ]
    return {
        "nodes": nodes,
        "edges": sorted(edges.values(), key=lambda e: (names[e["a"]], names[e["b"]])),
        "rows": rows,
        "figures": figures,
        "year": year,
        "totals": {
            "organisations": len(nodes),
            "theme_links": sum(1 for e in edges.values() if e["themes"]),
            "partnerships": len(partners),
            "co_hosted": len(co_hosted),
            "co_authored": len(co_authored),
        },
    }


# --- Drawing --------------------------------------------------------------------------------------

SIZE = 640
MARGIN = 190
VERTICAL_MARGIN = 40
LINKS = [
    # kind, css class, legend text (dash patterns differ so colour is never the only cue)
    ("themes", "net-edge--themes"),
    ("partners", "net-edge--partners"),
    ("courses", "net-edge--courses"),
    ("stories", "net-edge--stories"),
]


def _short(text, length=22):
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def network_svg(data):
    """The network as an accessible SVG: role="img", a <title> and a <desc> that sums it up."""
    nodes = data["nodes"]
    totals = data.get("totals", {})
    width, height = SIZE + 2 * MARGIN, SIZE + 2 * VERTICAL_MARGIN
    cx, cy = width / 2, height / 2
    radius = SIZE / 2 - 20
    position = {}
    for index, node in enumerate(nodes):
        angle = 2 * math.pi * index / max(len(nodes), 1) - math.pi / 2
        position[node["id"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)

    title = _("Netwerk van organisaties")
    desc = " ".join(
        [
            ngettext("%(n)d organisatie.", "%(n)d organisaties.", totals.get("organisations", 0))
            % {"n": totals.get("organisations", 0)},
            ngettext(
                "%(n)d keer delen twee organisaties een thema.",
                "%(n)d keer delen twee organisaties een thema.",
                totals.get("theme_links", 0),
            )
            % {"n": totals.get("theme_links", 0)},
            ngettext("%(n)d partnerschap.", "%(n)d partnerschappen.", totals.get("partnerships", 0))
            % {"n": totals.get("partnerships", 0)},
            ngettext(
                "%(n)d keer samen een cursus.", "%(n)d keer samen een cursus.", totals.get("co_hosted", 0)
            )
            % {"n": totals.get("co_hosted", 0)},
            ngettext(
                "%(n)d keer samen een verhaal.", "%(n)d keer samen een verhaal.", totals.get("co_authored", 0)
            )
            % {"n": totals.get("co_authored", 0)},
            _("De tabel onder de afbeelding geeft dezelfde gegevens."),
        ]
    )
    parts = [
        f'<svg class="network-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'role="img" aria-labelledby="network-title network-desc" focusable="false">',
        f'<title id="network-title">{escape(title)}</title>',
        f'<desc id="network-desc">{escape(desc)}</desc>',
        '<g class="net-edges">',
    ]
    for edge in data["edges"]:
        if edge["a"] not in position or edge["b"] not in position:
            continue
        x1, y1, _a = position[edge["a"]]
        x2, y2, _b = position[edge["b"]]
        for kind, css in LINKS:
            if edge[kind]:
                width = 1 + min(len(edge["themes"]), 4) if kind == "themes" else 3
                parts.append(
                    f'<line class="net-edge {css}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                    f'stroke-width="{width}"/>'
                )
    parts.append("</g>")
    parts.append('<g class="net-nodes">')
    for node in nodes:
        x, y, angle = position[node["id"]]
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        lx = x + 16 * math.cos(angle)
        ly = (
            y
            + 16 * math.sin(angle)
            + (5 if abs(math.cos(angle)) > 0.2 else (14 if math.sin(angle) > 0 else -6))
        )
        parts.append(f'<circle class="net-node" cx="{x:.1f}" cy="{y:.1f}" r="10"/>')
        parts.append(
            f'<text class="net-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
            f"{escape(_short(node['title']))}</text>"
        )
    parts.append("</g></svg>")
    return "".join(parts)
