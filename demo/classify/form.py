"""The Classify tab's settings, declared once (demo/base/form.py): the test digit, and for photographs the
bundled photo, the VGG, the view (shift and crop), the class explained (rank or name), the occlusion's
network, square and stride, and the attack that fools a network. The ranges are the core's
(demo/classify/photos.py, saliency.py and adversarial.py, which check them)."""

from demo.base.form import Form, choice, index_field, text, whole
from demo.classify import adversarial, photos, saliency

CLASS_NAME_CHARS = 100

FORM = Form(
    index_field(label="classify.label.index", elem_id="digit-index"),
    choice("photo", photos.PHOTOS, next(iter(photos.PHOTOS)), label="classify.label.bundled", elem_id="photo-bundled",
           widget="radio"),
    choice("vgg", photos.VGGS, photos.DEFAULT_VGG, label="classify.label.vgg", elem_id="photo-vgg"),
    whole("shift_x", (-photos.SHIFT_MAX, photos.SHIFT_MAX), 0, step=8, label="classify.label.shift_x",
          elem_id="photo-shift-x"),
    whole("shift_y", (-photos.SHIFT_MAX, photos.SHIFT_MAX), 0, step=8, label="classify.label.shift_y",
          elem_id="photo-shift-y"),
    whole("crop", (photos.CROP_MIN, photos.CROP_MAX), photos.CROP_MAX, step=5, label="classify.label.crop",
          elem_id="photo-crop"),
    whole("rank", (1, photos.TOP_K), 1, label="classify.label.rank", elem_id="photo-rank"),
    text("class_name", "", CLASS_NAME_CHARS, label="classify.label.class_name", elem_id="photo-class"),
    choice("network", photos.NETWORKS, photos.ALEXNET, label="classify.label.occlude_network",
           elem_id="occlusion-network"),
    whole("patch", (saliency.PATCH_MIN, saliency.PATCH_MAX), 56, step=8, label="classify.label.patch",
          elem_id="occlusion-patch"),
    whole("stride", (saliency.STRIDE_MIN, saliency.STRIDE_MAX), 28, step=4, label="classify.label.stride",
          elem_id="occlusion-stride"),
    choice("attack_network", photos.NETWORKS, photos.ALEXNET, label="classify.label.attack_network",
           elem_id="photo-adv-network"),
    text("attack_target", "", CLASS_NAME_CHARS, label="classify.label.attack_target", elem_id="photo-adv-target"),
    whole("epsilon", adversarial.EPSILON_RANGE, adversarial.EPSILON_DEFAULT, label="classify.label.epsilon",
          elem_id="photo-adv-epsilon"),
    choice("attack_method", adversarial.METHODS, "fgsm", label="classify.label.attack_method",
           elem_id="photo-adv-method", widget="radio"),
    whole("attack_steps", adversarial.STEPS_RANGE, adversarial.STEPS_DEFAULT, label="classify.label.attack_steps",
          elem_id="photo-adv-steps"),
)
