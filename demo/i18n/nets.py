# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The networks' words (demo/nets): weights that are missing, the attacks' names."""

TEXTS = {
    "weights.err.missing": (
        "No trained weights for '{name}' in {folder}: run `python -m demo.train {name}` to make them.",
        "'{name}'의 학습된 가중치가 {folder}에 없습니다. `python -m demo.train {name}`을 실행해 만드세요."),
    "attacks.method.fgsm": ("FGSM (one step)", "FGSM (한 걸음)"),
    "attacks.method.pgd": ("PGD (several steps)", "PGD (여러 걸음)"),
}
