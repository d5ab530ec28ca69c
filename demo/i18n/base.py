# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The shared floor's words (demo/base): errors (InputError's sentences), images refused, datasets, the device, the
figures' shared axis titles (plots)."""

TEXTS = {
    "errors.one_of": ("{name} must be one of {listed}; got {value}.", "{name}은(는) {listed} 중 하나여야 합니다. 받은 값: {value}."),
    "errors.whole": ("{name} must be a whole number; got {value}.", "{name}은(는) 정수여야 합니다. 받은 값: {value}."),
    "errors.number": ("{name} must be a number; got {value}.", "{name}은(는) 숫자여야 합니다. 받은 값: {value}."),
    "errors.between": (
        "{name} must be between {low} and {high}; got {value}.",
        "{name}은(는) {low}에서 {high} 사이여야 합니다. 받은 값: {value}."),
    "errors.bug": (
        "Something went wrong on the server while computing this; please try another input.",
        "서버에서 계산하는 중 문제가 생겼습니다. 다른 입력으로 다시 시도해 주세요."),
    "errors.not_uploaded": (
        "This app reads only pictures uploaded to it: upload the picture, then send the path it returns.",
        "이 앱은 업로드된 그림만 읽습니다. 그림을 업로드한 뒤 돌려받은 경로를 보내 주세요."),
    "errors.value_count": (
        "{endpoint} takes {wanted} value(s), in the order README's API section gives; got {got}.",
        "{endpoint}은(는) README의 API 절에 적힌 순서대로 값 {wanted}개를 받습니다. 받은 값: {got}개."),
    "errors.this_event": ("This event", "이 이벤트"),
    "images.err.too_big": (
        "This picture is {width} x {height} pixels ({megapixels} megapixels); please upload one of "
        "at most {limit} megapixels.",
        "이 그림은 {width} x {height} 픽셀({megapixels}메가픽셀)입니다. {limit}메가픽셀 이하의 그림을 올려 주세요."),
    "images.err.no_pixels": ("This picture has no pixels.", "이 그림에는 픽셀이 없습니다."),
    "images.err.bomb": (
        "This picture has far more than {limit} megapixels; please upload a smaller one.",
        "이 그림은 {limit}메가픽셀보다 훨씬 큽니다. 더 작은 그림을 올려 주세요."),
    "images.err.not_image": (
        "This file is not an image that can be read; please upload a PNG, JPEG, WebP, BMP, GIF "
        "or TIFF picture.",
        "이 파일은 읽을 수 있는 이미지가 아닙니다. PNG, JPEG, WebP, BMP, GIF 또는 TIFF 그림을 올려 주세요."),
    "images.err.no_recording": ("Nothing was recorded: open the webcam (click it and allow the camera), then hold the button while it shows the object.", "녹화된 것이 없습니다: 웹캠을 열고(클릭한 뒤 카메라를 허용) 물체가 보이는 동안 버튼을 누르고 계세요."),
    "images.err.bad_recording": ("A recording is a list of webcam frames as data URLs (data:image/jpeg;base64,...).", "녹화는 data URL(data:image/jpeg;base64,...)로 된 웹캠 프레임의 목록입니다."),
    "images.err.too_many_frames": ("A recording has at most {limit} frames ({seconds} seconds); this one has {n}. Nothing was added.", "녹화는 최대 {limit}프레임({seconds}초)입니다. 이 녹화는 {n}프레임이라 아무것도 추가하지 않았습니다."),
    "images.err.bad_frame": ("Frame {number} of the recording is not a picture; nothing was added.", "녹화의 {number}번째 프레임이 그림이 아니어서 아무것도 추가하지 않았습니다."),
    "images.err.none": ("No picture was given: upload one first.", "그림이 없습니다. 먼저 그림을 올려 주세요."),
    "images.err.array": (
        "The image array must be H x W or H x W x C with some pixels in it.",
        "이미지 배열은 H x W 또는 H x W x C 모양이어야 하고 픽셀이 있어야 합니다."),
    "images.err.damaged": (
        "This image file is damaged and could not be decoded; please upload another.",
        "이 이미지 파일은 손상되어 디코딩할 수 없습니다. 다른 파일을 올려 주세요."),
    "data.err.split": (
        "A test split of {size} images needs between 1 and {most}.",
        "{size}개 이미지의 테스트 분할은 1에서 {most} 사이여야 합니다."),
    "device.cpu": ("cpu ({threads} threads)", "CPU (스레드 {threads}개)"),
    "device.cpu_one": ("cpu (1 thread)", "CPU (스레드 1개)"),
    "plots.class": ("class", "클래스"),
    "plots.hover_class": ("class {x}: {y}", "클래스 {x}: {y}"),
    "plots.n_parameters": ("{count} parameters", "파라미터 {count}개"),
    "plots.test_accuracy": ("test accuracy", "테스트 정확도"),
}
