"""Shipped weights: a safetensors file of tensors plus a JSON card of how they were made.

assets/weights/NAME.safetensors holds the state dict; NAME.json holds the model's constructor
arguments, the dataset and split, the training settings, the test accuracy, the wall time, the
device and the library versions. Nothing here unpickles anything.
"""

import functools
import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from demo.base import config
from demo.base.errors import InputError
from demo.i18n import say
from demo.nets.models import build_model


def weights_paths(name: str, directory: Path | None = None) -> tuple[Path, Path]:
    directory = Path(directory or config.WEIGHTS_DIR)
    return directory / f"{name}.safetensors", directory / f"{name}.json"


def save_weights(model: torch.nn.Module, name: str, card: dict, directory: Path | None = None) -> Path:
    """Write NAME.safetensors and NAME.json; `card["model_args"]` must rebuild the model."""
    tensors_path, card_path = weights_paths(name, directory)
    tensors_path.parent.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(tensors_path), metadata={"model": card["model"]})
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    return tensors_path


def read_card(name: str, directory: Path | None = None) -> dict:
    _, card_path = weights_paths(name, directory)
    if not card_path.exists():
        raise InputError(say("weights.err.missing", name=name, folder=card_path.parent))
    return json.loads(card_path.read_text())


def load_trained(name: str, directory: Path | None = None) -> tuple[torch.nn.Module, dict]:
    """(model in eval mode on the CPU, its card) from NAME.safetensors / NAME.json."""
    card = read_card(name, directory)
    tensors_path, _ = weights_paths(name, directory)
    model = build_model(card["model"], **card["model_args"])
    model.load_state_dict(load_file(str(tensors_path)))
    return model.eval(), card


@functools.cache
def shipped(name: str) -> tuple[torch.nn.Module, dict]:
    """The shipped model, loaded once per process (the app's inference path)."""
    return load_trained(name)
