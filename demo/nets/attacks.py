"""Adversarial examples for any network of the app: captum's FGSM and PGD (captum.robust), on pictures in [0, 1].

The loss the attack climbs is the lecture's score difference, not softmax's cross-entropy: with a target t, the
target's score minus the score of the class given now (y); with none, the best other class's score minus y's.
For a linear model FGSM then moves every pixel by ε along sign(w_t - w_y), the difference of two templates
(demo.perceptron.adversarial shows it). The result is rounded to whole grey levels, so an adversarial picture is
an ordinary 8-bit picture; since ε is whole, rounding keeps every pixel within ε of the original.

captum is imported when an attack is first asked for, not at start-up.
"""

import warnings
from typing import Callable

import torch

METHODS = ("fgsm", "pgd")
STEPS_RANGE = (1, 40)  # PGD's steps
STEPS_DEFAULT = 10
PGD_REACH = 2.5  # PGD's step is PGD_REACH x ε / steps: the walk can cross the ε-box and come back
BATCH = 1_000  # pictures a gradient step takes at once (28x28 digits; pass a smaller batch for photos)


def margin_loss(given: torch.Tensor):
    """captum's loss_func: for a target t, the score of the class given now minus t's (the attack lowers it);
    with no target (t = -1), the given class's score minus the best other class's."""
    def loss(scores: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        own = scores.gather(1, given[:, None])[:, 0]
        others = scores.scatter(1, given[:, None], float("-inf"))
        chosen = torch.where(target >= 0, scores.gather(1, target.clamp(min=0)[:, None])[:, 0], others.max(1).values)
        return own - chosen
    return loss


def perturb(forward: Callable[[torch.Tensor], torch.Tensor], images: torch.Tensor, epsilon: int,
            method: str = "fgsm", steps: int = STEPS_DEFAULT, target: torch.Tensor | None = None,
            given: torch.Tensor | None = None, batch: int = BATCH) -> torch.Tensor:
    """Pictures (N, C, H, W) in [0, 1] attacked on `forward` (pictures in [0, 1] -> scores) by captum's FGSM or
    PGD (L∞, ε whole grey levels of 255), away from `given` (N,) (default: the network's own answers; the true
    labels for an accuracy) and towards `target` (N,) (-1 or None: any other class); rounded to whole grey
    levels, on the pictures' device."""
    from captum.robust import FGSM, PGD  # noqa: PLC0415 - the first attack pays for captum's import

    # PGD hands FGSM each step's picture without a gradient and captum warns about it on every step
    warnings.filterwarnings("ignore", "Input Tensor 0 did not already require gradients", UserWarning)

    if epsilon == 0:
        return images.clone()
    if given is None:
        with torch.no_grad():
            given = torch.cat([forward(images[i:i + batch]).argmax(1) for i in range(0, len(images), batch)])
    target = torch.full_like(given, -1) if target is None else target
    eps = epsilon / 255
    out = []
    for start in range(0, len(images), batch):
        part = slice(start, start + batch)
        loss = margin_loss(given[part])
        x = images[part].clone().requires_grad_()
        # the margin is lowered: captum's "targeted" steps down its loss
        if method == "fgsm":
            adv = FGSM(forward, loss_func=loss, lower_bound=0.0, upper_bound=1.0).perturb(
                x, eps, target[part], targeted=True)
        else:
            adv = PGD(forward, loss_func=loss, lower_bound=0.0, upper_bound=1.0).perturb(
                x, eps, PGD_REACH * eps / steps, steps, target[part], targeted=True)
        out.append(adv.detach())
    return (torch.cat(out) * 255).round().clamp(0, 255) / 255
