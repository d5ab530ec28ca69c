"""The Perceptron tab's settings, declared once (demo/base/form.py): the templates' dataset, the digit scored,
the class whose evidence is drawn, the move probed, the robustness chart's axis and the attack that fools the
networks. The ranges are the core's (demo/perceptron/robustness.py, adversarial.py), which checks them."""

from demo.base.form import Form, choice, dataset_field, index_field, number, whole
from demo.perceptron import adversarial, robustness

TOP = "top"  # the chosen class: the one the perceptron scores highest
CHOSEN = (TOP, *map(str, range(10)))

FORM = Form(
    dataset_field(label="perceptron.label.dataset", elem_id="perceptron-dataset"),
    index_field(label="perceptron.label.index", elem_id="perceptron-index"),
    choice("chosen", CHOSEN, TOP, label="perceptron.label.chosen", elem_id="perceptron-chosen"),
    whole("dx", robustness.SHIFT_RANGE, 0, label="perceptron.label.dx", elem_id="probe-dx"),
    whole("dy", robustness.SHIFT_RANGE, 0, label="perceptron.label.dy", elem_id="probe-dy"),
    whole("rotation", robustness.ANGLE_RANGE, 0, step=5, label="perceptron.label.rotation", elem_id="probe-rotation"),
    number("scale", robustness.SCALE_RANGE, 1.0, step=0.05, label="perceptron.label.scale", elem_id="probe-scale"),
    choice("axis", robustness.AXES, "x", label="perceptron.label.axis", elem_id="robustness-axis", widget="radio"),
    choice("attack_network", robustness.NETWORKS, "perceptron", label="perceptron.label.attack_network",
           elem_id="adv-network"),
    choice("attack_target", adversarial.TARGETS, adversarial.NONE, label="perceptron.label.attack_target",
           elem_id="adv-target"),
    whole("epsilon", adversarial.EPSILON_RANGE, adversarial.EPSILON_DEFAULT, label="perceptron.label.epsilon",
          elem_id="adv-epsilon"),
    choice("attack_method", adversarial.METHODS, "fgsm", label="perceptron.label.attack_method", elem_id="adv-method",
           widget="radio"),
    whole("attack_steps", adversarial.STEPS_RANGE, adversarial.STEPS_DEFAULT, label="perceptron.label.attack_steps",
          elem_id="adv-steps"),
)
