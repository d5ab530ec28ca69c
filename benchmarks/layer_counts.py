"""Our parameter and MAC counts next to torchinfo's and fvcore's, for every preset, as one table.

torchinfo (`summary(...).total_mult_adds`) and fvcore (`FlopCountAnalysis(...).total()`, which counts
one fused multiply-add as one "flop") are run on the real torch models; where their totals differ
from ours, the table says by how much and what the difference is made of:

- torchinfo adds the bias additions of convolutions and linear layers (one per output value), and
  counts each batch norm parameter once (2 per channel);
- fvcore adds adaptive average pooling (one per output value) and batch norm (two per value);
- we count only multiply-accumulates of convolutions and linear layers (FLOPs = 2 x MACs).

Needs `pip install -r requirements-bench.txt`.    python -m benchmarks.layer_counts
"""

import warnings

import torch


from demo import layers as L  # noqa: E402
from demo.layers import PRESETS, report_for  # noqa: E402
from demo.nets.models import LeNet5  # noqa: E402


def reference_model(key: str) -> torch.nn.Module | None:
    import torchvision

    if key == "lenet5":
        return LeNet5()
    preset = PRESETS[key]
    return torchvision.models.get_model(preset.torchvision, weights=None) if preset.torchvision else None


def explained(report: L.Report) -> dict[str, int]:
    """The extra operations other tools count, computed from our own layer report."""
    bias = bn_values = bn_params = pool = 0
    for info in report.layers:
        size = 1
        for d in info.out_shape:
            size *= d
        if isinstance(info.layer, (L.Conv, L.Linear)) and info.layer.bias:
            bias += size
        elif isinstance(info.layer, L.BatchNorm):
            bn_values += size
            bn_params += info.params
        elif isinstance(info.layer, L.AdaptiveAvgPool):
            pool += size
    return {"bias": bias, "bn_values": bn_values, "bn_params": bn_params, "pool": pool}


def main() -> None:
    from fvcore.nn import FlopCountAnalysis
    from torchinfo import summary

    header = f"{'preset':15} {'params (ours)':>14} {'torchinfo':>12} {'MACs (ours)':>16} {'torchinfo':>16} " \
             f"{'fvcore':>16}  why they differ"
    print(header)
    print("-" * len(header))
    for key, preset in PRESETS.items():
        model = reference_model(key)
        report = report_for(key)
        if model is None:
            print(f"{key:15} {report.params:14,} {'-':>12} {report.macs:16,} {'-':>16} {'-':>16}  "
                  "no torch model to compare (the paper's two-GPU AlexNet); tested against torch modules instead")
            continue
        x = torch.zeros(1, *preset.input_shape)
        info = summary(model.eval(), input_data=x, verbose=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            counter = FlopCountAnalysis(model, x)
            counter.unsupported_ops_warnings(False)
            counter.uncalled_modules_warnings(False)
            fv = counter.total()
        extra = explained(report)
        reasons = []
        d_ti = info.total_mult_adds - report.macs
        if d_ti:
            ti_model = extra["bias"] + extra["bn_params"]
            reasons.append(f"torchinfo +{d_ti:,} = bias adds {extra['bias']:,}"
                           + (f" + BN parameters {extra['bn_params']:,}" if extra["bn_params"] else "")
                           + ("" if d_ti == ti_model else f" (unexplained {d_ti - ti_model:+,})"))
        d_fv = fv - report.macs
        if d_fv:
            fv_model = extra["pool"] + 2 * extra["bn_values"]
            reasons.append(f"fvcore +{d_fv:,} = adaptive pool {extra['pool']:,}"
                           + (f" + 2 x BN values {extra['bn_values']:,}" if extra["bn_values"] else "")
                           + ("" if d_fv == fv_model else f" (unexplained {d_fv - fv_model:+,})"))
        params_note = "" if info.total_params == report.params else " PARAMS DIFFER"
        print(f"{key:15} {report.params:14,} {info.total_params:12,} {report.macs:16,} {info.total_mult_adds:16,} "
              f"{fv:16,}  {'; '.join(reasons) or 'identical'}{params_note}")


if __name__ == "__main__":
    main()
