"""The whole of LeNet-5 in one picture: every layer side by side, and one unit with what it reads.

Columns, left to right: the input digit inside C1's padding ring, C1's six maps, S2's, C3's and S4's
sixteen, the fully connected layers C5 (120 units) and F6 (84), the output layer's ten scores and
the softmax's probabilities as bars. Maps share one grey scale per layer (black 0, white the
layer's high values), so strong and weak maps keep their difference; signed scores are blue-white-red.

`network_picture(trace, unit)` draws a unit outlined, the units it reads in the layer before
(a window of every input map for a convolution, one map's window for pooling, every unit, with lines
to the largest contributions, for a fully connected layer), and its receptive field on the input.
`unit_at(x, y)` is the inverse: a click on the picture -> the unit under it. Both use one layout
(`TILES`), so what is drawn is what is clicked.
"""

import functools
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from demo.cnn.trace import units as trace
from demo.base import visual
from demo.base.cache import BoundedCache

MARGIN, TITLE_BAND, GAP = 14, 40, 28  # pixels: around the picture, above the columns, between columns
CONTENT_HEIGHT = 366  # pixels: C1's six 56-pixel maps with 6-pixel gaps
INPUT_SCALE = 9  # pixels per input pixel (the 32x32 padded field is 288 pixels)
INPUT_PAD = 2  # C1's padding: the ring of zeros drawn around the digit
FONT_SIZE = 11
BACKGROUND, TEXT = (255, 255, 255), (42, 63, 95)
FRAME, PADDING = (205, 205, 205), (60, 72, 110)
UNIT, READ, FIELD = (213, 94, 0), (230, 159, 0), (0, 170, 255)  # Okabe-Ito vermillion, orange; the RF tab's blue
POSITIVE, NEGATIVE = (230, 159, 0), (0, 114, 178)  # lines to a fully connected unit's largest contributions
BAR = (0, 114, 178)
TOP_LINES = 6  # lines drawn to a fully connected unit's largest |weight x input|
READ_ALPHA = 0.4  # how strongly the read window is tinted
PICTURES_KEPT, PICTURE_BYTES = 32, 64 * 2**20  # drawn traces remembered (about 1.4 MB each)
HEADINGS = {"input": ("input (28x28)", "in C1's padding of 2"), "conv1": ("C1 conv 5x5", "6@28x28"),
            "pool1": ("S2 max-pool", "6@14x14"), "conv2": ("C3 conv 5x5", "16@10x10"),
            "pool2": ("S4 max-pool", "16@5x5"), "fc1": ("C5 fc", "120"), "fc2": ("F6 fc", "84"),
            "fc3": ("output", "scores"), "softmax": ("softmax", "probabilities")}


@dataclass(frozen=True)
class Tile:
    """One block of units on the picture: a map (channel) or all of a vector's units, column by column."""

    layer: str
    channel: int | None  # the map drawn here; None: every unit of a vector
    x: int
    y: int  # top-left pixel of unit (0, 0)
    rows: int
    cols: int  # units down and across
    pitch_x: int
    pitch_y: int  # pixels from one unit to the next
    cell_w: int
    cell_h: int  # pixels drawn per unit (less than the pitch leaves a gap between a vector's cells)

    @property
    def bounds(self) -> tuple[int, int, int, int]:
        """(x0, y0, x1, y1), end exclusive."""
        return (self.x, self.y, self.x + (self.cols - 1) * self.pitch_x + self.cell_w,
                self.y + (self.rows - 1) * self.pitch_y + self.cell_h)

    def cell(self, row: int, col: int) -> tuple[int, int, int, int]:
        """Pixels (x0, y0, x1, y1), end exclusive, of the unit at (row, col) of this tile's grid."""
        x0, y0 = self.x + col * self.pitch_x, self.y + row * self.pitch_y
        return x0, y0, x0 + self.cell_w, y0 + self.cell_h

    def box(self, top: int, left: int, bottom: int, right: int) -> tuple[int, int, int, int]:
        """Pixels of the units top..bottom, left..right (inclusive; may lie in the input's padding)."""
        return (self.x + left * self.pitch_x, self.y + top * self.pitch_y,
                self.x + right * self.pitch_x + self.cell_w, self.y + bottom * self.pitch_y + self.cell_h)

    def grid_position(self, index: int) -> tuple[int, int]:
        """A vector's unit `index` -> (row, col) on this tile (units run down the columns)."""
        return index % self.rows, index // self.rows


def _maps(layer: str, x: int, scale: int, per_column: int, gap: int = 6) -> tuple[list[Tile], int]:
    channels, h, w = trace.shape(layer)
    side = h * scale
    columns = -(-channels // per_column)
    height = per_column * side + (per_column - 1) * gap
    top = MARGIN + TITLE_BAND + (CONTENT_HEIGHT - height) // 2
    tiles = [Tile(layer, c, x + (c // per_column) * (side + gap), top + (c % per_column) * (side + gap),
                  h, w, scale, scale, scale, scale) for c in range(channels)]
    return tiles, columns * side + (columns - 1) * gap


def _vector(layer: str, x: int, rows: int, pitch: int, cell_w: int | None = None) -> tuple[list[Tile], int]:
    n = trace.shape(layer)[0]
    cols = -(-n // rows)
    width = cell_w or pitch - 1
    top = MARGIN + TITLE_BAND + (CONTENT_HEIGHT - rows * pitch) // 2
    return [Tile(layer, None, x, top, rows, cols, width + 1, pitch, width, pitch - 2)], (cols - 1) * (width + 1) + width


def _layout() -> tuple[dict[str, list[Tile]], int, int]:
    """Every layer's tiles, and the picture's width and height."""
    side = (28 + 2 * INPUT_PAD) * INPUT_SCALE
    x = MARGIN
    top = MARGIN + TITLE_BAND + (CONTENT_HEIGHT - side) // 2
    origin = INPUT_PAD * INPUT_SCALE  # unit (0, 0) sits inside the padding ring
    tiles = {"input": [Tile("input", 0, x + origin, top + origin, 28, 28, INPUT_SCALE, INPUT_SCALE,
                            INPUT_SCALE, INPUT_SCALE)]}
    x += side + GAP
    for layer, make in (("conv1", lambda x: _maps("conv1", x, 2, 6)), ("pool1", lambda x: _maps("pool1", x, 4, 6)),
                        ("conv2", lambda x: _maps("conv2", x, 4, 8)), ("pool2", lambda x: _maps("pool2", x, 8, 8)),
                        ("fc1", lambda x: _vector("fc1", x, 30, 12)), ("fc2", lambda x: _vector("fc2", x, 28, 13)),
                        ("fc3", lambda x: _vector("fc3", x, 10, 36)),
                        ("softmax", lambda x: _vector("softmax", x, 10, 36, cell_w=120))):
        tiles[layer], width = make(x)
        x += width + GAP
    return tiles, x - GAP + MARGIN, MARGIN + TITLE_BAND + CONTENT_HEIGHT + MARGIN


TILES, WIDTH, HEIGHT = _layout()


def unit_cell(u: trace.Unit) -> tuple[int, int, int, int]:
    """Pixels (x0, y0, x1, y1), end exclusive, where unit `u` is drawn."""
    if len(trace.shape(u.layer)) == 1:
        tile = TILES[u.layer][0]
        return tile.cell(*tile.grid_position(u.channel))
    return TILES[u.layer][u.channel].cell(u.row, u.column)


def unit_at(x: float, y: float, tolerance: int = 3) -> trace.Unit | None:
    """The unit drawn at pixel (x, y) of the picture (a click), or None between the layers. A click up
    to `tolerance` pixels outside a map (or in the input's padding ring) takes the nearest unit."""
    for layer, tiles in TILES.items():
        slack = INPUT_PAD * INPUT_SCALE if layer == "input" else tolerance
        for tile in tiles:
            x0, y0, x1, y1 = tile.bounds
            if not (x0 - slack <= x < x1 + slack and y0 - slack <= y < y1 + slack):
                continue
            row = min(max(int((y - tile.y) // tile.pitch_y), 0), tile.rows - 1)
            col = min(max(int((x - tile.x) // tile.pitch_x), 0), tile.cols - 1)
            if tile.channel is not None:
                return trace.Unit(layer, tile.channel, row, col)
            index = col * tile.rows + row
            return trace.Unit(layer, index) if index < trace.shape(layer)[0] else None
    return None


@functools.cache
def _font() -> ImageFont.ImageFont:
    """DejaVu Sans where the system has it (most Linux images do), else Pillow's own font."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", FONT_SIZE)
    except OSError:
        return ImageFont.load_default(size=FONT_SIZE)


def _centred(draw: ImageDraw.ImageDraw, centre_x: float, y: float, text: str, **kwargs) -> None:
    draw.text((centre_x, y), text, fill=kwargs.pop("fill", TEXT), font=_font(), anchor="ma", **kwargs)


@functools.cache
def _background() -> np.ndarray:
    """The picture without numbers: headings, map frames and the input's padding ring (drawn once)."""
    im = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(im)
    for layer, tiles in TILES.items():
        x0 = min(t.bounds[0] for t in tiles)
        x1 = max(t.bounds[2] for t in tiles)
        if layer == "input":
            x0, x1 = x0 - INPUT_PAD * INPUT_SCALE, x1 + INPUT_PAD * INPUT_SCALE
        line1, line2 = HEADINGS[layer]
        _centred(draw, (x0 + x1) / 2, MARGIN, line1)
        _centred(draw, (x0 + x1) / 2, MARGIN + FONT_SIZE + 4, line2)
        for tile in tiles:
            bx0, by0, bx1, by1 = tile.bounds
            draw.rectangle((bx0 - 1, by0 - 1, bx1, by1), outline=FRAME)
    tile = TILES["input"][0]
    ring = INPUT_PAD * INPUT_SCALE
    bx0, by0, bx1, by1 = tile.bounds
    draw.rectangle((bx0 - ring, by0 - ring, bx1 + ring - 1, by1 + ring - 1), fill=PADDING)
    return np.asarray(im)


def _enlarge(grey: np.ndarray, scale: int) -> np.ndarray:
    """uint8 (H, W) -> (H * scale, W * scale, 3)."""
    return np.repeat(np.repeat(grey, scale, 0), scale, 1)[..., None].repeat(3, -1)


_PICTURES = BoundedCache(PICTURES_KEPT, PICTURE_BYTES, lambda a: a.nbytes)


def base_picture(t: trace.Trace) -> np.ndarray:
    """uint8 (HEIGHT, WIDTH, 3): every layer of trace `t`, nothing highlighted (cached per digit)."""
    hit = _PICTURES.get(t.key)
    if hit is not None:
        return hit
    canvas = _background().copy()
    tile = TILES["input"][0]
    canvas[tile.y:tile.y + 28 * tile.pitch_y, tile.x:tile.x + 28 * tile.pitch_x] = _enlarge(t.digit, tile.pitch_x)
    for layer in ("conv1", "pool1", "conv2", "pool2"):
        maps = visual.grey_shared(t.outputs[layer])  # one scale for the whole layer
        for tile, grey in zip(TILES[layer], maps):
            canvas[tile.y:tile.y + tile.rows * tile.pitch_y, tile.x:tile.x + tile.cols * tile.pitch_x] = \
                _enlarge(grey, tile.pitch_x)
    colours = {"fc1": visual.grey_shared(t.outputs["fc1"]), "fc2": visual.grey_shared(t.outputs["fc2"]),
               "fc3": visual.diverging(t.outputs["fc3"], float(np.abs(t.outputs["fc3"]).max()))}
    for layer, values in colours.items():
        tile = TILES[layer][0]
        for i, colour in enumerate(values):
            x0, y0, x1, y1 = tile.cell(*tile.grid_position(i))
            canvas[y0:y1, x0:x1] = colour
    im = Image.fromarray(canvas)
    draw = ImageDraw.Draw(im)
    tile = TILES["fc3"][0]
    for i, score in enumerate(t.outputs["fc3"]):
        x0, y0, x1, y1 = tile.cell(i, 0)
        _centred(draw, (x0 + x1) / 2, (y0 + y1) / 2 - FONT_SIZE / 2, f"{score:.1f}", fill=(0, 0, 0))
    tile = TILES["softmax"][0]
    for i, p in enumerate(t.probabilities):
        x0, y0, x1, y1 = tile.cell(i, 0)
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=(238, 238, 238))
        if p * (x1 - x0) >= 1:
            draw.rectangle((x0, y0, x0 + round(float(p) * (x1 - x0)) - 1, y1 - 1), fill=BAR)
        draw.text((x0 + 4, (y0 + y1) / 2), f"{i}: {p:.1%}", font=_font(), anchor="lm",
                  fill=(255, 255, 255) if p > 0.5 else TEXT)
    picture = np.asarray(im)
    picture.setflags(write=False)
    _PICTURES.put(t.key, picture)
    return picture


def _tint(canvas: np.ndarray, box: tuple[int, int, int, int], colour, alpha: float) -> None:
    x0, y0, x1, y1 = (max(v, 0) for v in box)
    region = canvas[y0:y1, x0:x1]
    region[:] = np.rint(region * (1 - alpha) + np.asarray(colour) * alpha).astype(np.uint8)


def _right_middle(box) -> tuple[float, float]:
    return box[2], (box[1] + box[3]) / 2


def network_picture(t: trace.Trace, u: trace.Unit | None = None) -> np.ndarray:
    """The whole network for trace `t`; with `u`, the unit outlined, the units it reads tinted (lines
    lead to them: to a fully connected unit's TOP_LINES largest contributions, blue when negative),
    and its receptive field outlined on the input."""
    canvas = base_picture(t).copy()
    if u is None:
        return canvas
    segments = []  # (from, to, colour)
    target = unit_cell(u)
    start = (target[0], (target[1] + target[3]) / 2)
    if u.layer != "input":
        r = trace.reads(u)
        if r.box is not None:
            for channel in r.channels:
                box = TILES[r.layer][channel].box(*r.box)
                _tint(canvas, box, READ, READ_ALPHA)
                segments.append((start, _right_middle(box), READ))
        elif u.layer == "softmax":
            for i in range(trace.shape(r.layer)[0]):
                segments.append((start, _right_middle(unit_cell(trace.Unit(r.layer, i))), READ))
        else:
            a = trace.unit(t, u.layer, u.channel)
            for i in a.order[:TOP_LINES]:
                where = _input_unit(r.layer, int(i))
                segments.append((start, _right_middle(unit_cell(where)),
                                 POSITIVE if a.products[i] >= 0 else NEGATIVE))
    im = Image.fromarray(canvas)
    draw = ImageDraw.Draw(im)
    if u.layer != "input" and r.box is not None:
        for channel in r.channels:
            bx0, by0, bx1, by1 = TILES[r.layer][channel].box(*r.box)
            draw.rectangle((bx0, by0, bx1 - 1, by1 - 1), outline=READ, width=1)
    if u.layer != "input" and r.box is None:
        for tile in TILES[r.layer]:
            bx0, by0, bx1, by1 = tile.bounds
            draw.rectangle((bx0 - 2, by0 - 2, bx1 + 1, by1 + 1), outline=READ, width=1)
    for a, b, colour in segments:
        draw.line((*a, *b), fill=colour, width=1)
    top, left, bottom, right = trace.field(u)
    fx0, fy0, fx1, fy1 = TILES["input"][0].box(top, left, bottom, right)
    draw.rectangle((fx0, fy0, fx1 - 1, fy1 - 1), outline=FIELD, width=2)
    x0, y0, x1, y1 = target
    draw.rectangle((x0 - 2, y0 - 2, x1 + 1, y1 + 1), outline=UNIT, width=2)
    return np.asarray(im)


def _input_unit(layer: str, index: int) -> trace.Unit:
    """Input `index` of a fully connected layer (flattened as torch does) -> the unit of `layer` it is."""
    size = trace.shape(layer)
    if len(size) == 1:
        return trace.Unit(layer, index)
    c, rest = divmod(index, size[1] * size[2])
    return trace.Unit(layer, c, *divmod(rest, size[2]))
