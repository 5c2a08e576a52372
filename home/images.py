"""Demo and test images drawn with Pillow: no binary files in the repository, nothing downloaded."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw

PALETTE = ["#0b5e55", "#1f4e9c", "#6a2c8f", "#8a4200", "#a3262b", "#0b5e6b", "#1d6b2f", "#4a5360"]


def draw_image(text: str, width: int = 1200, height: int = 800) -> bytes:
    """A simple, recognisable picture: coloured bands and circles derived from the text."""
    digest = hashlib.sha256(text.encode()).digest()
    base = PALETTE[digest[0] % len(PALETTE)]
    second = PALETTE[digest[1] % len(PALETTE)]
    img = PILImage.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, height * 2 // 3, width, height], fill=second)
    for i in range(4):
        r = 40 + digest[2 + i] % 120
        x = digest[6 + i] * width // 255
        y = digest[10 + i] * height // 400 + height // 6
        draw.ellipse([x - r, y - r, x + r, y + r], fill="#ffffff" if i % 2 else "#ffd27a")
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def get_or_create_image(title: str, collection=None, width: int = 1200, height: int = 800):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image, False
    collection = collection or Collection.get_first_root_node()
    slug = hashlib.sha1(title.encode()).hexdigest()[:12]
    image = Image(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(draw_image(title, width, height)), name=f"demo-{slug}.jpg")
    image.save()
    return image, True
