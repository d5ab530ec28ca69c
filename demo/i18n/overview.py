# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The Overview tab (demo/overview): why perception matters, the Thatcher illusion, the course map; and the
References tab (what each work is cited for)."""

TEXTS = {
    "overview.md.intro": (
        "## Image classification I\n"
        "Most of what we know about the world arrives through our eyes, and most of the data the "
        "world now records is images and video. Teaching a machine to see means teaching it to turn "
        "pixels into meaning.",
        "## 이미지 분류 I\n"
        "우리가 세상에 대해 아는 것의 대부분은 눈을 통해 들어오고, 오늘날 세상이 기록하는 데이터의 대부분은 "
        "이미지와 비디오입니다. 기계에게 보는 법을 가르친다는 것은 픽셀을 의미로 바꾸는 법을 가르친다는 "
        "뜻입니다."),
    "overview.md.what_is_vision": ("### What is computer vision?", "### 컴퓨터 비전이란 무엇인가?"),
    "overview.html.pipeline": (
        "<span class='pipe-step'>visual world</span><span class='pipe-arrow'>&rarr;</span>"
        "<span class='pipe-step'>sensing device</span><span class='pipe-arrow'>&rarr;</span>"
        "<span class='pipe-step'>interpreting device</span><span class='pipe-arrow'>&rarr;</span>"
        "<span class='pipe-step'>interpretation</span>",
        "<span class='pipe-step'>시각 세계</span><span class='pipe-arrow'>&rarr;</span>"
        "<span class='pipe-step'>감지 장치(센서)</span><span class='pipe-arrow'>&rarr;</span>"
        "<span class='pipe-step'>해석 장치</span><span class='pipe-arrow'>&rarr;</span>"
        "<span class='pipe-step'>해석</span>"),
    "overview.md.inverse": (
        "**Graphics** renders an image from a description of a scene (shapes, materials, lights, "
        "camera). **Vision** runs the other way: from the image back to the scene and what is in "
        "it. It is the *inverse* of rendering, and an ill-posed one: many scenes make the same "
        "image, so a vision system must bring knowledge of the world.",
        "**그래픽스**(graphics)는 장면에 대한 기술(모양, 재질, 조명, 카메라)로부터 이미지를 "
        "렌더링합니다. **비전**(vision)은 그 반대 방향으로 갑니다. 이미지로부터 장면과 그 안에 무엇이 "
        "있는지를 거꾸로 알아냅니다. 비전은 렌더링의 *역문제*(inverse problem)이며, 해가 하나로 "
        "정해지지 않는(ill-posed) 문제입니다. 여러 장면이 같은 이미지를 만들 수 있으므로, 비전 시스템은 "
        "세상에 대한 지식을 함께 가져와야 합니다."),
    "overview.md.course_map": (
        "### The course map\n"
        "1. **Image classification I**: k-NN, the perceptron, CNNs, LeNet-5, AlexNet, VGG, receptive fields "
        "**← this lecture**\n"
        "2. **Image classification II**: deeper networks: ResNet, normalisation, training practice\n"
        "3. **Object detection**: from sliding windows to two-stage and one-stage detectors\n"
        "4. **Segmentation**: semantic, instance and panoptic segmentation (Kirillov et al. 2019)\n"
        "5. **Video and motion**: optical flow, tracking, action recognition\n"
        "6. **3-D vision**: depth, ego-motion and geometry from images (Gordon et al. 2019)\n"
        "7. **Generative models**: autoencoders, GANs, diffusion; style transfer (Huang & Belongie 2017)\n"
        "8. **Explainability**: what did the network look at? Grad-CAM (Selvaraju et al. 2017)\n"
        "9. **Self-supervised learning**: learning representations without labels\n"
        "10. **Vision and language**: captioning, retrieval, open-vocabulary recognition",
        "### 강의 전체 지도\n"
        "1. **이미지 분류 I**: k-NN, 퍼셉트론(perceptron), CNN, LeNet-5, AlexNet, VGG, 수용 영역(receptive field) "
        "**← 이번 강의**\n"
        "2. **이미지 분류 II**: 더 깊은 네트워크: ResNet, 정규화(normalisation), 학습 실무\n"
        "3. **객체 검출(object detection)**: 슬라이딩 윈도우(sliding window)에서 2단계·1단계 검출기까지\n"
        "4. **분할(segmentation)**: 의미론적(semantic), 인스턴스(instance), 파놉틱(panoptic) 분할 (Kirillov et al. 2019)\n"
        "5. **비디오와 움직임**: 광학 흐름(optical flow), 추적(tracking), 행동 인식(action recognition)\n"
        "6. **3차원 비전**: 이미지로부터 깊이(depth), 자기 운동(ego-motion), 기하 구조 복원 (Gordon et al. 2019)\n"
        "7. **생성 모델(generative model)**: 오토인코더(autoencoder), GAN, 확산 모델(diffusion); "
        "스타일 전이(style transfer) (Huang & Belongie 2017)\n"
        "8. **설명 가능성(explainability)**: 네트워크는 어디를 보았을까? Grad-CAM (Selvaraju et al. 2017)\n"
        "9. **자기 지도 학습(self-supervised learning)**: 레이블 없이 표현(representation) 학습하기\n"
        "10. **비전과 언어**: 캡셔닝(captioning), 검색(retrieval), 개방형 어휘 인식(open-vocabulary recognition)"),
    "overview.md.thatcher": (
        "### Our own perception is imperfect: the Thatcher illusion\n"
        "Thompson (1980) flipped the eyes and the mouth of a face upside down. **Look at the upside-down pair "
        "first**: the two faces look nearly alike. Then look at the same two faces upright. We judge upright faces "
        "by how their parts fit together, and upside-down faces part by part. Move the boxes, or upload your own "
        "face (a frontal photo works best) and place them on its eyes and mouth.",
        "### 우리의 지각도 불완전합니다: 대처 착시(Thatcher illusion)\n"
        "Thompson(1980)은 얼굴의 눈과 입을 위아래로 뒤집었습니다. **먼저 거꾸로 된 한 쌍을 보세요**: 두 얼굴이 거의 "
        "비슷해 보입니다. 그다음 같은 두 얼굴을 바로 세운 모습을 보세요. 우리는 바로 선 얼굴은 부분들이 어떻게 "
        "어우러지는지로 판단하고, 거꾸로 된 얼굴은 부분 하나하나로 판단합니다. 상자를 움직여 보거나, 자신의 얼굴 "
        "사진(정면 사진이 가장 좋습니다)을 올리고 상자를 눈과 입에 맞춰 보세요."),
    "overview.label.face": ("Face (upload your own)", "얼굴 (직접 올려 보세요)"),
    "overview.label.eye_box": ("Eye box (blue)", "눈 상자 (파란색)"),
    "overview.label.mouth_box": ("Mouth box (orange)", "입 상자 (주황색)"),
    "overview.name.centre_x": ("centre x", "중심 x"),
    "overview.name.centre_y": ("centre y", "중심 y"),
    "overview.name.width": ("width", "너비"),
    "overview.name.height": ("height", "높이"),
    "overview.label.crop": ("Zoom to the face", "얼굴로 확대"),
    "overview.button.reset": ("Back to the astronaut", "우주비행사 사진으로 되돌리기"),
    "overview.label.boxes": ("Where the boxes are", "상자의 위치"),
    "overview.label.upside_down": ("(a) Upside down: original | eyes and mouth flipped", "(a) 거꾸로: 원본 | 눈과 입을 뒤집은 얼굴"),
    "overview.label.upright": ("(b) The same two faces upright", "(b) 같은 두 얼굴을 바로 세운 모습"),
    "overview.md.credit": (
        "Photograph: astronaut Eileen Collins, NASA, public domain (via scikit-image's sample data).",
        "사진: 우주비행사 Eileen Collins, NASA, 퍼블릭 도메인 (scikit-image의 예제 데이터)."),
    "overview.md.fooled": (
        "### Machines are fooled too\nThe face above fools people: upside down it looks normal. Networks are fooled by what people do not even see. "
        "Below, a test digit has every pixel changed by at most ε grey levels (of 255) in the direction the perceptron's own gradient points (FGSM): "
        "to a person the two digits are the same, to the perceptron they are not. The Perceptron tab attacks every network of the lecture, "
        "and shows why the change looks like the perceptron's templates.",
        "### 기계도 속는다\n위의 얼굴은 사람을 속입니다: 거꾸로 보면 정상으로 보입니다. 네트워크는 사람이 보지도 못하는 것에 속습니다. "
        "아래 테스트 숫자는 모든 픽셀이 퍼셉트론 자신의 기울기가 가리키는 방향으로 최대 ε 회색 단계(255 중)만 바뀌었습니다 (FGSM): "
        "사람에게는 두 숫자가 같지만 퍼셉트론에게는 다릅니다. 퍼셉트론 탭에서는 강의의 모든 네트워크를 공격하고, "
        "왜 그 변화가 퍼셉트론의 템플릿을 닮았는지 보여 줍니다."),
    "overview.label.fooled_index": ("Test digit", "테스트 숫자"),
    "overview.label.fooled_epsilon": ("ε: the most a pixel may change (grey levels of 255)", "ε: 한 픽셀의 최대 변화 (255 중 회색 단계)"),
    "overview.label.fooled_original": ("What you see", "여러분이 보는 것"),
    "overview.label.fooled_image": ("What you see after the change", "바뀐 뒤 여러분이 보는 것"),
    "overview.fooled.sentence": (
        "The perceptron said **{before}** ({p_before}); after a change of at most {eps} grey levels a pixel it says **{after}** ({p_after}). "
        "LeNet-5 said {lenet_before} and now says {lenet_after}.",
        "퍼셉트론은 **{before}**({p_before})라고 했고, 픽셀마다 최대 {eps} 회색 단계를 바꾼 뒤에는 **{after}**({p_after})라고 합니다. "
        "LeNet-5는 {lenet_before}라고 했고 이제 {lenet_after}라고 합니다."),
    "overview.name.eye_box": ("eye box", "눈 상자"),
    "overview.name.mouth_box": ("mouth box", "입 상자"),
    "overview.name.box": ("box", "상자"),
    "overview.err.box_value": (
        "The {box}'s {part} must be a number between 0 and 1 (a fraction of the picture); "
        "got {value}.",
        "{box}의 {part}은(는) 0에서 1 사이의 수(그림 크기에 대한 비율)여야 합니다. 받은 값: {value}."),
    "overview.err.box_too_small": (
        "A box covers {width} x {height} pixels of this {picture_width} x {picture_height} "
        "picture; it needs at least {least} x {least}: make it larger, move it onto the "
        "face, or use a larger photo.",
        "상자가 이 {picture_width} x {picture_height} 그림에서 {width} x {height} 픽셀만 "
        "덮습니다. 최소 {least} x {least} 픽셀이 필요합니다. 상자를 키우거나, 얼굴 위로 "
        "옮기거나, 더 큰 사진을 쓰세요."),
    "overview.references.md.intro": (
        "## References\nThe works this lecture cites, in the order it cites them.",
        "## 참고 문헌\n이 강의가 인용하는 문헌을 인용 순서대로 모았습니다."),
    "overview.references.md.further": (
        "### Further reading\nWhere the app's own explanations come from.",
        "### 더 읽을거리\n이 앱의 설명이 바탕으로 삼은 자료입니다."),
    "overview.references.why.thompson1980": (
        "Cited for: the Thatcher illusion: perception is not a faithful camera.",
        "인용 이유: 대처 착시(Thatcher illusion). 지각은 충실한 카메라가 아닙니다."),
    "overview.references.why.kirillov2019": (
        "Cited for: what vision systems output today: every pixel labelled with a class "
        "and an instance.",
        "인용 이유: 오늘날 비전 시스템이 내놓는 결과. 모든 픽셀에 클래스와 인스턴스를 붙입니다."),
    "overview.references.why.gordon2019": (
        "Cited for: vision as the inverse of graphics: recovering 3-D structure from images.",
        "인용 이유: 그래픽스의 역문제로서의 비전. 이미지로부터 3차원 구조를 복원합니다."),
    "overview.references.why.huang2017": (
        "Cited for: networks that render images: the other direction of the pipeline.",
        "인용 이유: 이미지를 렌더링하는 네트워크. 파이프라인의 반대 방향입니다."),
    "overview.references.why.selvaraju2017": (
        "Cited for: seeing which pixels a classifier's decision rests on.",
        "인용 이유: 분류기의 결정이 어떤 픽셀에 근거하는지 보기."),
    "overview.references.why.lecun1998": ("Cited for: LeNet-5 and the MNIST digits.", "인용 이유: LeNet-5와 MNIST 숫자 데이터셋(dataset)."),
    "overview.references.why.krizhevsky2012": (
        "Cited for: AlexNet: ReLU, dropout, local response normalisation, two GPUs.",
        "인용 이유: AlexNet. ReLU, 드롭아웃(dropout), 국소 응답 정규화(LRN), GPU 두 개."),
    "overview.references.why.simonyan2015": (
        "Cited for: VGG: stacks of 3x3 convolutions, 16 and 19 layers.",
        "인용 이유: VGG. 3x3 합성곱(convolution)을 쌓은 16층과 19층 네트워크."),
    "overview.references.why.araujo2019": (
        "Used for: the receptive-field recurrence of the Receptive field and Architectures "
        "tabs.",
        "쓰인 곳: 수용 영역 탭과 아키텍처 탭의 수용 영역(receptive field) 점화식."),
    "overview.references.why.luo2016": (
        "Used for: why the effective receptive field is smaller than the theoretical one.",
        "쓰인 곳: 유효 수용 영역이 이론적 수용 영역보다 작은 이유."),
    "overview.references.why.ioffe2015": (
        "Used for: batch norm, compared with LRN.",
        "쓰인 곳: LRN과 비교한 배치 정규화(batch normalisation)."),
    "overview.references.why.cover1967": (
        "Used for: the k-NN tab. With unlimited data the nearest-neighbour rule errs at most "
        "twice as often as the best possible classifier: the case for memorising everything.",
        "쓰인 곳: k-NN 탭. 데이터가 무한히 많으면 최근접 이웃 규칙의 오류율은 베이즈 오류율의 "
        "두 배를 넘지 않습니다. 모든 것을 외우는 분류기의 근거입니다."),
    "overview.references.why.zeiler2014": (
        "Used for: occlusion sensitivity in the Classify tab, and looking at what a CNN's "
        "layers see.",
        "쓰인 곳: 분류 탭의 가림(occlusion) 민감도와, CNN이 각 층에서 보는 것을 들여다보기."),
    "overview.references.why.wang2020": (
        "Used for: the CNN tab's convolution step by step and the LeNet-5 trace; the tool "
        "this app means to go beyond.",
        "쓰인 곳: 합성곱을 한 단계씩 보여 주는 CNN 탭과 LeNet-5 추적. 이 앱이 넘어서려는 도구입니다."),
}
