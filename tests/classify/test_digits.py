"""demo.classify.digits: MNIST-style preprocessing and the side-by-side classification."""

import numpy as np
import pytest
from helpers import render_digit
from PIL import Image, ImageDraw

from demo.classify import digits
from demo.base.errors import InputError


def _com(image: np.ndarray) -> tuple[float, float]:
    ys, xs = np.indices(image.shape)
    m = image.astype(float)
    return (ys * m).sum() / m.sum() + 0.5, (xs * m).sum() / m.sum() + 0.5


def test_output_is_28x28_with_ink_in_a_20x20_box_centred_by_mass():
    page = Image.new("L", (500, 300), 255)
    ImageDraw.Draw(page).rectangle((350, 40, 380, 260), fill=0)  # a tall bar far off-centre
    out = digits.prepare_digit(page.convert("RGBA"))
    assert out.shape == (28, 28) and out.dtype == np.uint8
    rows = np.flatnonzero(out.max(1) > 0)
    assert rows[-1] - rows[0] + 1 == 20  # the longer side is fitted to 20 pixels
    cy, cx = _com(out)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5


def test_preprocessing_an_mnist_digit_gives_it_back(mnist):
    """A test digit, enlarged and moved on white paper, comes back close to the original.

    MNIST placed digits by whole pixels, so allow the best of the one-pixel shifts.
    """
    for i in range(0, 1000, 97):
        original = mnist.test_images[i, 0].astype(float)
        out = digits.prepare_digit(render_digit(mnist.test_images[i, 0]).convert("RGBA")).astype(float)
        corr = max(np.corrcoef(np.roll(out, (dy, dx), (0, 1)).ravel(), original.ravel())[0, 1]
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1))
        assert corr > 0.85, (i, corr)


def test_redrawn_test_digits_are_recognised_as_reliably_as_the_originals(mnist):
    rng = np.random.default_rng(0)
    n, hits_redrawn, hits_original = 300, 0, 0
    for i in rng.choice(len(mnist.test_labels), n, replace=False):
        original, label = mnist.test_images[i, 0], mnist.test_labels[i]
        offset = (int(rng.integers(0, 250)), int(rng.integers(0, 130)))
        page = render_digit(original, offset=offset, dark_on_light=bool(rng.integers(0, 2)))
        lenet = {p.model: p for p in digits.classify(digits.prepare_digit(page.convert("RGBA")))}["lenet5"]
        hits_redrawn += int(lenet.top(1)[0][0] == str(label))
        hits_original += int({p.model: p for p in digits.classify(original)}["lenet5"].top(1)[0][0] == str(label))
    assert hits_redrawn / n >= 0.97
    assert hits_redrawn >= hits_original - 6  # at most 2 points worse than the untouched digits


def test_transparent_sketch_with_black_strokes_is_read_as_ink():
    sketch = Image.new("RGBA", (280, 280), (0, 0, 0, 0))
    ImageDraw.Draw(sketch).line((140, 40, 140, 240), fill=(0, 0, 0, 255), width=18)
    out = digits.prepare_digit(sketch)
    pred = {p.model: p for p in digits.classify(out)}["lenet5"]
    assert pred.top(1)[0][0] == "1"


def test_empty_or_flat_pictures_are_refused():
    for blank in (Image.new("RGBA", (280, 280), (0, 0, 0, 0)), Image.new("RGBA", (50, 50), (128, 128, 128, 255))):
        with pytest.raises(InputError, match="No digit found"):
            digits.prepare_digit(blank)


def test_predictions_are_probabilities_with_latency(mnist):
    preds = digits.classify(mnist.test_images[0, 0])
    assert [p.model for p in preds] == list(digits.CLASSIFIERS)
    for p in preds:
        assert p.probabilities.shape == (10,) and p.probabilities.sum() == pytest.approx(1, abs=1e-5)
        assert len(p.top(3)) == 3 and p.top(3)[0][1] >= p.top(3)[1][1] >= p.top(3)[2][1]
        assert p.latency_ms > 0


def test_wrong_shape_and_index_are_one_sentence():
    with pytest.raises(InputError, match="28x28"):
        digits.classify(np.zeros((32, 32), np.uint8))
    with pytest.raises(InputError, match="between 0 and 999"):
        digits.test_example(1000)


def test_a_28x28_picture_is_taken_as_it_is(mnist):
    """digit_from_picture keeps a digit that was moved on purpose where it is (either polarity)."""
    from PIL import Image

    moved = np.zeros((28, 28), np.uint8)
    moved[2:20, 1:6] = 255  # a stroke in the top-left corner: prepare_digit would centre it
    np.testing.assert_array_equal(digits.digit_from_picture(Image.fromarray(moved)), moved)
    np.testing.assert_array_equal(digits.digit_from_picture(Image.fromarray(255 - moved)), moved)
    assert digits.digit_from_picture(Image.fromarray(moved).resize((56, 56)))[14, 14] > 0  # larger: centred
