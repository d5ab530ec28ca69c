"""The page's webcam recorder and the maps' hover pictures: page-side helpers that no gradio component offers.

A webcam recording is taken in the page, not streamed: gradio's streaming inputs hold a connection open for
every page (its heartbeat), which a lecture hall should not pay for. While a button whose class is
`record-from-<webcam elem_id>` is held, the recorder copies the webcam's live picture (as the student sees it,
mirrored where gradio mirrors it) a few times a second, small; the button's own event then takes the frames
(`take_js`) and sends them in one call. A short press takes one frame. `snap_js` gives the frame shown now, for
a classifier that follows the webcam.

A map whose layout carries `meta.pictures` (demo.base.images.picture_sheet: one sheet of small pictures) and
whose points carry their picture's number as `customdata` shows that picture beside the pointer on hover.
"""

import json

from demo.base.images import FRAME_SIDE, FRAMES_PER_S, MAX_FRAMES

RECORD_CLASS = "record-from-"  # + the webcam's elem_id: a button so classed records while it is held

RECORDER_JS = f"""
() => {{
  const SIDE = {FRAME_SIDE}, EVERY_MS = {1000 // FRAMES_PER_S}, MOST = {MAX_FRAMES};
  const PREFIX = {json.dumps(RECORD_CLASS)};
  const live = (id) => {{
    const v = document.querySelector(`#${{CSS.escape(id)}} video`);
    return v && v.readyState >= 2 && v.videoWidth > 0 && !v.classList.contains('hide') ? v : null;
  }};
  const snap = (id) => {{  // the webcam's picture now, as a small JPEG data URL (null while it shows none)
    const v = live(id);
    if (!v) return null;
    const scale = Math.min(1, SIDE / Math.max(v.videoWidth, v.videoHeight));
    const c = document.createElement('canvas');
    c.width = Math.max(1, Math.round(v.videoWidth * scale));
    c.height = Math.max(1, Math.round(v.videoHeight * scale));
    const g = c.getContext('2d');
    if (v.classList.contains('flip')) {{ g.translate(c.width, 0); g.scale(-1, 1); }}  // as the student sees it
    g.drawImage(v, 0, 0, c.width, c.height);
    return c.toDataURL('image/jpeg', 0.85);
  }};
  let held = null;  // the recording under way: {{id, frames, button, timer}}
  const stop = () => {{
    if (!held || held.timer === null) return;
    clearInterval(held.timer);
    held.timer = null;
    held.button.classList.remove('recording');
  }};
  document.addEventListener('pointerdown', (e) => {{
    const button = e.target instanceof Element && e.target.closest(`button[class*="${{PREFIX}}"]`);
    if (!button || e.button > 0) return;
    stop();
    const id = [...button.classList].find((c) => c.startsWith(PREFIX)).slice(PREFIX.length);
    held = {{id, frames: [], button, timer: null}};
    try {{ button.setPointerCapture(e.pointerId); }} catch (_) {{}}  // a finger that slides off still ends here
    const grab = () => {{
      const frame = snap(id);
      if (frame && held.frames.length < MOST) held.frames.push(frame);
      button.dataset.frames = String(held.frames.length);
      if (held.frames.length >= MOST) stop();
    }};
    button.classList.add('recording');
    held.timer = setInterval(grab, EVERY_MS);
    grab();
  }}, true);
  for (const type of ['pointerup', 'pointercancel']) document.addEventListener(type, stop, true);
  document.addEventListener('contextmenu', (e) => {{  // a long press on a phone records, it opens no menu
    if (e.target instanceof Element && e.target.closest(`button[class*="${{PREFIX}}"]`)) e.preventDefault();
  }}, true);
  window.lectureRecorder = {{
    snap,
    take: (id) => {{  // the frames recorded for `id` (or the one shown now, for a click with no hold)
      stop();
      const frames = held && held.id === id ? held.frames : [];
      held = null;
      if (frames.length) return frames;
      const one = snap(id);
      return one ? [one] : [];
    }},
  }};
}}
"""

HOVER_PICTURES_JS = """
() => {
  const tip = document.createElement('div');
  tip.id = 'map-picture';
  tip.setAttribute('role', 'img');
  Object.assign(tip.style, {position: 'fixed', display: 'none', pointerEvents: 'none', zIndex: 1000,
    border: '2px solid var(--color-accent)', borderRadius: '4px', background: '#fff', imageRendering: 'pixelated',
    boxShadow: '0 2px 8px rgba(0,0,0,.3)'});
  document.body.appendChild(tip);
  const SHOWN = 96;  // pixels on the page
  const show = (gd, e) => {
    const sheet = gd.layout && gd.layout.meta && gd.layout.meta.pictures;
    const point = e && e.points && e.points[0];
    if (!sheet || !point || typeof point.customdata !== 'number') return;
    const n = point.customdata, cols = sheet.columns, scale = SHOWN / sheet.cell;
    Object.assign(tip.style, {width: `${SHOWN}px`, height: `${SHOWN}px`, backgroundImage: `url(${sheet.src})`,
      backgroundSize: `${cols * sheet.cell * scale}px auto`,
      backgroundPosition: `${-(n % cols) * SHOWN}px ${-Math.floor(n / cols) * SHOWN}px`, display: 'block'});
    tip.dataset.picture = String(n);
    tip.setAttribute('aria-label', point.text || '');
    const box = gd.getBoundingClientRect();
    const x = e.event && e.event.clientX !== undefined ? e.event.clientX : box.left + box.width / 2;
    const y = e.event && e.event.clientY !== undefined ? e.event.clientY : box.top + box.height / 2;
    tip.style.left = `${Math.min(x + 16, window.innerWidth - SHOWN - 8)}px`;
    tip.style.top = `${Math.max(8, y - SHOWN - 16)}px`;
  };
  const hide = () => { tip.style.display = 'none'; };
  const attach = () => {
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
      if (typeof gd.on !== 'function' || gd._lecturePictures === gd._ev) continue;
      gd._lecturePictures = gd._ev;  // plotly replaces its emitter when it purges a plot: attach again then
      gd.on('plotly_hover', (e) => show(gd, e));
      gd.on('plotly_unhover', hide);
    }
  };
  let timer = null;
  new MutationObserver(() => { if (timer === null) timer = setTimeout(() => { timer = null; attach(); }, 300); })
    .observe(document.body, {subtree: true, childList: true});
  attach();
}
"""

CSS = f"""
button[class*="{RECORD_CLASS}"] {{ touch-action: none; user-select: none; -webkit-user-select: none;
  -webkit-touch-callout: none; }}
button[class*="{RECORD_CLASS}"].recording {{ outline: 3px solid #d00; }}
button[class*="{RECORD_CLASS}"].recording::after {{ content: " ● " attr(data-frames); color: #fff; }}
"""


def record_class(webcam_elem_id: str) -> str:
    """The elem_classes entry that makes a button record from the webcam `webcam_elem_id` while it is held."""
    return RECORD_CLASS + webcam_elem_id


def take_js(webcam_elem_id: str, before: int = 0) -> str:
    """An event's js: its first `before` inputs as they are, then the frames recorded from `webcam_elem_id`."""
    names = [f"a{i}" for i in range(before)]
    return (f"({', '.join([*names, '_frames'])}) => "
            f"[{', '.join([*names, f'window.lectureRecorder.take({json.dumps(webcam_elem_id)})'])}]")


def snap_js(webcam_elem_id: str) -> str:
    """An event's js whose one input becomes the webcam's picture now (a list of one data URL, or null)."""
    return (f"(_frame) => {{ const f = window.lectureRecorder && window.lectureRecorder.snap("
            f"{json.dumps(webcam_elem_id)}); return [f ? [f] : null]; }}")
