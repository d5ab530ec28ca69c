"""Drawing on a sketchpad as a student does: with the mouse, or with a finger on a phone (touch events)."""


def _area(page, pad: str):
    """The pad's canvas and its square drawing area (centred in the canvas): left, top, side in pixels."""
    canvas = page.locator(f"{pad} canvas").first
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    side = min(box["width"], box["height"]) * 0.8
    return box["x"] + (box["width"] - side) / 2, box["y"] + (box["height"] - side) / 2, side


def _by_touch(page, strokes) -> None:
    """Strokes of page points drawn with a finger, through Chromium's DevTools protocol."""
    cdp = page.context.new_cdp_session(page)
    for points in strokes:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": points[0][0], "y": points[0][1]}]})
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            for i in range(1, 13):
                x, y = x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * i / 12
                cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def draw(page, pad: str, strokes, touch: bool = False, steps: int = 12) -> None:
    """Polylines in canvas fractions (0..1) drawn on sketchpad `pad` (a selector), by mouse or by touch; the mouse
    passes `steps` points along each segment (1: a quick hand, straight from corner to corner)."""
    left, top, side = _area(page, pad)
    strokes = [[(left + fx * side, top + fy * side) for fx, fy in stroke] for stroke in strokes]
    if touch:
        _by_touch(page, strokes)
        return
    for points in strokes:
        page.mouse.move(*points[0])
        page.mouse.down()
        for x, y in points[1:]:
            page.mouse.move(x, y, steps=steps)
        page.mouse.up()
