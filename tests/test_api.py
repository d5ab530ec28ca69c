"""The app through gradio_client, as a script or a notebook would call it."""

import re
from pathlib import Path

import numpy as np
import pytest
from gradio_client import handle_file
from helpers import app_error, assert_classifies_test_image, png_header_only, render_digit, traces
from PIL import Image, ImageDraw

from demo.overview import thatcher

README = Path(__file__).resolve().parent.parent / "README.md"


def _api_section() -> str:
    text = README.read_text()
    start = text.index("## API")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def _endpoint_sections() -> dict[str, str]:
    """README's text about each endpoint: its own section, plus the sections it refers to ("as `x`")."""
    parts = re.split(r"^### `([a-z_]+)`", _api_section(), flags=re.M)
    own = dict(zip(parts[1::2], parts[2::2]))
    return {name: text + "".join(own.get(ref, "") for ref in re.findall(r"as `([a-z_]+)`", text))
            for name, text in own.items()}


def _number(value: float) -> str:
    return f"{value:,g}" if value != int(value) else f"{int(value):,}"


def test_every_endpoint_is_documented_and_every_documented_one_exists(client):
    endpoints = {name.lstrip("/") for name in client.view_api(print_info=False, return_format="dict")["named_endpoints"]}
    documented = set(re.findall(r"^### `([a-z_]+)`", _api_section(), flags=re.M))
    assert endpoints == documented
    assert {"classify_digit", "thatcher"} <= endpoints


def _public_inputs(client):
    """(endpoint, parameter name, component props, component type) for every input of every public endpoint."""
    components = {c["id"]: c for c in client.config["components"]}
    named = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    for dep in client.config["dependencies"]:
        if dep.get("api_visibility") != "public" or not dep.get("api_name"):
            continue
        params = named[f"/{dep['api_name']}"]["parameters"]
        for component_id, param in zip(dep["inputs"], params, strict=True):
            component = components[component_id]
            yield dep["api_name"], param["parameter_name"], component["props"], component["type"]


def test_readme_gives_every_parameters_range_and_choices(client):
    """What README says a parameter takes is what the page offers (and, see below, what the code accepts)."""
    sections = _endpoint_sections()
    missing = []
    for endpoint, name, props, _ in _public_inputs(client):
        text = sections[endpoint]
        if f"`{name}`" not in text:
            missing.append(f"{endpoint}: parameter `{name}` is not named")
        low, high = props.get("minimum"), props.get("maximum")
        if low is not None and high is not None and f"{_number(low)}-{_number(high)}" not in text:
            missing.append(f"{endpoint}: `{name}` takes {_number(low)}-{_number(high)}")
        for choice in props.get("choices") or []:
            value = choice[1] if isinstance(choice, (list, tuple)) else choice
            if not re.search(rf"(?<![\w-]){re.escape(str(value))}(?![\w-])", text):
                missing.append(f"{endpoint}: `{name}` choice {value!r}")
    assert missing == []


def test_the_code_refuses_one_step_past_every_documented_range(client, mnist, tmp_path):
    """Each endpoint refuses, with one sentence, a number just outside the range its page offers: here the
    controls no form declares (their range follows what they show: a layer's units, a network's steps);
    tests/test_forms.py checks every form's fields."""
    from demo.app import TABS

    digit = str(tmp_path / "digit.png")
    render_digit(mnist.test_images[0, 0]).save(digit)
    files = {"image": handle_file(digit), "imageeditor": {"background": None, "layers": [],
                                                          "composite": handle_file(digit)}}
    declared = {f.elem_id for *_, form in TABS for f in form}
    inputs = list(_public_inputs(client))
    calls = []
    for endpoint, name, props, _ in inputs:
        low, high = props.get("minimum"), props.get("maximum")
        if low is None or high is None or endpoint == "receptive_field" or props.get("elem_id") in declared:
            continue  # receptive_field: its unit range depends on the layer
        args = {}
        for other_endpoint, other, other_props, kind in inputs:
            if other_endpoint == endpoint:
                args[other] = other_props.get("value") if kind not in files else files[kind]
        step = props.get("step") or 1
        for outside in (low - step, high + step):
            calls.append(((endpoint, name, outside),
                          client.submit(*{**args, name: outside}.values(), api_name=f"/{endpoint}")))
    assert len(calls) >= 8
    for what, job in calls:
        message = app_error(job)
        # Ours ("... must be between 1 and 4; got 5."), or gradio's own for preprocessed events.
        assert re.search(r"must be|between|(minimum|maximum) value", message), (what, message)


def _save(image: Image.Image, path: Path, **kwargs) -> str:
    image.save(path, **kwargs)
    return handle_file(str(path))


def _lenet_top(result) -> str:
    return result[2]["label"]


def test_classify_digit_reads_a_photo_of_a_digit(client, mnist, tmp_path):
    for i in (0, 101, 202, 303):
        page = render_digit(mnist.test_images[i, 0], offset=(200, 100))
        seen, perceptron, lenet, summary, plot, yours = client.predict(
            _save(page, tmp_path / f"{i}.png"), api_name="/classify_digit")
        assert lenet["label"] == str(mnist.test_labels[i])
        assert len(lenet["confidences"]) == 3 and len(perceptron["confidences"]) == 3
        assert "ms" in summary and Image.open(seen).size == (224, 224)
        perceptron_bars, lenet_bars = traces(plot)
        assert lenet_bars["x"] == [str(d) for d in range(10)] and abs(sum(lenet_bars["y"]) - 1) < 1e-6
        assert lenet_bars["x"][lenet_bars["y"].index(max(lenet_bars["y"]))] == lenet["label"]


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


def test_a_real_12000_pixel_square_is_refused(client, mnist, tmp_path):
    path = tmp_path / "big.png"
    Image.new("L", (12_000, 12_000), 255).save(path, compress_level=1)
    assert "megapixels" in app_error(client, handle_file(str(path)), api_name="/classify_digit")
    # ...and the app still works afterwards: the right numbers for test image 7.
    assert_classifies_test_image(client, mnist, 7)


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


def test_a_korean_browser_reads_the_classify_summary_and_its_errors_in_korean(app_url, mnist):
    """Accept-Language: ko-KR -> the summary and the refusal are Korean; the numbers and labels the same."""
    from gradio_client import Client

    ko = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.8"})
    summary = ko.predict(42, api_name="/classify_test_example")[3]
    assert f"정답 레이블: **{mnist.test_labels[42]}**" in summary and "**LeNet-5**: " in summary
    assert "퍼셉트론" in summary and "True label" not in summary
    message = app_error(ko, 5000, api_name="/classify_test_example")
    assert "테스트 이미지 번호은(는) 0에서 999 사이여야 합니다. 받은 값: 5,000." in message, message
    assert "run 9" in app_error(ko, 42, "run 9", api_name="/classify_test_example")  # the value stays
    assert re.search("[가-힣]", app_error(ko, 42, "run 9", api_name="/classify_test_example"))


def test_thatcher_default_face_and_an_uploaded_one(client, tmp_path):
    boxes, upside_down, upright = client.predict(
        None, *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True, api_name="/thatcher")
    assert Image.open(upright).size == Image.open(upside_down).size
    assert Image.open(boxes).width < 512  # zoomed to the face
    face = Image.open(thatcher.ASTRONAUT).resize((300, 300)).convert("RGBA")
    result = client.predict(_save(face, tmp_path / "me.png"), 0.44, 0.2, 0.2, 0.06, 0.43, 0.28, 0.1, 0.05, False,
                            api_name="/thatcher")
    assert Image.open(result[0]).size == (300, 300)


def test_fooled_digit_beside_the_illusion_is_the_perceptrons_attack(client):
    """The Overview's digit is the Perceptron tab's attack with its defaults: the same pictures, the same answer."""
    original, changed, sentence = client.predict(0, 25, api_name="/fooled_digit")
    _, _, adversarial, _, table, _ = client.predict(None, 0, "perceptron", "none", 25, "fgsm", 10,
                                                    api_name="/adversarial")
    small = [np.asarray(Image.open(f).convert("L"))[::6, ::6] for f in (original, changed)]
    assert np.array_equal(small[1], np.asarray(Image.open(adversarial).convert("L"))[::8, ::8])
    assert 0 < np.abs(small[1].astype(int) - small[0]).max() <= 25
    assert "The perceptron said **0**" in sentence and "it says **8**" in sentence, sentence
    assert "| Perceptron | 0 (" in table or "| perceptron | 0 (" in table, table


def test_thatcher_bad_input_gets_one_sentence(client, tmp_path):
    (tmp_path / "x.txt").write_text("no face")
    assert "not an image" in app_error(client, handle_file(str(tmp_path / "x.txt")),
                                            *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True,
                                            api_name="/thatcher")
    assert "at least 8 x 8" in app_error(client, None, 0.5, 0.5, 0.0, 0.0, *thatcher.ASTRONAUT_MOUTH, True,
                                   api_name="/thatcher")


def test_thatcher_answers_a_korean_browser_in_korean(app_url, tmp_path):
    from gradio_client import Client

    korean = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR"})
    (tmp_path / "x.txt").write_text("no face")
    assert "읽을 수 있는 이미지가 아닙니다" in app_error(korean, handle_file(str(tmp_path / "x.txt")),
                                                 *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True,
                                                 api_name="/thatcher")
    assert "입 상자의 너비은(는) 0에서 1 사이" in app_error(korean, None, *thatcher.ASTRONAUT_EYES, 0.4, 0.3, 2, 0.1,
                                                   True, api_name="/thatcher")


def test_the_app_serves_no_file_outside_its_cache(app_url):
    import httpx

    for path in (README, Path("/etc/passwd"), Path(thatcher.ASTRONAUT)):
        response = httpx.get(f"{app_url.rstrip('/')}/gradio_api/file={path}")
        assert response.status_code == 403, path


@pytest.mark.parametrize("api_name", ["/classify_sketch", "/knn_search_sketch"])
def test_a_decompression_bomb_sent_as_a_sketch_gets_our_sentence(client, mnist, tmp_path, api_name):
    (tmp_path / "bomb.png").write_bytes(png_header_only(20_000, 20_000))
    value = {"background": None, "layers": [], "composite": handle_file(str(tmp_path / "bomb.png"))}
    extra = ["mnist-subset", "pixels", "l2", "exact", 5, 0, 16, 32, 64] if "knn" in api_name else []
    message = app_error(client, value, *extra, api_name=api_name)
    assert "20,000 x 20,000" in message or "megapixels" in message
    assert_classifies_test_image(client, mnist, 7)  # and the app still answers, with the right numbers


def test_opening_the_page_computes_nothing_on_the_server(client):
    """First looks are computed when a student opens a tab (once per page), not on every page load."""
    on_load = [d for d in client.config["dependencies"] if any(t[1] == "load" for t in d["targets"])]
    assert on_load and all(not d["backend_fn"] and d["js"] for d in on_load)  # browser-side fills only
    tab_ids = {c["id"] for c in client.config["components"] if c["type"] == "tabitem"}
    on_open = [d for d in client.config["dependencies"]
               if any(t[1] == "select" and t[0] in tab_ids for t in d["targets"])]
    assert len(on_open) >= 6 and all(d["api_visibility"] == "private" for d in on_open)
