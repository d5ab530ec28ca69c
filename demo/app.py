"""The app: every tab in lecture order inside one Blocks, and how it is launched."""

import argparse

from demo import config

config.apply_serving_environment()  # before gradio and torch load: they read it once

import gradio as gr  # noqa: E402

from demo.ui import architectures, classify, cnn, knn, overview, receptive_field, references, serving  # noqa: E402
from demo.ui.common import PICK_BRUSH_JS  # noqa: E402

TITLE = "Image classification I - interactive lecture"

# (tab label, element id, builder) in the lecture's slide order; later topics slot in between.
TABS = [
    ("Overview", "tab-overview", overview.build_tab),
    ("k-NN", "tab-knn", knn.build_tab),
    ("CNN", "tab-cnn", cnn.build_tab),
    ("Architectures", "tab-architectures", architectures.build_tab),
    ("Receptive field", "tab-receptive-field", receptive_field.build_tab),
    ("Classify", "tab-classify", classify.build_tab),
    ("References", "tab-references", references.build_tab),
]

CSS = """
.pipeline { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: .5rem 0; }
.pipe-step { border: 2px solid var(--color-accent); border-radius: .5rem; padding: .4rem .8rem;
             font-weight: 600; }
.pipe-arrow { font-size: 1.4rem; color: var(--body-text-color-subdued); }
.course-map li.current { font-weight: 600; }
.course-map .here { color: var(--color-accent); }
#digit-seen img { image-rendering: pixelated; }
"""


class LectureBlocks(gr.Blocks):
    """gr.Blocks whose answer to a call with the wrong number of values is one sentence (gradio's own
    lists every component it wanted, and lets surplus values pass)."""

    def validate_inputs(self, block_fn, inputs):
        wanted = len(block_fn.inputs)
        if len(inputs) != wanted:
            endpoint = f"/{block_fn.api_name}" if block_fn.api_name else "This event"
            raise gr.Error(f"{endpoint} takes {wanted} value(s), in the order README's API section gives; "
                           f"got {len(inputs)}.", print_exception=False)


def build_app() -> gr.Blocks:
    """All tabs in one Blocks; nothing heavy happens here (models load on first use)."""
    serving.lean_sessions()
    with LectureBlocks(title=TITLE, delete_cache=(3600, 3600), analytics_enabled=False) as demo:
        with gr.Tabs():
            for label, elem_id, build in TABS:
                with gr.Tab(label, id=elem_id, elem_id=elem_id):
                    build()
    demo.queue(max_size=config.QUEUE_SIZE, default_concurrency_limit=config.SHORT_CONCURRENCY)
    return demo


def launch_options(argv=None) -> dict:
    """`python app.py [--data-dir DIR] [--host H] [--port P]` -> keyword arguments for launch().

    Also sets the threads torch and FAISS use per call (demo.ui.serving), as serving needs.
    """
    parser = argparse.ArgumentParser(prog="python app.py", description=TITLE)
    parser.add_argument("--data-dir", help=f"root of the optional datasets (default {config.DATA_DIR})")
    parser.add_argument("--host", default=None, help="interface to serve on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 7860)")
    args = parser.parse_args(argv)
    if args.data_dir:
        config.set_data_dir(args.data_dir)
    serving.configure_threads()
    serving.bound_memory()
    # Classroom privacy: no run history kept in the browser (a face uploaded on a shared lab PC stays
    # there otherwise); uploads and results are deleted after an hour (delete_cache above).
    # show_error: a request gradio itself refuses (a file that was not uploaded, a payload of the wrong
    # shape) gets gradio's sentence instead of an empty error; our callbacks' errors are one sentence
    # anyway (demo.ui.common.friendly), and no stack trace is ever sent.
    return dict(server_name=args.host, server_port=args.port, max_file_size=f"{config.MAX_FILE_MB}mb",
                theme=gr.themes.Soft(), css=CSS, js=PICK_BRUSH_JS, footer_links=["api", "gradio"],
                run_history=False, state_session_capacity=serving.SESSION_CAPACITY, show_error=True)


def launch(demo: gr.Blocks, argv=None):
    return demo.launch(**launch_options(argv))
