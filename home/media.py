"""Media files served by Django itself (SERVE_MEDIA: a single machine without nginx or S3).

Renditions (media/images/) get the same browser cache time as behind the nginx example
(deploy/nginx/smol.conf): a day. Their names change with the original file and the focal point.
"""

from django.conf import settings
from django.views.static import serve

RENDITION_MAX_AGE = 60 * 60 * 24


def serve_media(request, path):
    # MEDIA_ROOT is read per request (not when the URLconf is imported), so tests may change it.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if response.status_code == 200 and path.startswith("images/"):
        response["Cache-Control"] = f"public, max-age={RENDITION_MAX_AGE}"
    return response
