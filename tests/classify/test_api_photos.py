"""The photo endpoints through gradio_client and raw HTTP: classify_image, grad_cam, occlusion.

The app runs in this process, so the stand-in weights (tests/imagenet_standin.py) reach it through
config.IMAGENET_DIR, as `--imagenet-dir` would.
"""

import io

import numpy as np
import pytest
from gradio_client import handle_file
from helpers import app_error, assert_classifies_test_image, png_header_only, traces
from imagenet_standin import TOP5, standin_dir
from PIL import Image

from demo.base import config
from demo.classify import photos
from loadgen import Session, endpoints, new_client, run

DEFAULTS = ("cat", "vgg16", 0, 0, 100)  # photo, vgg, shift_x, shift_y, crop


@pytest.fixture
def weights(monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)


@pytest.fixture
def no_weights(offline_torch_hub, monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)


def _file(tmp_path, image: Image.Image, name: str, **save) -> dict:
    path = tmp_path / name
    image.save(path, **save)
    return handle_file(str(path))


def _photo(name: str = "coffee") -> Image.Image:
    return Image.fromarray(photos.bundled(name))


def test_classify_image_gives_both_top5s_with_latency_and_device(client, weights, tmp_path):
    seen, alexnet, vgg, summary, plot = client.predict(_file(tmp_path, _photo(), "coffee.jpg", quality=95),
                                                      *DEFAULTS, api_name="/classify_image")
    assert Image.open(seen).size == (224, 224)
    for label in (alexnet, vgg):
        assert [c["label"] for c in label["confidences"]] == list(TOP5["coffee"])
    assert "**AlexNet**: espresso" in summary and "**VGG-16**: espresso" in summary and " ms on cpu" in summary
    left, right = traces(plot)
    assert list(left["y"]) == list(TOP5["coffee"]) and right["name"] == "VGG-16"


@pytest.mark.parametrize("photo", list(photos.PHOTOS))
def test_each_bundled_photo_when_nothing_is_uploaded(client, weights, photo):
    _, alexnet, vgg, _, _ = client.predict(None, photo, "vgg11_bn", 0, 0, 100, api_name="/classify_image")
    assert alexnet["label"] == vgg["label"] == TOP5[photo][0]


def test_shifting_the_photo_changes_what_the_networks_see_and_say(client, weights):
    still = client.predict(None, *DEFAULTS, api_name="/classify_image")
    moved = client.predict(None, "cat", "vgg16", 112, 112, 100, api_name="/classify_image")
    assert open(still[0], "rb").read() != open(moved[0], "rb").read()
    assert moved[1]["confidences"] != still[1]["confidences"]
    assert moved[1]["confidences"][0]["confidence"] < still[1]["confidences"][0]["confidence"]


def test_without_weights_one_sentence_and_the_rest_of_the_app_works(client, mnist, no_weights):
    seen, alexnet, vgg, summary, plot = client.predict(None, *DEFAULTS, api_name="/classify_image")
    assert Image.open(seen).size == (224, 224) and not alexnet and not vgg and plot is None
    # What is missing, what still works, the one step that adds it: one sentence, said once.
    assert summary == photos.offline(("alexnet", "vgg16"))
    assert summary.count("No ImageNet weights") == 1 and summary.count(". ") == 0
    assert "224x224 view, shift and crop still work" in summary
    assert "python app.py --imagenet-dir DIR" in summary and "DEMO_ALLOW_DOWNLOADS=1" in summary
    cam_alexnet, cam_vgg, cam_summary = client.predict(None, *DEFAULTS, 1, "", api_name="/grad_cam")
    assert cam_alexnet is None and cam_vgg is None and cam_summary == summary
    _, _, occlusion_summary = client.predict(None, "cat", "alexnet", 0, 0, 100, 1, "", 112, 112,
                                             api_name="/occlusion")
    assert occlusion_summary.startswith("No ImageNet weights for AlexNet on this computer; to add them, ")
    assert_classifies_test_image(client, mnist, 3)  # the digits still answer, with the right numbers


def test_a_vgg_without_weights_leaves_alexnet_answering(client, weights):
    _, alexnet, vgg, summary, plot = client.predict(None, "cat", "vgg19", 0, 0, 100, api_name="/classify_image")
    assert alexnet["label"] == "tabby" and not vgg
    assert summary.count("No ImageNet weights for VGG-19 on this computer") == 1 and len(traces(plot)) == 1
    # Grad-CAM answers for AlexNet; the summary above has said why VGG-19 cannot, so it is not said again.
    cam_alexnet, cam_vgg, cam_summary = client.predict(None, "cat", "vgg19", 0, 0, 100, 1, "", api_name="/grad_cam")
    assert cam_alexnet and cam_vgg is None and "**AlexNet** looks here" in cam_summary
    assert "ImageNet weights" not in cam_summary


def _jpeg_with_orientation(image: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95, exif=exif)
    return out.getvalue()


def test_a_phone_photo_is_turned_upright_by_its_exif_orientation(client, weights, tmp_path):
    upright = _photo("cat")
    (tmp_path / "phone.jpg").write_bytes(_jpeg_with_orientation(upright.transpose(Image.Transpose.ROTATE_90), 6))
    (tmp_path / "plain.jpg").write_bytes(_jpeg_with_orientation(upright, 1))
    phone = client.predict(handle_file(str(tmp_path / "phone.jpg")), *DEFAULTS, api_name="/classify_image")
    plain = client.predict(handle_file(str(tmp_path / "plain.jpg")), *DEFAULTS, api_name="/classify_image")
    assert phone[1]["label"] == plain[1]["label"] == "tabby"
    difference = np.abs(np.asarray(Image.open(phone[0]), float) - np.asarray(Image.open(plain[0]), float))
    assert difference.mean() < 3  # the same picture, give or take JPEG


@pytest.mark.parametrize("kind", ["cmyk", "16-bit", "palette", "animated gif", "grey", "rgba webp"])
def test_every_kind_of_picture_is_read(client, weights, tmp_path, kind):
    photo = _photo("coffee")
    if kind == "cmyk":
        upload = _file(tmp_path, photo.convert("CMYK"), "x.jpg", quality=95)
    elif kind == "16-bit":
        grey16 = (np.asarray(photo.convert("L"), np.uint16) * 257)
        upload = _file(tmp_path, Image.fromarray(grey16), "x.png")
    elif kind == "palette":
        upload = _file(tmp_path, photo.convert("P", palette=Image.Palette.ADAPTIVE, colors=64), "x.png")
    elif kind == "animated gif":
        frames = [photo.convert("P"), _photo("rocket").resize(photo.size).convert("P")]
        upload = _file(tmp_path, frames[0], "x.gif", save_all=True, append_images=frames[1:], duration=100)
    elif kind == "grey":
        upload = _file(tmp_path, photo.convert("L"), "x.png")
    else:
        upload = _file(tmp_path, photo.convert("RGBA"), "x.webp")
    seen, alexnet, _, summary, _ = client.predict(upload, *DEFAULTS, api_name="/classify_image")
    assert Image.open(seen).size == (224, 224) and len(alexnet["confidences"]) == 5 and "AlexNet" in summary
    if kind in ("cmyk", "palette", "animated gif", "rgba webp"):  # the colours survive: the cup is still one
        assert alexnet["label"] == "espresso", kind


def test_a_40_megapixel_photo_is_classified_and_a_bigger_one_refused(client, weights, tmp_path):
    big = _photo("cat").resize((8000, 5000))  # 40.0 megapixels: the largest accepted
    seen, alexnet, _, _, _ = client.predict(_file(tmp_path, big, "big.jpg", quality=80), *DEFAULTS,
                                            api_name="/classify_image")
    assert Image.open(seen).size == (224, 224) and alexnet["label"] == "tabby"
    (tmp_path / "huge.png").write_bytes(png_header_only(8000, 5001))
    assert "8,000 x 5,001" in app_error(client, handle_file(str(tmp_path / "huge.png")), *DEFAULTS,
                                        api_name="/classify_image")
    (tmp_path / "notes.jpg").write_text("a text file named like a photo")
    assert "not an image" in app_error(client, handle_file(str(tmp_path / "notes.jpg")), *DEFAULTS,
                                       api_name="/classify_image")
    assert client.predict(None, *DEFAULTS, api_name="/classify_image")[1]["label"] == "tabby"  # the next one works


def test_grad_cam_for_a_rank_or_a_class_by_name(client, weights):
    cam_alexnet, cam_vgg, summary = client.predict(None, *DEFAULTS, 2, "", api_name="/grad_cam")
    assert Image.open(cam_alexnet).size == Image.open(cam_vgg).size == (224, 224)
    assert "**AlexNet** looks here (13x13" in summary and "**VGG-16** looks here (14x14" in summary
    assert summary.count("for **tiger cat** (its #2,") == 2
    _, _, summary = client.predict(None, *DEFAULTS, 1, "espresso", api_name="/grad_cam")
    assert summary.count("for **espresso**") == 2
    assert "2 ImageNet classes contain 'shark' (great white shark, tiger shark)" in app_error(
        client, None, *DEFAULTS, 1, "shark", api_name="/grad_cam")


def test_occlusion_maps_the_probability_of_the_class(client, weights):
    overlay, plot, summary = client.predict(None, "rocket", "alexnet", 0, 0, 100, 1, "", 112, 56,
                                            api_name="/occlusion")
    assert Image.open(overlay).size == (224, 224)
    (grid,) = traces(plot)
    assert np.asarray(grid["z"]).shape == (3, 3) and list(grid["x"]) == [56, 112, 168]
    assert "**AlexNet** with a 112-pixel grey square every 56 pixels (9 positions) for **missile**" in summary
    assert "one long job" not in summary
    assert "at most 400" in app_error(client, None, "rocket", "alexnet", 0, 0, 100, 1, "", 16, 8,
                                      api_name="/occlusion")
    assert "at most the patch size" in app_error(client, None, "rocket", "alexnet", 0, 0, 100, 1, "", 32, 64,
                                                 api_name="/occlusion")


def test_concurrent_requests_are_batched_and_each_gets_its_own_answer(app_url, weights):
    """Nine students at once, one with a shift out of range: the photos go through the networks in batches,
    no answer is mixed up, and the bad request fails no one else's."""
    order = [list(photos.PHOTOS)[i % len(photos.PHOTOS)] for i in range(8)]

    async def scenario():
        import asyncio

        fn_index = endpoints(app_url)
        async with new_client() as http:
            sessions = [Session(http, app_url, fn_index) for _ in range(len(order) + 1)]
            await sessions[0].call("classify_image", [None, *DEFAULTS], timeout=120)  # weights loaded
            calls = [s._call("classify_image", [None, photo, "vgg16", 0, 0, 100]) for s, photo in zip(sessions, order)]
            calls.append(sessions[-1]._call("classify_image", [None, "cat", "vgg16", 500, 0, 100]))
            return await asyncio.wait_for(asyncio.gather(*calls), 300)

    *answers, bad = run(scenario())
    batches = []
    for photo, message in zip(order, answers):
        assert message["success"], message
        seen, alexnet, vgg, summary, _ = message["output"]["data"]
        assert alexnet["label"] == vgg["label"] == TOP5[photo][0], (photo, summary)
        batches.append(int(summary.split(" photos in one batch")[0].rsplit(", ", 1)[1]) if "one batch" in summary
                       else 1)
    assert max(batches) > 1, batches  # several requests shared one forward pass
    refusal = "The horizontal shift must be between -112 and 112; got 500."
    assert (not bad["success"] and bad["output"]["error"] == refusal) or \
        (bad["success"] and bad["output"]["data"][3] == refusal)


def test_adversarial_photo_changes_the_view_within_epsilon_and_both_networks_answer(client, weights):
    original, change, changed, table, sentence = client.predict(
        None, *DEFAULTS, "alexnet", "", 4, "pgd", 5, api_name="/adversarial_photo")
    before, after = (np.asarray(Image.open(f).convert("RGB"), np.int16) for f in (original, changed))
    assert before.shape == after.shape == (224, 224, 3)
    assert np.array_equal(before, photos.view(photos.bundled("cat")))
    assert np.abs(after - before).max() == 4  # the change is the one asked for, no more
    shown = np.asarray(Image.open(change).convert("RGB"), np.int16)
    assert np.array_equal(shown, np.rint(127.5 + 127.5 * (after - before) / 4))  # unchanged mid-grey, ±ε full swing
    assert "| AlexNet | tabby" in table and "| VGG-16 | tabby" in table, table
    assert "PGD" in sentence and "ε = 4" in sentence and "AlexNet" in sentence


def test_adversarial_photo_without_weights_says_the_one_step(client, no_weights):
    original, change, changed, table, sentence = client.predict(
        None, *DEFAULTS, "vgg16", "", 2, "fgsm", 5, api_name="/adversarial_photo")
    assert original is None and changed is None and "VGG-16" in sentence, sentence
