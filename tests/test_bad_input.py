"""Bad input, everywhere: every endpoint, every parameter, every kind of wrong value, over raw HTTP.

Each call must end in success (a value that happens to be valid) or one clear sentence: never an
empty error, gradio's generic one, a stack trace or a page of pydantic. After it all, the server
still answers.
"""

import base64
import io
import math
import zipfile

import httpx
import pytest
from helpers import png_bytes, png_header_only
from PIL import Image

from loadgen import Session, endpoints, new_client, run

# A valid, cheap call of every endpoint; each bad value replaces one argument at a time.
SKETCH = {"background": None, "layers": [], "composite": "@digit"}
KNN = ["mnist-subset", "pixels", "l2", "exact", 5, 0, 16, 32, 64]
TRAIN = ["perceptron", "mnist-subset", "relu", "none", 0, "adam", 0.003, 1, 512, False, 0, ""]  # a second's run
FRAME = "data:image/png;base64," + base64.b64encode(png_bytes(Image.new("RGB", (48, 36), (90, 160, 40)))).decode()
BASE = {
    "classify_digit": ["@digit", "none"],
    "classify_sketch": [SKETCH, "none"],
    "classify_test_example": [3, "none"],
    "thatcher": [None, 0.44, 0.198, 0.19, 0.055, 0.435, 0.283, 0.105, 0.042, True],
    "knn_search": [*KNN, 7],
    "knn_search_upload": ["@digit", *KNN],
    "knn_search_sketch": [SKETCH, *KNN],
    "knn_accuracy": ["mnist-subset", "pixels", "l2", "exact", 3, 5, 0, 16, 32, 64],
    "knn_toy": [3, 10, 3, "l2", 1],
    "knn_scaling": [16, 1000, 5, 5, 16, 32, 64],
    "convolve": [None, "identity", "", 1, 0, 1],
    "connectivity": [32, 32, 3, 30, 30, 8, 3],
    "feature_maps": ["lenet5", "conv1", None],
    "convolution_step": [None, "identity", "", 1, 0, 1, 5],
    "lenet_trace": [None, 3],
    "unit_arithmetic": [None, 3, "conv2", 1, 2, 3],
    "architecture": ["lenet5", "", None, None, None, "MACs"],
    "vgg_argument": [2, 64],
    "lrn_vs_bn": [None],
    "rf_rule": [3, 2],
    "rf_table": ["lenet5", "", None, None, None],
    "receptive_field": [None, "lenet5", "conv1", 0, 0],
    "perceptron_templates": ["mnist-subset"],
    "perceptron_scores": ["@digit", 3, "top"],
    "shift_probe": ["@digit", 3, 2, -1, 10, 1.1],
    "shift_robustness": ["rotation"],
    "adversarial": [None, 0, "perceptron", "none", 25, "fgsm", 10],
    "adversarial_robustness": [],
    "fooled_digit": [0, 25],
    "train": [*TRAIN],
    "train_compare": [*TRAIN, "tanh", "none", 0, "adam", False, 50],
    "train_paper": ["mnist-subset", 1, 1, 1],  # one step per run: a second
    "classify_image": [None, "cat", "vgg16", 0, 0, 100],
    "grad_cam": [None, "cat", "vgg16", 0, 0, 100, 1, ""],
    "occlusion": [None, "cat", "alexnet", 0, 0, 100, 1, "", 112, 112],
    "adversarial_photo": [None, "cat", "vgg16", 0, 0, 100, "alexnet", "", 2, "fgsm", 5],
    "knn_map": ["mnist-subset"],
    "classes_add_class": ["cat"],
    "classes_show": ["cat"],
    "classes_add_drawing": ["cat", SKETCH],
    "classes_add_files": ["cat", ["@digit"]],
    "classes_add_frame": ["cat", "@digit"],
    "classes_add_zip": ["@zip"],
    "classes_remove": ["cat", 0],
    "classes_delete": [],
    "classes_export": [],
    "classes_lesson": [],
    "classes_map": [],
    "classes_live": [SKETCH],
    "classes_live_frame": ["@digit"],
    "classes_add_recording": ["cat", [FRAME, FRAME]],
    "classes_follow": [[FRAME]],
}
# What a session does first, for the endpoints that work on its own classes (each probe is a new session).
_TWO_CLASSES = [("classes_add_class", ["cat"]), ("classes_add_files", ["cat", ["@digit"] * 5]),
                ("classes_add_class", ["dog"]), ("classes_add_files", ["dog", ["@tiny"] * 5])]
SETUP = {name: _TWO_CLASSES for name in ("classes_add_drawing", "classes_add_files", "classes_add_frame",
                                         "classes_add_recording",
                                         "classes_remove", "classes_export", "classes_lesson",
                                         "classes_map")}
VALUES = [None, "", "   ", [], {}, [1, 2], {"a": 1}, True, math.nan, math.inf, -math.inf, -1, -1e308, 1e308, 10**30,
          0.5, "x" * 100_000, "ünïcødé ✓", "NaN"]
FILES = ["@empty", "@text", "@bomb", "@huge", "@truncated", "@tiny"]
UNCLEAR = ("went wrong", "Traceback", 'File "', "validation error", "pydantic", "Error\n", "upstream Gradio app")


def _uploads(url: str, tmp_path) -> dict[str, dict]:
    """Upload the test files the way a browser does; FileData for each."""
    digit = Image.new("L", (120, 120), 255)
    digit.paste(0, (55, 20, 65, 100))  # a one
    files = {"@digit": ("digit.png", png_bytes(digit)), "@empty": ("empty.png", b""),
             "@text": ("notes.png", b"this is not a picture at all"),
             "@bomb": ("bomb.png", png_header_only(30_000, 30_000)),
             "@huge": ("huge.png", png_header_only(20_000, 20_000)),
             "@truncated": ("cut.png", png_bytes(digit)[:60]),
             "@tiny": ("tiny.png", png_bytes(Image.new("RGB", (40, 40), (200, 150, 120)))),
             "@zip": ("classes.zip", _zip_of(png_bytes(digit)))}
    out = {}
    for key, (name, content) in files.items():
        response = httpx.post(f"{url.rstrip('/')}/gradio_api/upload", files={"files": (name, content, "image/png")})
        response.raise_for_status()
        out[key] = {"path": response.json()[0], "orig_name": name, "meta": {"_type": "gradio.FileData"}}
    return out


def _zip_of(picture: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("cat/one.png", picture)
    return buffer.getvalue()


def _resolve(value, uploads):
    if isinstance(value, str) and value in uploads:
        return uploads[value]
    if isinstance(value, dict):
        return {k: _resolve(v, uploads) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, uploads) for v in value]
    return value


def _clear(message: str) -> bool:
    return bool(message.strip()) and len(message) < 400 and not any(u in message for u in UNCLEAR)


@pytest.mark.parametrize("endpoint", sorted(BASE))
def test_every_bad_value_of_every_parameter_gets_one_sentence(app_url, tmp_path, endpoint, monkeypatch):
    uploads = _uploads(app_url, tmp_path)
    if endpoint == "knn_map":  # the same code on a tenth of the points: seconds, not tens of seconds
        from demo.base import config
        from demo.knn import maps

        monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
        monkeypatch.setattr(maps, "MAX_POINTS", 200)

    async def probe():
        fn_index = endpoints(app_url)
        unclear = []
        async with new_client() as http:
            session = Session(http, app_url, fn_index)
            for name, args in SETUP.get(endpoint, []):
                assert (await session.call(name, _resolve(args, uploads))).ok, (name, "the setup must work")
            base = _resolve(BASE[endpoint], uploads)
            assert (await session.call(endpoint, base, timeout=120)).ok, "the base call itself must work"
            for position in range(len(base)):
                is_file = isinstance(BASE[endpoint][position], (dict, type(None))) and endpoint not in (
                    "architecture", "rf_table")
                bad_values = VALUES + (FILES if is_file else [])
                for value in bad_values:
                    args = list(base)
                    args[position] = _resolve(value, uploads)
                    if BASE[endpoint][position] == SKETCH and value in FILES:
                        args[position] = _resolve({**SKETCH, "composite": value}, uploads)
                    result = await session.call(endpoint, args, timeout=120)
                    if not result.ok and not _clear(result.error):
                        unclear.append((position, repr(value)[:30], result.error[:200]))
            assert (await session.call("classify_test_example", [1, "none"])).ok, "the server must still answer"
        return unclear

    unclear = run(probe())
    assert not unclear, "\n".join(f"argument {position} = {value}: {error}" for position, value, error in unclear)


def test_every_public_endpoint_is_in_this_suite(client):
    named = {name.lstrip("/") for name in client.view_api(print_info=False, return_format="dict")["named_endpoints"]}
    assert named == set(BASE), "add a valid, cheap call of each new endpoint to BASE"


def test_payloads_of_the_wrong_shape_get_one_sentence(app_url):
    async def probe():
        fn_index = endpoints(app_url)
        async with new_client() as http:
            session = Session(http, app_url, fn_index)
            calls = (("classify_test_example", []), ("knn_search", ["mnist-subset"]),
                     ("architecture", [1, 2, 3, 4, 5, 6, 7]))
            out = [await session.call(name, args) for name, args in calls]
            out.append(await session.call("classify_test_example", [2, "none"]))
            return out

    *wrong, fine = run(probe())
    assert fine.ok
    for result in wrong:
        assert not result.ok and _clear(result.error), result.error
