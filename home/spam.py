"""Spam protection for the site's forms, without third-party services.

Two layers, applied by ``SpamProtectionMiddleware`` to every POST to a URL named in
``SPAM_PROTECTED_FORMS`` (url name -> rate, e.g. ``"10/10m"``):

* a rate limit per client address, counted in the cache (a window that starts at the address's
  first submission). Over the limit the
  answer is 429 with a ``Retry-After`` header and a page in the visitor's language.
* a honeypot: the form template includes ``includes/honeypot.html``, a text field that people never
  see (off-screen, ``aria-hidden``, ``tabindex=-1``, ``autocomplete=off``, labelled "leave empty").
  A POST with that field filled in gets a polite refusal (400) and the view never runs, so nothing
  is stored or sent.

To protect a new form: add its url name to ``SPAM_PROTECTED_FORMS`` and include the honeypot in its
template. The cache failing never blocks a form (the limit is then simply not applied).
"""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "hp_extra_info"  # the name used in includes/honeypot.html
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """ "10/10m" -> (10, 600); "5/h" -> (5, 3600)."""
    match = _RATE.match(rate or "")
    if not match:
        raise ValueError(f"Not a rate: {rate!r} (use e.g. '10/10m', '5/h')")
    count, amount, unit = match.groups()
    return int(count), int(amount or 1) * _UNIT[unit]


def client_address(request):
    """The client's address as django-axes sees it (same proxy settings), else REMOTE_ADDR."""
    try:
        from axes.helpers import get_client_ip_address

        address = get_client_ip_address(request)
    except Exception:  # noqa: BLE001 - never fail a form over the address
        address = None
    return address or request.META.get("REMOTE_ADDR") or "unknown"


def hit(name, request, rate):
    """Count one submission; return the seconds to wait when over the limit, else 0.

    The window starts at an address's first submission and lasts the rate's period.
    """
    limit, period = parse_rate(rate)
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:24]
    key = f"spam-rate:{name}:{address}"
    now = time.time()
    try:
        cache.add(f"{key}:start", now, timeout=period)
        cache.add(key, 0, timeout=period)
        count = cache.incr(key)
        start = cache.get(f"{key}:start") or now
    except Exception:  # noqa: BLE001 - cache down or key expired in between: let it through
        logger.warning("Rate limit for %s not applied (cache unavailable)", name)
        return 0
    if count is None or count <= limit:
        return 0
    return max(1, int(start + period - now))


def honeypot_filled(request):
    return bool(str(request.POST.get(HONEYPOT_FIELD, "")).strip())


class SpamProtectionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in SAFE_METHODS:
            return None
        match = getattr(request, "resolver_match", None)
        name = match.view_name if match is not None else None
        rate = getattr(settings, "SPAM_PROTECTED_FORMS", {}).get(name)
        if rate is None:
            return None
        if getattr(settings, "SPAM_RATE_LIMITS_ENABLED", True):
            wait = hit(name, request, rate)
            if wait:
                minutes = max(1, -(-wait // 60))
                response = render(request, "spam/rate_limited.html", {"minutes": minutes}, status=429)
                response["Retry-After"] = str(wait)
                return response
        if honeypot_filled(request):
            logger.info("Honeypot filled on %s: submission refused", name)
            return render(request, "spam/refused.html", {"form_url": request.get_full_path()}, status=400)
        return None
