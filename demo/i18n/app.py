# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The app's own words: its title, the tab names, what a screen reader says for unnamed panels (demo/app.py,
demo/web/common.py)."""

SAME = {"app.tab.cnn", "app.tab.knn"}  # the same in Korean on purpose (names, notation)

TEXTS = {
    "app.title": ("Image classification I - interactive lecture", "이미지 분류 I - 인터랙티브 강의"),
    "app.tab.overview": ("Overview", "개요"),
    "app.tab.knn": ("k-NN", "k-NN"),
    "app.tab.perceptron": ("Perceptron", "퍼셉트론"),
    "app.tab.cnn": ("CNN", "CNN"),
    "app.tab.architectures": ("Architectures", "아키텍처"),
    "app.tab.receptive_field": ("Receptive field", "수용 영역"),
    "app.tab.classify": ("Classify", "분류"),
    "app.tab.train": ("Train", "학습"),
    "app.tab.classes": ("Your classes", "나만의 클래스"),
    "app.tab.references": ("References", "참고 문헌"),
    # What a screen reader says for a picture or an empty panel that gradio leaves unnamed (demo.web.common).
    "app.a11y.image": ("Image", "이미지"),
    "app.a11y.empty": ("empty", "비어 있음"),
}
