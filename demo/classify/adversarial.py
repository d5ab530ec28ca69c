"""Fooled, on photographs: the 224x224 view changed by at most ε grey levels a pixel so that an ImageNet network
changes its answer, and what AlexNet and the VGG beside it say before and after (an attack made on one network,
seen by the other: transfer).

The attack is demo.nets.attacks (captum's FGSM or PGD, the score-difference loss) on the view as the network
takes it: RGB in [0, 1], normalised with the weights' mean and std inside the attacked function, so ε is a
change of the picture a person sees, not of the normalised tensor. It runs on the network's device (a GPU where
there is one). A target is a class a person types (demo.classify.photos.find_class), or none.
"""

import math
import time
from dataclasses import dataclass

import numpy as np
import torch

from demo.base.device import gpu
from demo.base.errors import InputError, one_of, whole_number
from demo.classify import photos
from demo.i18n import say
from demo.nets import attacks
from demo.nets.photo_transforms import photo_transforms

METHODS = attacks.METHODS
EPSILON_RANGE = (0, 16)  # grey levels of 255: ImageNet networks fall at a few
EPSILON_DEFAULT = 2  # under 1% of the range, invisible on a photo
STEPS_RANGE = (1, 20)  # PGD's steps: each a forward and a backward pass of the network
STEPS_DEFAULT = 5


@dataclass(frozen=True)
class PhotoAttack:
    network: str  # the network attacked
    method: str
    epsilon: int
    steps: int
    given: int  # its ImageNet class for the original view
    target: int  # -1: none
    original: np.ndarray  # uint8 (224, 224, 3)
    adversarial: np.ndarray  # uint8 (224, 224, 3)
    before: dict[str, photos.Prediction]  # every network with weights: top-5 of the original
    after: dict[str, photos.Prediction]
    problems: dict[str, str]  # networks that could not answer, and why
    seconds: float  # the attack itself

    @property
    def perturbation(self) -> np.ndarray:
        """adversarial - original, in grey levels (int16 (224, 224, 3), within ±ε)."""
        return self.adversarial.astype(np.int16) - self.original.astype(np.int16)

    @property
    def fooled(self) -> bool:
        return self.after[self.network].indices[0] != self.given


def check(network, method, epsilon, steps) -> tuple[str, str, int, int]:
    return (one_of(network, photos.NETWORKS, "classify.name.attack_network"),
            one_of(method, METHODS, "classify.name.attack_method"),
            whole_number(epsilon, "classify.name.epsilon", *EPSILON_RANGE),
            whole_number(steps, "classify.name.attack_steps", *STEPS_RANGE))


def _attack_seconds(name, x, method, epsilon, steps, target) -> int:
    passes = 3 * (1 if method == "fgsm" else steps) + 1  # each step a forward and a backward (about twice)
    return math.ceil(photos.GPU_BASE_S + passes * photos.gflops(name) / photos.GPU_GFLOPS)


@gpu(duration=_attack_seconds)
def _attack(name: str, x: torch.Tensor, method: str, epsilon: int, steps: int,
            target: int) -> tuple[torch.Tensor, int, float]:
    """One view (1, 3, 224, 224) in [0, 1] attacked on network `name` -> (adversarial view, given class, s)."""
    net = photos.network(name)
    t = photo_transforms(photos.ALEXNET)
    mean = torch.tensor(t.mean, dtype=torch.float32, device=net.device).view(1, 3, 1, 1)
    std = torch.tensor(t.std, dtype=torch.float32, device=net.device).view(1, 3, 1, 1)
    forward = lambda v: net.model((v - mean) / std)  # noqa: E731 - ε stays in the picture's own units
    x = x.to(net.device)
    start = time.perf_counter()
    with torch.no_grad():
        given = forward(x).argmax(1)
    if target == int(given[0]):  # nothing to push: the caller says so
        return x.cpu(), target, 0.0
    wanted = None if target < 0 else torch.tensor([target], device=net.device)
    adv = attacks.perturb(forward, x, epsilon, method, steps, wanted, given, batch=1)
    photos.synchronise(net.device)
    return adv.cpu(), int(given[0]), time.perf_counter() - start


def attack(view: np.ndarray, network=photos.ALEXNET, vgg=photos.DEFAULT_VGG, method="fgsm", epsilon=EPSILON_DEFAULT,
           steps=STEPS_DEFAULT, target_text="") -> PhotoAttack:
    """A view (uint8 (224, 224, 3), demo.classify.photos.view) attacked on `network`; AlexNet's and `vgg`'s top-5
    before and after. `target_text` names the class to push it to (blank: any other). InputError when the
    attacked network has no weights here."""
    network, method, epsilon, steps = check(network, method, epsilon, steps)
    vgg = one_of(vgg, photos.VGGS, "classify.name.vgg")
    net = photos.network(network)  # loaded outside the GPU function; no weights: its one sentence
    target = -1
    if isinstance(target_text, str) and target_text.strip():
        target = photos.find_class(target_text, net.categories)
    x = torch.from_numpy(np.ascontiguousarray(view.transpose(2, 0, 1), np.float32) / 255)[None]
    adv, given, seconds = _attack(network, x, method, epsilon, steps, target)
    if target == given:
        raise InputError(say("classify.err.target_is_given", label=net.categories[target]))
    adversarial = np.rint(adv[0].numpy().transpose(1, 2, 0) * 255).astype(np.uint8)
    shown = tuple(dict.fromkeys((network, photos.ALEXNET, vgg)))
    found, problems = photos.classify([view, adversarial], [shown, shown])
    return PhotoAttack(network, method, epsilon, steps, given, target, np.asarray(view, np.uint8), adversarial,
                       found[0], found[1], problems, seconds)
