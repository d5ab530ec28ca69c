# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The Perceptron tab (demo/perceptron): templates, scores, evidence, the moved digit, robustness."""

TEXTS = {
    "perceptron.md.intro": (
        "## The perceptron: one fully connected layer over every pixel\n"
        "After k-NN memorises everything, the simplest learnt classifier connects **every pixel to every class\n"
        "score**: s = W x + b. Each row of W has one weight per pixel, so it can be drawn as a picture: the\n"
        "classifier's single **template** of its class. Scoring an image is matching it against each template,\n"
        "pixel by pixel. Below: the templates, one score worked out with your digit's numbers, and what happens\n"
        "when the digit moves (the slide's horse that became a sofa).",
        "## 퍼셉트론(perceptron): 모든 픽셀 위의 완전 연결층 하나\n"
        "k-NN이 모든 것을 외운다면, 가장 단순한 학습형 분류기는 **모든 픽셀을 모든 클래스 점수에** 연결합니다: "
        "s = W x + b. W의 각 행에는 픽셀마다 가중치가 하나씩 있으므로 그림으로 그릴 수 있습니다. 이 그림이 그 "
        "클래스에 대한 분류기의 단 하나뿐인 *템플릿*(template)입니다. 이미지의 점수를 매기는 일은 그 이미지를 "
        "각 템플릿과 픽셀 하나하나 맞춰 보는 일입니다. 아래에서는 템플릿, 여러분 숫자의 값으로 직접 계산한 점수 "
        "하나, 그리고 숫자가 움직이면 무슨 일이 생기는지(슬라이드에서 소파가 되어 버린 말)를 봅니다."),
    "perceptron.md.templates": ("### Templates: one picture per class", "### 템플릿: 클래스마다 그림 하나"),
    "perceptron.label.dataset": ("Dataset", "데이터셋(dataset)"),
    "perceptron.info.dataset": (
        "Other datasets (a colour class folder, CIFAR-10) train a perceptron now.",
        "다른 데이터셋(컬러 클래스 폴더, CIFAR-10)을 고르면 지금 퍼셉트론을 학습합니다."),
    "perceptron.button.show": ("Show the templates", "템플릿 보기"),
    "perceptron.label.templates": (
        "Templates w_c (red: evidence for, blue: against)",
        "템플릿 w_c (빨강: 찬성 증거, 파랑: 반대 증거)"),
    "perceptron.label.means": ("Mean training image of each class", "클래스별 평균 학습 이미지"),
    "perceptron.md.score": ("### The score, with your digit's numbers", "### 점수: 여러분 숫자의 값으로 계산하기"),
    "perceptron.tab.test": ("Test image", "테스트 이미지"),
    "perceptron.label.index": ("Test image number", "테스트 이미지 번호"),
    "perceptron.tab.draw": ("Draw", "그리기"),
    "perceptron.label.sketch": ("Draw one digit", "숫자 하나를 그리세요"),
    "perceptron.tab.upload": ("Upload", "업로드"),
    "perceptron.label.upload": ("A picture of one digit", "숫자 하나가 담긴 그림"),
    "perceptron.label.digit": ("The digit (28x28), as the classifiers see it", "분류기가 보는 숫자 (28x28)"),
    "perceptron.label.scores": ("Ten scores", "점수 10개"),
    "perceptron.label.chosen": ("Evidence map of class", "증거 맵을 볼 클래스"),
    "perceptron.choice.top": ("top", "최고 점수 클래스"),
    "perceptron.label.evidence": ("Evidence w_c × x", "증거 w_c × x"),
    "perceptron.md.failure": ("### The failure: move the digit", "### 실패: 숫자를 움직여 보기"),
    "perceptron.label.dx": ("shift x (pixels)", "x 이동 (픽셀)"),
    "perceptron.label.dy": ("shift y (pixels)", "y 이동 (픽셀)"),
    "perceptron.label.rotation": ("rotation (degrees)", "회전 (도)"),
    "perceptron.label.scale": ("scale", "크기 배율"),
    "perceptron.label.moved": ("The moved digit", "움직인 숫자"),
    "perceptron.label.perceptron": ("Perceptron", "퍼셉트론"),
    "perceptron.md.robustness": ("### Accuracy when every test digit moves", "### 모든 테스트 숫자를 움직였을 때의 정확도"),
    "perceptron.label.axis": ("Move", "움직임"),
    "perceptron.label.chart": ("Accuracy against the move", "움직임에 따른 정확도"),
    "perceptron.md.fool": (
        "### Fooled: a change you cannot see\nThe lecture began with the Thatcher illusion: our perception fails too. Networks fail in their own way: "
        "a change of a few grey levels, chosen by the network's own gradient, makes it say another digit while a person sees the same one. "
        "Pick the digit above (a test image, a drawing or an upload), the network attacked, a target class or none, ε (the most any pixel may change, "
        "in grey levels of 255) and the attack: FGSM (one step along the gradient's sign) or PGD (several smaller steps). "
        "For the perceptron the attack is the lecture's template picture: every pixel moves by ε along sign(w_target − w_now).",
        "### 속았다: 보이지 않는 변화\n강의는 대처 착시로 시작했습니다: 사람의 지각도 틀립니다. 네트워크는 나름의 방식으로 틀립니다: "
        "네트워크 자신의 기울기로 고른 몇 단계의 회색 변화만으로, 사람에게는 같은 숫자가 네트워크에게는 다른 숫자가 됩니다. "
        "위의 숫자(테스트 이미지, 그림, 업로드), 공격할 네트워크, 목표 클래스(또는 없음), ε(한 픽셀이 바뀔 수 있는 최대 회색 단계, 255 중) "
        "와 공격 방법을 고르세요: FGSM(기울기 부호 방향으로 한 걸음) 또는 PGD(더 작은 여러 걸음). "
        "퍼셉트론에서 이 공격은 강의의 템플릿 그림입니다: 모든 픽셀이 sign(w_목표 − w_현재) 방향으로 ε만큼 움직입니다."),
    "perceptron.label.attack_network": ("Network attacked", "공격할 네트워크"),
    "perceptron.label.attack_target": ("Target class", "목표 클래스"),
    "perceptron.choice.no_target": ("none: any other class", "없음: 다른 아무 클래스"),
    "perceptron.label.epsilon": ("ε: the most a pixel may change (grey levels of 255)", "ε: 한 픽셀의 최대 변화 (255 중 회색 단계)"),
    "perceptron.label.attack_method": ("Attack", "공격"),
    "perceptron.label.attack_steps": ("PGD's steps", "PGD 걸음 수"),
    "perceptron.button.fool": ("Fool the network", "네트워크 속이기"),
    "perceptron.label.adv_original": ("The digit", "숫자"),
    "perceptron.label.adv_change": ("The change, amplified (full colour = ±ε)", "변화, 확대 (가장 진한 색 = ±ε)"),
    "perceptron.label.adv_image": ("The digit changed", "바뀐 숫자"),
    "perceptron.label.adv_templates": ("w_target − w_now: the templates' difference", "w_목표 − w_현재: 템플릿의 차이"),
    "perceptron.adv.header": ("| classifier | before | after |", "| 분류기 | 전 | 후 |"),
    "perceptron.adv.fooled": (
        "{method} on the {network} with ε = {eps} grey levels (at most {share} of the range per pixel): it said **{before}** ({p_before}), it now says **{after}** ({p_after}).",
        "{network}에 ε = 회색 {eps}단계(픽셀당 최대 범위의 {share})로 {method}: **{before}**({p_before})라고 하던 것이 이제 **{after}**({p_after})라고 합니다."),
    "perceptron.adv.held": (
        "{method} on the {network} with ε = {eps} grey levels (at most {share} of the range per pixel): it still says **{after}** ({p_after}). Raise ε, or try PGD.",
        "{network}에 ε = 회색 {eps}단계(픽셀당 최대 범위의 {share})로 {method}: 여전히 **{after}**({p_after})라고 합니다. ε를 키우거나 PGD를 써 보세요."),
    "perceptron.adv.linear": (
        "The change is the templates' difference: {agree} of the moved pixels moved along sign(w_{t} − w_{y}). "
        "Its score difference s_{t} − s_{y} grows by ε × Σ|w_{t} − w_{y}| / σ = {predicted} if every pixel could move; the picture's limits (0 and 255) allow {allowed}; measured: {measured}.",
        "변화는 템플릿의 차이입니다: 움직인 픽셀의 {agree}가 sign(w_{t} − w_{y}) 방향으로 움직였습니다. "
        "점수 차 s_{t} − s_{y}는 모든 픽셀이 움직일 수 있다면 ε × Σ|w_{t} − w_{y}| / σ = {predicted}만큼 커집니다. 그림의 한계(0과 255)가 허용하는 만큼은 {allowed}, 측정값은 {measured}입니다."),
    "perceptron.md.adv_curves": ("### Accuracy when every test digit is attacked", "### 모든 테스트 숫자를 공격했을 때의 정확도"),
    "perceptron.button.adv_curves": ("Attack the whole test split", "테스트 세트 전체 공격"),
    "perceptron.label.adv_chart": ("Accuracy against ε (FGSM on each network itself)", "ε에 따른 정확도 (각 네트워크 자신에 대한 FGSM)"),
    "perceptron.label.adv_transfer": ("Does an attack on one network fool the others? (test accuracy)", "한 네트워크에 대한 공격이 다른 분류기도 속일까? (테스트 정확도)"),
    "perceptron.col.attacked_on": ("FGSM at ε = {eps} made on ↓ / seen by →", "ε = {eps} FGSM의 대상 ↓ / 판정 분류기 →"),
    "perceptron.adv.falls": ("{name} below 50% at ε = {eps}", "{name}은(는) ε = {eps}에서 50% 아래"),
    "perceptron.adv.holds": ("{name} above 50% up to ε = {eps}", "{name}은(는) ε = {eps}까지 50% 이상"),
    "perceptron.adv.sentence": (
        "FGSM on each network itself, over {n} test digits: {falls}. An attack made on the perceptron at ε = {eps} leaves it {own}; the same digits seen by the MLP: {mlp}, by k-NN on pixels: {knn}, by LeNet-5: {lenet}.",
        "테스트 숫자 {n}개에 각 네트워크 자신에 대한 FGSM: {falls}. ε = {eps}에서 퍼셉트론에 대해 만든 공격 뒤 퍼셉트론은 {own}, 같은 숫자를 MLP는 {mlp}, 픽셀 k-NN은 {knn}, LeNet-5는 {lenet}로 맞힙니다."),
    "perceptron.fig.adv_title": ("Test accuracy on {count} attacked digits", "공격받은 숫자 {count}개에 대한 테스트 정확도"),
    "perceptron.fig.epsilon": ("ε (grey levels of 255)", "ε (255 중 회색 단계)"),
    "perceptron.name.attack_network": ("The network attacked", "공격할 네트워크"),
    "perceptron.name.attack_method": ("The attack", "공격 방법"),
    "perceptron.name.epsilon": ("ε", "ε(엡실론)"),
    "perceptron.name.attack_steps": ("PGD's steps", "PGD 걸음 수"),
    "perceptron.name.attack_target": ("The target class", "목표 클래스"),
    "perceptron.err.target_is_given": (
        "The network already says {target}: pick another target, or none.",
        "네트워크가 이미 {target}라고 합니다: 다른 목표를 고르거나 없음을 고르세요."),
    "perceptron.axis.x": ("shift along x (pixels)", "x 방향 이동 (픽셀)"),
    "perceptron.axis.y": ("shift along y (pixels)", "y 방향 이동 (픽셀)"),
    "perceptron.axis.both": ("shift along x and y (pixels)", "x, y 방향 동시 이동 (픽셀)"),
    "perceptron.axis.rotation": ("rotation (degrees)", "회전 (도)"),
    "perceptron.model.perceptron": ("perceptron", "퍼셉트론"),
    "perceptron.model.mlp": ("two-layer MLP", "2층 MLP"),
    "perceptron.model.knn": ("k-NN on pixels (k = 3)", "픽셀 위의 k-NN (k = 3)"),
    "perceptron.model.lenet5_noaug": ("LeNet-5, no augmentation", "LeNet-5, 증강 없이 학습"),
    "perceptron.model.lenet5": ("LeNet-5, random shifts in training", "LeNet-5, 학습 때 무작위 이동"),
    "perceptron.note.templates": (
        "A linear model has **one picture per class**: red pixels are evidence *for* the class when they hold "
        "ink, blue pixels evidence *against* it (all ten on one colour scale). Next to each, the mean training "
        "image of the class: the template is not the average, it is what tells the classes apart.",
        "선형 모델에는 **클래스마다 그림이 하나** 있습니다. 빨간 픽셀은 잉크가 있을 때 그 클래스를 *지지하는* "
        "증거이고, 파란 픽셀은 *반대하는* 증거입니다(열 개 모두 같은 색 척도). 각 템플릿 옆에는 그 클래스의 평균 "
        "학습 이미지가 있습니다. 템플릿은 평균이 아니라, 클래스들을 서로 구별해 주는 것입니다."),
    "perceptron.note.weights": (
        "Weights: {source}; test accuracy {accuracy}; {weights} weights per class ({shape}).",
        "가중치: {source}; 테스트 정확도(accuracy) {accuracy}; 클래스마다 가중치 {weights}개 ({shape})."),
    "perceptron.source.shipped": ("the shipped perceptron (assets/weights)", "앱에 포함된 퍼셉트론 (assets/weights)"),
    "perceptron.source.trained": (
        "a perceptron trained just now on {dataset} ({epochs} epochs)",
        "방금 {dataset}에서 학습한 퍼셉트론 ({epochs} 에폭)"),
    "perceptron.caption.mean": ("mean {label}", "평균 {label}"),
    "perceptron.evidence": (
        "The evidence map of class **{label}** is w_{label} × x, pixel by pixel: red pixels raise its score, blue "
        "ones lower it; their sum plus the bias is its score, {score}.",
        "클래스 **{label}**의 증거 맵은 픽셀별 곱 w_{label} × x입니다. 빨간 픽셀은 점수를 올리고 파란 픽셀은 "
        "내립니다. 이들의 합에 편향(bias)을 더한 값이 이 클래스의 점수 {score}입니다."),
    "perceptron.formula": (
        "s_{label} = Σᵢ w_{label},ᵢ xᵢ + b = {terms} + ({rest}: the other {others} products) + ({bias}) = "
        "**{score}**",
        "s_{label} = Σᵢ w_{label},ᵢ xᵢ + b = {terms} + ({rest}: 나머지 곱 {others}개) + ({bias}) = **{score}**"),
    "perceptron.table.header": ("| classifier | says | confidence |", "| 분류기 | 답 | 확신도 |"),
    "perceptron.err.square": (
        "The perceptron takes square images; {dataset}'s are {height}x{width}.",
        "퍼셉트론은 정사각형 이미지만 받습니다. {dataset}의 이미지는 {height}x{width}입니다."),
    "perceptron.err.shape": (
        "This perceptron takes {wanted} images, not {got}.",
        "이 퍼셉트론은 {wanted} 크기의 이미지를 받습니다. 받은 크기: {got}."),
    "perceptron.name.class": ("The class", "클래스"),
    "perceptron.name.shift_x": ("The shift along x", "x 방향 이동"),
    "perceptron.name.shift_y": ("The shift along y", "y 방향 이동"),
    "perceptron.name.rotation": ("The rotation", "회전 각도"),
    "perceptron.name.scale": ("The scale", "크기 배율"),
    "perceptron.name.axis": ("The axis", "움직임 축"),
    "perceptron.move.pixels": ("At {step} pixels", "{step}픽셀 이동하면"),
    "perceptron.move.degrees": ("At {step} degrees", "{step}도 회전하면"),
    "perceptron.sentence": (
        "{move}, the perceptron keeps {perceptron_kept} of its accuracy ({perceptron_before} → {perceptron_after}), "
        "the MLP {mlp_kept}, k-NN {knn_kept}, and LeNet-5 {lenet_kept} ({lenet_before} → {lenet_after}; "
        "{noaug_kept} when trained without shifts).",
        "{move} 퍼셉트론은 정확도의 {perceptron_kept}를 유지하고({perceptron_before} → {perceptron_after}), MLP는 "
        "{mlp_kept}, k-NN은 {knn_kept}, LeNet-5는 {lenet_kept}를 유지합니다({lenet_before} → {lenet_after}; 이동 "
        "없이 학습하면 {noaug_kept})."),
    "perceptron.fig.scores_title": ("Scores s = W x + b (the largest wins)", "점수 s = W x + b (가장 큰 점수가 이깁니다)"),
    "perceptron.fig.score": ("score", "점수"),
    "perceptron.fig.robustness_title": ("Test accuracy on {count} moved digits", "움직인 숫자 {count}개에 대한 테스트 정확도"),
}
