"""Settings, read once from the environment with clamped defaults.

Every environment override of the project lives here, so a host (a Space, a lab machine)
can see in one place what it may change. Paths are resolved, numbers are clamped to a sane
range, and nothing here imports torch or gradio.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = ROOT / "assets"
IMAGES_DIR = ASSETS_DIR / "images"
# The bundled photo (Chelsea the cat, CC0) that every photo input falls back to; see assets/images/LICENSES.md.
PHOTO = IMAGES_DIR / "chelsea.png"


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else default


def _env_int(name: str, default: int, low: int, high: int) -> int:
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        value = default
    return max(low, min(high, value))


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in {"1", "true", "yes", "on"}


# Shipped weights (safetensors + JSON cards) written by `python -m demo.train`.
WEIGHTS_DIR = _env_path("DEMO_WEIGHTS_DIR", ASSETS_DIR / "weights")
# Root of the optional datasets: torchvision's MNIST / Fashion-MNIST / CIFAR-10 folders, and any
# folder of class subfolders (ImageFolder layout). `--data-dir` on the command line overrides it.
DATA_DIR = _env_path("DEMO_DATA_DIR", ROOT / "data")
# Derived files that are cheap to rebuild (the decoded MNIST subset, embeddings, indexes).
CACHE_DIR = _env_path("DEMO_CACHE_DIR", Path.home() / ".cache" / "cnn-lecture-demo")
# A Hugging Face Space sets SPACE_ID; it has a network, a laptop in a lecture hall may not.
ON_SPACE = bool(os.environ.get("SPACE_ID"))
# Offline by default: torchvision datasets and ImageNet weights are downloaded only when this is
# set (or on a Space). Files already on disk are always used.
ALLOW_DOWNLOADS = _env_flag("DEMO_ALLOW_DOWNLOADS", ON_SPACE)
# "cuda", "mps" or "cpu" to force a device; empty picks the best one present.
DEVICE = os.environ.get("DEMO_DEVICE", "").strip().lower()

# Uploads: bytes on the wire (gradio refuses bigger files) and decoded pixels (we refuse bigger
# images before decoding them, so a 12,000 x 12,000 PNG costs nothing).
MAX_FILE_MB = _env_int("DEMO_MAX_FILE_MB", 20, 1, 200)
MAX_MEGAPIXELS = _env_int("DEMO_MAX_MEGAPIXELS", 40, 1, 200)

# Queue: how many requests may wait, and how many heavy jobs (inference) run at once.
QUEUE_SIZE = _env_int("DEMO_QUEUE_SIZE", 64, 1, 10_000)
INFERENCE_CONCURRENCY = _env_int("DEMO_INFERENCE_CONCURRENCY", 4, 1, 64)


def set_data_dir(path: str | Path) -> None:
    """Point the dataset registry at another data root (the `--data-dir` option)."""
    global DATA_DIR
    DATA_DIR = Path(path).expanduser().resolve()
