"""The Your-classes tab's settings, declared once (demo/base/form.py): the name of a new class. A link opens the
tab (?tab=classes); it sets nothing, since a student's classes are their own."""

from demo.base.form import Form, text
from demo.classes.store import MAX_NAME

FORM = Form(
    text("name", "", MAX_NAME, label="classes.label.name", elem_id="classes-name", linked=False),
)
