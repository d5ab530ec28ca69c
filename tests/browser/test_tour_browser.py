"""A student's hour: every tab, as a student meets it, in every setting the lecture is given in.

The walk runs on a laptop without ImageNet weights in each combination of a projector-sized window and a phone
(touch), English and Korean; with the tests' own saved weights, the tabs those change are walked again on the
projector in English and on the phone in Korean (COMBOS). On every tab it checks what a student
would notice: the figures are the ones the shown values make (tests/browser/shown.py), the tab's main action
answers in view, offline the tab says what is missing at most once and folds away what cannot work, a Korean
page has no English left outside names, units and paper titles, and axe-core finds no serious or critical
problem beyond a bare gradio app's. Screenshots go to tests/browser/screenshots/tour-*.png.
"""

import functools
import re
from collections import OrderedDict

import pytest
from gradio_client import Client
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from accessibility import bare_gradio_findings, describe, serious_violations
from imagenet_standin import standin_dir
from drawing import draw
from pages import open_tab
from shown import INNER, READY, check_shown

from demo.base import config
from demo.app import TABS
from demo.i18n import TABLES
from demo.web import common

VIEWPORTS = {
    "desktop": dict(viewport={"width": 1400, "height": 1000}),
    "phone": dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True),
}
LOCALES = {"en": "en-US", "ko": "ko-KR"}
SEVEN = [[(0.25, 0.2), (0.75, 0.2), (0.45, 0.85)]]
SETUP_MARK = "--imagenet-dir"  # every sentence on how to get the ImageNet weights names the flag


def _commit_number(page, elem_id: str, value) -> None:
    """Type `value` into a slider's or number's box and press Enter, as a student does."""
    box = page.locator(f"#{elem_id} input[type=number]").first
    box.fill(str(value))
    box.press("Enter")


# tab -> (the main action, the element whose top must then be in view, what it must show once answered)
def _action_overview(page, touch):
    _commit_number(page, "thatcher-eyes-cx", 0.45)


def _action_knn(page, touch):
    page.locator("#knn-search").click()


def _action_perceptron(page, touch):
    _commit_number(page, "perceptron-index", 3)


def _action_cnn(page, touch):
    _commit_number(page, "conv-stride", 2)


def _action_architectures(page, touch):
    page.locator("#arch-compute").click()


def _action_receptive_field(page, touch):
    _commit_number(page, "rf-row", 3)


def _action_classify(page, touch):
    page.locator("#classify-digits-button").click()
    page.locator("#digit-sketchpad canvas").first.wait_for(state="visible", timeout=TIMEOUT)
    draw(page, "#digit-sketchpad", SEVEN, touch)


def _action_train(page, touch):
    _commit_number(page, "train-epochs", 1)
    page.locator("#train-start").click()


ACTIONS = {
    "tab-overview": (_action_overview, "thatcher-upside-down"),
    "tab-knn": (_action_knn, "knn-summary"),
    "tab-perceptron": (_action_perceptron, "perceptron-scores"),
    "tab-cnn": (_action_cnn, "conv-output"),
    "tab-architectures": (_action_architectures, "arch-summary"),
    "tab-receptive-field": (_action_receptive_field, "rf-overlay"),
    "tab-classify": (_action_classify, "digit-summary"),
    "tab-train": (_action_train, "train-curves"),
}

# Panels and buttons that only ImageNet weights can fill: folded away without them, shown with them.
# The tabs whose page changes with ImageNet weights (the backbones, AlexNet's fields, the photos): the only ones
# walked with the weights (the others are the same page with or without them, walked offline).
WEIGHTS_TABS = ("tab-cnn", "tab-receptive-field", "tab-classify")
# axe-core audits every page at 1400x1000 (where issue 18 measured it), and the phone's page (its menu of more
# tabs, its narrow layout) once, offline in Korean: the phone in English shows the same nodes with other words.
AUDITED = {("desktop", "en"), ("desktop", "ko"), ("phone", "ko")}
NEED_WEIGHTS = {"tab-classify": ("label-alexnet", "label-vgg", "photo-plot", "photo-cam-button", "occlusion-button")}

HEADINGS_ONE = "() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent.trim())"

IN_VIEW_JS = """
(id) => {
  const el = document.getElementById(id);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, height: window.innerHeight};
}
"""


def settled_english_left(page, elem_id: str) -> dict:
    """English left on the Korean page once the tab has drawn its first look: start-up draws some answers in
    English and opening the tab redraws them in the page's language (a few seconds at most)."""
    left = english_left(page, elem_id)
    for _ in range(25):
        if not left:
            break
        page.wait_for_timeout(200)
        left = english_left(page, elem_id)
    return left


def result_in_view(page, elem_id: str) -> str | None:
    """None once the top of `elem_id` lies in the window (waiting for a smooth scroll), else where it is."""
    where = None
    for _ in range(30):
        where = page.evaluate(IN_VIEW_JS, elem_id)
        if where and 0 <= where["top"] < where["height"] - 40:
            return None
        page.wait_for_timeout(100)
    return f"#{elem_id} is out of view after the action: {where}"


# ---- titles a student can read --------------------------------------------------------------------------------

LAYOUT_JS = """
([panel, tablesFit]) => {
  const root = document.getElementById(panel), out = [];
  for (const label of root.querySelectorAll('[data-testid=block-label]')) {
    if (!label.checkVisibility()) continue;
    const text = label.innerText.trim();
    if (text === 'Plot' || text === 'Image' || text === 'Gallery') out.push(`a panel is titled only "${text}"`);
    const l = label.getBoundingClientRect();
    for (const bar of label.closest('.block').querySelectorAll('.icon-button-wrapper')) {
      if (!bar.checkVisibility()) continue;
      const r = bar.getBoundingClientRect();
      const x = Math.min(l.right, r.right) - Math.max(l.left, r.left);
      const y = Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top);
      if (x > 1 && y > 1) out.push(`the title "${text}" is covered by its buttons (${Math.round(x)} px)`);
    }
  }
  for (const wrap of tablesFit ? root.querySelectorAll('.table-wrap') : []) {
    if (wrap.checkVisibility() && wrap.scrollWidth > wrap.clientWidth + 2) {
      const name = wrap.getAttribute('aria-label') || 'a table';
      out.push(`${name} is ${wrap.scrollWidth} px wide in a ${wrap.clientWidth} px box`);
    }
  }
  return out;
}
"""


def layout_problems(page, elem_id: str, tables_fit: bool) -> list[str]:
    """Panels titled only by gradio's generic word, titles under their buttons, and (on a projector, where
    there is room: a phone scrolls a wide table sideways) tables wider than their box."""
    return page.evaluate(LAYOUT_JS, [elem_id, tables_fit])


# ---- a Korean page has no English left ----------------------------------------------------------------------

# Names, units and notation a Korean page keeps in Latin letters (the lecture's vocabulary as Korean students
# meet it), besides the English term a Korean sentence gives in parentheses.
ALLOWED_LATIN = {
    "AlexNet", "VGG", "LeNet", "ReLU", "MNIST", "CIFAR", "ImageNet", "FAISS", "HNSW", "IVF", "PCA", "CNN", "MLP",
    "GPU", "CPU", "LRN", "BN", "FC", "SGD", "Adam", "Grad-CAM", "CAM", "NVIDIA", "CUDA", "MPS", "PyTorch",
    "torchvision", "safetensors", "JSON", "CSV", "PNG", "URL", "API", "MACs", "FLOPs", "MAC", "FLOP", "Sobel",
    "Laplacian", "Gaussian", "Thatcher", "Thompson", "NASA", "Eileen", "Collins", "tanh", "sigmoid", "softmax",
    "dropout", "Fashion", "Krizhevsky", "Simonyan", "Zisserman", "Hinton", "LeCun", "cpu", "cuda", "fp", "bf",
    "Gradio", "gradio", "MCP", "Hugging", "Face", "Space", "scikit-image", "Python", "LeNet-5", "VGG-11", "VGG-13",
    "VGG-16", "VGG-19", "VGG-16-BN", "k-NN", "GAN", "GANs", "ResNet", "CIFAR-10", "Fashion-MNIST", "IVF-Flat", "L1",
    "L2", "CNN Explainer", "Explainer", "Wang", "RGB", "EXIF", "GMACs", "GFLOPs", "MB", "GB", "TB", "PB", "KB", "MiB",
    "GiB", "px", "ms", "F6", "C1", "C3", "C5", "S2", "S4", "top-5", "top-1", "Top-5", "II", "CS231n", "et", "al",
    "torch", "Top", "fvcore", "flop", "LocalResponseNorm", "torchinfo", "DIR", "ZeroGPU", "ImageFolder", "float32",
    "float16", "bfloat16", "zip", "t-SNE", "FGSM", "PGD",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]")
# Notation, not words: conv3-64/p1, a.pth, recall@k, 3x3, and the stack notation's layers (relu, pool2, fc4096)
NOTATION = re.compile(r"\S*[/_.:=\\@<>{}\[\]]\S*|\S*[0-9]x[0-9]\S*|[0-9]+-NN|"
                      r"\b(conv|pool|maxpool|avgpool|adaptivepool|fc|relu|tanh|sigmoid|flatten|dropout|lrn|bn)[0-9]*"
                      r"(?![A-Za-z0-9])")
ENGLISH_TERM = re.compile(r"([가-힣]\u2060?)\([^()가-힣]*\)")  # 수용 영역(receptive field): the English term
# The page's visible words, leaving out what is data, not words: code, links, formulas, the typed stack, the
# classes a network names, the works cited (their titles stay in English).
VISIBLE_TEXT_JS = """
(panel) => {
  const SKIP = 'code, pre, a, .katex, textarea, input, .js-plotly-plot, .output-class, .confidence-set, li[id^=ref-],'
             + ' .no-latin-check, [role=grid], table';
  const root = document.getElementById(panel), lines = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || parent.closest(SKIP) || !parent.checkVisibility()) continue;
    lines.push(node.textContent.trim());
  }
  return lines;
}
"""


@functools.cache
def class_names() -> frozenset[str]:
    """The words of ImageNet's class names: a photo's classes stay as the weights name them."""
    import torchvision

    categories = torchvision.models.AlexNet_Weights.IMAGENET1K_V1.meta["categories"]
    return frozenset(word for name in categories for word in LATIN_WORD.findall(name))


@functools.cache
def authors() -> frozenset[str]:
    """The surnames of the works the lecture and the app cite: "(Luo et al. 2016)" stays as it is written."""
    from demo.overview import lecture

    works = [*lecture.REFERENCES, *lecture.FURTHER_READING]
    return frozenset(word for work in works for word in LATIN_WORD.findall(work.authors)) | {"NIPS", "ICCV", "CVPR",
                                                                                            "ICLR", "ECCV", "ICML"}


def english_left(page, elem_id: str) -> dict[str, str]:
    """Latin words on the Korean page's tab that are not names, units, notation or an English term given in
    parentheses after its Korean word: {word: the text around it}. The tab's visible text is read as one string, so
    "**그래픽스**(graphics)" keeps its Korean word before the parentheses."""
    text = "\u2060".join(page.evaluate(VISIBLE_TEXT_JS, elem_id))  # a word joiner between the page's texts
    kept = NOTATION.sub(" ", ENGLISH_TERM.sub(r"\1 ", text))
    found = {}
    for match in LATIN_WORD.finditer(kept):
        word = match.group()
        if word in ALLOWED_LATIN or word in class_names() or word in authors() or word in found:
            continue
        found[word] = kept[max(0, match.start() - 50):match.end() + 30]
    return found


# ---- the walk -----------------------------------------------------------------------------------------------

@pytest.fixture(params=["offline", "weights"])
def weights(request, monkeypatch, tmp_path):
    """No ImageNet weights (a laptop in a lecture hall), or the tests' own saved stand-in weights."""
    import torch

    old = torch.hub.get_dir()
    torch.hub.set_dir(str(tmp_path / "hub"))
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir() if request.param == "weights" else None)
    monkeypatch.setattr(common, "_FIRST_LOOKS", OrderedDict())  # first looks are shared by the whole class
    monkeypatch.setattr(common, "_OPENED", OrderedDict())
    yield request.param
    torch.hub.set_dir(old)


@pytest.fixture(scope="module")
def clients(app_url):
    """A gradio_client per language (the server answers in the request's Accept-Language)."""
    return {lang: Client(app_url, verbose=False, headers={"Accept-Language": locale})
            for lang, locale in LOCALES.items()}


# Every tab offline in each language and each viewport once (the projector in English, a Korean student's
# phone); with weights, the tabs they change, in the other pairing (the projector in Korean, an English phone).
# Every pair of AUDITED is audited on the way; every viewport and language meets every tab's Korean or English.
COMBOS = [("offline", "desktop", "en"), ("offline", "phone", "ko"), ("weights", "desktop", "ko"),
          ("weights", "phone", "en")]


@pytest.mark.parametrize("weights, size, language", COMBOS, indirect=["weights"])
def test_a_students_hour(browser, app_url, clients, weights, size, language, shot):
    if (size, language) in AUDITED:
        bare_gradio_findings(browser)  # what a bare gradio app shows, measured once per run
    context = browser.new_context(locale=LOCALES[language], **VIEWPORTS[size])
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(app_url, wait_until="networkidle")
    page.get_by_role("tab").first.wait_for(state="visible", timeout=TIMEOUT)
    touch = size == "phone"
    problems = []
    if not touch:  # the lecture's tabs in the lecture's order, named in the page's language (a phone folds some)
        tabs = page.get_by_role("tab")
        names = [tabs.nth(i).inner_text().strip() for i in range(tabs.count())][:len(TABS)]
        if names != [TABLES[language][key] for key, *_ in TABS]:
            problems.append(f"{size}/{language}/{weights}: the tabs read {names}")
    for key, elem_id, *_ in TABS:
        if weights == "weights" and elem_id not in WEIGHTS_TABS:
            continue  # the weights change nothing there: walked in this viewport and language offline
        open_tab(page, elem_id, language)
        if elem_id in INNER:
            page.locator(INNER[elem_id]).click()
        if elem_id in READY:  # in the page (a phone loads a picture when it is scrolled near: lazily)
            page.locator(READY[elem_id]).first.wait_for(state="attached", timeout=TIMEOUT)
        page.wait_for_timeout(200)
        where = f"{size}/{language}/{weights} {elem_id}"
        problems += [f"{where}: {p}" for p in check_shown(page, clients[language], app_url, elem_id, language)]
        panel = page.locator(f"#{elem_id}")
        if weights == "offline" and panel.inner_text().count(SETUP_MARK) > 1:
            problems.append(f"{where}: the ImageNet setup sentence is said {panel.inner_text().count(SETUP_MARK)} "
                            "times")
        for panel_id in NEED_WEIGHTS.get(elem_id, ()):
            shown = page.locator(f"#{panel_id}").is_visible()
            if shown != (weights == "weights"):
                problems.append(f"{where}: #{panel_id} is {'shown' if shown else 'folded away'} {weights}")
        problems += [f"{where}: {p}" for p in layout_problems(page, elem_id, tables_fit=not touch)]
        if language == "ko" and (left := settled_english_left(page, elem_id)):
            problems += [f"{where}: English left on the Korean page: {word!r} in {line!r}" for word, line in left.items()]
        headings = page.evaluate(HEADINGS_ONE)
        if headings != [TABLES[language][key]]:
            problems.append(f"{where}: level-one headings {headings}")
        audit = (size, language) in AUDITED and (size == "desktop" or weights == "offline")
        if audit and elem_id in INNER and (found := serious_violations(page)):  # the inner tab the action leaves
            problems.append(f"{where} (inner tab): axe-core:\n{describe(found)}")
        if elem_id in ACTIONS:
            act, result = ACTIONS[elem_id]
            page.evaluate("window.scrollTo(0, 0)")
            act(page, touch)
            if problem := result_in_view(page, result):
                problems.append(f"{where}: {problem}")
        if audit and (found := serious_violations(page)):
            problems.append(f"{where}: axe-core:\n{describe(found)}")
        shot(page, f"tour-{size}-{language}-{weights}-{elem_id.removeprefix('tab-')}")
    problems += [f"{size}/{language}/{weights}: console: {e}" for e in errors]
    context.close()
    assert not problems, "\n".join(problems)
