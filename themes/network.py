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

CACHE_KEY = "themes:network:v4:{locale_id}:{language}:{part}"
# What each page reads: the drawing page its picture and figures, the table page the rows (the
# bulk of the data on a large network: the drawing page does not unpickle them).
PARTS = {
    "drawing": ("svg", "figures", "year", "totals"),
    "table": ("rows", "year", "totals"),
}
CACHE_TIMEOUT = 60 * 60 * 6


def cache_key(locale_id, part="drawing"):
    return CACHE_KEY.format(locale_id=locale_id, language=translation.get_language() or "nl", part=part)


def invalidate_network_cache():
    """Forget every locale's network (a handful of keys)."""
    from wagtail.models import Locale

    keys = [
        CACHE_KEY.format(locale_id=locale_id, language=code, part=part)
        for locale_id in Locale.objects.values_list("pk", flat=True)
        for code, _name in settings.LANGUAGES
        for part in PARTS
    ]
    cache.delete_many(keys)


def network_data(locale_id, request=None, part="drawing"):
    """One part of the network of one locale (PARTS), from the cache when it is there.

    The drawing (`svg`) is made once, when the data is computed, and cached instead of the edges it
    is drawn from (thousands of pairs in a large network: unpickling them took longer than the page).
    """
    data = cache.get(cache_key(locale_id, part))
    if data is None:
        network = compute_network(locale_id, request)
        network["svg"] = network_svg(network)
        parts = {name: {key: network[key] for key in keys} for name, keys in PARTS.items()}
        cache.set_many({cache_key(locale_id, name): value for name, value in parts.items()}, CACHE_TIMEOUT)
        data = parts[part]
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
            "themes": [],
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
    theme_order = {pk: [] for pk in ids}  # in the order they were given: the first is the main theme
    for org_id, tag_id in (
        ThemedPage.objects.filter(content_object_id__in=ids)
        .order_by("pk")
        .values_list("content_object_id", "tag_id")
    ):
        if tag_id not in org_themes[org_id]:
            org_themes[org_id].add(tag_id)
            theme_order[org_id].append(tag_id)

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
            "theme_ids": [t for t in theme_order[o.pk] if t in themes],
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
        "themes": [{"id": theme.pk, "label": theme.label} for theme in themes.values()],
        "edges": sorted(edges.values(), key=lambda e: (names[e["a"]], names[e["b"]])),
        "rows": rows,
        "figures": figures,
        "year": year,
        "totals": {
            "organisations": len(nodes),
            "theme_links": sum(1 for e in edges.values() if e["themes"]),
            "theme_spokes": sum(len(node["theme_ids"]) for node in nodes),
            "partnerships": len(partners),
            "co_hosted": len(co_hosted),
            "co_authored": len(co_authored),
        },
    }


# --- Drawing --------------------------------------------------------------------------------------

SIZE = 640
MARGIN = 215  # room for a name of 21 characters either side of the ring
VERTICAL_MARGIN = 40
THEME_RADIUS = 150
# Up to this many organisations their names are written level; more and they are written along
# their spokes (outward from the ring), where each has the width of the margin to itself.
LEVEL_LABELS = 24
LINKS = [
    # kind, css class (colour, width and dash pattern: colour is never the only cue). Themes are
    # drawn as spokes from an organisation to each of its themes; the others join two organisations.
    ("partners", "net-edge--partners"),
    ("courses", "net-edge--courses"),
    ("stories", "net-edge--stories"),
    ("themes", "net-edge--themes"),  # last: over the others, which can be many on a large network
]


def _trails(segments):
    """Cover the undirected `segments` [(a, b)] with few trails (walks using each segment once): a
    trail is written as one run of points, a point per segment instead of a line element each."""
    neighbours = {}
    for a, b in segments:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    for points in neighbours.values():
        points.reverse()  # pop() takes them in their original order
    used = set()
    # Start at the points with an odd number of segments: a trail can only end at one of those.
    starts = [p for p in neighbours if len(neighbours[p]) % 2] + list(neighbours)
    trails = []
    for start in starts:
        while neighbours[start]:
            trail, here = [start], start
            while neighbours[here]:
                there = neighbours[here].pop()
                key = (here, there) if here < there else (there, here)
                if key in used:
                    continue
                used.add(key)
                trail.append(there)
                here = there
            if len(trail) > 1:
                trails.append(trail)
    return trails


def _path_data(segments, point):
    """SVG path data drawing `segments` as trails ("M x y L x y x y ..."): a point per segment."""
    return "".join(f"M{point[t[0]]}L" + " ".join(point[p] for p in t[1:]) for t in _trails(segments))


def _short(text, length=22):
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _ring_order(nodes, theme_ids):
    """The organisations around the ring grouped by their main theme (the first they chose), in the
    order of the themes, so that most spokes run to the theme facing them; by name within a group."""
    rank = {pk: index for index, pk in enumerate(theme_ids)}
    return sorted(
        nodes,
        key=lambda node: rank.get(node["theme_ids"][0], len(rank)) if node["theme_ids"] else len(rank),
    )


def _description(data):
    totals = data.get("totals", {})
    n = {key: totals.get(key, 0) for key in totals}
    themes = len(data.get("themes", []))
    return " ".join(
        [
            ngettext("%(n)d organisatie.", "%(n)d organisaties.", n.get("organisations", 0))
            % {"n": n.get("organisations", 0)},
            ngettext("%(n)d thema.", "%(n)d thema's.", themes) % {"n": themes},
            ngettext(
                "%(n)d lijn van een organisatie naar een van haar thema's.",
                "%(n)d lijnen van een organisatie naar een van haar thema's.",
                n.get("theme_spokes", 0),
            )
            % {"n": n.get("theme_spokes", 0)},
            ngettext(
                "%(n)d keer delen twee organisaties een thema.",
                "%(n)d keer delen twee organisaties een thema.",
                n.get("theme_links", 0),
            )
            % {"n": n.get("theme_links", 0)},
            ngettext("%(n)d partnerschap.", "%(n)d partnerschappen.", n.get("partnerships", 0))
            % {"n": n.get("partnerships", 0)},
            ngettext("%(n)d keer samen een cursus.", "%(n)d keer samen een cursus.", n.get("co_hosted", 0))
            % {"n": n.get("co_hosted", 0)},
            ngettext(
                "%(n)d keer samen een verhaal.", "%(n)d keer samen een verhaal.", n.get("co_authored", 0)
            )
            % {"n": n.get("co_authored", 0)},
            _(
                "De tabel waar de link onder de afbeelding naartoe leidt, geeft dezelfde gegevens per organisatie."
            ),
        ]
    )


def network_svg(data):
    """The network as an accessible SVG: role="img", a <title> and a <desc> that sums it up.

    Organisations sit on a ring, their themes on a smaller ring inside it. A grey spoke joins an
    organisation to each of its themes (a few hundred lines on a large network, where a line per
    pair of organisations sharing a theme made tens of thousands, too many to see anything in);
    coloured lines join two organisations that are partners or made a course or story together.
    """
    nodes = data["nodes"]
    themes = data.get("themes", [])
    width, height = SIZE + 2 * MARGIN, SIZE + 2 * VERTICAL_MARGIN
    cx, cy = width / 2, height / 2
    radius = SIZE / 2 - 20
    ring = _ring_order(nodes, [t["id"] for t in themes])
    position, point = {}, {}
    for index, node in enumerate(ring):
        angle = 2 * math.pi * index / max(len(ring), 1) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        position[node["id"]] = (x, y, angle)
        point[node["id"]] = f"{x:.0f} {y:.0f}"
    # Themes in their order around the inner ring, facing the organisations grouped under them as
    # their main theme. Their points are keyed by -id, apart from the organisations' (page) ids.
    theme_at = {}
    for index, theme in enumerate(themes):
        angle = 2 * math.pi * (index + 0.5) / max(len(themes), 1) - math.pi / 2
        x, y = cx + THEME_RADIUS * math.cos(angle), cy + THEME_RADIUS * math.sin(angle)
        theme_at[theme["id"]] = (x, y)
        point[-theme["id"]] = f"{x:.0f} {y:.0f}"

    title = _("Netwerk van organisaties en hun thema's")
    parts = [
        f'<svg class="network-graph{" network-graph--large" if len(ring) > LEVEL_LABELS else ""}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'role="img" aria-labelledby="network-title network-desc" focusable="false">',
        f'<title id="network-title">{escape(title)}</title>',
        f'<desc id="network-desc">{escape(_description(data))}</desc>',
        '<g class="net-edges">',
    ]
    segments = {kind: [] for kind, _css in LINKS}
    for node in nodes:
        segments["themes"].extend((node["id"], -t) for t in node["theme_ids"] if t in theme_at)
    for edge in data["edges"]:
        if edge["a"] in position and edge["b"] in position:
            for kind in ("partners", "courses", "stories"):
                if edge[kind]:
                    segments[kind].append((edge["a"], edge["b"]))
    for kind, css in LINKS:
        if segments[kind]:
            parts.append(f'<path class="net-edge {css}" d="{_path_data(segments[kind], point)}"/>')
    parts.append("</g>")

    # The organisations' dots: one path of round dots (a line of no length each).
    spacing = 2 * math.pi * radius / max(len(ring), 1)
    dot = max(4, min(18, round(spacing * 0.8)))
    parts.append(
        f'<path class="net-node" stroke-width="{dot}" d="'
        + "".join(f"M{point[node['id']]}h0" for node in ring)
        + '"/>'
    )
    # Their names: level on a small network, along the spokes on a large one.
    # Level names of up to 21 characters fit the margin at 17 units.
    font = 17 if len(ring) <= LEVEL_LABELS else max(7, min(17, round(spacing * 0.85)))
    groups = {"start": [], "end": [], "middle": []}
    for node in ring:
        x, y, angle = position[node["id"]]
        name = escape(_short(node["title"], 21))
        if len(ring) <= LEVEL_LABELS:
            anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
            lx = x + 16 * math.cos(angle)
            ly = (
                y
                + 16 * math.sin(angle)
                + (5 if abs(math.cos(angle)) > 0.2 else (14 if math.sin(angle) > 0 else -6))
            )
            groups[anchor].append(f'<text x="{lx:.0f}" y="{ly:.0f}">{name}</text>')
        else:
            degrees = math.degrees(angle)
            outward = math.cos(angle) >= 0
            anchor, turn = ("start", degrees) if outward else ("end", degrees + 180)
            lx, ly = x + 14 * math.cos(angle), y + 14 * math.sin(angle)
            groups[anchor].append(
                f'<text x="{lx:.0f}" y="{ly + font * 0.35:.0f}" '
                f'transform="rotate({turn:.0f} {lx:.0f} {ly:.0f})">{name}</text>'
            )
    parts.append(f'<g class="net-label" font-size="{font}">')
    for anchor, texts in groups.items():
        if texts:
            parts.append(f'<g text-anchor="{anchor}">' + "".join(texts) + "</g>")
    parts.append("</g>")

    # The themes: squares (not dots: shape tells them apart) with their names over a white halo,
    # above the squares in the top half and below them in the bottom half.
    parts.append('<g class="net-theme">')
    for theme in themes:
        x, y = theme_at[theme["id"]]
        parts.append(f'<rect x="{x - 9:.0f}" y="{y - 9:.0f}" width="18" height="18"/>')
    parts.append('</g><g class="net-theme-label">')
    for theme in themes:
        x, y = theme_at[theme["id"]]
        # The two themes nearest the top (and the bottom) sit close together: their names run away
        # from each other instead of being centred over them.
        if abs(x - cx) > THEME_RADIUS / 2:
            anchor, lx = "middle", x
        else:
            anchor, lx = ("start", x - 9) if x > cx else ("end", x + 9)
        ly = y + 30 if y >= cy else y - 16
        parts.append(
            f'<text x="{lx:.0f}" y="{ly:.0f}" text-anchor="{anchor}">{escape(_short(theme["label"], 24))}</text>'
        )
    parts.append("</g></svg>")
    return "".join(parts)
