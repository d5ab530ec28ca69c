# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The Receptive-field tab (demo/receptive_field): the slide's rule, the recurrence, a unit's field on a picture."""

TEXTS = {
    "receptive_field.md.intro": (
        "## Receptive field\nWhich input pixels can a unit deep in the network see?",
        "## 수용 영역(receptive field)\n네트워크 깊은 곳의 유닛은 입력의 어느 픽셀들을 볼 수 있을까요?"),
    "receptive_field.md.rule": ("### The slide's rule", "### 슬라이드의 규칙"),
    "receptive_field.label.kernel": ("K: convolution kernel (stride 1)", "K: 합성곱(convolution) 커널 크기 (스트라이드 1)"),
    "receptive_field.label.pool": ("P: pooling size", "P: 풀링(pooling) 크기"),
    # LaTeX: its braces read as fields to str.format ({l-1}); the text is only shown, never formatted.
    "receptive_field.md.recurrence": (
        "### The general recurrence\n"
        r"For layer $l$ with kernel $k_l$ (dilated: $d_l(k_l-1)+1$), stride $s_l$ and padding $p_l$: "
        r"$r_l = r_{l-1} + (k_l - 1)\,j_{l-1}$, $j_l = j_{l-1}\,s_l$, $P_l = P_{l-1} + p_l\,j_{l-1}$, "
        r"starting from $r_0 = j_0 = 1$, $P_0 = 0$. Unit $i$ is centred on input pixel "
        r"$c_l + i\,j_l$ with $c_l = c_{l-1} + \left(\tfrac{k_l-1}2 - p_l\right) j_{l-1}$.",
        "### 일반적인 점화식\n"
        r"커널 $k_l$(팽창(dilation) 시 $d_l(k_l-1)+1$), 스트라이드(stride) $s_l$, 패딩(padding) $p_l$인 층 $l$에 대해 "
        r"$r_l = r_{l-1} + (k_l - 1)\,j_{l-1}$, $j_l = j_{l-1}\,s_l$, $P_l = P_{l-1} + p_l\,j_{l-1}$이며, "
        r"$r_0 = j_0 = 1$, $P_0 = 0$에서 시작합니다. 유닛 $i$의 중심은 입력 픽셀 "
        r"$c_l + i\,j_l$이고, 여기서 $c_l = c_{l-1} + \left(\tfrac{k_l-1}2 - p_l\right) j_{l-1}$입니다."),
    "receptive_field.label.table": ("Receptive field layer by layer", "층별 수용 영역"),
    "receptive_field.md.picture": (
        "### On your picture: theoretical box and effective field",
        "### 내 그림에서: 이론적 상자와 유효 수용 영역"),
    "receptive_field.label.picture": (
        "Picture (a digit for LeNet-5, a photo for the others)",
        "그림 (LeNet-5는 숫자, 나머지는 사진)"),
    "receptive_field.label.layer": ("Layer", "층"),
    "receptive_field.label.row": ("Unit row", "유닛 행"),
    "receptive_field.label.column": ("Unit column", "유닛 열"),
    "receptive_field.label.overlay": ("Input, gradient heat and theoretical box", "입력, 그래디언트 히트맵, 이론적 상자"),
    "receptive_field.label.rule_plot": ("The windows of the rule on the input grid", "입력 격자 위에 그린 규칙의 창(window)"),
    "receptive_field.label.feature": ("The layer's map (click a unit)", "층의 맵 (유닛을 클릭하세요)"),
    "receptive_field.network.lenet5": ("LeNet-5 (shipped weights, digits)", "LeNet-5 (제공된 가중치, 숫자)"),
    "receptive_field.network.alexnet": ("AlexNet (photos)", "AlexNet (사진)"),
    "receptive_field.network.vgg16": ("VGG-16 (photos)", "VGG-16 (사진)"),
    "receptive_field.rule": (
        "A {k}x{k} convolution with stride 1 followed by {p}x{p} pooling: each pooled unit combines "
        "{p}x{p} convolution outputs, whose windows overlap and together cover **(P + K - 1) = "
        "({p} + {k} - 1) = {r}**, a {r}x{r} patch of the input.",
        "스트라이드 1인 {k}x{k} 합성곱 뒤에 {p}x{p} 풀링이 오면, 풀링된 유닛 하나가 합성곱 출력 "
        "{p}x{p}개를 합칩니다. 그 창들은 서로 겹치며 함께 **(P + K - 1) = ({p} + {k} - 1) = {r}**, "
        "즉 입력의 {r}x{r} 패치를 덮습니다."),
    "receptive_field.text": (
        "**{layer}** of {network}: unit ({row}, {column}) of a {height}x{width} map. Theoretical receptive field "
        "**{r}x{r}** pixels (blue box: rows {top}..{bottom}, columns {left}..{right}; jump {jump}). The gradient "
        "(heat) is non-zero only inside it ({inside} of its mass), but **90% of it lies within {radius} pixels** of "
        "the centre, against a half-width of {half}: the effective receptive field is smaller, because a central "
        "pixel reaches the unit along many more paths than a border pixel (Luo et al., NIPS 2016). {note}",
        "{network}의 **{layer}**: {height}x{width} 맵의 유닛 ({row}, {column}). 이론적 수용 영역은 **{r}x{r}** "
        "픽셀입니다 (파란 상자: 행 {top}..{bottom}, 열 {left}..{right}; 점프 {jump}). 그래디언트(히트맵)는 그 안에서만 "
        "0이 아니지만 (질량의 {inside}), **그 90%가 중심에서 {radius} 픽셀 안에** 있습니다. 절반 너비 {half}와 비교하면 "
        "유효 수용 영역(effective receptive field)이 더 작습니다. 가운데 픽셀은 가장자리 픽셀보다 훨씬 많은 경로를 "
        "따라 유닛에 닿기 때문입니다 (Luo et al., NIPS 2016). {note}"),
    "receptive_field.name.row": ("The unit row", "유닛 행"),
    "receptive_field.name.column": ("The unit column", "유닛 열"),
    "receptive_field.name.layer_of": ("The layer of {network}", "{network}의 층"),
    "receptive_field.err.unit": (
        "{layer} is a {height}x{width} map: choose a unit with row 0-{last_row} and column "
        "0-{last_column}.",
        "{layer}은(는) {height}x{width} 맵입니다. 행 0-{last_row}, 열 0-{last_column} 범위의 유닛을 고르세요."),
}
