"""Upload checks for Wagtail images and documents: type by content (not only the name), and size.

Images (``WAGTAILIMAGES_IMAGE_FORM_BASE``): Wagtail already refuses extensions outside
``WAGTAILIMAGES_EXTENSIONS`` (no SVG), files over ``WAGTAILIMAGES_MAX_UPLOAD_SIZE``, and files whose
content is another format than the name says (Willow detects the format: an SVG or HTML file named
``.png`` is refused). On top of that, a file that only starts like an image (a broken or crafted
file) is refused with a clear message instead of raising an error, and Pillow checks the file's
structure before it is stored.

Documents (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): the extension must be in ``WAGTAILDOCS_EXTENSIONS``
(Wagtail) and the size under ``WAGTAILDOCS_MAX_UPLOAD_SIZE`` (Wagtail). The content must match
the extension: PDF starts with ``%PDF-``, Office and OpenDocument files are real ZIP packages of
their kind, text and CSV files are text without HTML, SVG or script markup.
"""

import io
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

HEAD_BYTES = 64 * 1024
MARKUP = re.compile(rb"<\s*(?:script|svg|html|body|iframe|object|embed|meta|!doctype|\?xml)\b", re.IGNORECASE)
OOXML = {"docx", "xlsx", "pptx"}
ODF = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
TEXT = {"txt", "csv"}


class SafeImageField(WagtailImageField):
    def to_python(self, data):
        try:
            f = super().to_python(data)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - Willow/Pillow on a broken file
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc
        if f is not None:
            self._verify(data)
        return f

    def _verify(self, data):
        from PIL import Image

        try:
            if hasattr(data, "temporary_file_path"):
                source = data.temporary_file_path()
            else:
                data.seek(0)
                source = io.BytesIO(data.read())
            with Image.open(source) as image:
                image.verify()
        except Exception as exc:  # noqa: BLE001
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc
        finally:
            if hasattr(data, "seek"):
                data.seek(0)


class SafeImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            # Same field (label, help text, limits), with the extra checks of SafeImageField.
            field.__class__ = SafeImageField


def _extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def check_document_content(uploaded):
    """Raise ValidationError when the content does not match the document's extension."""
    extension = _extension(uploaded.name)
    uploaded.seek(0)
    head = uploaded.read(HEAD_BYTES)
    uploaded.seek(0)
    if extension == "pdf":
        if b"%PDF-" not in head[:1024]:
            raise ValidationError(
                _("Dit bestand heet .pdf, maar is geen PDF-bestand. Sla het opnieuw op als PDF."),
                code="not_pdf",
            )
    elif extension in OOXML or extension in ODF:
        _check_package(uploaded, extension)
    elif extension in TEXT:
        if b"\x00" in head:
            raise ValidationError(
                _("Dit bestand heet .%(extension)s, maar is geen tekstbestand.") % {"extension": extension},
                code="not_text",
            )
        if MARKUP.search(head):
            raise ValidationError(
                _(
                    "Dit tekstbestand bevat HTML-, SVG- of scriptcode. Zulke code kan gevaarlijk zijn "
                    "en wordt niet geplaatst. Zet de inhoud om naar PDF."
                ),
                code="markup",
            )


def _check_package(uploaded, extension):
    message = _("Dit bestand heet .%(extension)s, maar de inhoud past daar niet bij. Sla het opnieuw op.") % {
        "extension": extension
    }
    try:
        with zipfile.ZipFile(uploaded) as package:
            names = set(package.namelist())
            if extension in OOXML:
                ok = "[Content_Types].xml" in names
            else:
                ok = "mimetype" in names and package.read("mimetype").strip() == ODF[extension]
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError):
        ok = False
    finally:
        uploaded.seek(0)
    if not ok:
        raise ValidationError(message, code="wrong_content")


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data and hasattr(uploaded, "read"):
            check_document_content(uploaded)
        return uploaded


class RequestSizeLimitMiddleware:
    """Refuses a request body over ``MAX_REQUEST_SIZE`` bytes (413) before anything reads it.

    Covers every upload, also those without a limit of their own (the admin's profile picture).
    Uploads under the limit get the precise message of their form (image or document size).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.shortcuts import render
        from django.template.defaultfilters import filesizeformat

        limit = getattr(settings, "MAX_REQUEST_SIZE", None)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit and length > limit:
            response = render(request, "uploads/too_large.html", {"limit": filesizeformat(limit)}, status=413)
            response["Connection"] = "close"
            return response
        return self.get_response(request)
