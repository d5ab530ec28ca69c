"""Train tab: train the lecture's networks live, test AlexNet's claims yourself, and run the paper's own ReLU
experiment (demo.train.relu_experiment) as a preset.

Runs belong to the browser session that started them: a student never sees, stops or overwrites
another's run, and nothing here touches the shipped weights. A run streams its curves about once a
second; Stop ends it cleanly with the weights learnt so far, and does nothing when nothing runs.
"""

import contextvars
import queue
import threading
import time

import gradio as gr
import numpy as np

from demo.train import experiments
from demo.train import figures
from demo.train.form import FORM
from demo.train import relu_experiment, sessions
from demo.base import visual
from demo.base.data import list_datasets
from demo.base.errors import one_of
from demo.i18n import say
from demo.web.common import (friendly, on_tab_open, picture_file, progress_bar, reveal, reveal_now, saved_file,
                             t)
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import HEAVY, one_at_a_time

THUMB = 56  # pixels; a confusion cell's test images
# The networks' names on the page (demo/i18n; the English is experiments.NETWORKS' title, a test checks).
NETWORK_NAMES = {"perceptron": "train.network.perceptron", "mlp": "train.network.mlp", "lenet5": "train.network.lenet5",
                 "lenet5-1998": "train.network.lenet5_1998", "alexnet-small": "train.network.alexnet_small",
                 "vgg-small": "train.network.vgg_small", "relu-paper": "train.network.relu_paper",
                 "custom": "train.network.custom"}
ACTIVATION_NAMES = {"relu": "ReLU"}  # as the lecture writes it; tanh and sigmoid are written as their values
ENDED = {"": "train.ended.finished", "stopped": "train.ended.stopped", "time limit": "train.ended.time_limit",
         "diverged": "train.ended.diverged"}
STATUS = {"": "train.status.finished", "stopped": "train.status.stopped", "time limit": "train.status.time_limit",
          "diverged": "train.status.diverged"}
YIELD_EVERY_S = 1.0  # the curves go to the page about this often (a run makes a point every tenth of an epoch)
POLL_S = 0.1  # how often the streaming answer looks at its worker's news

_STOP: dict[str, threading.Event] = {}
_STOP_LOCK = threading.Lock()


def _stop_event(request: gr.Request | None) -> threading.Event:
    """A fresh Stop for this session's heavy job, known to Stop while the job runs (see _release)."""
    key = getattr(request, "session_hash", None)
    with _STOP_LOCK:
        event = _STOP[key] = threading.Event()
        while len(_STOP) > sessions.SESSIONS_KEPT:
            _STOP.pop(next(iter(_STOP)))
    return event


def _release(request: gr.Request | None, event: threading.Event) -> None:
    """The job is over: Stop has nothing to stop in this session any more."""
    with _STOP_LOCK:
        if _STOP.get(getattr(request, "session_hash", None)) is event:
            del _STOP[getattr(request, "session_hash", None)]


_HALTED, _NEWS, _DONE = object(), object(), object()


def _watch(work, stop: threading.Event, frame):
    """Run `work(should_stop, news)` in a worker thread and stream its answer: `frame(halted)` whenever the
    worker has news (at most every YIELD_EVERY_S), and at once with halted=True when training has stopped for
    Stop (the worker looks at Stop before every step); return what `work` returned.

    The worker speaks the request's language (its progress lines and error sentences): a new thread would
    start from an empty context. Stop is a plain flag, set by a queue=False call that needs no worker of
    gradio's, so it takes effect within one training step however busy the server is.
    """
    updates, outcome, halted = queue.Queue(), {}, threading.Event()

    def should_stop() -> bool:
        if stop.is_set() and not halted.is_set():
            halted.set()
            updates.put(_HALTED)
        return stop.is_set()

    def run():
        try:
            outcome["value"] = work(should_stop, lambda *_: updates.put(_NEWS))
        except Exception as e:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = e
        finally:
            updates.put(_DONE)

    worker = threading.Thread(target=contextvars.copy_context().run, args=(run,), name="training", daemon=True)
    worker.start()
    last, news, done = 0.0, False, False
    try:
        while True:
            try:
                item = updates.get(timeout=POLL_S)
            except queue.Empty:
                item = None
            if item is _DONE:
                done = True
                break
            if item is _HALTED:
                yield frame(True)
                last, news = time.monotonic(), False
            news = news or item is _NEWS
            if news and time.monotonic() - last >= YIELD_EVERY_S:
                yield frame(False)
                last, news = time.monotonic(), False
    finally:
        if not done:  # the page went away (gradio closed this answer): the run ends rather than trains on
            stop.set()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _live(s: experiments.Settings, label: str, earlier: list, stop: threading.Event, progress):
    """Train one run in a worker thread, its curves streaming; return the finished (or stopped) run."""
    points = []

    def work(should_stop, news):
        return experiments.train(s, progress_bar(progress), lambda p: (points.append(p), news()), should_stop)

    def frame(halted: bool):
        line = say("train.status.halted") if halted else gr.skip()
        return figures.training_curves([*earlier, (label, list(points))]), line, *[gr.skip()] * 5

    run = yield from _watch(work, stop, frame)
    return run


def _caps() -> str:
    """What one run may take on this server (the numbers come from the configuration)."""
    return say("train.md.caps", epochs=experiments.EPOCHS_RANGE[1], seconds=f"{experiments.MAX_SECONDS:g}")


def _status(run: experiments.Run) -> str:
    ended = say(STATUS.get(run.result.stopped, STATUS[""]))
    last = run.result.history[-1] if run.result.history else None
    train_acc = say("train.status.train_accuracy", accuracy=f"{last.train_accuracy:.1%}") if last else ""
    return say("train.status.run", number=run.number, label=run.settings.label(), epochs=len(run.result.history),
               seconds=f"{run.seconds:.1f}", device=run.device, ended=ended, accuracy=f"{run.test_accuracy:.1%}",
               train=train_acc, parameters=f"{run.parameters:,}", stack=run.stack)


def _table(runs: list[experiments.Run]) -> dict:
    """The runs table in the page's language (the CSV keeps experiments.Run.row's English names)."""
    headers = {"run": "train.table.run", "network": "train.table.network", "dataset": "train.table.dataset",
               "parameters": "train.table.parameters", "epochs": "train.table.epochs",
               "seconds": "train.table.seconds", "best test accuracy": "train.table.best",
               "ended": "train.table.ended"}
    rows = [{**r.row(), "ended": say(ENDED.get(r.result.stopped, ENDED[""]))} for r in runs]
    return {"headers": [say(headers[h]) for h in rows[0]], "data": [list(row.values()) for row in rows]}


def _results(run: experiments.Run, request: gr.Request | None):
    """The outputs every finished run shows: per-class bars, confusion table, runs table, downloads."""
    classes = list(run.data.classes)
    confusion = {"headers": [say("train.table.confusion"), *classes],
                 "data": [[classes[i], *map(int, row)] for i, row in enumerate(run.confusion)]}
    runs = sessions.runs(request)
    table = _table(runs)
    csv = saved_file("runs.csv", experiments.runs_csv(runs).encode())
    files = [saved_file(name, content) for name, content in experiments.export(run).items()]
    return figures.class_accuracy_bars(classes, run.per_class_accuracy()), confusion, table, csv, files


@friendly
@one_at_a_time
def train(network, dataset, activation, normalisation, dropout, optimizer, lr, epochs, batch_size, augment, seed,
          stack, request: gr.Request = None, progress=gr.Progress()):
    """Train one network as the form says; stream its curves; end with the results and the downloads."""
    s = experiments.settings(network, dataset, activation, normalisation, dropout, optimizer, lr, epochs, batch_size,
                             augment, seed, stack)
    stop = _stop_event(request)
    try:
        yield gr.skip(), say("train.status.training", label=s.label()), *[gr.skip()] * 5  # at once: no stale line
        run = yield from _live(s, s.label(), [], stop, progress)
        sessions.keep(request, run)
        yield figures.training_curves([(s.label(), run.result.points)]), _status(run), *_results(run, request)
    finally:
        _release(request, stop)


@friendly
@one_at_a_time
def train_compare(network, dataset, activation, normalisation, dropout, optimizer, lr, epochs, batch_size, augment,
                  seed, stack, b_activation, b_normalisation, b_dropout, b_optimizer, b_augment, target_error,
                  request: gr.Request = None, progress=gr.Progress()):
    """Run A (the form), then B (the form with B's switches), overlay their curves, and answer the claim
    in one sentence: epochs and seconds to reach `target_error` training error, as a ratio."""
    a = experiments.settings(network, dataset, activation, normalisation, dropout, optimizer, lr, epochs, batch_size,
                             augment, seed, stack)
    b = experiments.settings(network, dataset, b_activation, b_normalisation, b_dropout, b_optimizer, lr, epochs,
                             batch_size, b_augment, seed, stack)
    target = experiments.check_target(target_error)
    stop = _stop_event(request)
    finished, earlier = [], []
    try:
        for label, s in (("A: " + a.label(), a), ("B: " + b.label(), b)):
            yield gr.skip(), say("train.status.training", label=label), *[gr.skip()] * 5
            run = yield from _live(s, label, earlier, stop, progress)
            sessions.keep(request, run)
            finished.append(run)
            earlier.append((label, run.result.points))
            if run.result.stopped == "stopped":
                break
        sentence = (experiments.compare_sentence(*finished, target) if len(finished) == 2
                    else say("train.status.nothing_to_compare"))
        yield (figures.training_curves(earlier), "  \n".join([_status(r) for r in finished] + [sentence]),
               *_results(finished[-1], request))
    finally:
        _release(request, stop)


@friendly
@one_at_a_time
def train_paper(dataset, seeds, epochs, max_steps, request: gr.Request = None, progress=gr.Progress()):
    """The AlexNet paper's ReLU experiment (Figure 1) on `dataset`: its figure growing run by run, then the
    sentence with the conditions and the measured ratio, and the table of every run."""
    dataset, seeds, epochs, max_steps = relu_experiment.check(dataset, seeds, epochs, max_steps)
    stop = _stop_event(request)
    live = []  # the experiment's outcome so far, once its first point has come

    def work(should_stop, news):
        def on_point(outcome, point):
            live[:] = [outcome]
            news()

        return relu_experiment.run(dataset, seeds, epochs, max_steps, progress_bar(progress), on_point, should_stop)

    def frame(halted: bool):
        line = say("train.status.halted") if halted else gr.skip()
        return (relu_experiment.figure(live[0]) if live else gr.skip()), line, gr.skip()

    try:
        yield gr.skip(), say("train.paper.status.running", dataset=_dataset_title(dataset)), gr.skip()
        outcome = yield from _watch(work, stop, frame)
        yield relu_experiment.figure(outcome), relu_experiment.summary(outcome), relu_experiment.table(outcome)
    finally:
        _release(request, stop)


def _dataset_title(name: str) -> str:
    return next((d.title for d in list_datasets() if d.name == name), name)


async def stop_training(request: gr.Request = None) -> None:
    """Stop this session's run (only this session's): it ends within a training step, weights kept. The run's
    own answer says so; with no run in progress, nothing happens (what the page shows stays)."""
    with _STOP_LOCK:
        event = _STOP.get(getattr(request, "session_hash", None))
    if event is not None:
        event.set()


@friendly
def _cell(evt: gr.SelectData, request: gr.Request = None):
    """A click on the confusion table -> the test images of that cell (which 4s were taken for 9s)."""
    runs = sessions.runs(request)
    row, column = (evt.index if isinstance(evt.index, (list, tuple)) else (None, None))
    if not runs or row is None or column is None or column < 1:
        return [], say("train.cell.click")
    run = runs[-1]
    true, predicted = int(row), int(column) - 1
    ids, total = run.cell(true, predicted)
    pictures = [(picture_file(visual.enlarge(_picture(run.data.test_images[i]), THUMB)), f"#{i}") for i in ids]
    names = run.data.classes
    first = say("train.cell.first", count=len(ids)) if total > len(ids) else ""
    return pictures, say("train.cell.summary", count=len(ids), true=names[true], predicted=names[predicted],
                         first=first)


def _show():
    return gr.update(visible=True)


def _picture(image: np.ndarray) -> np.ndarray:
    return image[0] if image.shape[0] == 1 else image.transpose(1, 2, 0)


@friendly
def _network_note(network, dataset):
    """The chosen network's stack, switches applied with its defaults, and its defaults set in the form."""
    network = one_of(network, experiments.NETWORKS, "train.name.network")
    defaults = experiments.DEFAULTS[network]
    note = f"**{say(NETWORK_NAMES[network])}**."
    if network != "custom":
        stack = experiments.stack_for(experiments.Settings(network=network, **defaults), 10)
        note += say("train.note.stack", stack=stack)
    return defaults["activation"], defaults["normalisation"], defaults["dropout"], note


def _first_look(network, dataset):
    """The tab's first look: the network's note, and what a run may take here. The switches are left as the
    form shows them: the network's own, or a link's (demo.web.page_links sets them before the tab opens)."""
    return _network_note(network, dataset)[-1], _caps()


def _normalisation_choices():
    return [(t("train.choice.none"), "none"), ("LRN", "lrn"), (t("train.choice.bn"), "bn")]


def _activation_choices():
    """The activations as the lecture writes them (ReLU), each sending its API value (relu)."""
    return [(ACTIVATION_NAMES.get(key, key), key) for key in experiments.ACTIVATIONS]


def _optimizer_choices():
    return [("Adam", "adam"), (t("train.choice.sgd"), "sgd")]


def _dataset_choices() -> list[tuple[str, str]]:
    return [(s.title, s.name) for s in list_datasets() if s.available]


def build_tab() -> Linkable:
    gr.Markdown(t("train.md.intro"))
    caps = gr.Markdown(elem_id="train-caps")  # its numbers come from the configuration: filled on the first look
    with gr.Row():
        network = control(FORM["network"], [(t(NETWORK_NAMES[key]), key) for key in experiments.NETWORKS], scale=3)
        dataset = control(FORM["dataset"], _dataset_choices(), scale=2)
    stack = control(FORM["stack"], placeholder="conv3-32/p1, relu, maxpool2, fc10", info=t("train.info.stack"))
    note = gr.Markdown(elem_id="train-note")
    with gr.Row():
        activation = control(FORM["activation"], _activation_choices())
        normalisation = control(FORM["normalisation"], _normalisation_choices())
        dropout = control(FORM["dropout"])
    with gr.Row():
        optimizer = control(FORM["optimizer"], _optimizer_choices())
        lr, epochs, batch_size, augment, seed = (control(FORM[name]) for name in
                                                 ("lr", "epochs", "batch_size", "augment", "seed"))
    with gr.Row():
        start = gr.Button(t("train.button.train"), variant="primary", elem_id="train-start")
        stop = gr.Button(t("train.button.stop"), variant="stop", elem_id="train-stop")
    with gr.Accordion(t("train.accordion.compare"), open=False):
        with gr.Row():
            b_activation = control(FORM["b_activation"], _activation_choices())
            b_normalisation = control(FORM["b_normalisation"], _normalisation_choices())
            b_dropout = control(FORM["b_dropout"])
            b_optimizer = control(FORM["b_optimizer"], _optimizer_choices())
            b_augment, target = control(FORM["b_augment"]), control(FORM["target"])
        compare = gr.Button(t("train.button.compare"), elem_id="train-compare")
    with gr.Accordion(t("train.accordion.paper"), open=False, elem_id="train-paper-box"):
        gr.Markdown(t("train.paper.md.intro"))
        with gr.Row():
            paper_seeds, paper_epochs = control(FORM["paper_seeds"]), control(FORM["paper_epochs"])
            # A bound on every run's steps for a quick look through the API (and the tests); 0: none.
            paper_steps = gr.Number(0, precision=0, minimum=relu_experiment.MAX_STEPS_RANGE[0],
                                    maximum=relu_experiment.MAX_STEPS_RANGE[1], visible=False)
        with gr.Row():
            paper = gr.Button(t("train.paper.button"), variant="primary", elem_id="train-paper")
            paper_stop = gr.Button(t("train.button.stop"), variant="stop", elem_id="train-paper-stop")
        paper_summary = gr.Markdown(elem_id="train-paper-summary")
        with gr.Column(visible=False) as paper_live:  # nothing to show before the experiment runs
            paper_curves = gr.Plot(label=t("train.paper.label.curves"), elem_id="train-paper-curves")
        with gr.Column(visible=False) as paper_results:  # ... and no empty table before it has run
            paper_table = gr.Dataframe(label=t("train.paper.label.table"), interactive=False,
                                       elem_id="train-paper-table")
    status = gr.Markdown(elem_id="train-status")
    curves = gr.Plot(label=t("train.label.curves"), elem_id="train-curves")
    with gr.Column(visible=False) as results:  # a run's results, shown once there is one (no empty tables)
        with gr.Row():
            per_class = gr.Plot(label=t("train.label.per_class"), elem_id="train-per-class")
            with gr.Column():
                confusion = gr.Dataframe(label=t("train.label.confusion"), interactive=False,
                                         elem_id="train-confusion", elem_classes=["confusion-table"])
                cell_note = gr.Markdown(elem_id="train-cell-note")
                cell_gallery = gr.Gallery(label=t("train.label.cell"), columns=8, height="auto",
                                          allow_preview=False, elem_id="train-cell")
        runs_table = gr.Dataframe(label=t("train.label.runs"), interactive=False, elem_id="train-runs")
        with gr.Row():
            runs_csv = gr.File(label=t("train.label.csv"))
            model_files = gr.File(label=t("train.label.files"), file_count="multiple")

    form = [network, dataset, activation, normalisation, dropout, optimizer, lr, epochs, batch_size, augment, seed,
            stack]
    outputs = [curves, status, per_class, confusion, runs_table, runs_csv, model_files]
    show = dict(fn=_show, inputs=None, api_visibility="private", queue=False, show_progress="hidden")
    # The progress bar runs over the curves; the status line beside them stays readable (not under a veil).
    on_curves = dict(show_progress_on=[curves], **HEAVY)
    start.click(train, form, outputs, api_name="train", preprocess=False, **on_curves).success(outputs=results, **show)
    compare.click(train_compare, [*form, b_activation, b_normalisation, b_dropout, b_optimizer, b_augment, target],
                  outputs, api_name="train_compare", preprocess=False, **on_curves).success(outputs=results, **show)
    for button in (start, compare):  # the curves stream where the student looks
        reveal_now(button.click, "train-curves")
    reveal(paper.click(outputs=paper_live, **show), "train-paper-curves")
    paper.click(train_paper, [dataset, paper_seeds, paper_epochs, paper_steps], [paper_curves, paper_summary,
                paper_table], api_name="train_paper", preprocess=False, show_progress_on=[paper_curves],
                **HEAVY).success(outputs=paper_results, **show)
    for button in (stop, paper_stop):
        button.click(stop_training, None, None, api_visibility="private", queue=False, show_progress="hidden")
    confusion.select(_cell, None, [cell_gallery, cell_note], api_visibility="private", queue=False)
    network.input(_network_note, [network, dataset], [activation, normalisation, dropout, note],
                  api_visibility="private", queue=False)
    on_tab_open(_first_look, [network, dataset], [note, caps], queue=False)
    compared = [b_activation, b_normalisation, b_dropout, b_optimizer, b_augment, target, paper_seeds, paper_epochs]
    return Linkable(FORM, dict(zip(FORM.names, [*form, *compared])))
