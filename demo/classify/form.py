"""The Classify tab's settings, declared once (demo/base/form.py): the test digit, and for photographs the
bundled photo, the VGG, the view (shift and crop), the class explained (rank or name) and the occlusion's
network, square and stride. The ranges are the core's (demo/classify/photos.py and saliency.py, which check
them)."""

from demo.base.form import Form, choice, index_field, text, whole
from demo.classify import photos, saliency

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
)
