"""Settings, read once from the environment with clamped defaults.

Every environment override of the project lives here, so a host (a Space, a lab machine)
can see in one place what it may change. Paths are resolved, numbers are clamped to a sane
range, and nothing here imports torch or gradio.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
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
# A folder of torchvision's ImageNet weight files for AlexNet and VGG, under torchvision's own file
# names (e.g. alexnet-owt-7be5be79.pth), looked at before torchvision's cache (demo/nets/imagenet.py);
# `--imagenet-dir` on the command line overrides it. None: only the cache (and downloads, if allowed).
IMAGENET_DIR: Path | None = _env_path("DEMO_IMAGENET_DIR", None)
# "cuda", "mps" or "cpu" to force a device; empty picks the best one present.
DEVICE = os.environ.get("DEMO_DEVICE", "").strip().lower()

# Uploads: bytes on the wire (gradio refuses bigger files) and decoded pixels (we refuse bigger
# images before decoding them, so a 12,000 x 12,000 PNG costs nothing).
MAX_FILE_MB = _env_int("DEMO_MAX_FILE_MB", 20, 1, 200)
MAX_MEGAPIXELS = _env_int("DEMO_MAX_MEGAPIXELS", 40, 1, 200)

# Serving a class (demo/web/serving.py). The queue holds a lecture hall pressing a button together;
# three lanes run at once: short calls (classifiers, calculators), picture work, and heavy jobs.
QUEUE_SIZE = _env_int("DEMO_QUEUE_SIZE", 1_000, 1, 100_000)
SHORT_CONCURRENCY = _env_int("DEMO_SHORT_CONCURRENCY", 2, 1, 64)
IMAGE_CONCURRENCY = _env_int("DEMO_IMAGE_CONCURRENCY", 2, 1, 64)
HEAVY_CONCURRENCY = _env_int("DEMO_HEAVY_CONCURRENCY", 2, 1, 16)
SESSION_CAPACITY = _env_int("DEMO_SESSION_CAPACITY", 2_000, 10, 100_000)  # browser sessions kept in memory
# Bytes the k-NN tab keeps in memory: embeddings and built indexes (the disk cache is not counted).
CACHE_MEMORY_MB = _env_int("DEMO_CACHE_MEMORY_MB", 1_024, 64, 1_000_000)
# Caps on one live training run in the Train tab (a shared Space must stay fair; a laptop may raise them).
TRAIN_MAX_EPOCHS = _env_int("DEMO_TRAIN_MAX_EPOCHS", 20, 1, 1_000)
TRAIN_MAX_SECONDS = _env_int("DEMO_TRAIN_MAX_SECONDS", 120, 5, 86_400)
# Threads per torch / FAISS call. One: two students' calls side by side use both cores without
# fighting; raise it on a laptop used by one person.
TORCH_THREADS = _env_int("DEMO_TORCH_THREADS", 1, 1, 256)
# Tools for assistants (demo/web/tools.py): the MCP endpoint, served when gradio's `mcp` extra is
# installed unless this is off (or `--no-mcp` is given).
MCP = _env_flag("DEMO_MCP", True)
# Set before gradio and torch load: no telemetry, no per-event statistics (gradio recomputes them over
# every past event after each event), OpenMP threads that sleep rather than spin while they wait.
SERVING_ENVIRONMENT = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "GRADIO_ANALYTICS_CACHE_FREQUENCY": str(2**62),
    "GRADIO_ANALYTICS_MAX_EVENTS": "1",
    "OMP_WAIT_POLICY": "PASSIVE",
}


def apply_serving_environment() -> None:
    """Put SERVING_ENVIRONMENT into os.environ, keeping what the host set itself."""
    for name, value in SERVING_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def set_data_dir(path: str | Path) -> None:
    """Point the dataset registry at another data root (the `--data-dir` option)."""
    global DATA_DIR
    DATA_DIR = Path(path).expanduser().resolve()


def set_imagenet_dir(path: str | Path | None) -> None:
    """Look for ImageNet weight files in another folder first (the `--imagenet-dir` option); None: none."""
    global IMAGENET_DIR
    IMAGENET_DIR = None if path is None else Path(path).expanduser().resolve()
