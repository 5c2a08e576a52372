"""Media files served by Django itself (SERVE_MEDIA: a single machine without nginx or S3).

Renditions (media/images/) get the same browser cache time as behind the nginx example
(deploy/nginx/smol.conf): a day. Their names change with the original file and the focal point.
"""

from django.views.static import serve

RENDITION_MAX_AGE = 60 * 60 * 24


def serve_media(request, path, document_root=None):
    response = serve(request, path, document_root=document_root)
    if response.status_code == 200 and path.startswith("images/"):
        response["Cache-Control"] = f"public, max-age={RENDITION_MAX_AGE}"
    return response
