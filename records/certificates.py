"""PDFs: certificates and the volunteer passport, with fpdf2 (pure Python) and segno (QR codes).

fpdf2's built-in Helvetica covers Latin-1, which holds every Dutch letter (ë, é, ï, ü, ...).
Characters outside Latin-1 are written as their closest Latin-1 form (typographic dashes and
quotes as plain ones, other accents without the accent) so a PDF never fails on a name.
"""

import io
import unicodedata

import segno
from django.utils import formats, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from .progress import NETWORK_NAME

GREEN = (0, 94, 84)
GREY = (70, 70, 70)
REPLACEMENTS = {
    "\u2013": "-",
    "\u2014": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u00a0": " ",
    "\u20ac": "EUR",
    "\u0141": "L",
    "\u0142": "l",
    "\u0152": "OE",
    "\u0153": "oe",
    "\u0110": "D",
    "\u0111": "d",
    "\u0131": "i",
}


def latin1(text):
    """Text that Helvetica can draw: Latin-1 kept as is, the rest approximated."""
    out = []
    for ch in str(text or ""):
        ch = REPLACEMENTS.get(ch, ch)
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            out.append(base or "?")
    return "".join(out)


def qr_png(url):
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    buffer.seek(0)
    return buffer


def _date(value):
    return formats.date_format(value, "j F Y") if value else ""


class _Document(FPDF):
    def __init__(self, title):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.set_title(latin1(title))
        self.set_author(NETWORK_NAME)
        self.set_creator(f"{NETWORK_NAME} Vrijwilligersacademie")
        self.set_auto_page_break(auto=True, margin=20)
        self.set_margins(22, 22, 22)

    def text_line(self, text, size=12, style="", color=GREY, height=7, align="L"):
        self.set_font("helvetica", style=style, size=size)
        self.set_text_color(*color)
        self.multi_cell(0, height, latin1(text), align=align, new_x="LMARGIN", new_y="NEXT")


def certificate_pdf(certificate, verify_url, language=None):
    """The certificate of one completed course or path, as PDF bytes."""
    with translation.override(language or translation.get_language()):
        kind = _("de cursus") if certificate.kind == "cursus" else _("de leerlijn")
        pdf = _Document(_("Certificaat") + f" - {certificate.title}")
        pdf.add_page()
        pdf.set_draw_color(*GREEN)
        pdf.set_line_width(1.2)
        pdf.rect(10, 10, 190, 277)
        pdf.ln(14)
        pdf.text_line(
            f"{NETWORK_NAME} " + _("Vrijwilligersacademie"), size=13, style="B", color=GREEN, align="C"
        )
        pdf.ln(8)
        pdf.text_line(_("Certificaat"), size=32, style="B", color=GREEN, height=14, align="C")
        pdf.ln(10)
        pdf.text_line(_("Hierbij verklaren wij dat"), size=13, align="C")
        pdf.ln(3)
        pdf.text_line(certificate.recipient_name, size=24, style="B", color=(0, 0, 0), height=11, align="C")
        pdf.ln(3)
        pdf.text_line(_("met goed gevolg heeft afgerond:") + f" {kind}", size=13, align="C")
        pdf.ln(3)
        pdf.text_line(certificate.title, size=18, style="B", color=(0, 0, 0), height=9, align="C")
        pdf.ln(6)
        pdf.text_line(_("Afgerond op %(date)s") % {"date": _date(certificate.completed_on)}, align="C")
        if certificate.hours:
            hours = formats.number_format(
                certificate.hours, decimal_pos=0 if certificate.hours % 1 == 0 else 1
            )
            pdf.text_line(_("Omvang: %(hours)s uur") % {"hours": hours}, align="C")
        pdf.ln(6)
        pdf.text_line(_("Uitgegeven door"), size=11, align="C")
        pdf.text_line(certificate.issuers, size=13, style="B", color=(0, 0, 0), align="C")
        pdf.ln(10)
        y = pdf.get_y()
        pdf.image(qr_png(verify_url), x=22, y=y, w=38, h=38)
        pdf.set_xy(66, y + 4)
        pdf.set_font("helvetica", size=11)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(
            0,
            6,
            latin1(
                _("Echt? Controleer dit certificaat met de code %(code)s op:")
                % {"code": certificate.display_code}
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_x(66)
        pdf.set_text_color(*GREEN)
        pdf.multi_cell(0, 6, latin1(verify_url), link=verify_url, new_x="LMARGIN", new_y="NEXT")
        if certificate.is_revoked:
            pdf.set_xy(22, 250)
            pdf.text_line(
                _("Dit certificaat is ingetrokken."), size=14, style="B", color=(160, 0, 0), align="C"
            )
        return bytes(pdf.output())


def passport_pdf(record, sections, verify_url_for=None, language=None):
    """The volunteer passport: everything learned and done across organisations, in the chosen sections."""
    from .progress import recipient_name

    with translation.override(language or translation.get_language()):
        name = recipient_name(record.user)
        pdf = _Document(_("Vrijwilligerspaspoort") + f" - {name}")
        pdf.add_page()
        pdf.text_line(f"{NETWORK_NAME} " + _("Vrijwilligersacademie"), size=12, style="B", color=GREEN)
        pdf.text_line(_("Vrijwilligerspaspoort"), size=26, style="B", color=GREEN, height=12)
        pdf.text_line(name, size=18, style="B", color=(0, 0, 0), height=10)
        pdf.ln(4)
        if sections.get("hours"):
            pdf.text_line(
                _("Uren geleerd: %(learned)s · uren ervaring: %(done)s")
                % {
                    "learned": formats.number_format(record.hours_learned, decimal_pos=0),
                    "done": record.hours_experience,
                },
                size=12,
            )
            pdf.ln(2)

        def heading(text):
            pdf.ln(4)
            pdf.text_line(text, size=15, style="B", color=GREEN, height=9)

        def item(text):
            pdf.text_line("- " + text, size=11, height=6)

        if sections.get("courses"):
            heading(_("Cursussen"))
            for done in record.courses:
                org = f", {done.organisation.title}" if done.organisation else ""
                item(f"{done.course.title}{org} ({_date(done.completed_on)})")
            if not record.courses:
                item(_("Nog geen cursus afgerond."))
        if sections.get("paths"):
            heading(_("Leerlijnen"))
            for path in record.paths:
                state = (
                    _("afgerond op %(date)s") % {"date": _date(path.completed_on)}
                    if path.is_complete
                    else _("%(done)s van %(total)s stappen")
                    % {"done": path.required_done, "total": path.required_total}
                )
                item(f"{path.path.title}: {state}")
            if not record.paths:
                item(_("Nog geen leerlijn."))
        if sections.get("experiences"):
            heading(_("Ervaring bij organisaties"))
            for exp in record.experiences:
                when = _date(exp.confirmed_at.date()) if exp.confirmed_at else ""
                hours = f", {exp.hours} " + _("uur") if exp.hours else ""
                item(f"{exp.title}, {exp.organisation.title}{hours} (" + _("bevestigd") + f" {when})")
            if not record.experiences:
                item(_("Nog geen bevestigde ervaring."))
        if sections.get("certificates") and verify_url_for is not None:
            heading(_("Certificaten"))
            for cert in record.certificates:
                item(f"{cert.title}: {cert.display_code} - {verify_url_for(cert)}")
        return bytes(pdf.output())
