"""Test helpers shared by several test modules."""

import base64
import io
import json
import struct
import zlib

import numpy as np
import pytest
from PIL import Image


def render_digit(image28: np.ndarray, size: int = 224, canvas=(480, 360), offset=(60, 40),
                 dark_on_light: bool = True) -> Image.Image:
    """A 28x28 MNIST digit redrawn the way a person would present it: big, off-centre, on paper."""
    ink = image28 if not dark_on_light else 255 - image28
    big = Image.fromarray(ink).resize((size, size), Image.Resampling.BILINEAR)
    page = Image.new("L", canvas, 255 if dark_on_light else 0)
    page.paste(big, offset)
    return page


def png_bytes(image: Image.Image, **save_kwargs) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", **save_kwargs)
    return buf.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height pixels but which holds almost no pixel data.

    Reading it is instant; decoding it would need width x height x 3 bytes. A reader that checks
    the size before decoding refuses it at once.
    """
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


# Browser tests: how long to wait for the page to show a result (ms). A cold first inference on a
# loaded CI machine can take a few seconds.
BROWSER_TIMEOUT_MS = 20_000


def app_error(client, *args, api_name: str = "") -> str:
    """Call an endpoint that must refuse its input (or wait for a submitted job, when `client` is one); return
    the one sentence it answered with."""
    with pytest.raises(Exception) as info:
        client.result() if hasattr(client, "result") else client.predict(*args, api_name=api_name)
    message = str(info.value)
    assert "Traceback" not in message and 'File "' not in message
    return message


def _decoded(value):
    """Plotly's JSON writes NumPy arrays as {"dtype", "bdata" (base64), "shape"}: back to plain lists."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        if "shape" in value:
            array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
        return array.tolist()
    if isinstance(value, dict):
        return {k: _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value


def traces(plot) -> list[dict]:
    """The traces of a plotly figure as gradio_client returns a gr.Plot output, arrays as lists."""
    assert plot is not None and plot["type"] == "plotly"
    return _decoded(json.loads(plot["plot"])["data"])


def figure_layout(plot) -> dict:
    return json.loads(plot["plot"])["layout"]


def assert_valid_figure(fig) -> None:
    """The app builds figures without plotly's per-property validation (demo.base.plots.figure): check
    here, with plotly's own validators, that every property of `fig` exists and has a legal value."""
    import plotly.graph_objects as go

    go.Figure(fig.to_dict())  # raises ValueError naming the first invalid property


def assert_classifies_test_image(client, mnist, index: int) -> None:
    """/classify_test_example answers test image `index` with the numbers the shipped perceptron and LeNet-5
    give it, computed here from the image, each card's normalisation and the model's forward pass."""
    import copy

    import torch

    from demo.nets.weights import shipped

    _, perceptron, lenet, summary, _, _ = client.predict(index, api_name="/classify_test_example")
    assert f"True label: **{mnist.test_labels[index]}**." in summary
    for name, shown in (("perceptron", perceptron), ("lenet5", lenet)):
        model, card = shipped(name)
        model = copy.deepcopy(model).cpu().eval()  # the app's own copy stays on its device
        stats = card["normalisation"]
        x = (torch.from_numpy(mnist.test_images[index:index + 1]).float() / 255 - stats["mean"][0]) / stats["std"][0]
        with torch.inference_mode():
            expected = torch.softmax(model(x), 1)[0].numpy()
        top = np.argsort(-expected)[:3]
        assert [c["label"] for c in shown["confidences"]] == [card["classes"][i] for i in top], name
        np.testing.assert_allclose([c["confidence"] for c in shown["confidences"]], expected[top],
                                   atol=2e-3)  # LeNet-5's convolutions may run in TF32 on a GPU
        assert f"{expected[top[0]]:.1%})" in summary
