"""Layer arithmetic and the lecture's architectures: one package, four modules.

- `arithmetic`: output shapes, parameters, MACs and receptive fields of a stack of layers;
- `notation`: the text notation of stacks ("conv3-64/p1, relu, pool2, fc4096"), parsed without eval;
- `presets`: LeNet-5, AlexNet and VGG as stacks in that notation, and the slides' comparisons;
- `figures`: their plotly figures.

The names below are what the CNN, Architectures and Receptive-field tabs use.
"""

from demo.layers import figures
from demo.layers.arithmetic import (LRN, SLIDE_KERNELS, SLIDE_POOLS, Activation, AdaptiveAvgPool, BatchNorm, Conv,
                                    Dropout, Flatten, Layer, LayerInfo, Linear, Pool, Report, analyse,
                                    conv_output_size, slide_rule)
from demo.layers.notation import HELP, format_layer, parse_layer, parse_stack
from demo.layers.presets import (MAX_INPUT_SIDE, PRESETS, RF_HEADERS, TABLE_HEADERS, VGG_CFGS, VGG_CHANNELS_RANGE,
                                 VGG_N_RANGE, Preset, compare, human, in_language, input_shape, report_for, rf_rows,
                                 summary, table_headers, table_rows, title, title_key, vgg_argument, vgg_argument_curve,
                                 weight_layer_pairs)

__all__ = [
    "figures", "LRN", "SLIDE_KERNELS", "SLIDE_POOLS", "Activation", "AdaptiveAvgPool", "BatchNorm", "Conv",
    "Dropout", "Flatten", "Layer", "LayerInfo", "Linear", "Pool", "Report", "analyse", "conv_output_size",
    "slide_rule", "HELP", "format_layer", "parse_layer", "parse_stack", "MAX_INPUT_SIDE", "PRESETS", "RF_HEADERS",
    "VGG_CHANNELS_RANGE", "VGG_N_RANGE", "TABLE_HEADERS", "VGG_CFGS", "Preset", "compare", "human", "input_shape",
    "report_for", "rf_rows", "summary", "table_headers", "table_rows", "vgg_argument", "vgg_argument_curve", "weight_layer_pairs",
    "in_language", "title", "title_key",
]
