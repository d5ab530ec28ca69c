"""Entry point: `python app.py` locally, or a Hugging Face Space (which runs this file)."""

import gc

# Start-up makes some 420,000 objects that live as long as the server (torch, gradio, the page), and Python's
# collector walks them ~1,500 times while they are made: a second of a cold start, to free almost nothing.
# It is off until the app is built, then back on, with what start-up made set aside from every later
# collection (gc.freeze), so a full collection under a class's load walks only what calls made. The few
# thousand cycles start-up left behind stay with it (one collection to find them would cost 0.35 s).
gc.disable()

from demo.app import build_app, launch  # noqa: E402

demo = build_app()
gc.freeze()
gc.enable()

if __name__ == "__main__":
    launch(demo)
