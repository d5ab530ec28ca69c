"""Your classes in real Chromium, as a new student: three doodle classes of 15 drawings each (drawn on the pad, and
more of them drawn beforehand and uploaded at once, as a student brings a phone's doodles), the lesson measured on
them, the live classifier following a new drawing, and "Delete my data"."""

import math
import re

from PIL import Image, ImageDraw

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from pages import open_tab
from playwright.sync_api import expect

from demo.classes.tab import SESSIONS

PER_CLASS = 15
ON_THE_PAD = 5  # of each class's drawings; the rest are uploaded (the pad takes seconds a drawing in this Chromium)
PAD = "#classes-sketchpad"


def _shape(kind: str, i: int):
    """Strokes (canvas fractions) of a doodle, a little different each time, as a hand draws it."""
    cx, cy, r = 0.5 + 0.08 * math.sin(i), 0.5 + 0.08 * math.cos(1.7 * i), 0.22 + 0.05 * math.sin(2.3 * i)
    if kind == "circle":
        return [[(cx + r * math.cos(a / 8 * 2 * math.pi), cy + r * math.sin(a / 8 * 2 * math.pi)) for a in range(9)]]
    if kind == "cross":
        return [[(cx - r, cy - r), (cx + r, cy + r)], [(cx - r, cy + r), (cx + r, cy - r)]]
    return [[(cx - r, cy + r), (cx, cy - r), (cx + r, cy + r), (cx - r, cy + r)]]


def _drawn(kind: str, i: int, folder) -> str:
    """The same doodle drawn beforehand: black strokes on a transparent 280x280 canvas, saved as PNG."""
    im = Image.new("RGBA", (280, 280), (0, 0, 0, 0))
    pen = ImageDraw.Draw(im)
    for stroke in _shape(kind, i):
        pen.line([(x * 280, y * 280) for x, y in stroke], fill="black", width=20, joint="curve")
    path = folder / f"{kind}-{i}.png"
    im.save(path)
    return str(path)


def test_three_doodle_classes_the_lesson_the_live_classifier_and_delete(page, draw, shot, tmp_path):
    open_tab(page, "tab-classes")
    status = page.locator("#classes-status")
    expect(status).to_contain_text("No classes yet")
    for kind in ("circle", "cross", "triangle"):
        page.locator("#classes-name input, #classes-name textarea").first.fill(kind)
        page.locator("#classes-add-class").click()
        expect(status).to_contain_text(f"{kind} 0", timeout=TIMEOUT)
        for i in range(ON_THE_PAD):
            draw(page, PAD, _shape(kind, i), steps=1)
            page.locator("#classes-add-drawing").click()
            expect(status).to_contain_text(f"{kind} {i + 1}", timeout=TIMEOUT)
        page.get_by_role("tab", name="Upload", exact=True).click()
        page.locator("#classes-files input[type=file]").set_input_files(
            [_drawn(kind, i, tmp_path) for i in range(ON_THE_PAD, PER_CLASS)])
        page.locator("#classes-add-files").click()
        expect(status).to_contain_text(f"{kind} {PER_CLASS}", timeout=TIMEOUT)
        page.get_by_role("tab", name="Draw", exact=True).click()
    expect(status).to_contain_text("45 of 2,000 pictures")
    expect(page.locator("#classes-gallery img")).to_have_count(PER_CLASS)  # the chosen class: the last made

    page.locator("#classes-lesson").click()
    summary = page.locator("#classes-summary")
    expect(summary).to_contain_text("LeNet-5's F6", timeout=TIMEOUT)
    table = page.locator("#classes-table")
    expect(table).to_contain_text("k-NN on raw pixels")
    expect(table).to_contain_text("One FC layer on CNN features")
    expect(table).to_contain_text("Moved 16 px")
    shown = table.inner_text()
    assert len(re.findall(r"\b\d{1,3}%", shown)) == 8, shown  # every number measured, as drawn and moved
    expect(page.locator("#classes-chart .js-plotly-plot")).to_be_visible()

    # The live classifier follows a new drawing
    note = page.locator("#classes-live-note")
    expect(note).to_contain_text("learnt from 45 pictures", timeout=TIMEOUT)
    draw(page, PAD, _shape("cross", 99), steps=1)
    expect(note).to_contain_text("Your classifier says", timeout=TIMEOUT)
    top = page.locator("#classes-live h2, #classes-live .output-class").first.inner_text().strip()
    # the label's top class is the one the sentence names
    assert top in ("circle", "cross", "triangle") and f"says {top} (" in note.inner_text()
    page.locator("#classes-summary").scroll_into_view_if_needed()
    shot(page, "classes")

    # The same classes as the k-NN tab's dataset: their own doodles searched, the neighbours theirs
    open_tab(page, "tab-knn")
    knn_summary = page.locator("#knn-summary")
    expect(knn_summary).to_contain_text("Prediction", timeout=TIMEOUT)  # the tab's first look, on the digits
    page.locator("#knn-dataset input").click()
    page.get_by_role("option", name="Your classes (this page)").click()
    page.locator("#knn-search").click()
    expect(knn_summary).to_contain_text("Your classes (this page)", timeout=TIMEOUT)
    expect(knn_summary).to_contain_text(re.compile(r"Prediction: \*?\*?(circle|cross|triangle)"))
    expect(page.locator("#knn-gallery img").first).to_be_visible()
    open_tab(page, "tab-classes")

    folders = [s.folder for s in SESSIONS._sets.values() if "triangle" in s.classes]
    assert len(folders) == 1 and folders[0].exists()
    page.locator("#classes-delete").click()
    expect(status).to_contain_text("deleted", timeout=TIMEOUT)
    expect(page.locator("#classes-table")).to_be_hidden()
    assert not folders[0].exists()
    assert page.errors == []
