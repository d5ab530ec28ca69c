"""The Thatcher illusion (Thompson, "Margaret Thatcher: a new illusion", Perception 1980).

Flip the eyes and the mouth of a face upside down in place. Turned upside down, the altered face
looks almost normal; upright, it looks grotesque. We read upright faces by the configuration of
their parts and upside-down faces part by part: our perception is not a faithful camera.

Boxes are given as fractions of the image (centre x, centre y, width, height), so the same
settings fit any upload size. The flipped regions are blended in with a feathered edge so no seam
gives the trick away.
"""

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from demo.base import config
from demo.base.errors import InputError, named
from demo.i18n import say
from demo.base.images import open_image

ASTRONAUT = config.IMAGES_DIR / "astronaut.png"  # Eileen Collins, NASA, public domain
# Where the eyes and the mouth are in the bundled photograph (fractions of its 512x512 pixels).
ASTRONAUT_EYES = (0.44, 0.198, 0.19, 0.055)
ASTRONAUT_MOUTH = (0.435, 0.283, 0.105, 0.042)
MIN_BOX_PIXELS = 8  # a flipped patch smaller than this has no room for its feathered edge
FEATHER = 0.15  # fraction of a box's smaller side over which the flipped patch fades in
FACE_MARGIN = 1.05  # the face crop spans this many eye-box widths on each side of the centre
PAIR_GAP = 12  # pixels of white between the two faces of a pair
OUTPUT_HEIGHT = 320  # pixels; each face of a pair is scaled to this height
# A box's four numbers, by the keys of their names in demo.i18n's tables (also the sliders' labels).
PARTS = ("overview.name.centre_x", "overview.name.centre_y", "overview.name.width", "overview.name.height")


@dataclass(frozen=True)
class Box:
    """A box as fractions of the image: centre (cx, cy), width w, height h."""

    cx: float
    cy: float
    w: float
    h: float

    @classmethod
    def of(cls, cx, cy, w, h, name: str = "overview.name.box") -> "Box":
        """A Box from four numbers (or their text), each a fraction of the image between 0 and 1; `name`
        (a key of demo.i18n's tables, or words) names the box in an error sentence."""
        values = []
        for value, part in zip((cx, cy, w, h), PARTS):
            try:
                number = float(value)
            except (TypeError, ValueError, OverflowError):
                number = float("nan")
            if not 0.0 <= number <= 1.0:  # NaN fails too
                raise InputError(say("overview.err.box_value", box=named(name), part=say(part),
                                     value=repr(str(value)[:40])))
            values.append(number)
        return cls(*values)

    def pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) in pixels, clipped to the image."""
        left = max(0, round((self.cx - self.w / 2) * width))
        top = max(0, round((self.cy - self.h / 2) * height))
        right = min(width, round((self.cx + self.w / 2) * width))
        bottom = min(height, round((self.cy + self.h / 2) * height))
        if right - left < MIN_BOX_PIXELS or bottom - top < MIN_BOX_PIXELS:
            raise InputError(say("overview.err.box_too_small", width=max(0, right - left), height=max(0, bottom - top),
                                 picture_width=width, picture_height=height, least=MIN_BOX_PIXELS))
        return left, top, right, bottom


def flip_region(image: Image.Image, box: Box) -> Image.Image:
    """`image` with the region in `box` flipped upside down in place, blended at the edges."""
    left, top, right, bottom = box.pixels(*image.size)
    patch = image.crop((left, top, right, bottom)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    w, h = patch.size
    pad = max(1, round(FEATHER * min(w, h)))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rectangle((pad, pad, w - 1 - pad, h - 1 - pad), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(pad / 3))  # 3 sigma: opaque from 2 * pad inwards
    out = image.copy()
    out.paste(patch, (left, top), mask)
    return out


def thatcherize(image: Image.Image, eyes: Box, mouth: Box) -> Image.Image:
    """Eyes and mouth flipped in place. A box over both eyes flips each eye where it stands."""
    return flip_region(flip_region(image, eyes), mouth)


def face_crop(size: tuple[int, int], eyes: Box, mouth: Box) -> tuple[int, int, int, int]:
    """A square around the face implied by the boxes, so the face fills the frame."""
    width, height = size
    cx = (eyes.cx * width + mouth.cx * width) / 2
    cy = (eyes.cy * height + mouth.cy * height) / 2
    half = FACE_MARGIN * max(eyes.w * width, 2.5 * abs(mouth.cy - eyes.cy) * height)
    left, top = max(0, round(cx - half)), max(0, round(cy - half))
    return left, top, min(width, round(cx + half)), min(height, round(cy + half))


def draw_boxes(image: Image.Image, eyes: Box, mouth: Box) -> Image.Image:
    """A copy of `image` with the eye box (blue) and the mouth box (orange) outlined."""
    out = image.convert("RGB")
    draw = ImageDraw.Draw(out)
    line = max(2, round(min(out.size) / 200))
    for box, colour in ((eyes, (40, 110, 255)), (mouth, (255, 140, 0))):
        draw.rectangle(box.pixels(*out.size), outline=colour, width=line)
    return out


def side_by_side(a: Image.Image, b: Image.Image) -> Image.Image:
    """Two images scaled to `OUTPUT_HEIGHT`, next to each other on white."""
    a, b = (im.resize((max(1, round(im.width * OUTPUT_HEIGHT / im.height)), OUTPUT_HEIGHT),
                      Image.Resampling.LANCZOS) for im in (a, b))
    out = Image.new("RGB", (a.width + PAIR_GAP + b.width, OUTPUT_HEIGHT), "white")
    out.paste(a, (0, 0))
    out.paste(b, (a.width + PAIR_GAP, 0))
    return out


def thatcher_illusion(image: Image.Image, eyes: Box, mouth: Box, crop_to_face: bool = True):
    """The illusion as three pictures: (the boxes on the photo, upside-down pair, upright pair).

    Each pair shows the original on the left and the Thatcherised face on the right. With
    `crop_to_face`, all three are cropped to the face the boxes imply.
    """
    image = image.convert("RGB")
    altered = thatcherize(image, eyes, mouth)
    boxes = draw_boxes(image, eyes, mouth)
    if crop_to_face:
        region = face_crop(image.size, eyes, mouth)
        image, altered, boxes = image.crop(region), altered.crop(region), boxes.crop(region)
    rotate = Image.Transpose.ROTATE_180
    upside_down = side_by_side(image.transpose(rotate), altered.transpose(rotate))
    upright = side_by_side(image, altered)
    return boxes, upside_down, upright


def load_face(source=None) -> Image.Image:
    """The face to alter: an upload (path, bytes or image) read safely, or the bundled astronaut."""
    return Image.open(ASTRONAUT).convert("RGB") if source is None else open_image(source).convert("RGB")
