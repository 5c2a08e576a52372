"""Uploads are limited by type (checked on the content, not only the name) and by size, with clear
messages; documents in a private collection stay private."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def png_bytes(size=(20, 20)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes():
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": "Testbeeld", "file": SimpleUploadedFile(name, content), "collection": root().pk},
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": "Testdocument", "file": SimpleUploadedFile(name, content), "collection": root().pk},
    )


def root():
    return Collection.get_first_root_node()


def refused(response, message):
    assert response.status_code == 200, response.status_code  # the form again, with the message
    assert message in response.content.decode()


# --- images -------------------------------------------------------------------------------------


def test_a_real_png_is_accepted(admin_client):
    response = upload_image(admin_client, "foto.png", png_bytes())
    assert response.status_code == 302
    assert Image.objects.filter(title="Testbeeld").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", SVG, "Geen ondersteund afbeeldingsformaat. Ondersteunde formaten: GIF, JPG"),
        (
            "logo.png",
            SVG,
            "Geen geldige .png afbeelding. Deze extensie hoort niet bij het bestandsformaat (svg)",
        ),
        ("pagina.png", HTML, "Upload een geldige afbeelding"),
        (
            "foto.jpg",
            png_bytes(),
            "Geen geldige .jpeg afbeelding. Deze extensie hoort niet bij het bestandsformaat (png)",
        ),
        ("kapot.png", png_bytes()[:40], "Upload een geldige afbeelding"),
        ("kapot2.png", png_bytes()[:33] + b"<script>alert(1)</script>" * 20, "Upload een geldige afbeelding"),
        ("script.html", HTML, "Upload een geldige afbeelding"),
    ],
    ids=[
        "svg",
        "svg-named-png",
        "html-named-png",
        "png-named-jpg",
        "truncated-png",
        "png-header-then-html",
        "html",
    ],
)
def test_images_that_are_not_what_they_say_are_refused(admin_client, name, content, message):
    response = upload_image(admin_client, name, content)
    refused(response, message)
    assert not Image.objects.exists()


def test_an_image_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50
    response = upload_image(admin_client, "foto.png", png_bytes())
    refused(response, "Dit bestand is te groot")
    assert "De maximale bestandsgrootte is 50" in response.content.decode()
    assert not Image.objects.exists()


def test_the_multiple_uploader_refuses_svg_content_too(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("logo.png", SVG), "collection": root().pk},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "Deze extensie hoort niet bij het bestandsformaat (svg)" in data["error_message"]
    assert not Image.objects.exists()


# --- documents ----------------------------------------------------------------------------------


def test_a_real_pdf_is_accepted(admin_client):
    response = upload_document(admin_client, "verslag.pdf", pdf_bytes())
    assert response.status_code == 302
    assert Document.objects.filter(title="Testdocument").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tekening.svg", SVG, "Bestandsextensie ‘svg’ is niet toegestaan."),
        ("pagina.html", HTML, "Bestandsextensie ‘html’ is niet toegestaan."),
        ("verslag.pdf", HTML, "Dit bestand heet .pdf, maar is geen PDF-bestand."),
        (
            "notities.txt",
            b"Hallo\n<script>alert(1)</script>\n",
            "Dit tekstbestand bevat HTML-, SVG- of scriptcode.",
        ),
        ("lijst.csv", SVG, "Dit tekstbestand bevat HTML-, SVG- of scriptcode."),
        ("brief.docx", b"geen zip", "Dit bestand heet .docx, maar de inhoud past daar niet bij."),
        ("notities.txt", b"MZ\x90\x00\x03\x00\x00\x00", "Dit bestand heet .txt, maar is geen tekstbestand."),
    ],
    ids=["svg", "html", "html-named-pdf", "script-in-txt", "svg-named-csv", "docx-not-zip", "binary-txt"],
)
def test_documents_that_are_not_what_they_say_are_refused(admin_client, name, content, message):
    response = upload_document(admin_client, name, content)
    refused(response, message)
    assert not Document.objects.exists()


def test_office_and_opendocument_files_are_accepted_when_real(admin_client):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    assert upload_document(admin_client, "brief.docx", buffer.getvalue()).status_code == 302
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    assert upload_document(admin_client, "brief.odt", buffer.getvalue()).status_code == 302
    # An OpenDocument spreadsheet renamed to .odt is refused.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    refused(upload_document(admin_client, "tabel.odt", buffer.getvalue()), "de inhoud past daar niet bij")
    assert upload_document(admin_client, "lijst.csv", b"naam;plaats\nAnna;Venlo\n").status_code == 302


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    response = upload_document(admin_client, "verslag.pdf", pdf_bytes())
    refused(response, "Dit bestand is te groot")
    assert not Document.objects.exists()


def test_a_request_over_the_overall_limit_is_refused_before_it_is_read(admin_client, settings):
    settings.MAX_REQUEST_SIZE = 2000
    response = upload_document(admin_client, "groot.pdf", pdf_bytes() + b"0" * 5000)
    assert response.status_code == 413
    assert "Dit bestand is te groot" in response.content.decode()
    assert "2,0" in response.content.decode() or "2.0" in response.content.decode()
    assert not Document.objects.exists()


# --- private documents --------------------------------------------------------------------------


@pytest.fixture
def documents(home_page):
    def in_collection(name, restriction=None, password=""):
        collection = root().add_child(name=name)
        if restriction:
            CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=restriction, password=password
            )
        document = Document(title=name, collection=collection)
        document.file.save(f"{name.lower()}.pdf", ContentFile(pdf_bytes() + name.encode()), save=False)
        document.save()
        return document

    return {
        "public": in_collection("Openbaar"),
        "login": in_collection("Alleen ingelogd", CollectionViewRestriction.LOGIN),
        "password": in_collection("Met wachtwoord", CollectionViewRestriction.PASSWORD, "geheim-2026"),
    }


def _body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def test_a_public_document_can_be_downloaded(client, documents):
    response = client.get(documents["public"].url)
    assert response.status_code == 200
    assert _body(response).startswith(b"%PDF-")


@pytest.mark.parametrize("kind", ["login", "password"])
def test_an_anonymous_visitor_cannot_download_a_private_document(client, documents, kind):
    document = documents[kind]
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code in (200, 302)
    assert not _body(response).startswith(b"%PDF-")
    if kind == "login":
        assert response.status_code == 302 and "login" in response["Location"]
    else:
        assert "wachtwoord" in response.content.decode().lower()
    # Nor straight from the media folder, which would skip the check.
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_logged_in_user_may_download_a_login_only_document(client, documents):
    from accounts.factories import UserFactory

    client.force_login(UserFactory(username="lid"))
    response = client.get(documents["login"].url)
    assert response.status_code == 200
    assert _body(response).startswith(b"%PDF-")


# --- the admin's profile picture (Wagtail's own ImageField) ---------------------------------------


def _account_form(superuser, avatar):
    return {
        "name_email-first_name": "Root",
        "name_email-last_name": "Beheer",
        "name_email-email": superuser.email,
        "locale-preferred_language": "nl",
        "locale-current_time_zone": "Europe/Amsterdam",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "avatar-avatar": avatar,
    }


def test_a_profile_picture_must_be_a_real_image(admin_client, superuser):
    from wagtail.users.models import UserProfile

    response = admin_client.post(
        "/admin/account/", _account_form(superuser, SimpleUploadedFile("ik.png", SVG))
    )
    assert response.status_code == 200
    assert "Upload een geldige afbeelding" in response.content.decode()
    assert not UserProfile.get_for_user(superuser).avatar
    response = admin_client.post(
        "/admin/account/", _account_form(superuser, SimpleUploadedFile("ik.png", png_bytes()))
    )
    assert response.status_code == 302
    assert UserProfile.get_for_user(superuser).avatar
