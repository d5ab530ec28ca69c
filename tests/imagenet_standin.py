"""Stand-in ImageNet weights for the tests, saved by the tests themselves (no download, no cache).

Each is torchvision's own AlexNet or VGG, randomly initialised with a fixed seed, whose last layer is
then fitted (least squares on its fc7 features) so that each bundled photo gets a confident top-5 of
fitting classes. Random weights alone give every class about 0.1% and a top-5 whose order is noise at
any precision; a trained network's is not, and the tests need one that behaves like it (autocast
against float32, a class that follows the cat when the photo moves). The photos go through
torchvision's `weights.transforms()`, the reference the app's own path is tested against.
"""

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import torch
import torchvision
from PIL import Image

from demo.base import config
from demo.classify import photos
from demo.nets.imagenet import file_name

TOP5 = {"cat": ("tabby", "tiger cat", "Egyptian cat", "Persian cat", "lynx"),
        "coffee": ("espresso", "cup", "coffee mug", "espresso maker", "eggnog"),
        "rocket": ("missile", "projectile", "space shuttle", "volcano", "fireboat"),
        "astronaut": ("space shuttle", "military uniform", "crash helmet", "suit", "ski mask")}
LOGITS = (12.0, 10.0, 8.0, 6.0, 4.0)  # softmax: 86%, 12%, 1.6%, ... like a trained network's top-5
NETWORKS = ("alexnet", "vgg16", "vgg11_bn")  # the default pair, and one batch-norm variant


def standin_state(name: str) -> dict[str, torch.Tensor]:
    """The state dict of network `name`: seeded random weights, last layer fitted to TOP5."""
    weights = torchvision.models.get_model_weights(name).DEFAULT
    categories = weights.meta["categories"]
    torch.manual_seed(0)
    model = torchvision.models.get_model(name, weights=None).eval()
    pictures = [Image.open(config.IMAGES_DIR / file).convert("RGB") for file in photos.PHOTOS.values()]
    x = torch.stack([weights.transforms()(p) for p in pictures])
    wanted = torch.zeros(len(x), len(categories), dtype=torch.float64)
    for row, photo in enumerate(photos.PHOTOS):
        wanted[row, [categories.index(c) for c in TOP5[photo]]] = torch.tensor(LOGITS, dtype=torch.float64)
    with torch.no_grad():
        fc7 = model.classifier[:-1](torch.flatten(model.avgpool(model.features(x)), 1)).double()
        head = model.classifier[-1]
        head.weight.copy_(torch.linalg.lstsq(fc7, wanted).solution.T.float())  # the least-norm fit
        head.bias.zero_()
    return model.state_dict()


@functools.cache
def standin_dir() -> Path:
    """A folder (removed at exit) holding the stand-in weights under torchvision's file names."""
    folder = Path(tempfile.mkdtemp(prefix="imagenet-standin-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for name in NETWORKS:
        torch.save(standin_state(name), folder / file_name(name))
    return folder
