"""An endpoint reads only files gradio received as uploads: never a file of the server's own.

Every endpoint that takes a picture is sent, through gradio_client and as raw HTTP, paths to system
files, to a picture outside the upload cache, with '..', through a link inside the cache that points
out, and to a file that does not exist: each gets the same one sentence, which tells nothing about
whether the file exists.
"""

import os
import uuid
from pathlib import Path

import pytest
from gradio.utils import get_upload_folder
from helpers import app_error
from loadgen import Session, endpoints, new_client, run

from demo.base import config
from demo.web.common import NOT_UPLOADED

GRADIOS_OWN = "was not uploaded by a user"  # gradio refuses a FileData with `meta` itself, in one sentence
SKETCH = lambda value: {"background": None, "layers": [], "composite": value}  # noqa: E731
KNN = ["mnist-subset", "pixels", "l2", "exact", 5, 0, 16, 32, 64]
# endpoint -> the arguments with the picture in the place `value` goes
ENDPOINTS = {
    "classify_digit": lambda v: [v, "none"],
    "classify_sketch": lambda v: [SKETCH(v), "none"],
    "knn_search_upload": lambda v: [v, *KNN],
    "knn_search_sketch": lambda v: [SKETCH(v), *KNN],
    "convolve": lambda v: [v, "identity", "", 1, 0, 1],
    "thatcher": lambda v: [v, 0.44, 0.198, 0.19, 0.055, 0.435, 0.283, 0.105, 0.042, True],
    "lrn_vs_bn": lambda v: [v],
    "receptive_field": lambda v: [v, "lenet5", "conv1", 0, 0],
    "feature_maps": lambda v: ["lenet5", "conv1", v],
    "convolution_step": lambda v: [v, "identity", "", 1, 0, 1, 5],
    "lenet_trace": lambda v: [v, 3],
    "unit_arithmetic": lambda v: [v, 3, "conv2", 1, 2, 3],
    "perceptron_scores": lambda v: [v, 3, "top"],
    "shift_probe": lambda v: [v, 3, 2, -1, 10, 1.1],
    "classify_image": lambda v: [v, "cat", "vgg16", 0, 0, 100],
    "grad_cam": lambda v: [v, "cat", "vgg16", 0, 0, 100, 1, ""],
    "occlusion": lambda v: [v, "cat", "alexnet", 0, 0, 100, 1, "", 112, 112],
    "adversarial": lambda v: [v, 0, "perceptron", "none", 25, "fgsm", 10],
    "adversarial_photo": lambda v: [v, "cat", "vgg16", 0, 0, 100, "alexnet", "", 2, "fgsm", 5],
}


@pytest.fixture(scope="module")
def outside_paths():
    cache = Path(get_upload_folder())
    link_dir = cache / f"test-link-{uuid.uuid4().hex[:8]}"
    link_dir.mkdir(parents=True)
    link = link_dir / "cat.png"
    os.symlink(config.PHOTO, link)  # inside the cache, pointing out of it
    yield {
        "a system file": "/etc/passwd",
        "a picture of the app's own": str(config.PHOTO),
        "a '..' path out of the cache": str(cache / ".." / ".." / "etc" / "hostname"),
        "a link in the cache that points out": str(link),
        "a file that does not exist": "/nonexistent/secret.png",
    }
    link.unlink()
    link_dir.rmdir()


def _refused(message: str) -> None:
    assert message == NOT_UPLOADED or GRADIOS_OWN in message, message


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_gradio_client_cannot_name_a_server_file(client, outside_paths, endpoint):
    # A FileData without `meta` reaches the server as it is; with `meta`, or as a plain string,
    # gradio_client would upload the file from the client's own disk (tested as raw HTTP below).
    for path in outside_paths.values():
        _refused(app_error(client, *ENDPOINTS[endpoint]({"path": path}), api_name=f"/{endpoint}"))


def test_raw_http_cannot_name_a_server_file(app_url, outside_paths):
    async def probe():
        fn_index = endpoints(app_url)
        async with new_client() as http:
            session = Session(http, app_url, fn_index)
            for endpoint, args in sorted(ENDPOINTS.items()):
                for path in outside_paths.values():
                    for payload in ({"path": path}, {"path": path, "meta": {"_type": "gradio.FileData"}}, path):
                        result = await session.call(endpoint, args(payload))
                        assert not result.ok, (endpoint, path)
                        _refused(result.error)

    run(probe())


def test_a_real_upload_still_works(client, mnist, tmp_path):
    from gradio_client import handle_file
    from helpers import render_digit

    path = tmp_path / "digit.png"
    render_digit(mnist.test_images[3, 0]).save(path)
    result = client.predict(handle_file(str(path)), api_name="/classify_digit")
    assert result[2]["label"] == str(mnist.test_labels[3])
