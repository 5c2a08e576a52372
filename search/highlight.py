"""Snippets with the matched words marked. Escape first, then mark: only <mark> is ever added."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .engine import PREFIX_MIN
from .text import fold, is_stopword, stem

TOKEN_RE = re.compile(r"\w+(?:'s)?", re.UNICODE)


def _matches(word, terms, language):
    return _word_matches(word, tuple(terms), language)


@lru_cache(maxsize=4096)
def _word_matches(word, terms, language):
    """Whether `word` matches one of the (stemmed) search `terms`; a page of results repeats many
    words, and a snippet is marked twice (where it starts, then its words)."""
    folded = fold(word)
    if folded.endswith("'s"):
        folded = folded[:-2]
    if len(folded) < 2 or is_stopword(folded, language):
        return False
    normalised = stem(folded, language)
    return any(normalised == t or (len(t) >= PREFIX_MIN and normalised.startswith(t)) for t in terms)


def mark(text, terms, language):
    """The whole text, escaped, with matching words in <mark>."""
    if not terms:
        return escape(text)
    out, last = [], 0
    for match in TOKEN_RE.finditer(text):
        if _matches(match.group(0), terms, language):
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def snippet(text, terms, language, length=240):
    """About `length` characters around the first match (or the start), escaped and marked."""
    text = " ".join(text.split())
    start = 0
    if terms:
        for match in TOKEN_RE.finditer(text[:10000]):
            if _matches(match.group(0), terms, language):
                start = max(0, match.start() - length // 3)
                break
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    piece = text[start:end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + mark(piece, terms, language) + suffix)
