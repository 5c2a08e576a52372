"""Media on S3-compatible storage: moto's S3 server on 127.0.0.1 stands in for AWS, MinIO or Ceph.

The settings come from the scale-out block of base.py, evaluated with the environment a server
would have (AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, ...). An editor uploads an image and a
document through the Wagtail admin; the original, the rendition and the document land in the bucket,
image URLs point at the bucket, and the document is streamed through Django.
"""

import io
import json
import secrets

import boto3
import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from .cluster import free_port

pytestmark = pytest.mark.django_db

REGION = "eu-central-1"


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, load_settings):
    name = f"smol-media-{secrets.token_hex(4)}"
    configured = load_settings(
        AWS_STORAGE_BUCKET_NAME=name,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME=REGION,
        AWS_ACCESS_KEY_ID="smol-test",
        AWS_SECRET_ACCESS_KEY="smol-test-secret",
        AWS_S3_ADDRESSING_STYLE="path",
    )
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id="smol-test",
        aws_secret_access_key="smol-test-secret",
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    # As docs/deployment.md sets it up: anybody may read renditions, nothing else.
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_renditions_policy(name)))
    for key, value in configured.items():
        if key.startswith("AWS_"):
            setattr(settings, key, value)
    settings.STORAGES = {**settings.STORAGES, "default": configured["STORAGES"]["default"]}
    assert settings.STORAGES["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    return {"name": name, "client": client, "endpoint": s3_endpoint}


def public_renditions_policy(bucket_name):
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket_name}/images/*",
            }
        ],
    }


def keys_in(bucket):
    listing = bucket["client"].list_objects_v2(Bucket=bucket["name"])
    return {item["Key"] for item in listing.get("Contents", [])}


def png_bytes(size=(640, 480)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 120, 80)).save(buffer, "PNG")
    return buffer.getvalue()


def test_image_upload_and_rendition_live_in_the_bucket(bucket, admin_client):
    root = Collection.get_first_root_node()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Vrijwilligers aan het werk",
            "description": "Vrijwilligers zetten tafels klaar",
            "collection": root.pk,
            "file": SimpleUploadedFile("vrijwilligers.png", png_bytes(), content_type="image/png"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    image = Image.objects.get(title="Vrijwilligers aan het werk")
    assert (image.width, image.height) == (640, 480)
    assert image.file.name.startswith("original_images/")
    assert image.file.name in keys_in(bucket)

    rendition = image.get_rendition("fill-120x80")
    assert rendition.file.name.startswith("images/")
    assert rendition.file.name in keys_in(bucket)
    assert rendition.url.startswith(f"{bucket['endpoint']}/{bucket['name']}/images/")
    assert "?" not in rendition.url  # plain public URL, cacheable by browsers and a CDN

    served = requests.get(rendition.url, timeout=10)
    assert served.status_code == 200
    assert served.headers["Cache-Control"] == "public, max-age=86400"
    assert PILImage.open(io.BytesIO(served.content)).size == (120, 80)
    # The original (it may carry camera and location data) is not public.
    assert requests.get(image.file.url, timeout=10).status_code == 403

    # The same rendition again comes from the database record, not a second upload.
    objects_before = keys_in(bucket)
    assert image.get_rendition("fill-120x80").file.name == rendition.file.name
    assert keys_in(bucket) == objects_before


def test_document_is_stored_in_the_bucket_and_served_through_django(bucket, admin_client, settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    content = b"Jaarverslag van het netwerk SMOL\n" * 200
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Jaarverslag",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("jaarverslag.txt", content, content_type="text/plain"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get(title="Jaarverslag")
    assert document.file.name.startswith("documents/")
    assert document.file.name in keys_in(bucket)

    # Not readable from the bucket itself: private collections stay private.
    assert requests.get(document.file.url, timeout=10).status_code == 403
    download = Client().get(document.url)
    assert download.status_code == 200
    assert document.url.startswith("/documents/")  # the site's own URL, not the bucket's
    assert b"".join(download.streaming_content) == content
    assert download["Content-Length"] == str(len(content))
