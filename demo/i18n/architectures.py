# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The Architectures tab (demo/architectures): layer tables, the side-by-side comparisons, VGG's argument, LRN vs BN."""

TEXTS = {
    "architectures.md.intro": (
        "## Architectures: LeNet-5, AlexNet, VGG\n"
        "Pick a network, or write your own stack, and read off every layer's output size, parameters, compute and "
        "receptive field. A MAC is one multiply-accumulate; FLOPs = 2 x MACs here. Tools disagree by that factor of 2 "
        "(fvcore and torchvision's tables count one fused multiply-add as one 'flop', papers count two) and by what "
        "else they add: biases, batch norm, pooling and activations are not counted here.",
        "## 아키텍처: LeNet-5, AlexNet, VGG\n"
        "네트워크를 고르거나 층 구성을 직접 적어 보고, 층마다 출력 크기, 파라미터 수, 연산량, 수용 영역(receptive "
        "field)을 읽어 보세요. MAC은 곱셈-누산(multiply-accumulate) 한 번이며, 여기서는 FLOPs = 2 x MACs입니다. "
        "도구마다 이 2배만큼 값이 다르고(fvcore와 torchvision의 표는 융합 곱셈-덧셈 한 번을 'flop' 하나로 세고, "
        "논문들은 둘로 셉니다), 무엇을 더 세는지도 다릅니다. 여기서는 편향(bias), 배치 정규화(batch normalisation), "
        "풀링(pooling), 활성화 함수(activation)를 세지 않습니다."),
    "architectures.label.network": ("Network", "네트워크"),
    "architectures.label.channels": ("Input channels", "입력 채널 수"),
    "architectures.label.height": ("Input height", "입력 높이"),
    "architectures.label.width": ("Input width", "입력 너비"),
    "architectures.label.count": ("Count", "단위"),
    "architectures.label.stack": ("Layer stack (edit me)", "층 구성 (직접 고쳐 보세요)"),
    "architectures.info.stack": (
        "Comma-separated; write layers like conv3-64/p1, relu, pool2, fc4096 (options: "
        "/s stride, /p padding, /d dilation, /g groups, /ceil, /nobias).",
        "쉼표로 구분합니다. conv3-64/p1, relu, pool2, fc4096처럼 층을 적으세요 (옵션: "
        "/s 스트라이드, /p 패딩, /d 팽창(dilation), /g 그룹, /ceil, /nobias)."),
    "architectures.help": (
        "write layers like conv3-64/p1, relu, pool2, fc4096 (options: /s stride, /p padding, "
        "/d dilation, /g groups, /ceil, /nobias)",
        "conv3-64/p1, relu, pool2, fc4096처럼 층을 적으세요 (옵션: /s 스트라이드, /p 패딩, "
        "/d 팽창(dilation), /g 그룹, /ceil, /nobias)"),
    "architectures.button.compute": ("Compute", "계산"),
    "architectures.label.table": ("Layer by layer", "층별 표"),
    "architectures.label.params_plot": ("Parameters", "파라미터"),
    "architectures.label.compute_plot": ("Compute", "연산량"),
    "architectures.md.side_by_side": ("### Side by side", "### 나란히 비교"),
    "architectures.label.compare": (
        "LeNet-5, AlexNet (paper and torchvision), VGG-16",
        "LeNet-5, AlexNet (논문판과 torchvision판), VGG-16"),
    "architectures.label.pairs": (
        "AlexNet layer by layer: the paper (227x227, two GPUs) vs torchvision (224x224)",
        "AlexNet 층별 비교: 논문 (227x227, GPU 2개) 대 torchvision (224x224)"),
    "architectures.label.vgg_configs": ("VGG configurations A, B, D, E", "VGG 구성 A, B, D, E"),
    "architectures.md.vgg": ("### Why only 3x3? The VGG argument", "### 왜 3x3만 쓸까? VGG의 논증"),
    "architectures.label.vgg_n": ("n stacked 3x3 convolutions", "쌓은 3x3 합성곱(convolution)의 수 n"),
    "architectures.label.vgg_channels": ("channels C (in and out)", "채널 수 C (입력과 출력)"),
    "architectures.label.vgg_table": ("n stacked 3x3 vs one big kernel", "3x3 n개 쌓기 대 큰 커널 하나"),
    "architectures.label.vgg_plot": (
        "Weights of n stacked 3x3 convolutions and of one kernel of the same receptive field",
        "3x3 합성곱 n개를 쌓을 때와 같은 수용 영역의 커널 하나의 가중치 수"),
    "architectures.md.lrn": (
        "### Local response normalisation vs batch normalisation",
        "### 국소 응답 정규화(LRN) 대 배치 정규화(batch normalisation)"),
    "architectures.label.photo": ("A photo (upload your own)", "사진 (직접 올려 보세요)"),
    "architectures.label.lrn_maps": ("Maps: ReLU / LRN / batch norm", "특징 맵(feature map): ReLU / LRN / 배치 정규화"),
    "architectures.label.lrn_plot": ("One pixel across all channels, before and after LRN", "한 픽셀의 모든 채널, LRN 전과 후"),
    "architectures.note.own": (
        "A stack of your own (the preset's note no longer applies).",
        "직접 적은 층 구성입니다 (프리셋의 설명은 더 이상 해당되지 않습니다)."),
    "architectures.preset.lenet5": ("LeNet-5 (this app's)", "LeNet-5 (이 앱의 버전)"),
    "architectures.preset.alexnet_paper": ("AlexNet (paper, 2 GPUs)", "AlexNet (논문판, GPU 2개)"),
    "architectures.preset.vgg11_bn": ("VGG-11 (A) with batch norm", "VGG-11 (A), 배치 정규화 포함"),
    "architectures.preset.vgg13_bn": ("VGG-13 (B) with batch norm", "VGG-13 (B), 배치 정규화 포함"),
    "architectures.preset.vgg16_bn": ("VGG-16 (D) with batch norm", "VGG-16 (D), 배치 정규화 포함"),
    "architectures.preset.vgg19_bn": ("VGG-19 (E) with batch norm", "VGG-19 (E), 배치 정규화 포함"),
    "architectures.note.lenet5": (
        "LeCun et al. 1998 with ReLU and max-pooling; the 28x28 digit is padded to the paper's 32x32. The paper's "
        "C3 connected each map to only some of S2's maps (1,516 weights instead of 2,416).",
        "LeCun et al. 1998에 ReLU와 최대 풀링(max pooling)을 쓴 버전입니다. 28x28 숫자는 논문의 32x32가 되도록 "
        "패딩합니다. 논문의 C3 층은 각 맵을 S2의 일부 맵에만 연결했습니다 (가중치 2,416개 대신 1,516개)."),
    "architectures.note.alexnet_paper": (
        "Krizhevsky et al. 2012. The paper says 224x224 inputs, but an 11x11 stride-4 convolution only gives its "
        "55x55 maps from 227x227. Layers 2, 4 and 5 are split over two GPUs (groups of 2); layer 3 and the fully "
        "connected layers talk across them. LRN follows the first two convolutions; overlapping 3x3/2 max-pools.",
        "Krizhevsky et al. 2012. 논문은 입력이 224x224라고 하지만, 11x11 스트라이드 4 합성곱이 55x55 맵을 내려면 "
        "227x227이어야 합니다. 2, 4, 5번째 층은 GPU 두 개에 나뉘어 있고(그룹 2개), 3번째 층과 완전 연결층(fully "
        "connected layer)은 두 GPU를 넘나들며 연결됩니다. 처음 두 합성곱 뒤에 LRN이 오고, 3x3/2 최대 풀링은 서로 "
        "겹칩니다."),
    "architectures.note.alexnet": (
        "torchvision's version follows Krizhevsky's 2014 'one weird trick' single-GPU variant: 64/192 filters in "
        "the first two layers, no LRN, no groups, padding 2 so 224x224 works.",
        "torchvision 버전은 Krizhevsky의 2014년 'one weird trick' 단일 GPU 변형을 따릅니다. 처음 두 층의 필터가 "
        "64/192개이고, LRN과 그룹이 없으며, 패딩 2 덕분에 224x224 입력이 맞아떨어집니다."),
    "architectures.note.vgg": (
        "Simonyan & Zisserman 2015, configuration {letter}: only 3x3 convolutions (stride 1, "
        "padding 1) and 2x2 max-pools.",
        "Simonyan & Zisserman 2015, 구성 {letter}: 3x3 합성곱(스트라이드 1, 패딩 1)과 2x2 최대 "
        "풀링만 씁니다."),
    "architectures.note.vgg_bn": (
        "Simonyan & Zisserman 2015, configuration {letter}: only 3x3 convolutions (stride 1, "
        "padding 1) and 2x2 max-pools; batch norm after every convolution (added later, "
        "Ioffe & Szegedy 2015).",
        "Simonyan & Zisserman 2015, 구성 {letter}: 3x3 합성곱(스트라이드 1, 패딩 1)과 2x2 최대 "
        "풀링만 씁니다. 합성곱마다 뒤에 배치 정규화가 붙습니다 (나중에 추가됨, Ioffe & "
        "Szegedy 2015)."),
    "architectures.col.layer": ("layer", "층"),
    "architectures.col.output": ("output (C x H x W)", "출력 (C x H x W)"),
    "architectures.col.parameters": ("parameters", "파라미터"),
    "architectures.col.rf": ("receptive field", "수용 영역"),
    "architectures.col.jump": ("jump", "점프(jump)"),
    "architectures.col.padding": ("effective padding", "유효 패딩"),
    "architectures.col.rf_r": ("receptive field r", "수용 영역 r"),
    "architectures.col.jump_j": ("jump j", "점프 j"),
    "architectures.col.padding_p": ("effective padding P", "유효 패딩 P"),
    "architectures.col.centre": ("centre of unit 0", "0번 유닛의 중심"),
    "architectures.col.network": ("network", "네트워크"),
    "architectures.col.input": ("input", "입력"),
    "architectures.col.weight_layers": ("weight layers", "가중치 층 수"),
    "architectures.col.fc_share": ("FC share of parameters", "파라미터 중 FC 비율"),
    "architectures.col.conv_share": ("conv share of MACs", "MACs 중 합성곱 비율"),
    "architectures.col.weight_layer": ("weight layer", "가중치 층"),
    "architectures.col.paper": ("paper", "논문"),
    "architectures.col.out": ("output", "출력"),
    "architectures.col.stacked": ("{n} stacked 3x3 convs", "3x3 합성곱 {n}개 쌓기"),
    "architectures.col.single": ("one {side}x{side} conv", "{side}x{side} 합성곱 하나"),
    "architectures.row.input": ("input", "입력"),
    "architectures.row.weights": ("weights", "가중치"),
    "architectures.row.nonlinearities": ("non-linearities", "비선형 함수 수"),
    "architectures.summary": (
        "**{params} parameters**, {fc_share} of them in the {fc_layers} fully connected layer(s) "
        "· **{work}{unit}** per image ({conv_share} in the convolutions) · {weight_layers} "
        "weight layers · output {shape}",
        "**파라미터 {params}개**, 그중 {fc_share}가 완전 연결층 {fc_layers}개에 있습니다 · "
        "이미지 한 장당 **{work}{unit}** (합성곱에서 {conv_share}) · 가중치 층 {weight_layers}개 · "
        "출력 {shape}"),
    "architectures.vgg.text": (
        "Same view of the input with **{saving} fewer weights** and {n} non-linearities instead "
        "of one: a deeper, more discriminative function for less (Simonyan & Zisserman 2015, "
        "Section 2.3).",
        "입력을 보는 범위는 같은데 **가중치는 {saving} 적고**, 비선형 함수는 하나가 아니라 "
        "{n}개입니다. 더 적은 비용으로 더 깊고 변별력 있는 함수를 얻습니다 (Simonyan & Zisserman "
        "2015, 2.3절)."),
    "architectures.lrn.text": (
        "Rows: after ReLU, after LRN, after batch norm, each row on one brightness scale; columns: the "
        "{orientations} filter orientations. At the brightest pixel the {degrees}° channel dominates; LRN divides "
        "there by **{divisor}** in its neighbourhood but only by k^β = {resting} where neighbouring channels are "
        "silent, so strong channels suppress their neighbours. Batch norm rescales every channel to mean 0 and "
        "variance 1 on its own, ignoring the others. torch's LocalResponseNorm divides α by the window size, so the "
        "paper's α = 10⁻⁴ is passed as 5 x 10⁻⁴.",
        "행: ReLU 뒤, LRN 뒤, 배치 정규화 뒤이며 행마다 하나의 밝기 척도로 그렸습니다. 열: 필터 방향 {orientations}가지. "
        "가장 밝은 픽셀에서는 {degrees}° 채널이 지배적입니다. LRN은 그곳에서 이웃 채널들 때문에 **{divisor}**로 "
        "나누지만, 이웃 채널이 조용한 곳에서는 k^β = {resting}로만 나눕니다. 그래서 강한 채널이 이웃 채널을 "
        "억제합니다. 배치 정규화는 다른 채널과 상관없이 채널마다 따로 평균 0, 분산 1로 맞춥니다. torch의 "
        "LocalResponseNorm은 α를 창 크기로 나누므로, 논문의 α = 10⁻⁴는 5 x 10⁻⁴로 넘깁니다."),
    "architectures.name.kernel_size": ("kernel size", "커널 크기"),
    "architectures.name.number_of_channels": ("number of channels", "채널 수"),
    "architectures.name.pool_size": ("pool size", "풀링 크기"),
    "architectures.name.number_of_outputs": ("number of outputs", "출력 수"),
    "architectures.name.output_size": ("output size", "출력 크기"),
    "architectures.name.stride": ("stride", "스트라이드"),
    "architectures.name.padding": ("padding", "패딩"),
    "architectures.name.dilation": ("dilation", "팽창(dilation)"),
    "architectures.name.groups": ("groups", "그룹 수"),
    "architectures.name.lrn_size": ("LRN size", "LRN 크기"),
    "architectures.name.slide_kernel": ("The kernel size K", "커널 크기 K"),
    "architectures.name.slide_pool": ("The pooling size P", "풀링 크기 P"),
    "architectures.name.channels": ("Channels", "채널 수"),
    "architectures.name.height": ("Height", "높이"),
    "architectures.name.width": ("Width", "너비"),
    "architectures.name.vgg_n": ("n, the number of stacked 3x3 convolutions,", "쌓은 3x3 합성곱의 수 n"),
    "architectures.name.vgg_channels": ("The number of channels C", "채널 수 C"),
    "architectures.err.size": (
        "'{token}': the {what} must be between {low} and {high}.",
        "'{token}': {what}은(는) {low}에서 {high} 사이여야 합니다."),
    "architectures.err.option": (
        "'{token}': the option '/{option}' is not one of {allowed}.",
        "'{token}': 옵션 '/{option}'은(는) {allowed} 중 하나가 아닙니다."),
    "architectures.err.option_number": (
        "'{token}': the option '/{option}' needs a number, e.g. /{option}2.",
        "'{token}': 옵션 '/{option}'에는 /{option}2처럼 숫자가 필요합니다."),
    "architectures.err.unknown_layer": (
        "'{token}' is not a layer I know: {help}.",
        "'{token}'은(는) 알 수 없는 층입니다. {help}."),
    "architectures.err.stack_long": (
        "The stack is {length} characters long; write at most {most} (VGG-19 takes "
        "about 700).",
        "층 구성이 {length}자입니다. 최대 {most}자까지 적으세요 (VGG-19가 약 700자입니다)."),
    "architectures.err.stack_empty": ("The stack is empty: {help}.", "층 구성이 비어 있습니다. {help}."),
    "architectures.err.token": ("Token {position} {reason}", "{position}번째 토큰 {reason}"),
    "architectures.err.stack_type": (
        "The stack must be text, like {example}...; got {value}.",
        "층 구성은 {example}...처럼 텍스트여야 합니다. 받은 값: {value}."),
    "architectures.err.no_preset": (
        "Choose a preset ({presets}) or write a stack.",
        "프리셋({presets})을 고르거나 층 구성을 적으세요."),
    "architectures.err.input_size": (
        "The input must be at least 1x1x1, not {shape}.",
        "입력은 최소 1x1x1이어야 합니다. 받은 크기: {shape}."),
    "architectures.where": ("Layer {index} ({name})", "{index}번째 층({name})"),
    "architectures.err.flattened": (
        "{where} needs a feature map, but the stack has already been flattened.",
        "{where}에는 특징 맵(feature map)이 필요하지만, 층 구성이 이미 평탄화(flatten)되었습니다."),
    "architectures.err.shrink": (
        "{where} would shrink the {size} map below 1x1; remove it, pad more, or use a larger "
        "input.",
        "{where}이(가) {size} 맵을 1x1보다 작게 줄입니다. 이 층을 빼거나, 패딩을 늘리거나, 더 큰 "
        "입력을 쓰세요."),
    "architectures.err.pool_padding": (
        "{where}: pooling padding must be at most half the kernel size.",
        "{where}: 풀링의 패딩은 커널 크기의 절반 이하여야 합니다."),
    "architectures.err.groups": (
        "{where}: {groups} groups must divide both the {inputs} input and the {outputs} "
        "output channels.",
        "{where}: 그룹 수 {groups}은(는) 입력 채널 수 {inputs}와 출력 채널 수 {outputs}를 모두 "
        "나누어떨어지게 해야 합니다."),
    "architectures.err.adaptive": (
        "{where}: an adaptive pool's output must be at least 1x1.",
        "{where}: 적응형 풀링(adaptive pooling)의 출력은 최소 1x1이어야 합니다."),
    "architectures.err.lrn_size": ("{where}: the LRN size must be at least 1.", "{where}: LRN 크기는 1 이상이어야 합니다."),
    "architectures.err.dropout": (
        "{where}: a dropout probability must be in [0, 1).",
        "{where}: 드롭아웃(dropout) 확률은 [0, 1) 범위여야 합니다."),
    "architectures.fig.after_relu": ("after ReLU", "ReLU 이후"),
    "architectures.fig.after_lrn": ("after LRN (x k^β)", "LRN 이후 (x k^β)"),
    "architectures.fig.lrn_title": (
        "One pixel, all channels (orientation): neighbours of a strong channel are suppressed",
        "한 픽셀의 모든 채널(방향): 강한 채널의 이웃 채널이 억제됩니다"),
    "architectures.fig.channel": ("channel (filter orientation)", "채널 (필터 방향)"),
    "architectures.fig.activation": ("activation", "활성값"),
}
