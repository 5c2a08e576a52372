"""Gzip for pages and other text answers; never for images or files that are compressed already.

Static files are served pre-compressed by WhiteNoise (which answers before this middleware runs).
Django's GZipMiddleware pads its output against the BREACH attack; a proxy in front (nginx) may
compress instead, in which case this does nothing (a response that is encoded is left alone).
"""

from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
)


class GZipTextMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return response
        return super().process_response(request, response)
