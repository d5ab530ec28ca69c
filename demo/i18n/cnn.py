# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The CNN tab (demo/cnn): the convolution playground, the sliding window, connectivity, feature maps, LeNet-5
computing."""

TEXTS = {
    "cnn.md.intro": (
        "## Convolutional networks\nA fully connected layer ties every output to every pixel. A convolutional "
        "layer makes two assumptions: **locality** (an output looks at a small window) and **parameter sharing** "
        "(the same window weights everywhere). What it computes is a *feature map*: where in the image its filter "
        "pattern occurs. Stacked, such layers form the *backbone* of a classifier.",
        "## 합성곱 신경망(CNN)\n완전 연결층(fully connected layer)은 모든 출력을 모든 픽셀에 연결합니다. 합성곱"
        "(convolution) 층은 두 가지를 가정합니다. **지역성**(locality): 출력 하나는 작은 창(window)만 봅니다. "
        "**가중치 공유**(parameter sharing): 어디서나 같은 창 가중치를 씁니다. 이 층이 계산하는 것은 *특징 맵*"
        "(feature map), 즉 이미지의 어디에 필터의 패턴이 나타나는지입니다. 이런 층을 쌓으면 분류기의 *백본*"
        "(backbone)이 됩니다."),
    "cnn.md.playground": ("### Convolution playground", "### 합성곱 실습"),
    "cnn.label.image": ("Picture (upload your own)", "그림 (직접 업로드할 수 있습니다)"),
    "cnn.label.kernel": ("Kernel", "커널(kernel)"),
    "cnn.kernel.identity": ("identity", "항등 (identity)"),
    "cnn.kernel.box_blur": ("box blur 3x3", "박스 블러 3x3"),
    "cnn.kernel.gaussian": ("Gaussian 5x5", "가우시안 5x5"),
    "cnn.kernel.sobel_x": ("Sobel x (vertical edges)", "Sobel x (세로 경계)"),
    "cnn.kernel.sobel_y": ("Sobel y (horizontal edges)", "Sobel y (가로 경계)"),
    "cnn.kernel.laplacian": ("Laplacian", "라플라시안"),
    "cnn.kernel.sharpen": ("sharpen", "선명하게 (sharpen)"),
    "cnn.kernel.typed": ("typed below", "아래에 직접 입력"),
    "cnn.label.kernel_text": ("Typed kernel (rows separated by ';')", "직접 입력한 커널 (행은 ';'로 구분)"),
    "cnn.info.kernel_text": (
        "3x3, 5x5 or 7x7 numbers; used when the kernel is 'typed below'.",
        "3x3, 5x5 또는 7x7개의 숫자입니다. 커널이 '아래에 직접 입력'일 때 쓰입니다."),
    "cnn.label.stride": ("stride", "스트라이드(stride)"),
    "cnn.label.padding": ("padding", "패딩(padding)"),
    "cnn.label.dilation": ("dilation", "팽창(dilation)"),
    "cnn.label.conv_in": ("Input (grey)", "입력 (흑백)"),
    "cnn.label.conv_out": ("Output feature map", "출력 특징 맵"),
    "cnn.md.sliding": (
        "#### The sliding window, step by step\nThe kernel visits the output positions one by one, on a 10x10 "
        "version of the picture: stride, padding and dilation as set above. At every position it is **the same "
        "kernel**: that is parameter sharing.",
        "#### 미끄러지는 창, 한 단계씩\n커널이 그림을 10x10으로 줄인 판 위에서 출력 위치를 하나씩 방문합니다. "
        "스트라이드, 패딩, 팽창은 위에서 설정한 그대로입니다. 모든 위치에서 **같은 커널**을 씁니다. 이것이 가중치 "
        "공유(parameter sharing)입니다."),
    "cnn.button.back": ("◀ step", "◀ 이전"),
    "cnn.button.play": ("▶ play", "▶ 재생"),
    "cnn.button.pause": ("❚❚ pause", "❚❚ 멈춤"),
    "cnn.button.forward": ("step ▶", "다음 ▶"),
    "cnn.label.step": ("Step: the output position, in reading order", "단계: 출력 위치 (읽는 순서)"),
    "cnn.md.connectivity": ("### Fully connected vs locally connected vs convolution", "### 완전 연결 대 지역 연결 대 합성곱"),
    "cnn.label.conn_table": ("Parameters (with biases)", "파라미터 수 (편향 포함)"),
    "cnn.label.conn_plot": ("Parameters of each kind of layer (log scale)", "층 종류별 파라미터 수 (로그 눈금)"),
    "cnn.layer.input": ("input", "입력"),
    "cnn.layer.output": ("output", "출력"),
    "cnn.md.feature_maps": ("### Feature maps of a trained backbone", "### 학습된 백본의 특징 맵"),
    "cnn.label.backbone": ("Backbone", "백본(backbone)"),
    "cnn.backbone.lenet5": ("LeNet-5 (shipped weights, digits)", "LeNet-5 (앱에 포함된 가중치, 숫자)"),
    "cnn.backbone.alexnet": ("AlexNet (photos)", "AlexNet (사진)"),
    "cnn.backbone.vgg16": ("VGG-16 (photos)", "VGG-16 (사진)"),
    "cnn.label.layer": ("Layer", "층"),
    "cnn.label.fm_image": ("Picture (empty: a test digit / the bundled photo)", "그림 (비우면 테스트 숫자 / 기본 사진)"),
    "cnn.label.fm_seen": ("What the backbone sees", "백본이 보는 입력"),
    "cnn.label.fm_maps": ("Feature maps", "특징 맵"),
    "cnn.label.fm_filters": ("Learnt first-layer filters", "학습된 첫 층 필터(filter)"),
    "cnn.md.trace": (
        "### LeNet-5 computing, every number\nThe trained LeNet-5 on one digit: every layer at once, and the "
        "arithmetic of any unit you click, from the pixels to the probabilities (after CNN Explainer, Wang et al. "
        "2020).",
        "### LeNet-5의 계산, 숫자 하나하나까지\n학습된 LeNet-5가 숫자 하나를 처리하는 과정입니다. 모든 층을 한눈에 "
        "보고, 클릭한 유닛의 계산을 픽셀부터 확률까지 따라갑니다(CNN Explainer, Wang et al. 2020을 본뜸)."),
    "cnn.tab.test": ("Test image", "테스트 이미지"),
    "cnn.label.index": ("Test image number", "테스트 이미지 번호"),
    "cnn.tab.draw": ("Draw", "그리기"),
    "cnn.label.sketch": ("Draw one digit", "숫자 하나를 그리세요"),
    "cnn.tab.upload": ("Upload", "업로드"),
    "cnn.label.upload": ("A picture of one digit", "숫자 하나가 담긴 그림"),
    "cnn.label.channel": ("channel (map)", "채널 (맵)"),
    "cnn.label.unit_class": ("unit (class)", "유닛 (클래스)"),
    "cnn.label.unit": ("unit", "유닛"),
    "cnn.label.row": ("row", "행"),
    "cnn.label.column": ("column", "열"),
    "cnn.label.network": ("LeNet-5, every layer (click a unit)", "LeNet-5의 모든 층 (유닛을 클릭하세요)"),
    "cnn.label.activations": ("Every activation as numbers (JSON)", "모든 활성값을 숫자로 (JSON)"),
    "cnn.conv.summary": (
        "Input {height}x{width}, kernel {k}x{k}, stride {stride}, padding {padding}, dilation {dilation}. Output "
        "size, `floor((H + 2p - d(k - 1) - 1) / s) + 1`:  \n`H' = {formula_h}`  \n`W' = {formula_w}`  \n{shading}",
        "입력 {height}x{width}, 커널 {k}x{k}, 스트라이드 {stride}, 패딩 {padding}, 팽창 {dilation}. 출력 크기, "
        "`floor((H + 2p - d(k - 1) - 1) / s) + 1`:  \n`H' = {formula_h}`  \n`W' = {formula_w}`  \n{shading}"),
    "cnn.conv.signed": (
        "Signed output: red positive, blue negative, white zero.",
        "부호가 있는 출력: 빨강은 양수, 파랑은 음수, 흰색은 0입니다."),
    "cnn.conv.grey": ("Output stretched to grey.", "출력을 흑백 범위로 늘려 표시했습니다."),
    "cnn.conn.summary": (
        "Locality cuts the fully connected layer's weights by {locality}x; sharing one filter over all positions "
        "cuts them by another {sharing}x ({total}x in all).",
        "지역성만으로 완전 연결층의 가중치가 {locality}배 줄고, 모든 위치에서 필터 하나를 공유하면 다시 "
        "{sharing}배 줄어듭니다(모두 합쳐 {total}배)."),
    "cnn.conn.layer": ("layer", "층"),
    "cnn.conn.parameters": ("parameters", "파라미터 수"),
    "cnn.conn.assumes": ("what it assumes", "가정"),
    "cnn.conn.fully": ("fully connected", "완전 연결"),
    "cnn.conn.fully_why": ("every output sees every input value", "모든 출력이 모든 입력값을 봅니다"),
    "cnn.conn.locally": ("locally connected", "지역 연결"),
    "cnn.conn.locally_why": ("each output sees only a k x k x C patch (locality)", "각 출력은 k x k x C 조각만 봅니다 (지역성)"),
    "cnn.conn.conv": ("convolutional", "합성곱"),
    "cnn.conn.conv_why": (
        "...and all positions share one filter per output channel",
        "...게다가 모든 위치가 출력 채널마다 필터 하나를 공유합니다"),
    "cnn.fm.summary": (
        "{backbone}, layer **{layer}**: {count} maps of {height}x{width}{shown}, each stretched to its own range. "
        "Every map is one filter slid over the whole input: the same weights at every position.",
        "{backbone}, 층 **{layer}**: {height}x{width} 맵 {count}개{shown}, 각 맵을 자기 값 범위로 늘려 "
        "표시했습니다. 맵 하나는 필터 하나를 입력 전체에 밀어 가며 얻은 것으로, 모든 위치에서 같은 가중치를 씁니다."),
    "cnn.fm.first_shown": (" (the first {count} shown)", " (처음 {count}개만 표시)"),
    "cnn.fm.offline": (
        "No ImageNet weights for {networks} on this computer, so only LeNet-5's feature maps work here; to add them, {step}.",
        "이 컴퓨터에는 {networks}의 ImageNet 가중치가 없어서 여기서는 LeNet-5의 특징 맵만 볼 수 있으며, 가중치를 추가하려면 {step}."),
    "cnn.trace.summary": (
        "LeNet-5 reads **{prediction}** ({probability}){truth} Every layer side by side, from the pixels to the "
        "softmax. **Click any unit** (a pixel of a map, a fully connected unit, a class) for the numbers that made "
        "it: orange, what it reads in the layer before; blue box, its receptive field on the input.",
        "LeNet-5의 판단: **{prediction}** ({probability}){truth} 픽셀부터 소프트맥스까지 모든 층을 나란히 "
        "보여 줍니다. **아무 유닛이나 클릭하면**(맵의 픽셀, 완전 연결 유닛, 클래스) 그 값을 만든 숫자들이 "
        "나옵니다. 주황색은 앞 층에서 읽는 부분, 파란 상자는 입력 위의 수용 영역(receptive field)입니다."),
    "cnn.trace.truth": ("; the true label is **{label}**.", "; 실제 레이블: **{label}**."),
    "cnn.backbone_note.lenet5": (
        "LeNet-5 with the shipped weights ({accuracy} on the test digits).",
        "앱에 포함된 가중치를 쓰는 LeNet-5 (테스트 숫자에서 {accuracy})."),
    "cnn.backbone_note.imagenet": (
        "{network} with torchvision's ImageNet weights.",
        "torchvision의 ImageNet 가중치를 쓰는 {network}."),
    "cnn.backbone_note.random": (
        "No ImageNet weights for {network} on this computer, so it runs here with torchvision's random "
        "initialisation, which gives the same theoretical box and an effective field of much the same shape; for "
        "the trained network, {step}.",
        "이 컴퓨터에는 {network}의 ImageNet 가중치가 없어서 여기서는 torchvision의 무작위 초기화로 실행하며, "
        "이론적 수용 영역(파란 상자)은 같고 유효 수용 영역도 거의 같은 모양이지만, 학습된 신경망을 보려면 {step}."),
    "cnn.available.lenet5": ("LeNet-5: shipped weights.", "LeNet-5: 앱에 포함된 가중치."),
    "cnn.err.unknown_backbone": ("Unknown backbone '{name}'.", "알 수 없는 백본 '{name}'입니다."),
    "cnn.name.backbone": ("The backbone", "백본"),
    "cnn.name.layer_of": ("The layer of {backbone}", "{backbone}의 층"),
    "cnn.name.kernel": ("The kernel", "커널"),
    "cnn.name.stride": ("Stride", "스트라이드(stride)"),
    "cnn.name.padding": ("Padding", "패딩(padding)"),
    "cnn.name.dilation": ("Dilation", "팽창(dilation)"),
    "cnn.name.step": ("The step", "단계"),
    "cnn.err.kernel_number": (
        "The kernel has a value that is not a number ({value}); write rows like '1 0 -1; 2 0 -2'.",
        "커널에 숫자가 아닌 값이 있습니다({value}). '1 0 -1; 2 0 -2'처럼 행을 쓰세요."),
    "cnn.err.kernel_square": (
        "A typed kernel must be square, 1x1, 3x3, 5x5 or 7x7; this one has {rows} row(s) of {counts} number(s).",
        "직접 입력한 커널은 1x1, 3x3, 5x5, 7x7 중 하나인 정사각형이어야 합니다. 이 커널은 {rows}개 행에, 행마다 "
        "숫자가 {counts}개입니다."),
    "cnn.err.kernel_too_big": (
        "A {k}x{k} kernel dilated by {dilation} does not fit in the padded {height}x{width} image: {formula}.",
        "팽창이 {dilation}인 {k}x{k} 커널은 패딩한 {height}x{width} 이미지에 들어가지 않습니다: {formula}."),
    "cnn.err.at_least_one": (
        "{name} must be a whole number of at least 1, not {value}.",
        "{name}은(는) 1 이상의 정수여야 합니다. 받은 값: {value}."),
    "cnn.err.window_too_big": (
        "A {k}x{k} window does not fit in a {height}x{width} input.",
        "{k}x{k} 창은 {height}x{width} 입력에 들어가지 않습니다."),
    "cnn.err.unreadable": ("The picture could not be read; upload it again.", "그림을 읽을 수 없습니다. 다시 업로드해 주세요."),
    "cnn.err.trace_digit": (
        "LeNet-5 traces a 28x28 uint8 digit, not {dtype} {shape}.",
        "LeNet-5는 28x28 uint8 숫자만 추적합니다. 받은 것: {dtype} {shape}."),
    "cnn.name.test_index": ("The test image number", "테스트 이미지 번호"),
    "cnn.unit.input": ("input pixel ({row}, {column})", "입력 픽셀 ({row}, {column})"),
    "cnn.unit.class": ("{layer} for class {channel}", "{layer}의 클래스 {channel}"),
    "cnn.unit.vector": ("{layer} unit {channel}", "{layer} 유닛 {channel}"),
    "cnn.unit.map": ("{layer} map {channel}, unit ({row}, {column})", "{layer} 맵 {channel}, 유닛 ({row}, {column})"),
    "cnn.input.map": ("{layer} map {channel} ({row}, {column})", "{layer} 맵 {channel} ({row}, {column})"),
    "cnn.name.layer": ("The layer", "층"),
    "cnn.name.unit_of": ("The unit number (channel) of {layer}", "{layer}의 유닛 번호(채널)"),
    "cnn.name.row": ("The row", "행"),
    "cnn.name.column": ("The column", "열"),
    "cnn.name.channel_of": ("The channel of {layer}", "{layer}의 채널"),
    "cnn.name.row_of": ("The row of {layer}", "{layer}의 행"),
    "cnn.name.column_of": ("The column of {layer}", "{layer}의 열"),
    "cnn.err.not_a_map": (
        "{layer} is a list of {count} units, not a map: its {which} must be 0; got {value}.",
        "{layer}은(는) 맵이 아니라 유닛 {count}개의 목록입니다. {which}은(는) 0이어야 합니다. 받은 값: {value}."),
    "cnn.err.input_reads": (
        "An input pixel reads nothing: it is the picture itself.",
        "입력 픽셀은 아무것도 읽지 않습니다. 그림 그 자체입니다."),
    "cnn.explain.agree": (
        "torch computed **{network}** (difference {difference}).",
        "torch가 계산한 값은 **{network}**입니다(차이 {difference})."),
    "cnn.explain.input": (
        "**{unit}**: ink {ink} of 255, normalised with the training split's mean {mean} and standard deviation "
        "{std}: ({ink} / 255 − {mean}) / {std} = **{value}**; {agree} C1's padding adds zeros *after* this "
        "normalisation.",
        "**{unit}**: 잉크 {ink}/255를 학습 데이터의 평균 {mean}과 표준편차 {std}로 정규화합니다: ({ink} / 255 − "
        "{mean}) / {std} = **{value}**; {agree} C1의 패딩은 이 정규화 *다음에* 0을 덧붙입니다."),
    "cnn.explain.field": (
        "Its receptive field (blue box) is input rows {top}..{bottom}, columns {left}..{right} ({height}x{width} "
        "pixels, counting C1's padding).",
        "파란 상자는 수용 영역(receptive field)으로, 입력의 {top}..{bottom}행, {left}..{right}열입니다(C1의 패딩을 "
        "포함해 {height}x{width} 픽셀)."),
    "cnn.explain.all_maps": ("all {count} maps of {layer}", "{layer}의 맵 {count}개 전체"),
    "cnn.explain.the_map": ("the {layer}", "{layer} 맵"),
    "cnn.explain.conv": (
        "**{unit}** reads a {k}x{k} window (rows {top}..{bottom}, columns {left}..{right}) of {maps} (orange). Σ of "
        "{count} products = {total}; + bias {bias} = {before}; ReLU(…) = **{value}**; {agree} {field} **Parameter "
        "sharing**: this {channels}x{k}x{k} kernel and its bias make every one of the map's {positions} units.",
        "**{unit}**: {maps}에서 {k}x{k} 창({top}..{bottom}행, {left}..{right}열, 주황색)을 읽습니다. 곱 {count}개의 "
        "Σ = {total}; + 편향 {bias} = {before}; ReLU(…) = **{value}**; {agree} {field} **가중치 공유**(parameter "
        "sharing): 이 {channels}x{k}x{k} 커널과 편향이 맵의 유닛 {positions}개를 모두 만듭니다."),
    "cnn.explain.pool": (
        "**{unit}** is the largest of a 2x2 window of {layer} map {channel} (rows {top}..{bottom}, columns "
        "{left}..{right}): **{value}**; {agree} Pooling has no weights: it keeps the strongest response and halves "
        "the map. {field}",
        "**{unit}**: {layer} 맵 {channel}의 2x2 창({top}..{bottom}행, {left}..{right}열)에서 가장 큰 값, "
        "**{value}**; {agree} 풀링(pooling)에는 가중치가 없습니다. 가장 강한 반응만 남기고 맵을 절반으로 줄입니다. "
        "{field}"),
    "cnn.explain.dense": (
        "**{unit}** reads every one of the {count} units of {layer}. Σ weight × input = {total} (the largest term: "
        "{largest}, {weight} × {input} = {product}); + bias {bias} = {before}; {relu}; {agree} {field}",
        "**{unit}**: {layer}의 유닛 {count}개를 모두 읽습니다. Σ 가중치 × 입력 = {total} (가장 큰 항: {largest}, "
        "{weight} × {input} = {product}); + 편향 {bias} = {before}; {relu}; {agree} {field}"),
    "cnn.explain.no_relu": ("the score is **{value}** (no ReLU)", "점수는 **{value}**입니다(ReLU 없음)"),
    "cnn.explain.softmax": (
        "**{unit}**: e^z / Σ e^z = {exp} / {total} = **{value}**; {agree} The ten probabilities sum to 1{shift}",
        "**{unit}**: e^z / Σ e^z = {exp} / {total} = **{value}**; {agree} 확률 10개를 더하면 1입니다{shift}"),
    "cnn.explain.shifted": (
        "; every score was lowered by the largest ({shift}) first, which leaves the ratios as they are.",
        "; 먼저 모든 점수에서 가장 큰 점수({shift})를 뺐는데, 이렇게 해도 비율은 그대로입니다."),
    "cnn.fig.pad": ("pad", "패딩"),
    "cnn.fig.map": ("{layer} map {channel}", "{layer} 맵 {channel}"),
    "cnn.fig.kernel_slice": ("kernel slice {channel}", "커널 조각 {channel}"),
    "cnn.fig.kernel": ("kernel", "커널"),
    "cnn.fig.products": ("products", "곱"),
    "cnn.fig.window": ("window", "창"),
    "cnn.fig.max": ("max →", "최댓값 →"),
    "cnn.fig.relu_keeps": ("ReLU keeps it: <b>{value}</b>", "ReLU가 그대로 통과: <b>{value}</b>"),
    "cnn.fig.conv": (
        "{unit}: Σ of {count} products = {total}; + bias ({bias}) = {before}; {relu}<br>torch computed {network}. "
        "The same kernel makes all {positions} units of this map (parameter sharing).",
        "{unit}: 곱 {count}개의 Σ = {total}; + 편향 ({bias}) = {before}; {relu}<br>torch가 계산한 값 {network}. "
        "같은 커널이 이 맵의 유닛 {positions}개를 모두 만듭니다(가중치 공유)."),
    "cnn.fig.pool": (
        "{unit} = max of {source}, rows {top}-{bottom}, columns {left}-{right} = <b>{value}</b> (torch computed "
        "{network})",
        "{unit} = {source}의 {top}-{bottom}행, {left}-{right}열 중 최댓값 = <b>{value}</b> (torch가 계산한 값 "
        "{network})"),
    "cnn.fig.bias": ("bias", "편향"),
    "cnn.fig.other_inputs": ("the other {count} inputs", "나머지 입력 {count}개"),
    "cnn.fig.sum_before_relu": ("sum (before the ReLU)", "합 (ReLU 전)"),
    "cnn.fig.score": ("score", "점수"),
    "cnn.fig.dense": (
        "{unit}: Σ of {count} weight × input = {total}; + bias ({bias}) = {before}{relu}<br>torch computed "
        "{network}; the {top} largest terms, then the rest:",
        "{unit}: 가중치 × 입력 {count}개의 Σ = {total}; + 편향 ({bias}) = {before}{relu}<br>torch가 계산한 값 "
        "{network}; 가장 큰 항 {top}개, 그다음 나머지:"),
    "cnn.fig.running_sum": ("running sum", "누적 합"),
    "cnn.fig.score_z": ("score z", "점수 z"),
    "cnn.fig.class": ("class {label}", "클래스 {label}"),
    "cnn.fig.torch": ("(torch computed {network})", "(torch가 계산한 값 {network})"),
    "cnn.fig.ink": ("ink (0-255)", "잉크 (0-255)"),
    "cnn.fig.normalised": ("normalised", "정규화한 값"),
    "cnn.fig.ink_range": ("ink, 0-255", "잉크, 0-255"),
    "cnn.fig.network_reads": ("what the network reads", "네트워크가 읽는 값"),
    "cnn.fig.input": (
        "{unit}: (ink / 255 − mean) / std = ({ink} / 255 − {mean}) / {std} = <b>{value}</b> (torch computed "
        "{network})",
        "{unit}: (잉크 / 255 − 평균) / 표준편차 = ({ink} / 255 − {mean}) / {std} = <b>{value}</b> (torch가 계산한 값 "
        "{network})"),
    "cnn.fig.padded": ("padded picture", "패딩한 그림"),
    "cnn.fig.step_sum": ("Σ = <b>{total}</b> → output ({row}, {column})", "Σ = <b>{total}</b> → 출력 ({row}, {column})"),
    "cnn.fig.output_map": ("output map", "출력 맵"),
    "cnn.fig.step_picture": (
        "picture {size}x{size}, padding {padding} (shaded), stride {stride}, dilation {dilation}",
        "그림 {size}x{size}, 패딩 {padding} (음영), 스트라이드 {stride}, 팽창 {dilation}"),
    "cnn.fig.output_size": ("output map {height}x{width}", "출력 맵 {height}x{width}"),
    "cnn.fig.sharing": (
        "Parameter sharing: the same {k}x{k} kernel ({count} weights) at all {steps} positions.",
        "가중치 공유(parameter sharing): 같은 {k}x{k} 커널(가중치 {count}개)을 위치 {steps}곳 모두에 씁니다."),
    "cnn.fig.step": (
        "Step {step} of 0-{last}: output ({row}, {column}) = {total}",
        "단계 {step} (0-{last}): 출력 ({row}, {column}) = {total}"),
    "cnn.step.text": (
        "**Step {step} of 0-{last}: output ({row}, {column})** = Σ of the {count} products of the window (rows "
        "{top}..{bottom}, columns {left}..{right} of the padded picture) and the kernel = **{total}**. **Parameter "
        "sharing**: the same {k}x{k} kernel, {count} weights, makes every one of the {steps} outputs.",
        "**단계 {step} (0-{last}): 출력 ({row}, {column})** = 창(패딩한 그림의 {top}..{bottom}행, "
        "{left}..{right}열)과 커널의 곱 {count}개의 Σ = **{total}**. **가중치 공유**(parameter sharing): 같은 "
        "{k}x{k} 커널, 가중치 {count}개가 출력 {steps}개를 모두 만듭니다."),
    "cnn.fig.parameters_title": ("Parameters of one layer", "층 하나의 파라미터 수"),
    "cnn.fig.parameters_log": ("parameters (log scale)", "파라미터 수 (로그 척도)"),
}
