# ruff: noqa: E501  (a sentence per line reads best in a table of sentences)
"""The web kit's words (demo/web): uploads refused, one heavy job at a time, links and their notices."""

TEXTS = {
    "common.err.data_url": ("Send the image as a file, not as a data URL.", "이미지를 data URL이 아닌 파일로 보내 주세요."),
    "common.err.not_a_file": (
        "The image did not arrive as a file; please upload it again.",
        "이미지가 파일로 도착하지 않았습니다. 다시 올려 주세요."),
    "common.err.not_a_drawing": (
        "The sketch did not arrive as a drawing; draw it again.",
        "스케치가 그림으로 도착하지 않았습니다. 다시 그려 주세요."),
    "serving.err.one_job": (
        "One long job at a time: wait for the one you started to finish.",
        "긴 작업은 한 번에 하나씩: 시작한 작업이 끝날 때까지 기다려 주세요."),
    "links.copy": ("Copy link", "링크 복사"),
    "links.url": (
        "A link to this tab with these settings (copied to the clipboard where the browser allows)",
        "이 탭을 지금 설정으로 여는 링크 (브라우저가 허용하면 클립보드에 복사됨)"),
    "links.ignored": ("Parts of this link were ignored:", "이 링크의 일부를 무시했습니다:"),
    "links.no_tab": ("The link names no tab: add tab= with one of {tabs}.", "링크에 탭이 없습니다. tab=에 {tabs} 중 하나를 넣으세요."),
    "links.bad_tab": ("There is no tab {value}: the tabs are {tabs}.", "{value} 탭은 없습니다. 탭은 {tabs}입니다."),
    "links.unknown": ("{name} is not a setting of the {tab} tab.", "{name}은(는) {tab} 탭의 설정이 아닙니다."),
    "links.bad_value": (
        "{setting} is not allowed: {name} takes {allowed}.",
        "{setting}은(는) 쓸 수 없습니다. {name}의 값: {allowed}."),
    "links.too_long": ("{setting} is longer than {limit} characters.", "{setting}이(가) {limit}자보다 깁니다."),
    "links.twice": ("{name} is given twice: the first one counts.", "{name}이(가) 두 번 있어 첫 번째 값을 씁니다."),
    "links.too_many": (
        "The link is too long: only its first {limit} parts were read.",
        "링크가 너무 깁니다. 앞의 {limit}개 항목만 읽었습니다."),
}
