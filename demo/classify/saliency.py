"""Where a network looks in a photo: Grad-CAM and occlusion sensitivity, for one class.

- Grad-CAM (Selvaraju et al., "Grad-CAM: Visual explanations from deep networks via gradient-based
  localization", ICCV 2017): the last convolution's maps A_k (AlexNet's conv5, 256 x 13 x 13;
  VGG-16's conv5_3, 512 x 14 x 14), each weighted by the mean gradient of the class score over its
  positions, summed and rectified: ReLU(sum_k alpha_k A_k). One forward pass and a backward pass
  through the layers above the convolution only. Written with a forward hook on the layer and a
  hook on its output's gradient; the tests hold it against captum's `LayerGradCam`.
- Occlusion sensitivity (Zeiler & Fergus, "Visualizing and understanding convolutional networks",
  ECCV 2014): a square of the mean colour slid over the view; where it hides what the network
  needs, the class's probability drops. It asks nothing of the network but its answers, so it
  checks Grad-CAM; it costs one forward pass per position, so the server bounds the positions.

The class explained is the network's own rank-th (1 = its top class), or one typed by name.
"""

import math
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from demo.nets import imagenet
from demo.base.device import gpu, zero_gpu
from demo.base.errors import InputError, quoted, whole_number
from demo.i18n import say
from demo.classify.photos import (ALEXNET, GPU_BASE_S, GPU_GFLOPS, SIZE, TOP_K, Network, autocast_for, find_class,
                                  gflops, network, synchronise, to_tensor)
from demo.base.plots import axis, figure, title
from demo.base.progress import Progress

PATCH_MIN, PATCH_MAX = 16, 112  # pixels, the side of the occluding square
STRIDE_MIN, STRIDE_MAX = 8, 112  # pixels between two positions of the square
MAX_OCCLUSIONS = 400  # positions per request (20 x 20): 400 passes of VGG-19 take ~2 min on one CPU core
OCCLUSION_BATCH = 16  # occluded copies per forward pass


@dataclass(frozen=True)
class Heat:
    network: str
    title: str
    target: int  # the ImageNet class explained (0-999)
    label: str
    probability: float  # of that class for the view
    rank: int  # its place in the network's own ranking (1 = the top class)
    heat: np.ndarray  # (224, 224) float32 >= 0: where the evidence for the class lies
    coarse: np.ndarray  # Grad-CAM: the map at the layer's resolution (h, w); occlusion: the class's
    #                     probability with the square at each position (n, n)
    seconds: float  # the network's work, on its device


def check_class(rank, class_name) -> None:
    """Refuse a rank outside 1-5, or a class name that names no ImageNet class, before any network runs."""
    whole_number(rank, "classify.name.rank", 1, TOP_K)
    if class_name is not None and not isinstance(class_name, str):
        raise InputError(say("classify.err.class_text", value=quoted(class_name)))
    if class_name and class_name.strip():
        find_class(class_name, imagenet.imagenet_weights(ALEXNET).meta["categories"])


def choose_class(probs: np.ndarray, rank, class_name, categories) -> int:
    """The class to explain: `class_name` when it is not blank, else the network's own rank-th class."""
    if isinstance(class_name, str) and class_name.strip():
        return find_class(class_name, categories)
    return int(np.argsort(-probs)[whole_number(rank, "classify.name.rank", 1, TOP_K) - 1])


def _heat(net: Network, probs: np.ndarray, target: int, heat: np.ndarray, coarse: np.ndarray, seconds: float) -> Heat:
    rank = int((probs > probs[target]).sum()) + 1
    return Heat(net.name, net.title, target, net.categories[target], float(probs[target]), rank,
                heat.astype(np.float32), coarse.astype(np.float32), seconds)


# ---- Grad-CAM -------------------------------------------------------------------------------------

def grad_cam_maps(model: nn.Module, layer: nn.Module, x: torch.Tensor, targets,
                  relu: bool = True) -> tuple[torch.Tensor, torch.Tensor]:
    """Grad-CAM of `layer` for images x (B, 3, H, W): (maps (B, h, w), class scores (B, classes)).

    `targets` (B,) are the classes explained, or a function of the scores that picks them after the
    forward pass. A forward hook keeps the layer's output A (B, K, h, w) and starts the graph there (no
    layer below it, and no weight, needs a gradient); a hook on A's gradient keeps dy_c/dA, y_c being
    the class score before the softmax. alpha_k = dy_c/dA_k averaged over positions, and the map is
    ReLU(sum_k alpha_k A_k) (Selvaraju et al. 2017, eqs. 1-2; `relu=False` leaves out the ReLU).
    """
    kept = {}

    def forward_hook(module, inputs, output):
        maps = output.detach().requires_grad_(True)
        maps.register_hook(lambda grad: kept.__setitem__("grads", grad))
        kept["maps"] = maps
        return maps.clone()  # the next layer is an in-place ReLU: it may overwrite the clone, not A

    handle = layer.register_forward_hook(forward_hook)
    try:
        with torch.enable_grad():
            scores = model(x)
            chosen = targets(scores.detach()) if callable(targets) else targets
            scores.gather(1, chosen.view(-1, 1).to(scores.device)).sum().backward()
    finally:
        handle.remove()
    alpha = kept["grads"].mean(dim=(2, 3), keepdim=True)  # (B, K, 1, 1)
    maps = (alpha * kept["maps"]).sum(1)
    return (torch.relu(maps) if relu else maps).detach(), scores.detach()


def _grad_cam_seconds(name, x, rank=1, class_name="") -> int:
    return math.ceil(GPU_BASE_S + 3 * len(x) * gflops(name) / GPU_GFLOPS)  # a forward, a partial backward


@gpu(duration=_grad_cam_seconds)
def _grad_cam(name: str, x: torch.Tensor, rank=1, class_name="") -> tuple:
    """(probabilities (1000,), target, map (h, w), heat (224, 224), seconds) for one view (1, 3, 224, 224)."""
    net = network(name)
    start = time.perf_counter()
    chosen = []

    def pick(scores: torch.Tensor) -> torch.Tensor:
        chosen.append(choose_class(torch.softmax(scores[0].float(), 0).cpu().numpy(), rank, class_name,
                                   net.categories))
        return torch.tensor(chosen)

    maps, scores = grad_cam_maps(net.model, net.last_conv, x.to(net.device), pick)
    heat = nn.functional.interpolate(maps[:, None], size=(SIZE, SIZE), mode="bilinear", align_corners=False)
    synchronise(net.device)
    return (torch.softmax(scores[0].float(), 0).cpu().numpy(), chosen[0], maps[0].cpu().numpy(),
            heat[0, 0].cpu().numpy(), time.perf_counter() - start)


def grad_cam(picture: np.ndarray, name, rank=1, class_name="") -> Heat:
    """Grad-CAM of a view (uint8 (224, 224, 3), demo.classify.photos.view) on network `name`'s last convolution,
    for its own rank-th class, or the class in `class_name` (demo.classify.photos.find_class) when not blank;
    the map is up-sampled bilinearly to 224 x 224."""
    check_class(rank, class_name)
    net = network(name)  # loaded outside the GPU function
    probs, target, coarse, heat, seconds = _grad_cam(name, to_tensor([picture]), rank, class_name)
    return _heat(net, probs, target, heat, coarse, seconds)


# ---- occlusion ------------------------------------------------------------------------------------

def patch_positions(patch: int, stride: int, size: int = SIZE) -> list[int]:
    """Where the square's top-left corner goes along one side: every `stride` pixels, the last square
    reaching past the edge if need be, so that every pixel is covered (as captum's `Occlusion` does)."""
    return [i * stride for i in range(math.ceil((size - patch) / stride) + 1)]


def worst_square(heat, patch: int, stride: int) -> tuple[int, int, float]:
    """Where hiding the square hurts the class most: (x, y) of the square's top-left corner in the view, and
    the class's probability with it there."""
    row, column = np.unravel_index(np.argmin(heat.coarse), heat.coarse.shape)
    positions = patch_positions(int(patch), int(stride))
    return positions[column], positions[row], float(heat.coarse[row, column])


def check_occlusion(patch, stride) -> tuple[int, int, int]:
    """(patch, stride, positions) in their ranges and within the server's bound, or InputError."""
    patch = whole_number(patch, "classify.name.patch", PATCH_MIN, PATCH_MAX)
    stride = whole_number(stride, "classify.name.stride", STRIDE_MIN, STRIDE_MAX)
    if stride > patch:
        raise InputError(say("classify.err.stride_over_patch", stride=stride, patch=patch))
    count = len(patch_positions(patch, stride)) ** 2
    if count > MAX_OCCLUSIONS:
        raise InputError(say("classify.err.too_many_occlusions", patch=patch, stride=stride, count=f"{count:,}",
                             most=f"{MAX_OCCLUSIONS:,}"))
    return patch, stride, count


def _occlusion_seconds(name, x, patch, stride, rank=1, class_name="", autocast=None, progress=None) -> int:
    copies = len(patch_positions(patch, stride)) ** 2 + 1
    return math.ceil(GPU_BASE_S + copies * gflops(name) / GPU_GFLOPS)


@gpu(duration=_occlusion_seconds)
def _occlude(name: str, x: torch.Tensor, patch: int, stride: int, rank=1, class_name="", autocast=None,
             progress: Progress | None = None) -> tuple:
    """(probabilities (1000,), target, occluded probabilities (n, n), seconds) for one view (1, 3, 224, 224)."""
    net = network(name)
    cast, _ = autocast_for(net.device, autocast)
    start = time.perf_counter()
    x = x.to(net.device)
    sides = patch_positions(patch, stride)
    corners = [(top, left) for top in sides for left in sides]
    with torch.inference_mode(), cast:
        probs = torch.softmax(net.model(x).float(), 1)[0].cpu().numpy()
        target = choose_class(probs, rank, class_name, net.categories)
        occluded = []
        for first in range(0, len(corners), OCCLUSION_BATCH):
            batch = x.repeat(min(OCCLUSION_BATCH, len(corners) - first), 1, 1, 1)
            for copy, (top, left) in enumerate(corners[first:first + OCCLUSION_BATCH]):
                batch[copy, :, top:top + patch, left:left + patch] = 0  # the mean colour, once normalised
            occluded.append(torch.softmax(net.model(batch).float(), 1)[:, target].cpu())
            if progress is not None:
                done = first + len(batch)
                progress(done, len(corners), say("classify.progress.positions", title=net.title, done=done,
                                                 total=len(corners)))
    synchronise(net.device)
    return probs, target, torch.cat(occluded).numpy().reshape(len(sides), len(sides)), time.perf_counter() - start


def occlusion(picture: np.ndarray, name, patch, stride, rank=1, class_name="", autocast: bool | None = None,
              progress: Progress | None = None) -> Heat:
    """Occlusion sensitivity (Zeiler & Fergus 2014) of a view (uint8 (224, 224, 3)) on network `name`.

    A `patch` x `patch` square of the mean colour goes every `stride` pixels, and at each position the
    network's probability of the class (its rank-th, or `class_name`) is measured, under inference mode
    (autocast as demo.classify.photos.classify). A pixel's heat is the mean drop of that probability over the
    squares that covered it, as captum's `Occlusion` computes it.
    """
    patch, stride, _ = check_occlusion(patch, stride)
    check_class(rank, class_name)
    net = network(name)
    probs, target, occluded, seconds = _occlude(name, to_tensor([picture]), patch, stride, rank, class_name,
                                                autocast, None if zero_gpu() else progress)  # ZeroGPU pickles
    total, count = np.zeros((SIZE, SIZE)), np.zeros((SIZE, SIZE))  # arguments: no callback
    for i, top in enumerate(patch_positions(patch, stride)):
        for j, left in enumerate(patch_positions(patch, stride)):
            total[top:top + patch, left:left + patch] += probs[target] - occluded[i, j]
            count[top:top + patch, left:left + patch] += 1
    return _heat(net, probs, target, total / count, occluded, seconds)


def occlusion_figure(result: Heat, patch: int, stride: int):
    """The class's probability with the square at each position (a heatmap over the squares' centres)."""
    centres = [p + patch / 2 for p in patch_positions(patch, stride)]
    grid = dict(type="heatmap", z=result.coarse, x=centres, y=centres, colorscale="Viridis", zmin=0, zmax=1,
                colorbar=dict(title=dict(text=say("classify.fig.probability")), tickformat=".0%"),
                hovertemplate=say("classify.fig.saliency_hover", x="%{x}", y="%{y}", z="%{z:.1%}") + "<extra></extra>")
    return figure([grid], height=340, margin=dict(l=55, r=10, t=40, b=45),
                  title=title(say("classify.fig.saliency_title", network=result.title, label=result.label,
                                  probability=f"{result.probability:.1%}")),
                  xaxis=axis(say("classify.fig.saliency_x_axis"), range=[0, SIZE], constrain="domain"),
                  yaxis=axis(say("classify.fig.saliency_y_axis"), range=[SIZE, 0], scaleanchor="x"))
