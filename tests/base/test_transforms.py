"""demo.base.transforms: our normalisation against torchvision's own on the same pictures."""

import torch
import torchvision.transforms.v2 as T

from demo.base import transforms


def test_normalise_matches_torchvisions_normalize(mnist):
    reference = T.Compose([T.ToImage(), T.ToDtype(torch.float32, scale=True), T.Normalize(mnist.mean, mnist.std)])
    ours = transforms.normalise(mnist.test_images[:5], mnist.mean, mnist.std)
    theirs = torch.stack([reference(img[0][..., None]) for img in mnist.test_images[:5]])
    torch.testing.assert_close(ours, theirs)
