"""Fooled: the lecture's digit classifiers changed by a change a person does not see (adversarial examples).

The attacks are captum's (captum.robust: FGSM, and PGD with its steps), on the digit as the network takes it:
28x28 grey levels in [0, 1], every pixel moved by at most ε (given in grey levels of 255) and kept within the
picture's range. The result is rounded to whole grey levels, so the adversarial digit is an ordinary 8-bit
picture; since ε is whole, rounding keeps every pixel within ε.

The loss the attack climbs is the lecture's score difference (demo.nets.attacks): with a target t, the target's
score minus the score of the class the network gives now (y); with none, the best other class's score minus
y's. For the perceptron (s = W x' + b, x' = (x - mean) / std) FGSM then moves every pixel by ε along
sign(w_t - w_y): the difference of two templates, the picture the lecture draws. Its score difference grows by
ε / 255 / std x Σ|w_t - w_y| where every pixel can move that way, and by exactly Σ δ_i (w_t - w_y)_i / std for
the move δ the picture's limits (0 and 255) allow.

Every classifier of the Perceptron tab (perceptron, MLP, k-NN on raw pixels, LeNet-5 with and without shift
training) answers the original and the adversarial digit: an attack made on one network, seen by all
(transfer). `curves` measures accuracy against ε over the whole test split, FGSM on each network itself, and a
transfer table (an attack made on each network, at one ε, seen by every classifier); batched and cached.
"""

import hashlib
import threading
import time
from dataclasses import dataclass, field

import numpy as np
import torch

from demo.base import config
from demo.base.cache import load_npz, save_npz
from demo.base.data import load_dataset
from demo.base.errors import InputError, one_of, whole_number
from demo.base.fingerprints import data_fingerprint, file_hash
from demo.base.progress import Progress
from demo.i18n import say
from demo.nets import attacks
from demo.nets.weights import shipped, weights_paths
from demo.perceptron.robustness import MODELS, NETWORKS, predict, titles

METHODS = attacks.METHODS
EPSILON_RANGE = (0, 64)  # grey levels of 255 a pixel may change
EPSILON_DEFAULT = 25  # about a tenth of the range: invisible on a digit's white strokes, enough for the perceptron
STEPS_RANGE, STEPS_DEFAULT = attacks.STEPS_RANGE, attacks.STEPS_DEFAULT  # PGD's steps
NONE = "none"  # no target: any class but the one the network gives now
TARGETS = (NONE, *map(str, range(10)))
CURVE_EPSILONS = (0, 2, 4, 6, 8, 12, 16, 20, 25, 32, 40, 48, 64)  # grey levels, the robustness chart's steps
TRANSFER_EPSILON = EPSILON_DEFAULT  # the transfer table's ε
CACHE_VERSION = 1


def _logits_fn(name: str):
    """The network `name`'s scores for digits (N, 1, 28, 28) in [0, 1], differentiable (its card's normalisation
    written out, where predict() goes through whole grey levels)."""
    model, card = shipped(name)
    model = model.eval()
    stats = card["normalisation"]
    mean = torch.tensor(stats["mean"], dtype=torch.float32).view(1, -1, 1, 1)
    std = torch.tensor(stats["std"], dtype=torch.float32).view(1, -1, 1, 1)
    return lambda x: model((x - mean) / std)


def perturb(images: torch.Tensor, name: str, epsilon: int, method: str = "fgsm", steps: int = STEPS_DEFAULT,
            target: torch.Tensor | None = None, given: torch.Tensor | None = None) -> torch.Tensor:
    """Digits (N, 1, 28, 28) in [0, 1] attacked on the network `name` (demo.nets.attacks.perturb: captum's FGSM
    or PGD, ε grey levels), away from `given` (default: the network's own answers; the test split's labels for
    an accuracy) and towards `target` (-1 or None: any other class)."""
    return attacks.perturb(_logits_fn(name), images, epsilon, method, steps, target, given)


@dataclass(frozen=True)
class Attack:
    """One digit attacked on one network, and what every classifier says before and after."""

    network: str
    method: str
    epsilon: int
    steps: int
    target: int  # -1: none
    given: int  # the attacked network's answer on the original
    original: np.ndarray  # uint8 (28, 28)
    adversarial: np.ndarray  # uint8 (28, 28)
    before: dict[str, np.ndarray]  # classifier -> probabilities (10,)
    after: dict[str, np.ndarray]
    template_difference: np.ndarray | None  # the perceptron: w_t - w_y over the pixels (28, 28), else None
    predicted_gain: float | None  # the perceptron: ε / 255 / std x Σ|w_t - w_y|, every pixel free to move
    allowed_gain: float | None  # the same for the move the picture's limits allow: Σ δ (w_t - w_y) / std
    measured_gain: float | None  # the score difference s_t - s_y after, minus before
    sign_agreement: float | None  # the perceptron: share of the moved pixels moved along sign(w_t - w_y)

    @property
    def perturbation(self) -> np.ndarray:
        """adversarial - original, in grey levels (int16 (28, 28), within ±ε)."""
        return self.adversarial.astype(np.int16) - self.original.astype(np.int16)

    def answer(self, name: str, when: str = "after") -> tuple[int, float]:
        p = (self.after if when == "after" else self.before)[name]
        return int(np.argmax(p)), float(p.max())

    @property
    def fooled(self) -> bool:
        return self.answer(self.network, "after")[0] != self.given

    @property
    def towards(self) -> int:
        """The class the template difference points to: the target, or (none) the class the network gives now."""
        return self.target if self.target >= 0 else self.answer(self.network, "after")[0]


def check(network: str, method: str, epsilon, steps, target) -> tuple[str, str, int, int, int]:
    network = one_of(network, NETWORKS, "perceptron.name.attack_network")
    method = one_of(method, METHODS, "perceptron.name.attack_method")
    epsilon = whole_number(epsilon, "perceptron.name.epsilon", *EPSILON_RANGE)
    steps = whole_number(steps, "perceptron.name.attack_steps", *STEPS_RANGE)
    target = one_of(str(target) if isinstance(target, int) and not isinstance(target, bool) else target, TARGETS,
                    "perceptron.name.attack_target")
    return network, method, epsilon, steps, -1 if target == NONE else int(target)


def attack(image28: np.ndarray, network: str = "perceptron", method: str = "fgsm", epsilon=EPSILON_DEFAULT,
           steps=STEPS_DEFAULT, target=NONE) -> Attack:
    """One uint8 (28, 28) digit attacked on `network`; every classifier's probabilities before and after; for the
    perceptron, the template difference and the score gain, predicted and measured."""
    network, method, epsilon, steps, target = check(network, method, epsilon, steps, target)
    x = torch.from_numpy(np.asarray(image28, np.float32) / 255)[None, None]
    with torch.no_grad():
        given = int(_logits_fn(network)(x).argmax(1)[0])
    if target == given:
        raise InputError(say("perceptron.err.target_is_given", target=target))
    adv = perturb(x, network, epsilon, method, steps, None if target < 0 else torch.tensor([target]))
    adversarial = np.rint(adv[0, 0].numpy() * 255).astype(np.uint8)
    before = {name: predict(x, name)[0] for name in MODELS}
    after = {name: predict(adv, name)[0] for name in MODELS}
    towards = target if target >= 0 else int(np.argmax(after[network]))
    extra = dict(template_difference=None, predicted_gain=None, allowed_gain=None, measured_gain=None,
                 sign_agreement=None)
    if network == "perceptron" and towards != given:
        extra = _linear_account(x, adv, given, towards, epsilon)
    return Attack(network, method, epsilon, steps, target, given, np.asarray(image28, np.uint8), adversarial,
                  before, after, **extra)


def _linear_account(x: torch.Tensor, adv: torch.Tensor, given: int, towards: int, epsilon: int) -> dict:
    """The perceptron's attack read off its templates: w_t - w_y, the score gain it predicts and the one measured."""
    model, card = shipped("perceptron")
    weight = dict(model.named_parameters())
    w = next(p for n, p in weight.items() if n.endswith("weight")).detach().reshape(10, -1)
    std = float(np.ravel(card["normalisation"]["std"])[0])
    difference = (w[towards] - w[given]).numpy()
    delta = (adv - x).flatten().numpy()  # in [0, 1] units
    scores = _logits_fn("perceptron")
    with torch.no_grad():
        gap = [float(s[0, towards] - s[0, given]) for s in (scores(x), scores(adv))]
    moved = delta != 0
    agree = float(np.mean(np.sign(delta[moved]) == np.sign(difference[moved]))) if moved.any() else 1.0
    return dict(template_difference=difference.reshape(28, 28),
                predicted_gain=epsilon / 255 / std * float(np.abs(difference).sum()),
                allowed_gain=float(delta @ difference) / std, measured_gain=gap[1] - gap[0], sign_agreement=agree)


# ---- over the whole test split -------------------------------------------------------------------------------

@dataclass
class Curves:
    """Test accuracy against ε (FGSM on each network itself), and the transfer table at TRANSFER_EPSILON."""

    epsilons: np.ndarray  # (E,) grey levels
    accuracy: dict[str, np.ndarray] = field(default_factory=dict)  # network -> (E,)
    transfer: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # (attacked on, seen by): accuracy
    num_images: int = 0
    seconds: float = 0.0

    def below_half(self, name: str) -> int | None:
        """The smallest ε of the chart at which `name`'s accuracy is under 50% (None: never within the chart)."""
        under = np.flatnonzero(self.accuracy[name] < 0.5)
        return int(self.epsilons[under[0]]) if len(under) else None

    def sentence(self) -> str:
        names = titles()
        falls = [say("perceptron.adv.falls", name=names[n], eps=e) if (e := self.below_half(n)) is not None
                 else say("perceptron.adv.holds", name=names[n], eps=int(self.epsilons[-1])) for n in NETWORKS]
        i = list(NETWORKS).index("perceptron")
        seen = list(MODELS)
        return say("perceptron.adv.sentence", n=f"{self.num_images:,}", falls="; ".join(falls), eps=TRANSFER_EPSILON,
                   own=f"{self.transfer[i, seen.index('perceptron')]:.0%}",
                   lenet=f"{self.transfer[i, seen.index('lenet5')]:.0%}",
                   mlp=f"{self.transfer[i, seen.index('mlp')]:.0%}",
                   knn=f"{self.transfer[i, seen.index('knn')]:.0%}")


def compute_curves(progress: Progress | None = None) -> Curves:
    start = time.perf_counter()
    data = load_dataset()
    x = torch.from_numpy(data.test_images.astype(np.float32) / 255)
    truth = data.test_labels
    labels = torch.from_numpy(truth)
    curves = Curves(np.array(CURVE_EPSILONS), num_images=len(x))
    names = titles()
    transfer = []
    total, done = len(NETWORKS) * len(CURVE_EPSILONS), 0
    for name in NETWORKS:
        row = []
        for eps in CURVE_EPSILONS:
            adv = perturb(x, name, eps, given=labels)
            row.append(float((predict(adv, name).argmax(1) == truth).mean()))
            if eps == TRANSFER_EPSILON:
                transfer.append([float((predict(adv, seen).argmax(1) == truth).mean()) for seen in MODELS])
            done += 1
            if progress is not None:
                progress(done, total, f"{names[name]}: ε = {eps}")
        curves.accuracy[name] = np.array(row)
    curves.transfer = np.array(transfer)
    curves.seconds = time.perf_counter() - start
    return curves


def _cache_key() -> str:
    parts = [str(CACHE_VERSION), data_fingerprint(load_dataset()), str(CURVE_EPSILONS), str(TRANSFER_EPSILON)]
    parts += [file_hash(weights_paths(name)[0]) for name in NETWORKS]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


_LOCK = threading.Lock()


def curves(progress: Progress | None = None) -> Curves:
    """`compute_curves`, cached on disk (keyed by the data, the weights and the steps), computed once at a time."""
    key = _cache_key()
    path = config.CACHE_DIR / "robustness" / "adversarial.npz"
    with _LOCK:
        cached = load_npz(path, ("key", "epsilons", "names", "accuracy", "transfer", "num_images"))
        if cached is not None and str(cached["key"]) == key:
            names = [str(n) for n in cached["names"]]
            return Curves(cached["epsilons"], dict(zip(names, cached["accuracy"])), cached["transfer"],
                          int(cached["num_images"]))
        result = compute_curves(progress)
        save_npz(path, key=np.array(key), epsilons=result.epsilons, names=np.array(list(result.accuracy)),
                 accuracy=np.stack(list(result.accuracy.values())), transfer=result.transfer,
                 num_images=np.array(result.num_images))
        return result
