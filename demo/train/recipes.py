"""Train a lecture network and write its weights: `python -m demo.train perceptron|mlp|lenet5|lenet5_noaug`.

Writes assets/weights/NAME.safetensors and NAME.json (dataset, split, seed, epochs, test accuracy,
wall time, device, library versions). The shipped files were made with the recipes below on the
bundled MNIST subset; `--dry-run` trains a few steps into a scratch folder for tests.
"""

import argparse
import dataclasses
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from tqdm import tqdm

from demo.base import config
from demo.base.data import DEFAULT_DATASET, MNIST_SUBSET_TEST_SIZE, SPLIT_SEED, load_dataset
from demo.base.device import best_device, describe
from demo.nets.models import MODELS, build_model
from demo.base.progress import tqdm_progress
from demo.nets.training import TrainConfig, fit
from demo.nets.weights import save_weights



@dataclass(frozen=True)
class Recipe:
    """How one shipped weights file is made: the model of the registry and its training settings."""

    model: str
    config: TrainConfig
    title: str = ""  # the card's title; the model's own by default


# The shipped recipes, chosen on the bundled subset (4,000 train images). The perceptron and the MLP
# see a digit as one long vector: shifted or rotated copies only blur what they learn, so their
# augmentation is off. LeNet-5 gains about a point of test accuracy from small random shifts,
# rotations and scalings; `lenet5_noaug` is the same network without them, for the Perceptron tab's
# robustness chart (what the augmentation buys when the digit moves).
RECIPES = {
    "perceptron": Recipe("perceptron", TrainConfig(epochs=30, batch_size=64, lr=3e-3, weight_decay=1e-4, augment=False)),
    "mlp": Recipe("mlp", TrainConfig(epochs=30, batch_size=64, lr=2e-3, weight_decay=1e-4, augment=False)),
    "lenet5": Recipe("lenet5", TrainConfig(epochs=30, batch_size=32, lr=2e-3, weight_decay=1e-4, augment=True)),
    "lenet5_noaug": Recipe("lenet5", TrainConfig(epochs=30, batch_size=32, lr=2e-3, weight_decay=1e-4, augment=False),
                           "LeNet-5 (no augmentation)"),
}
DRY_RUN_STEPS = 5


def versions() -> dict[str, str]:
    import numpy
    import safetensors
    import torchvision

    return {"python": platform.python_version(), "torch": torch.__version__,
            "torchvision": torchvision.__version__, "numpy": numpy.__version__,
            "safetensors": safetensors.__version__}


def train(name: str, dataset: str = DEFAULT_DATASET, out_dir: Path | None = None,
          device: torch.device | None = None, show_progress: bool = True, **overrides) -> dict:
    """Train recipe `name` (RECIPES; or a registry model with default settings) on `dataset`, save
    NAME.safetensors + NAME.json into `out_dir`, return the card."""
    recipe = RECIPES.get(name, Recipe(name, TrainConfig()))
    cfg = dataclasses.replace(recipe.config,
                              **{k: v for k, v in overrides.items() if v is not None})
    device = device or best_device()
    data = load_dataset(dataset)
    c, h, w = data.image_shape
    model_args = {"in_channels": c, "num_classes": data.num_classes, "image_size": h}
    torch.manual_seed(cfg.seed)
    model = build_model(recipe.model, **model_args)

    bar = tqdm(total=1, unit="step", disable=not show_progress, desc=name)
    start = time.perf_counter()
    result = fit(model, data, cfg, device, tqdm_progress(bar))
    bar.close()
    split = ({"train": len(data.train_labels), "test": len(data.test_labels), "seed": SPLIT_SEED,
              "method": "stratified by class"})
    if dataset == DEFAULT_DATASET:
        split["test_size"] = MNIST_SUBSET_TEST_SIZE
    card = {
        "model": recipe.model,
        "recipe": name,
        "title": recipe.title or MODELS[recipe.model].title,
        "model_args": model_args,
        "dataset": dataset,
        "dataset_source": data.source,
        "split": split,
        "normalisation": {"mean": data.mean, "std": data.std},
        "classes": list(data.classes),
        "train_config": dataclasses.asdict(cfg),
        "epochs_run": len(result.history),
        "test_accuracy": round(result.test_accuracy, 4),
        "wall_seconds": round(time.perf_counter() - start, 2),
        "device": describe(device),
        "parameters": sum(p.numel() for p in model.parameters()),
        "history": [{"epoch": e.epoch, "train_loss": round(e.train_loss, 4),
                     "test_accuracy": round(e.test_accuracy, 4)} for e in result.history],
        "versions": versions(),
        "command": f"python -m demo.train {name}",
    }
    save_weights(model, name, card, out_dir)
    return card


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m demo.train", description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=sorted(RECIPES), help="which shipped weights to make")
    parser.add_argument("--dataset", default=DEFAULT_DATASET, help="a name from `python -m demo.base.data list`")
    parser.add_argument("--data-dir", default=None, help=f"data root (default {config.DATA_DIR})")
    parser.add_argument("--out-dir", type=Path, default=None, help=f"default {config.WEIGHTS_DIR}")
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--lr", type=float)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--no-augment", dest="augment", action="store_false", default=None)
    parser.add_argument("--device", choices=["cuda", "mps", "cpu"], default=None)
    parser.add_argument("--dry-run", action="store_true", help=f"train {DRY_RUN_STEPS} steps only")
    args = parser.parse_args(argv)
    if args.data_dir:
        config.set_data_dir(args.data_dir)
    # A dry run never overwrites the shipped weights.
    out_dir = args.out_dir or (config.CACHE_DIR / "dry-run" if args.dry_run else None)
    card = train(args.model, args.dataset, out_dir,
                 torch.device(args.device) if args.device else None,
                 epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, seed=args.seed,
                 augment=args.augment, max_steps=DRY_RUN_STEPS if args.dry_run else None)
    print(f"{card['title']}: test accuracy {card['test_accuracy']:.2%} after {card['epochs_run']} epochs, "
          f"{card['wall_seconds']} s on {card['device']}; written to {out_dir or config.WEIGHTS_DIR}")


if __name__ == "__main__":
    main()
