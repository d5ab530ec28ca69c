# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The networks' words (demo/nets): weights that are missing.

Each key holds its English and its Korean side by side (demo.i18n says how they are used); values are
str.format templates with the same named fields in both."""

TEXTS = {
    "weights.err.missing": (
        "No trained weights for '{name}' in {folder}: run `python -m demo.train {name}` to make them.",
        "'{name}'의 학습된 가중치가 {folder}에 없습니다. `python -m demo.train {name}`을 실행해 만드세요."),
}
