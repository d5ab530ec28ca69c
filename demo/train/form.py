"""The Train tab's settings, declared once (demo/base/form.py): a run's network, dataset, switches and
optimiser (their defaults are experiments.Settings'; the switches follow the network, as choosing it sets its
usual ones), the comparison's second run and target error, and the ReLU experiment's seeds and epochs. The
ranges are the core's (demo/train/experiments.py and relu_experiment.py, which check them)."""

from demo.base.form import Form, choice, dataset_field, flag, number, text, whole
from demo.layers.notation import MAX_STACK_CHARS
from demo.nets.training import OPTIMIZERS
from demo.train import experiments, relu_experiment

FIRST = experiments.Settings()
_FOLLOWS_NETWORK = dict(by=("network",))


def _switch_cases(name: str) -> dict:
    return {network: dict(default=defaults[name]) for network, defaults in experiments.DEFAULTS.items()}


FORM = Form(
    choice("network", experiments.NETWORKS, FIRST.network, label="train.label.network", elem_id="train-network"),
    dataset_field(label="train.label.dataset", elem_id="train-dataset"),
    choice("activation", experiments.ACTIVATIONS, FIRST.activation, **_FOLLOWS_NETWORK,
           cases=_switch_cases("activation"), label="train.label.activation", elem_id="train-activation",
           widget="radio"),
    choice("normalisation", experiments.NORMALISATIONS, FIRST.normalisation, **_FOLLOWS_NETWORK,
           cases=_switch_cases("normalisation"), label="train.label.normalisation", elem_id="train-normalisation",
           widget="radio"),
    number("dropout", experiments.DROPOUT_RANGE, FIRST.dropout, step=0.05, **_FOLLOWS_NETWORK,
           cases=_switch_cases("dropout"), label="train.label.dropout", elem_id="train-dropout"),
    choice("optimizer", OPTIMIZERS, FIRST.optimizer, label="train.label.optimizer", elem_id="train-optimizer",
           widget="radio"),
    number("lr", experiments.LR_RANGE, FIRST.lr, label="train.label.lr", elem_id="train-lr", widget="number"),
    whole("epochs", experiments.EPOCHS_RANGE, FIRST.epochs, label="train.label.epochs", elem_id="train-epochs"),
    whole("batch_size", experiments.BATCH_RANGE, FIRST.batch_size, step=8, label="train.label.batch_size",
          elem_id="train-batch-size"),
    flag("augment", FIRST.augment, label="train.label.augment", elem_id="train-augment"),
    whole("seed", experiments.SEED_RANGE, FIRST.seed, label="train.label.seed", elem_id="train-seed", widget="number"),
    text("stack", FIRST.stack, MAX_STACK_CHARS, label="train.label.stack", elem_id="train-stack"),
    # The comparison: a second run that differs in its switches, and the training error both must reach.
    choice("b_activation", experiments.ACTIVATIONS, "tanh", label="train.label.b_activation",
           elem_id="train-b-activation", widget="radio", linked=False),
    choice("b_normalisation", experiments.NORMALISATIONS, "none", label="train.label.b_normalisation",
           elem_id="train-b-normalisation", widget="radio", linked=False),
    number("b_dropout", experiments.DROPOUT_RANGE, 0.0, step=0.05, label="train.label.b_dropout",
           elem_id="train-b-dropout", linked=False),
    choice("b_optimizer", OPTIMIZERS, "adam", label="train.label.b_optimizer", elem_id="train-b-optimizer",
           widget="radio", linked=False),
    flag("b_augment", False, label="train.label.b_augment", elem_id="train-b-augment", linked=False),
    whole("target", experiments.TARGET_RANGE, experiments.TARGET_DEFAULT, label="train.label.target",
          elem_id="train-target", linked=False),
    # The AlexNet paper's ReLU experiment.
    whole("paper_seeds", relu_experiment.SEEDS_RANGE, relu_experiment.SEEDS, label="train.paper.label.seeds",
          elem_id="train-paper-seeds", linked=False),
    whole("paper_epochs", experiments.EPOCHS_RANGE, experiments.EPOCHS_RANGE[1], label="train.paper.label.epochs",
          elem_id="train-paper-epochs", linked=False),
)
