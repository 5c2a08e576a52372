"""Encryption of the two-step secrets that allauth keeps in the database.

allauth stores an authenticator app's TOTP key and the seed of the recovery codes in
`mfa_authenticator.data`; whoever reads the database (a backup, a leaked dump) could otherwise make
valid codes. `MFAAdapter.encrypt`/`decrypt` (accounts/mfa.py) pass them through here: Fernet
(AES-128-CBC with an HMAC, from `cryptography`), marked with a prefix so values stored before
encryption existed are still read (and encrypted by migration 0002).

The key: each of the MFA_ENCRYPTION_KEYS setting (env MFA_ENCRYPTION_KEYS, comma-separated; the first
encrypts, all decrypt, so a key can be rotated), or else the SECRET_KEY and its SECRET_KEY_FALLBACKS.
A value no key opens (a key was dropped) is logged and read as a random secret: the codes are then
refused, as wrong codes are, and a SMOL administrator resets the user's two-step verification.
"""

import base64
import hashlib
import logging
import secrets

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

logger = logging.getLogger(__name__)

PREFIX = "fernet:"


def _fernet():
    keys = [key for key in getattr(settings, "MFA_ENCRYPTION_KEYS", []) if key]
    if not keys:
        keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    # Any string works as a key: a Fernet key is 32 bytes, derived here (for this use only).
    return MultiFernet(
        [
            Fernet(base64.urlsafe_b64encode(hashlib.sha256(f"smol-mfa:{key}".encode()).digest()))
            for key in keys
        ]
    )


def is_encrypted(value: str) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def encrypt(text: str) -> str:
    if is_encrypted(text):
        return text
    return PREFIX + _fernet().encrypt(text.encode()).decode("ascii")


def decrypt(value: str) -> str:
    if not is_encrypted(value):
        return value  # stored before secrets were encrypted
    try:
        return _fernet().decrypt(value[len(PREFIX) :].encode("ascii")).decode()
    except InvalidToken:
        logger.error(
            "A two-step secret could not be decrypted: was MFA_ENCRYPTION_KEYS or SECRET_KEY changed "
            "without keeping the old key? The user's codes are refused until an administrator resets it."
        )
        return base64.b32encode(secrets.token_bytes(20)).decode("ascii")
