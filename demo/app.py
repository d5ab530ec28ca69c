"""The app: every tab in lecture order inside one Blocks, and how it is launched."""

import argparse
import contextlib

from demo.base import config

config.apply_serving_environment()  # before gradio and torch load: they read it once

import gradio as gr  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from demo.architectures import form as architectures_form  # noqa: E402
from demo.architectures import tab as architectures  # noqa: E402
from demo.base.data import for_page  # noqa: E402
from demo.base.form import Form  # noqa: E402
from demo.classes import form as classes_form  # noqa: E402
from demo.classes import tab as classes  # noqa: E402
from demo.classify import form as classify_form  # noqa: E402
from demo.classify import tab as classify  # noqa: E402
from demo.cnn import form as cnn_form  # noqa: E402
from demo.cnn import tab as cnn  # noqa: E402
from demo.knn import form as knn_form  # noqa: E402
from demo.knn import tab as knn  # noqa: E402
from demo.overview import form as overview_form  # noqa: E402
from demo.overview import tab as overview  # noqa: E402
from demo.perceptron import form as perceptron_form  # noqa: E402
from demo.perceptron import tab as perceptron  # noqa: E402
from demo.receptive_field import form as receptive_field_form  # noqa: E402
from demo.receptive_field import tab as receptive_field  # noqa: E402
from demo.train import form as train_form  # noqa: E402
from demo.web import links as link_rules  # noqa: E402
from demo.web import page_links as links  # noqa: E402
from demo.web import serving  # noqa: E402
from demo.web import tools  # noqa: E402
from demo.web import webcam  # noqa: E402
from demo.train import tab as train  # noqa: E402
from demo.i18n import language_from, say, speaking  # noqa: E402
from demo.web.common import I18N, PAGE_JS, t  # noqa: E402

TITLE = "Image classification I - interactive lecture"

# (tab name's key in demo/i18n, element id "tab-<slug>", builder, form) in the lecture's slide order; later topics
# slot in between. A tab's form (demo/<topic>/form.py) is what its controls are built from and links read.
TABS = [
    ("app.tab.overview", "tab-overview", overview.build_tab, overview_form.FORM),
    ("app.tab.knn", "tab-knn", knn.build_tab, knn_form.FORM),
    ("app.tab.perceptron", "tab-perceptron", perceptron.build_tab, perceptron_form.FORM),
    ("app.tab.cnn", "tab-cnn", cnn.build_tab, cnn_form.FORM),
    ("app.tab.architectures", "tab-architectures", architectures.build_tab, architectures_form.FORM),
    ("app.tab.receptive_field", "tab-receptive-field", receptive_field.build_tab, receptive_field_form.FORM),
    ("app.tab.classify", "tab-classify", classify.build_tab, classify_form.FORM),
    ("app.tab.train", "tab-train", train.build_tab, train_form.FORM),
    ("app.tab.classes", "tab-classes", classes.build_tab, classes_form.FORM),
    ("app.tab.references", "tab-references", overview.build_references_tab, Form()),
]
LINKS = link_rules.Links({links.slug_of(elem_id): form for _, elem_id, _, form in TABS})  # ?tab=<slug>&...

CSS = """
.pipeline { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: .5rem 0; }
.pipe-step { border: 2px solid var(--color-accent); border-radius: .5rem; padding: .4rem .8rem;
             font-weight: 600; }
.pipe-arrow { font-size: 1.4rem; color: var(--body-text-color-subdued); }
.course-map li.current { font-weight: 600; }
.course-map .here { color: var(--color-accent); }
#digit-seen img, #perceptron-digit img { image-rendering: pixelated; }
#perceptron-digit img { width: 100%; height: 100%; object-fit: contain; }
/* The Train tab's confusion matrix fits its box (ten classes at 1400 px): no sort menus, narrow cells, and
   the corner's "true \ predicted" on two lines. */
.confusion-table .cell-menu-button { display: none; }
.confusion-table td { padding: 0 !important; }
.confusion-table .cell-wrap { padding: 4px 6px !important; }
.confusion-table th:first-child .header { white-space: normal; }
.link-row { justify-content: flex-end; align-items: flex-end; }
#link-notice { border-left: 4px solid var(--color-accent); padding: .3rem .8rem; }
/* on_seen's buttons: clicked by the page when their section comes near the window, never by a person */
.seen-trigger { display: none !important; }
/* The course map's "10." keeps both digits. */
#course-map ol { padding-inline-start: 2.4em; }
/* A picture's title above the picture, not under its buttons (a long title on a narrow panel was covered). */
.block:not([id$="sketchpad"]):has(> :is(.image-container, .gallery-container)) > label[data-testid="block-label"].float {
  position: static; width: fit-content; max-width: 100%; margin-bottom: var(--size-1); }
.block:not([id$="sketchpad"]) > label[data-testid="block-label"].float + :is(.image-container, .gallery-container) {
  position: relative; }
/* A drawing pad's zoom and undo buttons at its foot: at its head they covered "Draw one digit" on a phone. */
[id$="sketchpad"] .image-container > .icon-button-wrapper.top-panel { top: auto; bottom: var(--size-2); }
/* Table headers break between words, never inside one ("says", not "sa/ys"). */
.prose th, .table-wrap th { word-break: keep-all; overflow-wrap: normal; hyphens: manual; }
/* Each tab's level-one heading (its name) is for screen readers: the tab bar already shows it. */
.tab-heading { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
               clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
/* The theme's accent (selected tab, upload prompt) has one value for both modes; on a dark page the
   light indigo keeps its text readable (6.4:1 on the dark background). */
.dark { --color-accent: var(--primary-400); }
"""

# gr.themes.Soft, its look kept, with every small text at WCAG AA contrast (4.5:1; Soft's own indigo
# label badges read 3.6:1, its grey info text 2.5:1): the indigo of labels, tabs and buttons is one
# step darker (primary_600: 5.1:1 on the badges' primary_100, 6.3:1 under white text), the grey of
# subdued text one step darker (neutral_500: 4.6:1 on the page's neutral_50). A hover darkens, as
# white text on Soft's lighter hover indigo would fall to 2.9:1. Dark mode keeps Soft's own colours
# but for that hover and for links and the accent (CSS above), which take the lighter indigo there.
THEME = gr.themes.Soft().set(
    color_accent="*primary_600",
    body_text_color_subdued="*neutral_500",
    block_label_text_color="*primary_600",
    block_title_text_color="*primary_600",
    button_primary_background_fill="*primary_600",
    button_primary_background_fill_hover="*primary_700",
    button_primary_background_fill_hover_dark="*primary_700",
    checkbox_label_background_fill_selected="*primary_600",
    link_text_color_dark="*secondary_400",
)


@contextlib.contextmanager
def _unbuilt(blocks: gr.Blocks):
    """Within the block, gradio's server app and config are not built for `blocks` (launch builds them)."""
    from gradio.routes import App

    build = App.__dict__["create_app"]
    App.create_app = staticmethod(lambda *args, **kwargs: None)
    blocks.get_config_file = lambda: None
    try:
        yield
    finally:
        App.create_app = build
        del blocks.get_config_file


class LectureBlocks(gr.Blocks):
    """gr.Blocks whose answer to a call with the wrong number of values is one sentence (gradio's own
    lists every component it wanted, and lets surplus values pass)."""

    def validate_inputs(self, block_fn, inputs):
        wanted = len(block_fn.inputs)
        if len(inputs) != wanted:
            endpoint = f"/{block_fn.api_name}" if block_fn.api_name else say("errors.this_event")
            raise gr.Error(say("errors.value_count", endpoint=endpoint, wanted=wanted, got=len(inputs)),
                           print_exception=False)

    async def process_api(self, block_fn, inputs, state=None, request=None, *args, **kwargs):
        """Answer in the browser's language: sentences made during the call (demo.i18n.say) follow the
        request's Accept-Language header (the callback runs in a worker thread that inherits it); a page's own
        dataset (`session`, demo.base.data.for_page) is the calling page's."""
        first = request[0] if isinstance(request, list) and request else request
        headers = getattr(first, "headers", None) or {}
        language = language_from(headers.get("accept-language"))
        with speaking(language), for_page(getattr(first, "session_hash", None)):
            return await super().process_api(block_fn, inputs, state, request, *args, **kwargs)

    # gradio builds its server app (with an MCP server and the page's config) when the Blocks is made, at each
    # queue() and when the Blocks closes, then again at launch: four builds, three thrown away (a tenth of the
    # app's cold start). Before launch, which builds the one that serves, they are skipped.
    def queue(self, *args, **kwargs):
        with _unbuilt(self):
            return super().queue(*args, **kwargs)

    def __exit__(self, *args):
        with _unbuilt(self):
            return super().__exit__(*args)

    # gradio's launch(mcp_server=True) builds its MCP server with a tool for every public endpoint and
    # sets it here: the one moment to narrow it to demo.web.tools' choice before it answers anyone.
    @property
    def mcp_server_obj(self):
        return self.__dict__.get("_mcp_server")

    @mcp_server_obj.setter
    def mcp_server_obj(self, server):
        if server is not None:
            tools.expose(server)
        self.__dict__["_mcp_server"] = server


def build_app() -> gr.Blocks:
    """All tabs in one Blocks; nothing heavy happens here (models load on first use)."""
    serving.lean_sessions()
    with LectureBlocks(title=TITLE, delete_cache=(3600, 3600), analytics_enabled=False) as demo:
        # Before the tabs: queue() rebuilds the server app and its config, cheap while the Blocks is empty.
        demo.queue(max_size=config.QUEUE_SIZE, default_concurrency_limit=config.SHORT_CONCURRENCY)
        notice = links.banner()  # what a link into the app ignored (demo.web.page_links)
        pages = {}
        with gr.Tabs() as tabs:
            for key, elem_id, build, _ in TABS:
                with gr.Tab(t(key), id=elem_id, elem_id=elem_id):
                    gr.Markdown("# " + t(key), elem_classes=["tab-heading"], container=False)  # its one h1
                    share = links.share_row(links.slug_of(elem_id))
                    pages[elem_id] = (share, build())  # build_tab returns its links.Linkable, if any
        links.wire(tabs, notice, pages, LINKS)
    return demo


def launch_options(argv=None) -> dict:
    """`python app.py [--data-dir DIR] [--imagenet-dir DIR] [--host H] [--port P] [--no-mcp]` -> keyword arguments
    for launch().

    Also sets the threads torch and FAISS use per call (demo.web.serving), as serving needs.
    """
    import os

    parser = argparse.ArgumentParser(prog="python app.py", description=TITLE)
    parser.add_argument("--data-dir", help=f"root of the optional datasets (default {config.DATA_DIR})")
    parser.add_argument("--imagenet-dir", help="a folder of torchvision's ImageNet weight files for AlexNet and "
                        "VGG, looked at before torchvision's cache (default: DEMO_IMAGENET_DIR, or none)")
    parser.add_argument("--host", default=None, help="interface to serve on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 7860)")
    parser.add_argument("--no-mcp", action="store_true", help="do not serve the MCP tools at /gradio_api/mcp/ "
                        "(served by default when gradio's mcp extra is installed; DEMO_MCP=0 does the same)")
    args = parser.parse_args(argv)
    if args.data_dir:
        config.set_data_dir(args.data_dir)
    if args.imagenet_dir:
        if not os.path.isdir(os.path.expanduser(args.imagenet_dir)):
            parser.error(f"--imagenet-dir: {args.imagenet_dir} is not a folder")
        config.set_imagenet_dir(args.imagenet_dir)
    serving.configure_threads()
    serving.bound_memory()
    # Classroom privacy: no run history kept in the browser (a face uploaded on a shared lab PC stays
    # there otherwise); uploads and results are deleted after an hour (delete_cache above).
    # show_error: a request gradio itself refuses (a file that was not uploaded, a payload of the wrong
    # shape) gets gradio's sentence instead of an empty error; our callbacks' errors are one sentence
    # anyway (demo.web.common.friendly), and no stack trace is ever sent.
    # mcp_server: the calculators and classifiers as tools for assistants (demo.web.tools), when the extra is
    # installed; gradio would refuse to start without it.
    # app_kwargs: the page's config is written once per address it is served under (serving.KeptConfig).
    return dict(server_name=args.host, server_port=args.port, max_file_size=f"{config.MAX_FILE_MB}mb",
                theme=THEME, css=CSS + webcam.CSS, js=PAGE_JS, head=links.HEAD_JS,
                footer_links=["api", "gradio", "settings"], i18n=I18N,
                run_history=False, state_session_capacity=serving.SESSION_CAPACITY, show_error=True,
                mcp_server=config.MCP and not args.no_mcp and tools.available(),
                app_kwargs=dict(middleware=[Middleware(serving.KeptConfig)]))


def launch(demo: gr.Blocks, argv=None):
    return demo.launch(**launch_options(argv))
