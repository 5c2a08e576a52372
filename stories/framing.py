"""The positive-framing aid: find words the network would rather not use, with alternatives.

Matching is whole-word and case-insensitive, over the word and its inflections, and treats
letters with Dutch diacritics (é, ë, ï, ĳ) as letters: "financiële" equals "financiele", and
a word inside a longer word ("armoedegrens") is not a match.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import models
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

# Page fields never worth checking (technical, or copied from elsewhere).
SKIPPED_FIELDS = {"slug", "url_path", "draft_title", "seo_title", "path", "latest_revision"}


def fold(text: str):
    """Lower-case `text` without diacritics. Returns (folded, positions): positions[i] is the
    index in `text` of folded character i, so matches map back to the original text."""
    text = unicodedata.normalize("NFC", text)
    folded, positions = [], []
    for index, char in enumerate(text):
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        for c in base.casefold() or char:
            folded.append(c)
            positions.append(index)
    return "".join(folded), positions, text


@dataclass
class Finding:
    word: str
    alternatives: list
    explanation: str = ""
    forms: list = field(default_factory=list)  # as they appear in the text
    count: int = 0


@dataclass
class Entry:
    word: str
    forms: list
    alternatives: list
    explanation: str = ""


class Matcher:
    """Finds the entries' forms in a text. Build once, use for many texts."""

    def __init__(self, entries):
        self.entries = list(entries)
        self.by_form = {}
        for entry in self.entries:
            for form in entry.forms:
                key = " ".join(fold(form)[0].split())
                if key:
                    self.by_form.setdefault(key, entry)
        alternation = "|".join(
            r"\s+".join(re.escape(part) for part in key.split())
            for key in sorted(self.by_form, key=len, reverse=True)
        )
        self.pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if alternation else None

    def find(self, *texts):
        """Findings for all `texts` together, one per entry found, in the order of the list."""
        found = {}
        if self.pattern is None:
            return []
        for text in texts:
            if not text:
                continue
            folded, positions, original = fold(str(text))
            for match in self.pattern.finditer(folded):
                entry = self.by_form[" ".join(match.group(0).split())]
                start, end = positions[match.start()], positions[match.end() - 1] + 1
                finding = found.get(entry.word)
                if finding is None:
                    finding = found[entry.word] = Finding(
                        word=entry.word, alternatives=entry.alternatives, explanation=entry.explanation
                    )
                finding.count += 1
                form = original[start:end]
                if form.lower() not in [f.lower() for f in finding.forms]:
                    finding.forms.append(form)
        order = {entry.word: i for i, entry in enumerate(self.entries)}
        return sorted(found.values(), key=lambda f: order.get(f.word, 0))


def get_matcher():
    """A matcher over SMOL's current list (one query)."""
    from .models import FramingWord

    return Matcher(
        Entry(word=w.word, forms=w.forms, alternatives=w.alternative_list, explanation=w.explanation)
        for w in FramingWord.objects.all()
    )


def find(text, matcher=None):
    return (matcher or get_matcher()).find(text)


def page_texts(page):
    """The readable texts of a page: title, summary and every text, rich text and stream field."""
    texts = [page.title, getattr(page, "search_description", "")]
    from wagtail.models import Page

    base_fields = {f.name for f in Page._meta.get_fields()}
    for model_field in type(page)._meta.get_fields():
        name = getattr(model_field, "name", "")
        if name in base_fields or name in SKIPPED_FIELDS or not getattr(model_field, "concrete", False):
            continue
        if isinstance(model_field, (models.URLField, models.EmailField, models.SlugField)):
            continue
        value = getattr(page, model_field.attname, None)
        if not value:
            continue
        if isinstance(model_field, StreamField):
            texts.extend(str(t) for t in model_field.get_searchable_content(value))
        elif isinstance(model_field, RichTextField):
            texts.append(strip_tags(str(value)))
        elif isinstance(model_field, (models.CharField, models.TextField)):
            texts.append(str(value))
    return texts


def find_in_page(page, matcher=None):
    return (matcher or get_matcher()).find(*page_texts(page))
