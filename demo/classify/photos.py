"""Photographs through ImageNet's networks: AlexNet's and a VGG's top-5, side by side.

- The view: what a network takes from a photo is the weights' own preprocessing (torchvision's
  `weights.transforms()`: shorter side resized to 256, the centre 224x224, the ImageNet mean and std;
  demo.base.transforms), here after an optional crop of the photo (`crop`, a zoom on its centre) and
  before a shift inside the 224x224 frame (`shift_x`, `shift_y`; the uncovered part is the mean
  colour, which the network sees as zero): the slide's failure, a photo moved or cropped and the
  top-5 changing. The slides' AlexNet took 227x227 crops (224 in the paper's text) and "subtracted
  the mean RGB" of the training set; torchvision's weights take 224 and also divide by the std.
- The networks (`network`): torchvision's AlexNet and VGG-11/13/16/19 (with and without batch norm)
  with their ImageNet weights (demo.nets.imagenet), loaded once per process and moved to the device on
  first use; class names from `weights.meta["categories"]`.
- Classifying (`classify`): every network runs once on a batch of all the views that want it
  (concurrent requests become one forward pass), under `torch.inference_mode()`, with autocast on
  CUDA. Only the forward passes are GPU work (`demo.base.device.gpu`, for a duration computed from them).

Where the networks look (Grad-CAM, occlusion) is demo.classify.saliency.
"""

import math
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import torch
from torch import nn

from demo.base import config
from demo.nets import imagenet
from demo.base.device import best_device, describe, gpu
from demo.base.errors import InputError, one_of, quoted, whole_number
from demo.i18n import say
from demo.base.plots import LEGEND_ON_TOP, axis, colour_for, figure, title
from demo.base.images import load_rgb
from demo.base.transforms import normalise
from demo.nets.photo_transforms import photo_crop, photo_transforms

ALEXNET = "alexnet"
VGGS = imagenet.VGGS
DEFAULT_VGG = "vgg16"
NETWORKS = (ALEXNET, *VGGS)
# Bundled photographs (assets/images, licences in LICENSES.md), the first is the default.
PHOTOS = {"cat": "chelsea.png", "coffee": "coffee.png", "rocket": "rocket.jpg", "astronaut": "astronaut.png"}
TOP_K = 5
SIZE = 224  # pixels, the side of the view every network takes
SHIFT_MAX = 112  # pixels: a shift of up to half the view, either way
CROP_MIN, CROP_MAX = 20, 100  # percent of the photo's width and height kept around its centre
MAX_ASPECT = 4.0  # a longer panorama is cut to 4:1 around its centre first (the view keeps the centre anyway)
MODELS_KEPT = 3  # networks held in memory: AlexNet and two VGGs, 0.8-1.3 GB of float32 weights
GPU_BASE_S = 10  # seconds asked of ZeroGPU on top of the work: attaching, a first load of weights
GPU_GFLOPS = 2_000  # a cautious ZeroGPU throughput, for the duration asked


# ---- the view ---------------------------------------------------------------------------------

def bundled(photo) -> np.ndarray:
    """A bundled photograph by name (`PHOTOS`) as RGB uint8 (H, W, 3)."""
    return load_rgb(config.IMAGES_DIR / PHOTOS[one_of(photo, PHOTOS, "classify.name.bundled_photo")])


def check_view(shift_x, shift_y, crop) -> tuple[int, int, int]:
    """The shift and crop settings as whole numbers in their ranges, or InputError."""
    return (whole_number(shift_x, "classify.name.shift_x", -SHIFT_MAX, SHIFT_MAX),
            whole_number(shift_y, "classify.name.shift_y", -SHIFT_MAX, SHIFT_MAX),
            whole_number(crop, "classify.name.crop", CROP_MIN, CROP_MAX))


def _centre(rgb: np.ndarray, height: int, width: int) -> np.ndarray:
    top, left = (rgb.shape[0] - height) // 2, (rgb.shape[1] - width) // 2
    return rgb[top:top + height, left:left + width]


def view(rgb: np.ndarray, shift_x=0, shift_y=0, crop=CROP_MAX) -> np.ndarray:
    """RGB uint8 (H, W, 3) -> the uint8 (224, 224, 3) view the networks take.

    `crop` percent of the photo's width and height is kept around its centre (100: all of it), the
    weights' transforms make the 224x224 view, and the view moves `shift_x` pixels right and
    `shift_y` down, the uncovered part filled with the ImageNet mean colour. With no crop and no
    shift it is exactly `weights.transforms()`' picture.
    """
    shift_x, shift_y, crop = check_view(shift_x, shift_y, crop)
    h, w = rgb.shape[:2]
    if crop < CROP_MAX:
        rgb = _centre(rgb, max(1, round(h * crop / 100)), max(1, round(w * crop / 100)))
        h, w = rgb.shape[:2]
    if max(h, w) > MAX_ASPECT * min(h, w):  # a 40,000 x 10 strip would be resized to 1,000,000 x 256
        rgb = _centre(rgb, min(h, round(MAX_ASPECT * w)), min(w, round(MAX_ASPECT * h)))
    frame = photo_crop(np.ascontiguousarray(rgb), ALEXNET)
    if not (shift_x or shift_y):
        return frame
    out = np.empty_like(frame)
    out[:] = np.rint(np.asarray(photo_transforms(ALEXNET).mean) * 255).astype(np.uint8)
    dst_y, src_y = slice(max(shift_y, 0), SIZE + min(shift_y, 0)), slice(max(-shift_y, 0), SIZE - max(shift_y, 0))
    dst_x, src_x = slice(max(shift_x, 0), SIZE + min(shift_x, 0)), slice(max(-shift_x, 0), SIZE - max(shift_x, 0))
    out[dst_y, dst_x] = frame[src_y, src_x]
    return out


def to_tensor(views: Sequence[np.ndarray]) -> torch.Tensor:
    """Views uint8 (224, 224, 3) -> (B, 3, 224, 224) float32 on the CPU, normalised with the weights' mean
    and std (every network here shares AlexNet's)."""
    t = photo_transforms(ALEXNET)
    return normalise(np.stack(views).transpose(0, 3, 1, 2), t.mean, t.std)


# ---- the networks, loaded once ------------------------------------------------------------------

@dataclass(frozen=True)
class Network:
    name: str
    title: str
    model: nn.Module  # eval mode, on `device`, no parameter gradients
    categories: tuple[str, ...]  # the 1,000 ImageNet class names, from the weights' metadata
    device: torch.device

    @property
    def last_conv(self) -> nn.Conv2d:
        """The last convolution: conv5 of AlexNet (256 x 13 x 13), conv5_3 of VGG-16 (512 x 14 x 14)."""
        return [m for m in self.model.features if isinstance(m, nn.Conv2d)][-1]


_LOADED: "OrderedDict[str, tuple[tuple, Network]]" = OrderedDict()
_LOADING = {name: threading.Lock() for name in NETWORKS}
_LOADED_LOCK = threading.Lock()


def _file_identity(name: str) -> tuple:
    path = imagenet.imagenet_weights_path(name)
    try:
        stat = path.stat()
    except OSError:
        return (str(path),)
    return str(path), stat.st_size, stat.st_mtime_ns


def network(name) -> Network:
    """Network `name` with its ImageNet weights, on the device: loaded on first use and kept (the
    `MODELS_KEPT` most recently used), loaded again when its file changes. InputError without weights."""
    one_of(name, NETWORKS, "classify.name.photo_network")
    with _LOADING[name]:
        identity = _file_identity(name)
        with _LOADED_LOCK:
            kept = _LOADED.get(name)
            if kept is not None and kept[0] == identity:
                _LOADED.move_to_end(name)
                return kept[1]
        model, weights = imagenet.load_imagenet_model(name)
        device = best_device()
        net = Network(name, imagenet.title(name), model.requires_grad_(False).to(device),
                      tuple(weights.meta["categories"]), device)
        with _LOADED_LOCK:
            _LOADED[name] = (_file_identity(name), net)  # after a download the file is in the cache
            _LOADED.move_to_end(name)
            while len(_LOADED) > MODELS_KEPT:
                _LOADED.popitem(last=False)
    return net


def missing(name: str) -> str | None:
    """Why network `name` cannot answer here (one sentence), or None when its weights are at hand."""
    ok, note = imagenet.imagenet_available(name)
    return None if ok else note


def offline(names: Sequence[str]) -> str | None:
    """None when one of `names` (AlexNet and the VGG beside it) has weights here; else the Photos section's one
    sentence: which weights are missing, that the view, shift and crop still work, the one step that adds them."""
    if any(missing(name) is None for name in names):
        return None
    return say("classify.photo.offline", networks=imagenet.titles(names), step=imagenet.step(*names))


def present() -> tuple[bool, ...]:
    """Which of NETWORKS have weights now (a few file checks)."""
    return imagenet.present(NETWORKS)


def autocast_for(device: torch.device, enabled: bool | None):
    """Autocast on CUDA (float16) by default; `enabled=True` elsewhere too (bfloat16 on the CPU)."""
    enabled = device.type == "cuda" if enabled is None else enabled
    dtype = torch.float16 if device.type == "cuda" else torch.bfloat16
    return torch.autocast(device.type, dtype=dtype, enabled=enabled), (str(dtype).removeprefix("torch.")
                                                                          if enabled else "float32")


def synchronise(device: torch.device) -> None:
    """Wait for the device's queued work, so a timer measures it (CUDA runs asynchronously)."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)


# ---- classifying --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Prediction:
    network: str
    title: str
    classes: tuple[str, ...]  # the top-5 class names, most probable first
    indices: tuple[int, ...]  # their ImageNet class numbers (0-999)
    probabilities: tuple[float, ...]
    latency_ms: float  # the forward pass of the batch this view was in
    batch: int  # views in that batch
    device: str
    precision: str  # "float32", or the autocast type ("float16" on CUDA)


def gflops(name: str) -> float:
    """Network `name`'s work for one 224x224 image (from the weights' metadata; nothing is loaded)."""
    return float(imagenet.imagenet_weights(name).meta["_ops"])


def _classify_seconds(name, x, autocast=None) -> int:
    return math.ceil(GPU_BASE_S + len(x) * gflops(name) / GPU_GFLOPS)


@gpu(duration=_classify_seconds)
def _forward(name: str, x: torch.Tensor, autocast: bool | None = None) -> tuple[np.ndarray, float, str]:
    """A batch (B, 3, 224, 224) through network `name` -> (probabilities (B, 1000) float32, ms, precision)."""
    net = network(name)
    cast, precision = autocast_for(net.device, autocast)
    x = x.to(net.device)
    with torch.inference_mode(), cast:
        synchronise(net.device)
        start = time.perf_counter()
        logits = net.model(x)
        synchronise(net.device)
        ms = (time.perf_counter() - start) * 1000
    return torch.softmax(logits.float(), 1).cpu().numpy(), ms, precision


def classify(views: Sequence[np.ndarray], wanted: Sequence[Sequence[str]],
             autocast: bool | None = None) -> tuple[list[dict[str, Prediction]], dict[str, str]]:
    """Top-5 of each view (uint8 (224, 224, 3)) under each network it names in `wanted`.

    Each network runs once, on a batch of all the views that want it (requests that arrive together
    become one forward pass), under inference mode, with autocast on CUDA (`autocast=True` forces it,
    as bfloat16 on the CPU; False forces float32). A network is loaded just before its own pass, so a
    batch asking for more networks than are kept in memory loads none twice. Returns, per view,
    {network: Prediction}, and {network: sentence} for those that could not answer (no weights, or a
    wrong file).
    """
    if len(views) != len(wanted):
        raise ValueError("one list of networks per view")
    x = to_tensor(views)
    out: list[dict[str, Prediction]] = [{} for _ in views]
    problems = {}
    for name in dict.fromkeys(name for names in wanted for name in names):
        try:
            net = network(name)  # loaded outside the GPU function: reading a file is not GPU time
        except InputError as e:
            problems[name] = str(e)
            continue
        rows = [i for i, names in enumerate(wanted) if name in names]
        probs, ms, precision = _forward(name, x[rows], autocast)
        for row, p in zip(rows, probs):
            order = np.argsort(-p)[:TOP_K]
            out[row][name] = Prediction(name, net.title, tuple(net.categories[i] for i in order),
                                        tuple(int(i) for i in order), tuple(float(p[i]) for i in order),
                                        ms, len(rows), describe(net.device), precision)
    return out, problems


def find_class(text, categories: Sequence[str]) -> int:
    """The class a person typed: its number (0-999), its name (any case), or a word or part of one name
    (whole words first: 'cat' is one of the five cats, not 'polecat')."""
    if not isinstance(text, str) or not text.strip() or len(text) > 100:
        raise InputError(say("classify.err.class_type", value=quoted(text)))
    wanted = text.strip().lower()
    if wanted.isdigit():
        return whole_number(wanted, "classify.name.class_number", 0, len(categories) - 1)
    exact = [i for i, c in enumerate(categories) if c.lower() == wanted]
    words = [i for i, c in enumerate(categories) if re.search(rf"\b{re.escape(wanted)}\b", c.lower())]
    partial = exact or words or [i for i, c in enumerate(categories) if wanted in c.lower()]
    if len(partial) == 1 or exact:
        return partial[0]
    if not partial:
        raise InputError(say("classify.err.no_class", text=quoted(text.strip())))
    more = say("classify.more", count=f"{len(partial) - 6:,}") if len(partial) > 6 else ""
    names = ", ".join(categories[i] for i in partial[:6]) + more
    raise InputError(say("classify.err.many_classes", count=len(partial), text=quoted(text.strip()), names=names))


def top5_figure(predictions: Sequence[Prediction]):
    """Each network's top-5 as horizontal bars, one panel per network side by side, the top class on top."""
    gap = 0.12
    width = (1 - gap * (len(predictions) - 1)) / max(len(predictions), 1)
    data, layout = [], {}
    for i, p in enumerate(predictions):
        x, y = ("x", "y") if i == 0 else (f"x{i + 1}", f"y{i + 1}")
        data.append(dict(type="bar", orientation="h", x=list(p.probabilities), y=list(p.classes), name=p.title,
                         xaxis=x, yaxis=y, marker=dict(color=colour_for(p.network)),
                         text=[f"{q:.1%}" for q in p.probabilities], textposition="auto",
                         hovertemplate="%{y}: %{x:.1%}<extra>" + p.title + "</extra>"))
        suffix = "" if i == 0 else str(i + 1)
        layout[f"xaxis{suffix}"] = axis(say("classify.fig.photos_axis", network=p.title), range=[0, 1], tickformat=".0%",
                                        domain=[i * (width + gap), i * (width + gap) + width], anchor=y)
        layout[f"yaxis{suffix}"] = dict(autorange="reversed", type="category", anchor=x, automargin=True)
    return figure(data, height=300, showlegend=False, legend=LEGEND_ON_TOP, margin=dict(l=10, r=10, t=40, b=45),
                  title=title(say("classify.fig.photos_title")), **layout)

