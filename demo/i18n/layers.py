# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""Stack arithmetic's words (demo/layers): its figures' titles and axes."""

TEXTS = {
    "layers.fig.parameters": ("parameters", "파라미터 수"),
    "layers.fig.parameters_title": (
        "Parameters per layer (blue: conv, orange: fully connected)",
        "층별 파라미터 수 (파랑: 합성곱(conv), 주황: 완전 연결층)"),
    "layers.fig.compute_title": ("{unit} per layer (one image)", "층별 {unit} (이미지 한 장)"),
    "layers.fig.stacked": ("n stacked 3x3", "3x3을 n개 쌓음"),
    "layers.fig.single": ("one (2n+1)x(2n+1)", "(2n+1)x(2n+1) 하나"),
    "layers.fig.vgg_title": (
        "Weights for the same receptive field, C = {channels}",
        "같은 수용 영역을 얻는 데 드는 가중치 수, C = {channels}"),
    "layers.fig.n_axis": ("n (receptive field 2n+1)", "n (수용 영역 2n+1)"),
    "layers.fig.weights": ("weights", "가중치 수"),
    "layers.fig.slide_title": (
        "{pool}x{pool} pooling over {kernel}x{kernel} convolutions sees {side}x{side} pixels",
        "{kernel}x{kernel} 합성곱 위의 {pool}x{pool} 풀링은 {side}x{side} 픽셀을 봅니다"),
}
