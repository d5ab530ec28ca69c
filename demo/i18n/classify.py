# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The Classify tab (demo/classify): digits, photographs, Grad-CAM and occlusion."""

TEXTS = {
    "classify.err.not_digit_network": (
        "{title} was trained on {dataset} ({channels} channel(s) of {height}x{width} pixels); the digits here are one grey channel of 28x28: choose a run trained on MNIST-style digits.",
        "{title}은(는) {dataset}({height}x{width} 픽셀, 채널 {channels}개)로 학습되었습니다. 여기의 숫자는 28x28 회색 채널 하나이므로 MNIST 형식의 숫자로 학습한 실행을 고르세요."),
    "classify.err.no_runs": (
        "This page has trained no network yet: train one in the Train tab first, then choose it here.",
        "이 페이지에서 학습한 신경망이 아직 없습니다. 먼저 학습 탭에서 신경망을 학습한 뒤 여기서 고르세요."),
    "classify.err.no_such_run": (
        "This page has no {run}: train a network in the Train tab first (a run belongs to the page that trained it), then choose it here.",
        "이 페이지에는 {run}이(가) 없습니다. 먼저 학습 탭에서 신경망을 학습한 뒤(실행은 그것을 학습한 페이지에만 속합니다) 여기서 고르세요."),
    "classify.name.network": ("Your network", "내 신경망"),
    "classify.tab.digits": ("Digits", "숫자"),
    "classify.tab.photos": ("Photos", "사진"),
    "classify.md.digits": (
        "## Classify a digit\nDraw a digit (with a mouse, a pen or a finger), upload a photo of one, or pick one from the test split.",
        "## 숫자 분류하기\n숫자를 그리거나(마우스, 펜, 손가락 모두 됩니다), 숫자 사진을 업로드하거나, 테스트 분할(test split)에서 하나를 고르세요."),
    "classify.md.prepared": (
        "Your picture is first made to look like an MNIST digit, exactly as MNIST was made: the ink is cropped, fitted into a 20x20 box keeping its shape, and centred by its centre of mass in a 28x28 field. The two classifiers see only that small image.",
        "그림은 먼저 MNIST가 만들어진 방식 그대로 MNIST 숫자처럼 바뀝니다. 잉크 부분을 잘라 내고, 모양을 유지한 채 20x20 상자에 맞추고, 무게 중심을 기준으로 28x28 영역의 가운데에 놓습니다. 두 분류기는 이 작은 이미지만 봅니다."),
    "classify.tab.draw": ("Draw", "그리기"),
    "classify.tab.upload": ("Upload", "업로드"),
    "classify.tab.test": ("Test images", "테스트 이미지"),
    "classify.label.sketch": ("Draw one digit", "숫자 하나를 그리세요"),
    "classify.label.upload": ("A picture of one digit", "숫자 하나가 담긴 그림"),
    "classify.label.gallery": ("Test split (click one)", "테스트 분할 (하나를 클릭하세요)"),
    "classify.label.index": ("Test image number", "테스트 이미지 번호"),
    "classify.label.network": (
        "Also classify with a network you trained (Train tab, this session)",
        "직접 학습한 신경망으로도 분류하기 (학습 탭, 이 세션)"),
    "classify.label.seen": ("What the networks see (28x28)", "신경망이 보는 이미지 (28x28)"),
    "classify.label.perceptron": ("Perceptron", "퍼셉트론"),
    "classify.label.plot": ("All ten probabilities", "열 개 클래스의 확률 전체"),
    "classify.accordion.models": ("The models and how they were trained", "모델과 학습 방법"),
    "classify.md.cards_header": (
        "| model | parameters | test accuracy | epochs | training time | trained on |\n|---|---:|---:|---:|---:|---|",
        "| 모델 | 매개변수 수 | 테스트 정확도 | 에폭 | 학습 시간 | 학습 장치 |\n|---|---:|---:|---:|---:|---|"),
    "classify.md.cards_note": (
        "Both were trained on the 4,000 training images of the bundled MNIST subset by `python -m demo.train`; accuracy is on its 1,000 test images. LeNet-5 here uses ReLU and max-pooling (the 1998 paper used tanh and average-pooling).",
        "두 모델 모두 `python -m demo.train`으로, 함께 제공되는 MNIST 부분집합의 학습 이미지 4,000장으로 학습했습니다. 정확도(accuracy)는 그 테스트 이미지 1,000장에서 잰 값입니다. 여기의 LeNet-5는 ReLU와 최대 풀링(max-pooling)을 씁니다(1998년 논문은 tanh와 평균 풀링을 썼습니다)."),
    "classify.model.perceptron": ("Perceptron (one FC layer)", "퍼셉트론(완전 연결층 하나)"),
    "classify.summary.line": (
        "**{title}**: {label} ({probability}) in {ms} ms on {device}",
        "**{title}**: {label} ({probability}), {device}에서 {ms} ms"),
    "classify.summary.truth": ("True label: **{truth}**.", "정답 레이블: **{truth}**."),
    "classify.summary.disagree": (
        "The two models disagree: look at the probabilities below.",
        "두 모델의 답이 다릅니다. 아래의 확률을 살펴보세요."),
    "classify.summary.empty_sketch": ("The sketch is empty: draw a digit in the box.", "그림이 비어 있습니다. 상자 안에 숫자를 그리세요."),
    "classify.run.title": ("run {number} ({label})", "실행 {number} ({label})"),
    "classify.choice.run": (
        "run {number}: {label} ({dataset}, {accuracy})",
        "실행 {number}: {label} ({dataset}, {accuracy})"),
    "classify.err.no_digit": (
        "No digit found: the picture is empty or has no strokes that stand out from the background. Draw or upload a digit first.",
        "숫자를 찾지 못했습니다. 그림이 비어 있거나 배경과 구별되는 획이 없습니다. 먼저 숫자를 그리거나 업로드하세요."),
    "classify.err.not_28": (
        "The classifiers take a 28x28 image, not {shape}.",
        "분류기는 28x28 이미지를 받습니다. 받은 크기: {shape}."),
    "classify.name.test_index": ("The test image number", "테스트 이미지 번호"),
    "classify.md.photos": (
        "## Classify a photograph\nA photo is prepared the way the weights were trained (torchvision's `weights.transforms()`): its shorter side resized to 256 pixels, the centre 224x224 cut out, and each colour channel normalised with ImageNet's mean and standard deviation. The slides' AlexNet took 227x227 crops (224 in the paper's text) and only \"subtracted the mean RGB\"; VGG took 224x224. Phone photos are turned upright by their EXIF orientation first. Shift or crop the photo to see the slide's failure: the top-5 changes although the object did not.",
        "## 사진 분류하기\n사진은 가중치를 학습할 때와 같은 방식(torchvision의 `weights.transforms()`)으로 준비됩니다. 짧은 변을 256픽셀로 줄이고, 가운데 224x224를 잘라 낸 뒤, 각 색 채널을 ImageNet의 평균과 표준편차로 정규화합니다. 슬라이드의 AlexNet은 227x227 조각을 썼고(논문 본문에는 224) \"평균 RGB를 빼기\"만 했으며, VGG는 224x224를 썼습니다. 휴대폰 사진은 먼저 EXIF 방향 정보에 따라 똑바로 세웁니다. 사진을 옮기거나 잘라 보면 슬라이드의 실패 사례를 볼 수 있습니다. 물체는 그대로인데 top-5가 바뀝니다."),
    "classify.label.photo": ("Your photo (upload, webcam or paste)", "내 사진 (업로드, 웹캠 또는 붙여넣기)"),
    "classify.label.bundled": ("...or a bundled photo", "...또는 함께 제공되는 사진"),
    "classify.photo.cat": ("cat", "고양이"),
    "classify.photo.coffee": ("coffee", "커피"),
    "classify.photo.rocket": ("rocket", "로켓"),
    "classify.photo.astronaut": ("astronaut", "우주비행사"),
    "classify.label.vgg": ("VGG beside AlexNet", "AlexNet 옆에 둘 VGG"),
    "classify.label.shift_x": ("Shift right (pixels)", "오른쪽으로 이동 (픽셀)"),
    "classify.label.shift_y": ("Shift down (pixels)", "아래로 이동 (픽셀)"),
    "classify.label.crop": ("Keep the centre (% of the photo)", "가운데 남기기 (사진의 %)"),
    "classify.label.photo_seen": ("What the networks see (224x224)", "신경망이 보는 이미지 (224x224)"),
    "classify.label.top5": ("Top-5, side by side", "Top-5 나란히 보기"),
    "classify.md.where": (
        "### Where does the network look?\nGrad-CAM weights the last convolution's maps by how much each raises the class's score; occlusion hides one square of the photo at a time and watches the class's probability. Explain each network's own top class (or its 2nd... 5th), or type a class.",
        "### 신경망은 어디를 볼까요?\nGrad-CAM은 마지막 합성곱(convolution)의 특징 맵(feature map)마다 그 맵이 클래스 점수를 얼마나 올리는지로 가중치를 줍니다. 가림(occlusion)은 사진의 정사각형 한 곳을 차례로 가리면서 클래스의 확률을 지켜봅니다. 각 신경망 자신의 1순위 클래스(또는 2~5순위)를 설명하거나, 클래스 이름을 입력하세요."),
    "classify.label.rank": ("The network's n-th class", "신경망의 n순위 클래스"),
    "classify.label.class_name": ("...or a class by name (blank: the n-th)", "...또는 클래스 이름 (비우면 n순위)"),
    "classify.placeholder.class_name": ("e.g. tabby, espresso, space shuttle", "예: tabby, espresso, space shuttle"),
    "classify.button.cam": ("Show Grad-CAM", "Grad-CAM 보기"),
    "classify.label.cam_alexnet": ("AlexNet: Grad-CAM (conv5)", "AlexNet의 Grad-CAM (conv5)"),
    "classify.label.cam_vgg": ("VGG: Grad-CAM (last convolution)", "VGG의 Grad-CAM (마지막 합성곱)"),
    "classify.label.occlude_network": ("Network to occlude", "가려 볼 신경망"),
    "classify.label.patch": ("Square (pixels)", "정사각형 (픽셀)"),
    "classify.label.stride": ("Stride (pixels)", "스트라이드(stride) (픽셀)"),
    "classify.button.occlude": ("Occlude", "가리기"),
    "classify.label.occluded": ("Where hiding the photo lowers the class", "가리면 클래스 확률이 떨어지는 곳"),
    "classify.label.occlusion_plot": (
        "The class's probability with the square at each place",
        "정사각형이 각 위치에 있을 때의 클래스 확률"),
    "classify.photo.line": (
        "**{title}**: {label} ({probability}) in {ms} ms on {device}, {precision}{batch}",
        "**{title}**: {label} ({probability}), {device}에서 {ms} ms, {precision}{batch}"),
    "classify.photo.batch": (", {count} photos in one batch", ", 사진 {count}장을 한 배치로"),
    "classify.cam.own_top": ("its top class", "자신의 1순위 클래스"),
    "classify.cam.own_rank": ("its #{rank}", "자신의 {rank}순위"),
    "classify.cam.summary": (
        "**{title}** looks here ({h}x{w} map of its last convolution) for **{label}** ({own}, {probability}) in {ms} ms",
        "**{title}**은(는) **{label}**({own}, {probability})에 대해 여기를 봅니다 (마지막 합성곱의 {h}x{w} 맵), {ms} ms"),
    "classify.occlusion.summary": (
        "**{title}** with a {patch}-pixel grey square every {stride} pixels ({positions} positions) for **{label}** ({own}, {probability}) in {ms} ms: hidden at ({x}, {y}) the probability falls to {worst}.",
        "**{title}**: {stride}픽셀마다 {patch}픽셀 회색 정사각형으로 가림({positions}곳), **{label}**({own}, {probability}), {ms} ms. ({x}, {y})을(를) 가리면 확률이 {worst}(으)로 떨어집니다."),
    "classify.name.bundled_photo": ("The bundled photo", "제공된 사진"),
    "classify.name.vgg": ("The VGG", "VGG 모델"),
    "classify.name.photo_network": ("The network", "신경망"),
    "classify.name.shift_x": ("The horizontal shift", "가로 이동"),
    "classify.name.shift_y": ("The vertical shift", "세로 이동"),
    "classify.name.crop": ("The crop", "자르기 비율"),
    "classify.name.class_number": ("The class number", "클래스 번호"),
    "classify.name.rank": ("The rank", "순위"),
    "classify.name.patch": ("The patch size", "정사각형 크기"),
    "classify.name.stride": ("The stride", "스트라이드"),
    "classify.name.imagenet_model": ("A model with ImageNet weights", "ImageNet 가중치가 있는 모델"),
    "classify.err.class_type": (
        "Type an ImageNet class name (e.g. tabby, espresso, space shuttle); got {value}.",
        "ImageNet 클래스 이름을 입력하세요(예: tabby, espresso, space shuttle). 받은 값: {value}."),
    "classify.err.no_class": (
        "No ImageNet class is called {text}; try a name such as tabby, espresso or space shuttle, or a class number 0-999.",
        "{text}이라는 ImageNet 클래스는 없습니다. tabby, espresso, space shuttle 같은 이름이나 0-999 사이의 클래스 번호를 입력해 보세요."),
    "classify.err.many_classes": (
        "{count} ImageNet classes contain {text} ({names}); type one in full.",
        "ImageNet 클래스 {count}개에 {text}이(가) 들어 있습니다({names}). 하나를 전체 이름으로 입력하세요."),
    "classify.more": (" and {count} more", " 외 {count}개"),
    "classify.err.class_text": ("The class name must be text; got {value}.", "클래스 이름은 텍스트여야 합니다. 받은 값: {value}."),
    "classify.err.stride_over_patch": (
        "The stride ({stride}) must be at most the patch size ({patch}), or some pixels are never covered.",
        "스트라이드({stride})는 정사각형 크기({patch}) 이하여야 합니다. 그렇지 않으면 한 번도 가려지지 않는 픽셀이 생깁니다."),
    "classify.err.too_many_occlusions": (
        "A {patch}-pixel patch every {stride} pixels makes {count} occluded copies; this server computes at most {most}: take a larger stride or patch.",
        "{stride}픽셀마다 {patch}픽셀 정사각형을 두면 가린 사본이 {count}개 생깁니다. 이 서버는 최대 {most}개까지 계산합니다. 스트라이드나 정사각형을 더 크게 하세요."),
    "classify.progress.positions": ("{title}: {done} of {total} positions", "{title}: {total}곳 중 {done}곳"),
    "classify.and": ("{first} and {last}", "{first} 및 {last}"),
    # One sentence each: what is missing, (what still works,) the one step that adds it ({step}, a phrase).
    "classify.imagenet.how_to_get": (
        "No ImageNet weights for {networks} on this computer; to add them, {step}.",
        "이 컴퓨터에는 {networks}의 ImageNet 가중치가 없으니, 추가하려면 {step}."),
    "classify.imagenet.step_flag": (
        "start `python app.py --imagenet-dir DIR` with {files} in DIR, or run the app once with a network and `DEMO_ALLOW_DOWNLOADS=1`",
        "{files}을(를) 폴더 DIR에 넣고 `python app.py --imagenet-dir DIR`로 시작하거나, 인터넷에 연결된 상태에서 `DEMO_ALLOW_DOWNLOADS=1`로 앱을 한 번 실행하세요"),
    "classify.imagenet.step_folder": (
        "copy {files} into the `--imagenet-dir` folder (`{folder}`)",
        "{files}을(를) `--imagenet-dir` 폴더(`{folder}`)에 복사하세요"),
    "classify.photo.offline": (
        "No ImageNet weights for {networks} on this computer, so their top-5, Grad-CAM and occlusion are folded away while the 224x224 view, shift and crop still work; to add them, {step}.",
        "이 컴퓨터에는 {networks}의 ImageNet 가중치가 없어서 top-5, Grad-CAM, 가림(occlusion)은 숨겨 두었고 224x224 보기와 이동, 자르기는 그대로 쓸 수 있으며, 가중치를 추가하려면 {step}."),
    "classify.imagenet.found": ("ImageNet weights for {title} from {path}.", "{title}의 ImageNet 가중치: {path}."),
    "classify.imagenet.will_download": (
        "ImageNet weights for {title} will be downloaded by torchvision on first use.",
        "{title}의 ImageNet 가중치는 처음 쓸 때 torchvision이 내려받습니다."),
    "classify.imagenet.unreadable": (
        "{path} is not a readable PyTorch weights file (damaged, truncated, or not plain tensors); replace it with {url}.",
        "{path}은(는) 읽을 수 있는 PyTorch 가중치 파일이 아닙니다(손상되었거나, 잘렸거나, 순수한 텐서가 아님). {url}의 파일로 바꾸세요."),
    "classify.imagenet.download_failed": (
        "Downloading the ImageNet weights of {title} from {url} failed ({error}); check the network, or copy the file into {folder}.",
        "{title}의 ImageNet 가중치를 {url}에서 내려받지 못했습니다({error}). 네트워크를 확인하거나 파일을 {folder}에 복사하세요."),
    "classify.imagenet.not_tensors": (
        "{source} is not torchvision's {title} ImageNet weights: it does not hold a dictionary of tensors; replace it with {url}.",
        "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. 텐서 딕셔너리가 들어 있지 않습니다. {url}의 파일로 바꾸세요."),
    "classify.imagenet.lacks": (
        "{source} is not torchvision's {title} ImageNet weights: it lacks {key}{more}; replace it with {url}.",
        "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. {key}{more}이(가) 없습니다. {url}의 파일로 바꾸세요."),
    "classify.imagenet.extra": (
        "{source} is not torchvision's {title} ImageNet weights: it has keys it should not, such as {key}{more}; replace it with {url}.",
        "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. 있어서는 안 되는 키 {key}{more}이(가) 있습니다. {url}의 파일로 바꾸세요."),
    "classify.imagenet.scalar": ("a scalar", "스칼라"),
    "classify.imagenet.shape": (
        "{source} is not torchvision's {title} ImageNet weights: {key} is {shape}, not {want}; replace it with {url}.",
        "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. {key}의 크기가 {want}이(가) 아니라 {shape}입니다. {url}의 파일로 바꾸세요."),
    "classify.imagenet.dtype": (
        "{source} is not torchvision's {title} ImageNet weights: {key} holds {got}, not {want}; replace it with {url}.",
        "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. {key}의 자료형이 {want}이(가) 아니라 {got}입니다. {url}의 파일로 바꾸세요."),
    "classify.fig.probability": ("probability", "확률"),
    "classify.fig.saliency_hover": ("square centred at ({x}, {y}): {z}", "({x}, {y})가 중심인 사각형: {z}"),
    "classify.fig.saliency_title": (
        "{network}: P({label}) with the square at each place (unhidden {probability})",
        "{network}: 사각형을 각 위치에 놓았을 때의 P({label}) (가리지 않으면 {probability})"),
    "classify.fig.saliency_x_axis": ("square centre, x (pixels)", "사각형 중심 x (픽셀)"),
    "classify.fig.saliency_y_axis": ("square centre, y (pixels)", "사각형 중심 y (픽셀)"),
    "classify.fig.photos_axis": ("{network}: probability", "{network}: 확률"),
    "classify.fig.photos_title": ("Top-5 of each network", "네트워크별 상위 5개(top-5)"),
    "classify.md.fool": (
        "### Fooled: a change you cannot see\nThe photo's view changed by at most ε grey levels a pixel, in the direction the attacked network's own gradient says: "
        "a person sees the same photo, the network another class. The VGG beside AlexNet sees the same changed photo: does an attack made on one network fool the other?",
        "### 속았다: 보이지 않는 변화\n사진의 보기를 공격받는 신경망 자신의 기울기가 가리키는 방향으로 픽셀마다 최대 ε 회색 단계만 바꿉니다: "
        "사람에게는 같은 사진이 신경망에게는 다른 클래스가 됩니다. AlexNet 옆의 VGG도 같은 바뀐 사진을 봅니다: 한 신경망에 대해 만든 공격이 다른 신경망도 속일까요?"),
    "classify.label.attack_network": ("Network attacked", "공격할 신경망"),
    "classify.label.attack_target": ("Target class (blank: any other)", "목표 클래스 (비우면 다른 아무 클래스)"),
    "classify.label.epsilon": ("ε: the most a pixel may change (grey levels of 255)", "ε: 한 픽셀의 최대 변화 (255 중 회색 단계)"),
    "classify.label.attack_method": ("Attack", "공격"),
    "classify.label.attack_steps": ("PGD's steps", "PGD 걸음 수"),
    "classify.button.fool": ("Fool the network", "신경망 속이기"),
    "classify.label.adv_original": ("The view", "보기"),
    "classify.label.adv_change": ("The change, amplified (grey: none; full swing: ±ε)", "변화, 확대 (회색: 변화 없음, 최대 밝기 차: ±ε)"),
    "classify.label.adv_image": ("The view changed", "바뀐 보기"),
    "classify.adv.header": ("| network | before | after |", "| 신경망 | 전 | 후 |"),
    "classify.adv.fooled": (
        "{method} on {network} with ε = {eps} grey levels (at most {share} of the range per pixel), {ms} ms: it said **{before}** ({p_before}), it now says **{after}** ({p_after}).",
        "{network}에 ε = 회색 {eps}단계(픽셀당 최대 범위의 {share})로 {method}, {ms} ms: **{before}**({p_before})라고 하던 것이 이제 **{after}**({p_after})라고 합니다."),
    "classify.adv.held": (
        "{method} on {network} with ε = {eps} grey levels (at most {share} of the range per pixel), {ms} ms: it still says **{after}** ({p_after}). Raise ε, or try PGD.",
        "{network}에 ε = 회색 {eps}단계(픽셀당 최대 범위의 {share})로 {method}, {ms} ms: 여전히 **{after}**({p_after})라고 합니다. ε를 키우거나 PGD를 써 보세요."),
    "classify.name.attack_network": ("The network attacked", "공격할 신경망"),
    "classify.name.attack_method": ("The attack", "공격 방법"),
    "classify.name.epsilon": ("ε", "ε(엡실론)"),
    "classify.name.attack_steps": ("PGD's steps", "PGD 걸음 수"),
    "classify.err.target_is_given": (
        "The network already says {label}: type another target, or leave it blank.",
        "신경망이 이미 {label}라고 합니다: 다른 목표를 입력하거나 비워 두세요."),
}
