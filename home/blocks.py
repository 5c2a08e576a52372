"""Shared StreamField blocks, used by every page type's body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/heading.html"
        preview_value = {"text": "Samen sterk in Limburg", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    # ImageBlock asks for alt text (or an explicit "decorative" choice).
    image = ImageBlock(label=_("afbeelding"))
    caption = blocks.CharBlock(label=_("onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding met onderschrift")
        template = "blocks/image_with_caption.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(label=_("wie zei het"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote.html"
        preview_value = {
            "text": "Samen kom je verder dan alleen.",
            "attribution": "Een vrijwilliger uit Venlo",
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"), max_length=80)
    page = blocks.PageChooserBlock(label=_("pagina"), required=False)
    url = blocks.URLBlock(label=_("of een webadres"), required=False)

    class Meta:
        icon = "link"
        label = _("Knop naar een pagina")
        template = "blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        template="blocks/paragraph.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Video of ander medium"), template="blocks/embed.html")
    call_to_action = CallToActionBlock()
