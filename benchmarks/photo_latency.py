"""Photos through AlexNet and VGG-16: the app's path against a bare torchvision script, batching, Grad-CAM.

On any machine (the CPU figures; torch uses the app's threads per call, `DEMO_TORCH_THREADS`, in both):
1. One photo at a time, p50/p95 over --calls calls: the app's server work for one `classify_image`
   request (the callback: read the upload, make the view, AlexNet and VGG-16, both top-5s, the seen
   picture and the figure) against a bare torchvision script doing the same two networks on the same
   file with the same weights (PIL, `weights.transforms()`, `model(x)`, softmax, top-k). Calls alternate.
   Goal: overhead at most 1.1x.
2. Throughput of 8 requests sent at once to the running app over HTTP (gradio's queue, as browsers do):
   gradio's batching (`batch=True`, max_batch_size 8) against the same app with batches of one. Rounds
   alternate.
3. Grad-CAM of both networks (demo.classify.saliency) against one forward and backward pass of the same networks
   the usual way (weight gradients and all), and captum's LayerGradCam. Goal: at most 2x.
On a CUDA machine the same script, unchanged, adds:
4. Batch-64 throughput of VGG-16 and AlexNet through the app's path (demo.classify.photos.classify) with autocast
   (float16) against float32, and the app's float32 path against the bare script's.

Weights: those of `--imagenet-dir DIR` or torchvision's cache when they hold AlexNet's and VGG-16's; else
the tests' stand-ins (tests/imagenet_standin.py: the same networks and shapes, so the same work), as said.

    python -m benchmarks.photo_latency [--calls 30] [--rounds 4] [--imagenet-dir DIR]
"""

import argparse
import asyncio
import shutil
import statistics
import time
from pathlib import Path

import numpy as np
import torch
import torchvision
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent

from demo.base import config  # noqa: E402
from demo.nets import imagenet  # noqa: E402
from demo.classify import photos  # noqa: E402
from demo.classify import saliency  # noqa: E402
from demo.base.device import best_device, describe  # noqa: E402

NETWORKS = ("alexnet", "vgg16")
CONCURRENT = 8
GOAL_OVERHEAD = 1.1
GOAL_GRAD_CAM = 2.0
CUDA_BATCH = 64


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 95))


def weights_folder(given: str | None) -> tuple[str, str]:
    """Point the app at real weights if there are any, else at the tests' stand-ins; (folder, what)."""
    if given:
        config.set_imagenet_dir(given)
    if all(imagenet.imagenet_weights_path(n).is_file() for n in NETWORKS):
        return str(imagenet.imagenet_weights_path("alexnet").parent), "ImageNet weights"
    from tests.imagenet_standin import standin_dir

    config.set_imagenet_dir(standin_dir())
    return str(standin_dir()), "the tests' stand-in weights (no ImageNet files here; same shapes, same work)"


def bare_models(device: torch.device) -> dict[str, torch.nn.Module]:
    """The bare script's networks: torchvision's own, the same files, loaded the plain way."""
    out = {}
    for name in NETWORKS:
        model = torchvision.models.get_model(name, weights=None)
        model.load_state_dict(torch.load(imagenet.imagenet_weights_path(name), weights_only=True))
        out[name] = model.eval().to(device)
    return out


def bare_classify(models, path: str, device) -> list:
    """What a bare torchvision script does with one photo: open, transform, forward, softmax, top-5."""
    picture = Image.open(path).convert("RGB")
    x = torchvision.models.get_model_weights("alexnet").DEFAULT.transforms()(picture)[None].to(device)
    with torch.inference_mode():
        return [torch.topk(torch.softmax(m(x), 1), 5) for m in models.values()]


def one_at_a_time(calls: int, photo_file: str) -> dict[str, list[float]]:
    from demo.classify.tab import classify_image

    device = best_device()
    models = bare_models(device)
    rows = {"app: classify_image callback": [], "app: view + classify (core)": [], "bare torchvision script": []}
    upload = [photo_file]
    for i in range(calls + 2):  # two warm-up rounds: weights loaded, caches filled
        start = time.perf_counter()
        seen, alexnet, vgg, summary, plot = classify_image(upload, ["cat"], ["vgg16"], [0], [0], [100])
        app = time.perf_counter() - start
        assert alexnet[0] and vgg[0], summary
        start = time.perf_counter()
        photos.classify([photos.view(photos.load_rgb(photo_file))], [NETWORKS])
        core = time.perf_counter() - start
        start = time.perf_counter()
        bare_classify(models, photo_file, device)
        bare = time.perf_counter() - start
        if i >= 2:
            for key, seconds in zip(rows, (app, core, bare)):
                rows[key].append(seconds * 1000)
    return rows


async def _burst(url: str, fn_index: dict, http) -> tuple[float, list[int]]:
    from tests.loadgen import Session

    sessions = [Session(http, url, fn_index) for _ in range(CONCURRENT)]
    chosen = list(photos.PHOTOS)
    start = time.perf_counter()
    answers = await asyncio.gather(*[s._call("classify_image", [None, chosen[i % len(chosen)], "vgg16", 0, 0, 100])
                                     for i, s in enumerate(sessions)])
    seconds = time.perf_counter() - start
    batches = []
    for answer in answers:
        assert answer["success"], answer
        summary = answer["output"]["data"][3]
        batches.append(int(summary.split(" photos in one batch")[0].rsplit(", ", 1)[1]) if "one batch" in summary
                       else 1)
    return seconds, batches


def concurrent(rounds: int) -> dict[str, tuple[list[float], list[int]]]:
    from tests.loadgen import endpoints, new_client

    from demo.app import build_app, launch_options

    app = build_app()
    options = launch_options([])
    options.update(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True)
    _, url, _ = app.launch(**options)
    fn = next(f for f in app.fns.values() if f.api_name == "classify_image")
    results = {"batched (max_batch_size 8)": ([], []), "not batched (max_batch_size 1)": ([], [])}

    async def run_all():
        fn_index = endpoints(url)
        async with new_client() as http:
            await _burst(url, fn_index, http)  # warm-up
            for _ in range(rounds):
                for label, size in (("batched (max_batch_size 8)", 8), ("not batched (max_batch_size 1)", 1)):
                    fn.max_batch_size = size
                    seconds, batches = await _burst(url, fn_index, http)
                    results[label][0].append(CONCURRENT / seconds)
                    results[label][1].extend(batches)

    try:
        asyncio.run(run_all())
    finally:
        app.close()
    return results


def grad_cam_costs(calls: int) -> dict[str, list[float]]:
    from captum.attr import LayerGradCam

    device = best_device()
    view = photos.view(photos.bundled("cat"))
    x = photos.to_tensor([view]).to(device)
    plain = bare_models(device)  # parameters that want gradients: the usual training-style backward
    rows = {"Grad-CAM, both networks (ours)": [], "one forward + backward, both (bare)": [],
            "captum LayerGradCam, both": [], "one forward, both (inference)": []}
    for i in range(calls + 1):
        start = time.perf_counter()
        for name in NETWORKS:
            saliency.grad_cam(view, name)
        ours = time.perf_counter() - start
        start = time.perf_counter()
        for model in plain.values():
            scores = model(x)
            scores[0, int(scores[0].argmax())].backward()
            model.zero_grad(set_to_none=True)
        bare = time.perf_counter() - start
        start = time.perf_counter()
        for name in NETWORKS:
            net = photos.network(name)
            LayerGradCam(net.model, net.last_conv).attribute(x, target=281, relu_attributions=True)
        theirs = time.perf_counter() - start
        start = time.perf_counter()
        with torch.inference_mode():
            for model in plain.values():
                model(x)
        forward = time.perf_counter() - start
        if i:
            for key, seconds in zip(rows, (ours, bare, theirs, forward)):
                rows[key].append(seconds * 1000)
    return rows


def cuda_batches(rounds: int) -> dict[str, list[float]] | None:
    if not torch.cuda.is_available():
        return None
    device = torch.device("cuda")
    rgbs = [photos.bundled(p) for p in photos.PHOTOS]
    rgbs = [rgbs[i % len(rgbs)] for i in range(CUDA_BATCH)]
    pils = [Image.fromarray(r) for r in rgbs]
    transforms = torchvision.models.get_model_weights("alexnet").DEFAULT.transforms()
    models = bare_models(device)
    rows = {}
    for name in NETWORKS:
        for label in (f"{name}: app, autocast float16", f"{name}: app, float32", f"{name}: bare script, float32"):
            rows[label] = []
    for i in range(rounds + 1):
        for name in NETWORKS:
            for label, cast in ((f"{name}: app, autocast float16", None), (f"{name}: app, float32", False)):
                torch.cuda.synchronize()
                start = time.perf_counter()
                views = [photos.view(r) for r in rgbs]
                found, _ = photos.classify(views, [(name,)] * CUDA_BATCH, autocast=cast)
                seconds = time.perf_counter() - start
                if i:
                    rows[label].append(CUDA_BATCH / seconds)
            torch.cuda.synchronize()
            start = time.perf_counter()
            x = torch.stack([transforms(p) for p in pils]).to(device)
            with torch.inference_mode():
                torch.topk(torch.softmax(models[name](x), 1), 5).indices.cpu()
            seconds = time.perf_counter() - start
            if i:
                rows[f"{name}: bare script, float32"].append(CUDA_BATCH / seconds)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--imagenet-dir", default=None)
    args = parser.parse_args()

    folder, what = weights_folder(args.imagenet_dir)
    torch.set_num_threads(config.TORCH_THREADS)
    print(f"weights: {what} ({folder}); device: {describe(best_device())}")

    from gradio.utils import get_upload_folder

    upload = Path(get_upload_folder()) / "benchmark"
    upload.mkdir(parents=True, exist_ok=True)
    photo_file = str(upload / "coffee.png")
    shutil.copy(config.IMAGES_DIR / photos.PHOTOS["coffee"], photo_file)

    print(f"\n1. one photo, AlexNet + VGG-16, {args.calls} calls each, milliseconds")
    rows = one_at_a_time(args.calls, photo_file)
    for name, samples in rows.items():
        print(f"   {name:34} p50 {percentiles(samples)[0]:8.1f}   p95 {percentiles(samples)[1]:8.1f}")
    ratio = percentiles(rows["app: classify_image callback"])[0] / percentiles(rows["bare torchvision script"])[0]
    verdict = "met" if ratio <= GOAL_OVERHEAD else "NOT met"
    print(f"   app / bare at p50: {ratio:.2f}x; goal <= {GOAL_OVERHEAD}x: {verdict}")

    print(f"\n2. {CONCURRENT} requests at once over HTTP, {args.rounds} rounds each, requests/s (median)")
    bursts = concurrent(args.rounds)
    for name, (rates, batches) in bursts.items():
        sizes = ", ".join(f"{b}" for b in sorted(set(batches), reverse=True))
        print(f"   {name:34} {statistics.median(rates):6.2f} requests/s   batch sizes seen: {sizes}")
    batched, single = (statistics.median(r) for r, _ in bursts.values())
    print(f"   batched / not batched: {batched / single:.2f}x")

    print(f"\n3. Grad-CAM, {args.calls} calls each, milliseconds")
    costs = grad_cam_costs(args.calls)
    for name, samples in costs.items():
        print(f"   {name:38} p50 {percentiles(samples)[0]:8.1f}   p95 {percentiles(samples)[1]:8.1f}")
    ratio = percentiles(costs["Grad-CAM, both networks (ours)"])[0] / \
        percentiles(costs["one forward + backward, both (bare)"])[0]
    print(f"   Grad-CAM / (forward + backward) at p50: {ratio:.2f}x; goal <= {GOAL_GRAD_CAM}x: "
          f"{'met' if ratio <= GOAL_GRAD_CAM else 'NOT met'}")

    print(f"\n4. CUDA, batch {CUDA_BATCH}, images/s (median of {args.rounds})")
    gpu = cuda_batches(args.rounds)
    if gpu is None:
        print("   no CUDA device here: run this script unchanged on a GPU machine for autocast against float32 "
              "and the app's path against the bare script at batch 64")
        return
    for name, rates in gpu.items():
        print(f"   {name:38} {statistics.median(rates):9.1f}")
    for name in NETWORKS:
        fast = statistics.median(gpu[f"{name}: app, autocast float16"])
        full = statistics.median(gpu[f"{name}: app, float32"])
        bare = statistics.median(gpu[f"{name}: bare script, float32"])
        print(f"   {name}: autocast / float32 {fast / full:.2f}x; app / bare (float32) time {bare / full:.2f}x")


if __name__ == "__main__":
    main()
