"""Receptive fields on a real picture: the theoretical box and the effective field measured by gradients.

The theoretical receptive field of a unit is every input pixel that can influence it (demo.layers
gives its box). The effective receptive field is how much each pixel actually does: the magnitude
of d unit / d pixel, measured by back-propagating from the unit through the real network. It fills
only the middle of the box and falls off roughly like a Gaussian, because a central pixel reaches
the unit along many more paths than a pixel at the border (Luo, Li, Urtasun & Zemel, "Understanding
the Effective Receptive Field in Deep Convolutional Neural Networks", NIPS 2016).
"""

from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image, ImageDraw

from demo.base import visual
from demo.cnn.backbones import load_backbone, run_to, to_input
from demo.base.device import gpu
from demo.base.errors import InputError, one_of
from demo.i18n import say
from demo.layers import LayerInfo

SHOW_SIDE = 448  # pixels; the picture is shown enlarged to about this size
MAP_SIDE = 256  # pixels; the layer's map is shown enlarged to at least this size
MASS = 0.9  # the effective field's radius is where this share of the gradient mass is reached
BOX_COLOUR = (0, 170, 255)


@dataclass(frozen=True)
class FieldMeasurement:
    overlay: np.ndarray  # uint8 (S, S, 3): the input, the gradient heat and the theoretical box
    feature: np.ndarray  # uint8: the layer's mean map, enlarged, with the chosen unit outlined
    info: LayerInfo
    unit: tuple[int, int]  # (row, column) in the layer's map
    box: tuple[float, float, float, float]  # theoretical (top, left, bottom, right), input pixels
    radius_90: float  # input pixels from the unit's centre holding MASS of the gradient
    inside: float  # share of the gradient mass inside the theoretical box (1.0 up to rounding)
    support: tuple[int, int, int, int] | None  # bounding box of non-zero gradient (top, left, bottom, right)
    note: str

    @property
    def half_width(self) -> float:
        """Half the theoretical field's side, in input pixels: the radius the effective field is held to."""
        return (self.info.rf[0] - 1) / 2


def gradient_map(features: torch.nn.Sequential, x: torch.Tensor, unit: tuple[int, int]) -> np.ndarray:
    """|d (sum over channels of the unit's activation) / d input|, summed over input channels: (H, W)."""
    x = x.detach().clone().requires_grad_(True)
    out = features(x)  # (1, C, H', W')
    out[0, :, unit[0], unit[1]].sum().backward()
    return x.grad[0].abs().sum(0).double().cpu().numpy()


def support_box(grad: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, left, bottom, right), inclusive, of the pixels with non-zero gradient."""
    rows, cols = np.flatnonzero(grad.any(1)), np.flatnonzero(grad.any(0))
    return (int(rows[0]), int(cols[0]), int(rows[-1]), int(cols[-1])) if rows.size else None


def mass_radius(grad: np.ndarray, centre: tuple[float, float], share: float = MASS) -> float:
    """Smallest radius (Chebyshev, input pixels) around `centre` holding `share` of the gradient mass."""
    total = grad.sum()
    if total <= 0:
        return 0.0
    ys, xs = np.indices(grad.shape)
    dist = np.maximum(np.abs(ys - centre[0]), np.abs(xs - centre[1])).ravel()
    order = np.argsort(dist, kind="stable")
    cumulative = np.cumsum(grad.ravel()[order]) / total
    return float(dist[order][np.searchsorted(cumulative, share)])


def unit_from_click(map_shape: tuple[int, int], px: float, py: float) -> tuple[int, int]:
    """A click at pixel (px, py) of the enlarged map `measure` returns -> the unit (row, column)."""
    f = visual.enlarge_factor(map_shape, MAP_SIDE)
    return min(max(int(py // f), 0), map_shape[0] - 1), min(max(int(px // f), 0), map_shape[1] - 1)


def _draw_box(image: np.ndarray, box, scale: float, colour, width: int = 3) -> np.ndarray:
    """Outline the input pixels top..bottom, left..right (inclusive) on an image enlarged `scale` times."""
    im = Image.fromarray(image).convert("RGB")
    top, left, bottom, right = box
    ImageDraw.Draw(im).rectangle((left * scale, top * scale, (right + 1) * scale - 1, (bottom + 1) * scale - 1),
                                 outline=colour, width=width)
    return np.asarray(im)


@gpu
def measure(name: str, picture: np.ndarray, layer: str, unit: tuple[int, int]) -> FieldMeasurement:
    """Theoretical box and effective field of `unit` (row, column) of `layer` on one picture.

    `picture` is what the network takes: a uint8 digit (28, 28) for LeNet-5 or a uint8 (224, 224, 3)
    photo for AlexNet / VGG-16 (random weights stand in when ImageNet weights are missing).
    """
    backbone = load_backbone(name, allow_random=True)
    index = backbone.layers[one_of(layer, backbone.layers, say("receptive_field.name.layer_of", network=name))]
    info = backbone.report.layers[index]
    _, h_out, w_out = info.out_shape
    if not (0 <= unit[0] < h_out and 0 <= unit[1] < w_out):
        raise InputError(say("receptive_field.err.unit", layer=layer, height=h_out, width=w_out, last_row=h_out - 1,
                             last_column=w_out - 1))
    x = to_input(backbone, picture)
    with torch.enable_grad():
        grad = gradient_map(backbone.features[: index + 1], x, unit)
    with torch.inference_mode():
        mean_map = run_to(backbone, x, layer)[0].mean(0).float().cpu().numpy()
    box = info.box(*unit)
    centre = info.centre(*unit)
    top, left, bottom, right = (max(0, int(np.ceil(box[0]))), max(0, int(np.ceil(box[1]))),
                                int(np.floor(box[2])), int(np.floor(box[3])))
    inside = grad[top:bottom + 1, left:right + 1].sum() / grad.sum() if grad.sum() > 0 else 1.0

    rgb = np.repeat(picture[..., None], 3, -1) if picture.ndim == 2 else picture
    scale = max(1, SHOW_SIDE // rgb.shape[0])
    shown = visual.enlarge(visual.overlay(rgb, grad), SHOW_SIDE)
    overlay = _draw_box(shown, box, scale, BOX_COLOUR)
    feature = visual.enlarge(visual.grey(mean_map), MAP_SIDE)
    f_scale = feature.shape[0] / h_out
    feature = _draw_box(feature, (unit[0], unit[1], unit[0], unit[1]), f_scale, (255, 60, 0), 2)
    return FieldMeasurement(overlay, feature, info, unit, box, mass_radius(grad, centre), float(inside),
                            support_box(grad), backbone.note)
