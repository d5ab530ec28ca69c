"""demo.architectures.normalisation: the paper's LRN formula against torch's module, and what each normaliser does."""

import numpy as np
import torch

from demo.architectures import normalisation
from demo.layers import LRN


def paper_formula(a: np.ndarray, spec: LRN) -> np.ndarray:
    """Krizhevsky et al. 2012, eq. in Section 3.3: b_i = a_i / (k + alpha sum_j a_j^2)^beta, j within n/2."""
    n = a.shape[0]
    b = np.empty_like(a)
    for i in range(n):
        lo, hi = max(0, i - spec.size // 2), min(n - 1, i + spec.size // 2)
        b[i] = a[i] / (spec.k + spec.alpha * (a[lo:hi + 1] ** 2).sum(0)) ** spec.beta
    return b


def test_torch_lrn_with_the_papers_constants_is_the_papers_formula():
    a = np.random.default_rng(0).random((9, 4, 4)) * 300
    spec = LRN()
    torch_out = normalisation.paper_lrn(spec)(torch.from_numpy(a)[None])[0].numpy()
    np.testing.assert_allclose(torch_out, paper_formula(a, spec), rtol=1e-6)


def test_gabor_bank_is_zero_mean_and_unit_norm_on_grey_pictures():
    bank = normalisation.gabor_bank()
    assert bank.shape == (normalisation.ORIENTATIONS, 3, normalisation.KERNEL, normalisation.KERNEL)
    assert torch.allclose(bank.sum((1, 2, 3)), torch.zeros(len(bank)), atol=1e-5)
    # As the docstring says: the pattern seen by a grey picture (R + G + B) has unit norm...
    grey_view = bank.sum(1).flatten(1).norm(dim=1)
    torch.testing.assert_close(grey_view, torch.ones(len(bank)))
    # ...and each whole (3, k, k) filter, the same pattern / 3 on every channel, has norm 1/sqrt(3).
    torch.testing.assert_close(bank.flatten(1).norm(dim=1), torch.full((len(bank),), 3 ** -0.5))
    torch.testing.assert_close(bank[:, 0], bank[:, 2])


def test_orientations_step_evenly_through_half_a_turn():
    degrees = normalisation.orientation_degrees(8)
    np.testing.assert_allclose(degrees, [0, 22.5, 45, 67.5, 90, 112.5, 135, 157.5])
    # The stripes of the 90-degree filter run horizontally: it responds to change along y only.
    g = normalisation.gabor_bank(8)[4, 0]
    assert (g - g.flip(1)).abs().max() < 1e-6  # mirror-symmetric left to right


def test_lateral_inhibition_and_batch_norm_on_a_photo():
    rgb = np.zeros((224, 224, 3), np.uint8)
    rgb[:, ::6] = 255  # vertical stripes: one orientation channel lights up
    demo = normalisation.compare(rgb)
    # Vertical stripes change along x only. A channel's filter is cos(2 pi (x cos t + y sin t) / 6): at
    # t = 0 degrees it changes along x only, with the stripes' own period of 6 pixels, so it matches them
    # best; at t = 90 it changes along y only and sees each stripe as a constant, which its zero mean
    # cancels to nothing. Channels t and 180 - t are mirror images and see the stripes alike.
    assert demo.strongest == 0 and demo.strongest_degrees == 0.0
    peaks = demo.relu.max(axis=(1, 2))
    assert peaks[4] < 1e-3 * peaks[0] and (np.diff(peaks[:5]) < 0).all()  # 0 > 22.5 > 45 > 67.5 > 90 degrees
    np.testing.assert_allclose(peaks[1:4], peaks[:4:-1], rtol=1e-4)
    y, x = demo.pixel
    a = demo.relu[:, y, x]
    np.testing.assert_allclose(demo.lrn[:, y, x], a / demo.divisor, rtol=1e-4)
    assert demo.divisor.max() > 2 * demo.resting_divisor  # strong neighbours divide much more than silence
    for channel in demo.bn:
        if channel.std() > 0:
            assert abs(channel.mean()) < 1e-4 and abs(channel.std() - 1) < 1e-2
