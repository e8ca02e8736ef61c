"""Abstract illustrations that stand in for news photos, drawn with Pillow.

Each section has its own palette and a few motifs (a crowd, a skyline, bars,
waves, a pitch, columns, gears, soft orbs), so a front page of demo stories
looks composed rather than random. Everything is drawn locally: no network,
no font download. A picture costs a few tens of milliseconds.
"""

from __future__ import annotations

import functools
import io
import math
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from articles.text import fold

WIDTH, HEIGHT = 1200, 675
JPEG_QUALITY = 78
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

Color = tuple[int, int, int]

# Per section: four background corners (top-left, top-right, bottom-left,
# bottom-right), two accents, and the motifs drawn over the background.
PALETTES: dict[
    str, tuple[tuple[Color, Color, Color, Color], tuple[Color, Color], tuple[str, ...]]
] = {
    "cong-doan": (
        ((122, 16, 28), (196, 46, 38), (70, 10, 22), (232, 120, 50)),
        ((255, 214, 120), (255, 245, 230)),
        ("crowd", "gears", "orbs"),
    ),
    "hoat-dong": (
        ((190, 70, 40), (240, 150, 60), (120, 30, 40), (250, 196, 90)),
        ((255, 250, 235), (130, 20, 30)),
        ("crowd", "bands", "orbs", "gears"),
    ),
    "thoi-su": (
        ((16, 36, 72), (40, 84, 140), (10, 20, 44), (90, 140, 190)),
        ((230, 240, 250), (250, 200, 90)),
        ("skyline", "bands", "orbs"),
    ),
    "kinh-te": (
        ((8, 70, 72), (20, 120, 110), (6, 40, 50), (200, 170, 70)),
        ((250, 220, 120), (225, 250, 240)),
        ("bars", "skyline", "orbs"),
    ),
    "xa-hoi": (
        ((40, 120, 170), (110, 190, 200), (30, 80, 130), (180, 225, 210)),
        ((255, 255, 255), (250, 170, 120)),
        ("crowd", "waves", "orbs"),
    ),
    "phap-luat": (
        ((28, 28, 44), (60, 56, 96), (16, 16, 28), (110, 90, 70)),
        ((220, 185, 110), (235, 235, 245)),
        ("columns", "bands", "orbs"),
    ),
    "van-hoa": (
        ((90, 24, 80), (170, 60, 110), (50, 16, 60), (240, 170, 130)),
        ((255, 236, 200), (255, 200, 90)),
        ("waves", "orbs", "bands"),
    ),
    "the-thao": (
        ((20, 100, 50), (60, 150, 70), (10, 60, 36), (150, 200, 80)),
        ((255, 255, 255), (250, 230, 90)),
        ("pitch", "orbs", "bands"),
    ),
}


def _mix(a: Color, b: Color, t: float) -> Color:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _background(corners: tuple[Color, Color, Color, Color]) -> Image.Image:
    """A smooth four-corner gradient: a 2x2 picture blown up bilinearly."""
    small = Image.new("RGB", (2, 2))
    small.putdata(list(corners))
    return small.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR)


def _rgba(color: Color, alpha: int) -> tuple[int, int, int, int]:
    return (*color, alpha)


def _orbs(
    draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color], scale: float = 1
) -> None:
    for _ in range(rng.randint(4, 7)):
        r = rng.randint(60, 260) * scale
        x = rng.randint(-80, WIDTH + 80) * scale
        y = rng.randint(-80, HEIGHT + 80) * scale
        draw.ellipse((x - r, y - r, x + r, y + r), fill=_rgba(rng.choice(accents), 46))


def _bands(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    slope = rng.uniform(-0.6, 0.6)
    for _ in range(rng.randint(3, 5)):
        y0, thick = rng.randint(-200, HEIGHT + 100), rng.randint(30, 140)
        points = [
            (-50, y0),
            (WIDTH + 50, y0 + slope * WIDTH),
            (WIDTH + 50, y0 + slope * WIDTH + thick),
            (-50, y0 + thick),
        ]
        draw.polygon(points, fill=_rgba(rng.choice(accents), rng.randint(28, 70)))


def _crowd(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    """Rows of stylised people, seen from behind, as at a meeting."""
    rows = rng.randint(2, 3)
    for row in range(rows):
        scale = 0.55 + 0.3 * row
        head = int(34 * scale)
        base_y = HEIGHT - 60 + int(row * 40 * scale) - int((rows - 1) * 55)
        step = int(head * 3.1)
        offset = rng.randint(0, step)
        alpha = 90 + 55 * row
        color = accents[row % 2] if row < rows - 1 else (24, 16, 20)
        for x in range(-step + offset, WIDTH + step, step):
            cx = x + rng.randint(-10, 10)
            cy = base_y - int(head * 2.6) + rng.randint(-8, 8)
            draw.ellipse((cx - head, cy - head, cx + head, cy + head), fill=_rgba(color, alpha))
            draw.rounded_rectangle(
                (cx - int(head * 1.6), cy + int(head * 1.2), cx + int(head * 1.6), HEIGHT + 40),
                radius=int(head * 1.2),
                fill=_rgba(color, alpha),
            )


def _gears(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    for _ in range(rng.randint(2, 3)):
        cx, cy = rng.randint(100, WIDTH - 100), rng.randint(80, HEIGHT - 80)
        r, teeth = rng.randint(90, 210), rng.randint(10, 16)
        points = []
        for i in range(teeth * 4):
            angle = 2 * math.pi * i / (teeth * 4)
            radius = r if (i // 2) % 2 == 0 else r * 0.84
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        color = rng.choice(accents)
        draw.polygon(points, fill=_rgba(color, 70))
        hole = int(r * 0.38)
        draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), fill=_rgba((20, 10, 10), 60))


def _skyline(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    for layer, alpha in ((0, 70), (1, 150)):
        x = -20
        while x < WIDTH:
            w = rng.randint(50, 130)
            h = rng.randint(120, 380) - layer * 70
            top = HEIGHT - h
            color = accents[1] if layer == 0 else (12, 18, 30)
            draw.rectangle((x, top, x + w, HEIGHT), fill=_rgba(color, alpha))
            if layer == 1:
                for wy in range(top + 16, HEIGHT - 10, 26):
                    for wx in range(x + 10, x + w - 12, 20):
                        if rng.random() < 0.45:
                            draw.rectangle((wx, wy, wx + 8, wy + 12), fill=_rgba(accents[0], 170))
            x += w + rng.randint(4, 18)


def _bars(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    n = rng.randint(7, 11)
    width = WIDTH // (n + 2)
    heights = [rng.randint(80, 200)]
    for _ in range(n - 1):
        heights.append(max(60, min(520, heights[-1] + rng.randint(-40, 70))))
    points = []
    for i, h in enumerate(heights):
        x = width * (i + 1)
        draw.rectangle((x, HEIGHT - h, x + int(width * 0.7), HEIGHT), fill=_rgba(accents[1], 90))
        points.append((x + width * 0.35, HEIGHT - h - 40))
    draw.line(points, fill=_rgba(accents[0], 230), width=7, joint="curve")
    for px, py in points:
        draw.ellipse((px - 9, py - 9, px + 9, py + 9), fill=_rgba(accents[0], 255))


def _waves(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    for i in range(rng.randint(5, 8)):
        amp, period = rng.randint(20, 70), rng.randint(300, 700)
        phase, base = rng.uniform(0, 6.3), 120 + i * rng.randint(50, 80)
        points = [
            (x, base + amp * math.sin(phase + 2 * math.pi * x / period))
            for x in range(-10, WIDTH + 20, 12)
        ]
        draw.line(points, fill=_rgba(accents[i % 2], 110), width=rng.randint(4, 14))


def _pitch(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    white = _rgba(accents[0], 120)
    for x in range(0, WIDTH, 150):
        draw.rectangle((x, 0, x + 75, HEIGHT), fill=(255, 255, 255, 14))
    draw.rectangle((60, 50, WIDTH - 60, HEIGHT - 50), outline=white, width=5)
    draw.line((WIDTH // 2, 50, WIDTH // 2, HEIGHT - 50), fill=white, width=5)
    r = 110
    draw.ellipse(
        (WIDTH // 2 - r, HEIGHT // 2 - r, WIDTH // 2 + r, HEIGHT // 2 + r), outline=white, width=5
    )
    draw.rectangle((60, HEIGHT // 2 - 150, 230, HEIGHT // 2 + 150), outline=white, width=5)
    draw.rectangle(
        (WIDTH - 230, HEIGHT // 2 - 150, WIDTH - 60, HEIGHT // 2 + 150), outline=white, width=5
    )
    bx, by, br = rng.randint(300, WIDTH - 300), rng.randint(150, HEIGHT - 150), 34
    draw.ellipse((bx - br, by - br, bx + br, by + br), fill=_rgba(accents[1], 235))


def _columns(draw: ImageDraw.ImageDraw, rng: random.Random, accents: tuple[Color, Color]) -> None:
    gold = accents[0]
    n = rng.randint(4, 6)
    left, right = 200, WIDTH - 200
    step = (right - left) // (n - 1)
    top, bottom = 250, HEIGHT - 70
    draw.polygon(
        [(left - 90, top - 20), (WIDTH // 2, 90), (right + 90, top - 20)], fill=_rgba(gold, 120)
    )
    draw.rectangle((left - 90, top - 20, right + 90, top + 10), fill=_rgba(gold, 150))
    for i in range(n):
        x = left + i * step
        draw.rectangle((x - 26, top + 10, x + 26, bottom), fill=_rgba(accents[1], 110))
        draw.rectangle((x - 38, bottom, x + 38, bottom + 18), fill=_rgba(gold, 140))
    draw.rectangle((left - 110, bottom + 18, right + 110, bottom + 40), fill=_rgba(gold, 150))


MOTIFS: dict[str, Callable[[ImageDraw.ImageDraw, random.Random, tuple[Color, Color]], None]] = {
    "orbs": _orbs,
    "bands": _bands,
    "crowd": _crowd,
    "gears": _gears,
    "skyline": _skyline,
    "bars": _bars,
    "waves": _waves,
    "pitch": _pitch,
    "columns": _columns,
}


@functools.cache
def _vignette() -> Image.Image:
    """Black, transparent at the top and darkening the bottom, where the label sits."""
    shade = Image.linear_gradient("L").resize((WIDTH, HEIGHT)).point(lambda v: max(0, v - 150))
    black = Image.new("L", (WIDTH, HEIGHT), 0)
    return Image.merge("RGBA", (black, black, black, shade))


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if _DEJAVU.exists():
        return ImageFont.truetype(str(_DEJAVU), size)
    return ImageFont.load_default(size=size)


def render(section: str, index: int, label: str) -> bytes:
    """A JPEG illustration for ``section``; ``index`` varies motif and layout."""
    corners, accents, motifs = PALETTES.get(section, PALETTES["thoi-su"])
    rng = random.Random(f"newsroom-demo-art:{section}:{index}")
    if rng.random() < 0.5:  # mirror the gradient now and then
        corners = (corners[1], corners[0], corners[3], corners[2])
    picture = _background(corners).convert("RGBA")

    # Soft light: orbs drawn small, blurred, then blown up.
    soft = Image.new("RGBA", (WIDTH // 4, HEIGHT // 4), (0, 0, 0, 0))
    _orbs(ImageDraw.Draw(soft), rng, accents, scale=0.25)
    soft = soft.filter(ImageFilter.GaussianBlur(6))
    picture.alpha_composite(soft.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR))

    motif = motifs[index % len(motifs)]
    if motif != "orbs":
        layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
        MOTIFS[motif](ImageDraw.Draw(layer), rng, accents)
        picture.alpha_composite(layer)

    picture.alpha_composite(_vignette())
    _caption_label(picture, label, _mix(accents[0], (255, 255, 255), 0.6))

    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def _caption_label(picture: Image.Image, label: str, color: Color) -> None:
    # Pillow's built-in font has no Vietnamese marks: fold them away then.
    text = label if _DEJAVU.exists() else fold(label).upper().replace("·", "-")
    draw = ImageDraw.Draw(picture)
    # Inset enough to survive the crop of a wide front-page slot.
    draw.text((96, HEIGHT - 50), text, font=_font(22), fill=_rgba(color, 210))
