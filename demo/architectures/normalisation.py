"""Local response normalisation against batch normalisation, on the maps of a real first layer.

AlexNet (Krizhevsky et al. 2012, Section 3.3) divides each activation by the energy of the same
position in `size` neighbouring channels: a strongly active channel suppresses its neighbours
("lateral inhibition", as in real neurons). Batch norm (Ioffe & Szegedy 2015) instead standardises
each channel on its own, over the batch and all positions; it does not compare channels at all.

The first layer here is a bank of oriented Gabor filters (11x11, stride 4, like AlexNet's first
convolution, whose learnt filters look much like them). Neighbouring channels have neighbouring
orientations, so the inhibition is easy to see. Pixels enter as the paper fed them: 0-255 with the
mean subtracted, which sets the scale at which the paper's constants matter.
"""

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from demo.layers import LRN

ORIENTATIONS = 8  # channels 0..7: orientations 0, 22.5, ... 157.5 degrees, so neighbours are similar
KERNEL = 11  # pixels, AlexNet's first-layer size
STRIDE = 4
WAVELENGTH = 6.0  # pixels per stripe pair
SIGMA = 2.5  # pixels, the Gaussian envelope


def orientation_degrees(orientations: int = ORIENTATIONS) -> np.ndarray:
    """(orientations,) the angle of each channel's stripes in degrees: 0, 180/n, ..., 180 - 180/n."""
    return np.arange(orientations) * 180.0 / orientations


def gabor_bank(orientations: int = ORIENTATIONS, size: int = KERNEL) -> torch.Tensor:
    """Zero-mean Gabor filters on luminance, (orientations, 3, size, size).

    Each orientation's pattern g has unit L2 norm and is laid on R, G and B as g / 3, so a grey
    picture (R = G = B) is filtered by exactly g; the whole (3, size, size) filter has norm 1/sqrt(3).
    """
    r = (size - 1) / 2
    y, x = torch.meshgrid(torch.linspace(-r, r, size), torch.linspace(-r, r, size), indexing="ij")
    filters = []
    for i in range(orientations):
        theta = torch.tensor(np.radians(orientation_degrees(orientations)[i]))
        u = x * torch.cos(theta) + y * torch.sin(theta)
        g = torch.exp(-(x ** 2 + y ** 2) / (2 * SIGMA ** 2)) * torch.cos(2 * np.pi * u / WAVELENGTH)
        g = g - g.mean()
        filters.append(g / g.norm())
    bank = torch.stack(filters)[:, None].repeat(1, 3, 1, 1) / 3  # the same filter on R, G and B
    return bank


def paper_lrn(spec: LRN = LRN()) -> nn.LocalResponseNorm:
    """torch's LRN with the paper's constants. torch divides alpha by `size`; the paper does not."""
    return nn.LocalResponseNorm(spec.size, alpha=spec.alpha * spec.size, beta=spec.beta, k=spec.k)


@dataclass(frozen=True)
class NormalisationDemo:
    relu: np.ndarray  # (C, H, W) after the first convolution and ReLU
    lrn: np.ndarray  # (C, H, W) after LRN
    bn: np.ndarray  # (C, H, W) after batch norm (statistics of this one picture)
    pixel: tuple[int, int]  # where the strongest channel peaks
    strongest: int  # that channel
    divisor: np.ndarray  # (C,) LRN's divisor (k + alpha * sum a^2)^beta at that pixel
    resting_divisor: float  # k^beta: the divisor where all neighbours are silent
    orientations: np.ndarray  # (C,) each channel's filter orientation in degrees

    @property
    def strongest_degrees(self) -> float:
        return float(self.orientations[self.strongest])


def compare(rgb: np.ndarray, spec: LRN = LRN()) -> NormalisationDemo:
    """First-layer maps of an RGB photo (H, W, 3) uint8, then LRN and batch norm of them."""
    x = torch.from_numpy(rgb.astype(np.float32)).permute(2, 0, 1)[None]
    x = x - x.mean(dim=(2, 3), keepdim=True)  # the paper subtracted the mean image; we, its mean colour
    with torch.inference_mode():
        relu = F.relu(F.conv2d(x, gabor_bank(), stride=STRIDE))
        lrn = paper_lrn(spec)(relu)
        bn = F.batch_norm(relu, None, None, training=True)  # per-channel standardisation, no affine
    c, y, xx = np.unravel_index(int(relu[0].argmax()), relu.shape[1:])
    a = relu[0, :, y, xx].double().numpy()
    half = spec.size // 2
    energy = np.array([(a[max(0, i - half): i + half + 1] ** 2).sum() for i in range(len(a))])
    divisor = (spec.k + spec.alpha * energy) ** spec.beta
    return NormalisationDemo(relu[0].numpy(), lrn[0].numpy(), bn[0].numpy(), (int(y), int(xx)), int(c),
                             divisor, spec.k ** spec.beta, orientation_degrees(len(a)))
