"""The app through gradio_client, as a script or a notebook would call it."""

import re
from pathlib import Path

import numpy as np
import pytest
from gradio_client import handle_file
from helpers import app_error, png_header_only, render_digit
from PIL import Image, ImageDraw

from demo import thatcher

README = Path(__file__).resolve().parent.parent / "README.md"


def _api_section() -> str:
    text = README.read_text()
    start = text.index("## API")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def test_every_endpoint_is_documented_and_every_documented_one_exists(client):
    endpoints = {name.lstrip("/") for name in client.view_api(print_info=False, return_format="dict")["named_endpoints"]}
    documented = set(re.findall(r"^### `([a-z_]+)`", _api_section(), flags=re.M))
    assert endpoints == documented
    assert {"classify_digit", "thatcher"} <= endpoints


def _save(image: Image.Image, path: Path, **kwargs) -> str:
    image.save(path, **kwargs)
    return handle_file(str(path))


def _lenet_top(result) -> str:
    return result[2]["label"]


def test_classify_digit_reads_a_photo_of_a_digit(client, mnist, tmp_path):
    for i in (0, 101, 202, 303):
        page = render_digit(mnist.test_images[i, 0], offset=(200, 100))
        seen, perceptron, lenet, summary, plot = client.predict(
            _save(page, tmp_path / f"{i}.png"), api_name="/classify_digit")
        assert lenet["label"] == str(mnist.test_labels[i])
        assert len(lenet["confidences"]) == 3 and len(perceptron["confidences"]) == 3
        assert "ms" in summary and Image.open(seen).size == (224, 224)
        assert plot is not None


@pytest.mark.parametrize("kind", ["rgba", "palette", "16-bit", "jpeg", "grey"])
def test_classify_digit_accepts_every_kind_of_picture(client, mnist, tmp_path, kind):
    digit = render_digit(mnist.test_images[3, 0])  # a '1'... whatever it is, the label says
    label = str(mnist.test_labels[3])
    if kind == "rgba":
        a = 255 - np.asarray(digit)
        rgba = np.zeros(a.shape + (4,), np.uint8)
        rgba[..., 3] = a  # black ink whose opacity is the stroke: how a sketchpad saves it
        image, name = Image.fromarray(rgba, "RGBA"), "x.png"
    elif kind == "palette":
        image, name = digit.convert("P", palette=Image.Palette.ADAPTIVE, colors=16), "x.png"
    elif kind == "16-bit":
        image, name = Image.fromarray(np.asarray(digit).astype(np.uint16) * 257), "x.png"
    elif kind == "jpeg":
        image, name = digit.convert("RGB"), "x.jpg"
    else:
        image, name = digit, "x.webp"
    result = client.predict(_save(image, tmp_path / name), api_name="/classify_digit")
    assert _lenet_top(result) == label


def test_bad_uploads_get_one_sentence(client, tmp_path):
    (tmp_path / "notes.txt").write_text("not an image")
    assert "not an image" in app_error(client, handle_file(str(tmp_path / "notes.txt")),
                                            api_name="/classify_digit")
    (tmp_path / "huge.png").write_bytes(png_header_only(12_000, 12_000))
    assert "12,000 x 12,000" in app_error(client, handle_file(str(tmp_path / "huge.png")),
                                               api_name="/classify_digit")
    blank = tmp_path / "blank.png"
    Image.new("RGB", (300, 300), "white").save(blank)
    assert "No digit found" in app_error(client, handle_file(str(blank)), api_name="/classify_digit")


def test_a_real_12000_pixel_square_is_refused(client, tmp_path):
    path = tmp_path / "big.png"
    Image.new("L", (12_000, 12_000), 255).save(path, compress_level=1)
    assert "megapixels" in app_error(client, handle_file(str(path)), api_name="/classify_digit")
    # ...and the app still works afterwards.
    assert client.predict(7, api_name="/classify_test_example")[3]


def test_classify_sketch_reads_a_drawing_and_clears_on_an_empty_canvas(client, tmp_path):
    sketch = Image.new("RGBA", (280, 280), (0, 0, 0, 0))
    draw = ImageDraw.Draw(sketch)
    draw.line((70, 60, 210, 60), fill=(0, 0, 0, 255), width=18)  # a seven: the bar...
    draw.line((210, 60, 120, 240), fill=(0, 0, 0, 255), width=18)  # ...and the stem
    value = {"background": None, "layers": [], "composite": _save(sketch, tmp_path / "seven.png")}
    assert _lenet_top(client.predict(value, api_name="/classify_sketch")) == "7"
    empty = {"background": None, "layers": [],
             "composite": _save(Image.new("RGBA", (280, 280), (0, 0, 0, 0)), tmp_path / "empty.png")}
    result = client.predict(empty, api_name="/classify_sketch")
    assert not result[2] and "empty" in result[3]


def test_classify_test_example_reports_the_truth(client, mnist):
    result = client.predict(42, api_name="/classify_test_example")
    assert f"True label: **{mnist.test_labels[42]}**" in result[3]
    assert "between 0 and 999" in app_error(client, 5000, api_name="/classify_test_example")


def test_thatcher_default_face_and_an_uploaded_one(client, tmp_path):
    boxes, upside_down, upright = client.predict(
        None, *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True, api_name="/thatcher")
    assert Image.open(upright).size == Image.open(upside_down).size
    assert Image.open(boxes).width < 512  # zoomed to the face
    face = Image.open(thatcher.ASTRONAUT).resize((300, 300)).convert("RGBA")
    result = client.predict(_save(face, tmp_path / "me.png"), 0.44, 0.2, 0.2, 0.06, 0.43, 0.28, 0.1, 0.05, False,
                            api_name="/thatcher")
    assert Image.open(result[0]).size == (300, 300)


def test_thatcher_bad_input_gets_one_sentence(client, tmp_path):
    (tmp_path / "x.txt").write_text("no face")
    assert "not an image" in app_error(client, handle_file(str(tmp_path / "x.txt")),
                                            *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True,
                                            api_name="/thatcher")
    assert "2x2" in app_error(client, None, 0.5, 0.5, 0.0, 0.0, *thatcher.ASTRONAUT_MOUTH, True,
                                   api_name="/thatcher")


def test_the_app_serves_no_file_outside_its_cache(app_url):
    import httpx

    for path in (README, Path("/etc/passwd"), Path(thatcher.ASTRONAUT)):
        response = httpx.get(f"{app_url.rstrip('/')}/gradio_api/file={path}")
        assert response.status_code == 403, path
