"""Turn a Django EmailMessage into JSON-safe fields of OutgoingMail, and back, without loss.

Attachments keep their type: text stays text, bytes travel as base64, a prepared MIME part
(MIMEBase) travels as its raw bytes. The Message-ID is fixed when the mail is queued, so every
delivery attempt sends the same message (a receiving server can recognise a duplicate).
"""

import base64
import email
from email.mime.base import MIMEBase
from email.utils import make_msgid

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail import message as mail_message
from django.core.mail.message import EmailAlternative, EmailAttachment


def _text(value):
    return "" if value is None else str(value)


def _pack_content(content):
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode("ascii")}
    return {"text": _text(content)}


def _unpack_content(data):
    if "base64" in data:
        return base64.b64decode(data["base64"])
    return data.get("text", "")


def _pack_attachment(attachment):
    if isinstance(attachment, MIMEBase):
        return {"mime": base64.b64encode(attachment.as_bytes()).decode("ascii")}
    filename, content, mimetype = attachment
    return {"filename": filename, "mimetype": mimetype, **_pack_content(content)}


def _unpack_attachment(data):
    if "mime" in data:
        parsed = email.message_from_bytes(base64.b64decode(data["mime"]))
        part = MIMEBase(parsed.get_content_maintype(), parsed.get_content_subtype())
        for name in set(part.keys()):
            del part[name]
        for name, value in parsed.items():
            part[name] = value
        part.set_payload(parsed.get_payload())
        return part
    return EmailAttachment(data.get("filename"), _unpack_content(data), data.get("mimetype"))


def message_fields(message):
    """The OutgoingMail field values for `message`."""
    headers = {str(k): _text(v) for k, v in (message.extra_headers or {}).items()}
    if not any(k.lower() == "message-id" for k in headers):
        headers["Message-ID"] = make_msgid(domain=str(mail_message.DNS_NAME))
    alternatives = [
        {"mimetype": mimetype, **_pack_content(content)}
        for content, mimetype in getattr(message, "alternatives", None) or []
    ]
    return {
        "subject": _text(message.subject),
        "from_email": _text(message.from_email),
        "to": [_text(a) for a in message.to],
        "cc": [_text(a) for a in message.cc],
        "bcc": [_text(a) for a in message.bcc],
        "reply_to": [_text(a) for a in message.reply_to],
        "headers": headers,
        "body": _text(message.body),
        "alternatives": alternatives,
        "attachments": [_pack_attachment(a) for a in message.attachments],
        "options": {
            "multipart": isinstance(message, EmailMultiAlternatives),
            "content_subtype": message.content_subtype,
            "mixed_subtype": message.mixed_subtype,
            "alternative_subtype": getattr(message, "alternative_subtype", "alternative"),
            "encoding": _text(message.encoding) if message.encoding else None,
        },
    }


def build_message(mail):
    """An EmailMessage (or EmailMultiAlternatives) equal to the one that was queued as `mail`."""
    options = mail.options or {}
    cls = EmailMultiAlternatives if options.get("multipart") or mail.alternatives else EmailMessage
    message = cls(
        subject=mail.subject,
        body=mail.body,
        from_email=mail.from_email or None,
        to=list(mail.to),
        cc=list(mail.cc),
        bcc=list(mail.bcc),
        reply_to=list(mail.reply_to),
        headers=dict(mail.headers),
    )
    message.content_subtype = options.get("content_subtype", message.content_subtype)
    message.mixed_subtype = options.get("mixed_subtype", message.mixed_subtype)
    if options.get("encoding"):
        message.encoding = options["encoding"]
    if cls is EmailMultiAlternatives:
        message.alternative_subtype = options.get("alternative_subtype", "alternative")
        for data in mail.alternatives:
            message.alternatives.append(EmailAlternative(_unpack_content(data), data.get("mimetype")))
    message.attachments = [_unpack_attachment(data) for data in mail.attachments]
    return message
