"""The visitor's address behind a reverse proxy.

Behind nginx every request reaches gunicorn from 127.0.0.1 (or a unix socket). The log-in lock-out
(django-axes) and allauth's rate limits must count per visitor, so production reads the address from
the header nginx sets (X-Real-IP, CLIENT_IP_HEADER). Only a header the proxy always overwrites may
be named: a visitor can send any header to a server that is reachable directly.
"""

from django.conf import settings


def client_ip(request):
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "").strip()
        if value:
            return value.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR")
