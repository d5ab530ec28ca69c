"""demo.nets.attacks on a linear model whose answer can be worked out by hand: FGSM moves every free pixel by ε
along sign(w_t - w_y) (or, with no target, towards the runner-up), a batch split in parts gives what one batch
gives, the pictures' bounds hold, ε = 0 changes nothing, and PGD lowers the margin at least as far as FGSM."""

import pytest
import torch

from demo.nets import attacks


@pytest.fixture(scope="module")
def linear():
    torch.manual_seed(0)
    layer = torch.nn.Linear(36, 4)
    return lambda x: layer(x.flatten(1)), layer.weight.detach()


@pytest.fixture(scope="module")
def pictures():
    torch.manual_seed(1)
    return torch.randint(10, 246, (12, 1, 6, 6)).float() / 255  # away from 0 and 255: every pixel may move


def _margins(forward, x, given, target):
    with torch.no_grad():
        s = forward(x)
    return s.gather(1, given[:, None])[:, 0] - s.gather(1, target[:, None])[:, 0]


def test_fgsm_on_a_linear_model_is_the_sign_of_the_template_difference(linear, pictures):
    forward, w = linear
    given = torch.zeros(len(pictures), dtype=torch.long)
    target = torch.full_like(given, 3)
    adv = attacks.perturb(forward, pictures, 5, "fgsm", target=target, given=given)
    step = torch.round((adv - pictures) * 255).flatten(1)
    assert torch.equal(step, 5 * torch.sign(w[3] - w[0]).expand_as(step))


def test_without_a_target_the_attack_pushes_towards_the_runner_up(linear, pictures):
    forward, w = linear
    with torch.no_grad():
        order = forward(pictures).argsort(1, descending=True)
    adv = attacks.perturb(forward, pictures, 5, "fgsm")
    step = torch.round((adv - pictures) * 255).flatten(1)
    assert torch.equal(step, 5 * torch.sign(w[order[:, 1]] - w[order[:, 0]]))


def test_a_batch_in_parts_is_the_batch_at_once(linear, pictures):
    forward, _ = linear
    given = torch.arange(len(pictures)) % 4
    whole = attacks.perturb(forward, pictures, 7, "pgd", steps=4, given=given)
    parts = attacks.perturb(forward, pictures, 7, "pgd", steps=4, given=given, batch=5)
    assert torch.equal(whole, parts)


def test_pictures_stay_in_their_bounds_on_whole_grey_levels(linear):
    forward, _ = linear
    edge = torch.tensor([0.0, 1.0]).repeat(18).view(1, 1, 6, 6)
    adv = attacks.perturb(forward, edge, 30, "pgd", steps=3)
    assert adv.min() >= 0 and adv.max() <= 1 and torch.equal(adv * 255, torch.round(adv * 255))
    assert torch.equal(attacks.perturb(forward, edge, 0), edge)


def test_pgd_lowers_the_margin_at_least_as_far_as_fgsm(linear, pictures):
    forward, _ = linear
    given, target = torch.zeros(len(pictures), dtype=torch.long), torch.full((len(pictures),), 2)
    before = _margins(forward, pictures, given, target)
    fgsm = _margins(forward, attacks.perturb(forward, pictures, 8, "fgsm", target=target, given=given), given, target)
    pgd = _margins(forward, attacks.perturb(forward, pictures, 8, "pgd", 10, target, given), given, target)
    assert (fgsm < before).all() and (pgd <= fgsm + 1e-4).all()
