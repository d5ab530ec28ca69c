"""Links into the app (demo/web/links.py): reading a link, writing one, and the table against the page itself."""

import json
import random
import re
from pathlib import Path

import pytest

from demo.app import LINKS
from demo.base.form import KINDS
from demo.web import links
from demo import layers as arch
from demo.cnn.backbones import layer_index
from demo.i18n import speaking

README = Path(__file__).resolve().parents[2] / "README.md"


def _params(tab: str) -> dict:
    return {p.name: p for p in LINKS.forms[tab]}


def test_the_tabs_are_the_pages_tabs_in_slide_order():
    from demo.app import TABS

    assert LINKS.slugs == tuple(elem_id.removeprefix("tab-") for _, elem_id, _, _ in TABS)
    assert tuple(LINKS.forms) == LINKS.slugs
    for tab, params in LINKS.forms.items():
        names = [p.name for p in params]
        assert len(names) == len(set(names)), tab
        for i, p in enumerate(params):
            assert p.kind in KINDS
            assert set(p.by) <= set(names[:i]), f"{tab}.{p.name} depends on a setting after it"


def test_the_slides_three_links():
    a = LINKS.parse("?tab=architectures&preset=vgg16")
    vgg16 = arch.PRESETS["vgg16"]
    assert a == links.Link("architectures", dict(preset="vgg16", stack=vgg16.stack, channels=3, height=224, width=224),
                           ())
    rf = LINKS.parse("?tab=receptive-field&network=alexnet&layer=conv5")
    assert rf == links.Link("receptive-field", dict(network="alexnet", layer="conv5", row=6, column=6), ())  # 13x13
    assert LINKS.parse("tab=knn&k=5&space=cnn") == links.Link("knn", dict(k=5, space="cnn"), ())


def test_no_query_asks_for_nothing():
    for query in ("", "?", None, "&&"):
        assert LINKS.parse(query) == links.Link(None, {}, ())


@pytest.mark.parametrize("query, ignored, kept", [
    ("tab=knn&k=500&space=cnn", "k=500", dict(space="cnn")),  # out of range
    ("tab=knn&k=5.5&space=cnn", "k=5.5", dict(space="cnn")),  # not whole
    ("tab=knn&k=five", "k=five", {}),
    ("tab=knn&k=&space=cnn", "k=", dict(space="cnn")),
    ("tab=knn&space=colour&k=5", "space=colour", dict(k=5)),  # not a choice
    ("tab=knn&hnsw_m=33", "hnsw_m=33", {}),  # the slider moves in steps of 2
    ("tab=knn&dataset=../etc", "dataset=../etc", {}),
    ("tab=receptive-field&kernel=4&pool=3", "kernel=4", dict(pool=3)),  # odd kernels only
    ("tab=receptive-field&layer=conv9", "layer=conv9", {}),  # AlexNet has five convolutions
    ("tab=receptive-field&network=alexnet&layer=conv5&row=13", "row=13", dict(network="alexnet", layer="conv5",
                                                                            row=6, column=6)),
    ("tab=perceptron&scale=1.03", "scale=1.03", {}),
    ("tab=train&augment=maybe&epochs=3", "augment=maybe", dict(epochs=3)),
    ("tab=train&lr=2", "lr=2", {}),
    ("tab=train&lr=nan", "lr=nan", {}),
    ("tab=train&seed=1e3", "seed=1e3", {}),
    ("tab=classify&class_name=" + "x" * 101, "class_name=xxx", {}),
])
def test_a_value_the_setting_does_not_take_is_ignored_with_a_notice(query, ignored, kept):
    link = LINKS.parse(query)
    name = ignored.split("=")[0]
    assert link.tab == query.split("&")[0].removeprefix("tab=")
    assert link.settings == kept
    assert len(link.notices) == 1 and f"`{ignored}" in link.notices[0]
    assert f"`{name}`" in link.notices[0] or "longer than" in link.notices[0]


def test_unknown_settings_and_tabs_are_named_and_the_rest_applies():
    link = LINKS.parse("?tab=KNN&colour=red&K=5&k=7&tab=cnn")
    assert link.tab == "knn" and link.settings == dict(k=5)  # names in any case; the first of two counts
    assert len(link.notices) == 3
    assert any("`colour`" in n and "knn" in n for n in link.notices)
    assert sum("given twice" in n for n in link.notices) == 2  # k and tab
    bad_tab = LINKS.parse("?tab=cnnn&k=5")
    assert bad_tab.tab is None and bad_tab.settings == {} and "`cnnn`" in bad_tab.notices[0]
    assert "receptive-field" in bad_tab.notices[0]  # the tabs there are
    no_tab = LINKS.parse("?k=5")
    assert no_tab.tab is None and "tab=" in no_tab.notices[0]
    too_many = LINKS.parse("tab=knn&" + "&".join(f"x{i}=1" for i in range(100)))
    assert "first 40 parts" in too_many.notices[0] and len(too_many.notices) == 1 + links.MAX_PARTS - 1


def test_a_notice_shows_a_link_s_text_as_text():
    """A link is anybody's text: its values are shown in a code span, cut short, never as Markdown or HTML."""
    notice = LINKS.parse("?tab=knn&k=" + "`[x](javascript:alert(1))`<img src=x>" + "9" * 50).notices[0]
    assert notice.count("`") == 4 and "…" in notice and "[x](javascript" in notice  # inside the span


def test_a_setting_follows_the_one_it_depends_on_as_the_page_does():
    vgg = LINKS.parse("tab=receptive-field&network=vgg16").settings
    assert vgg == dict(network="vgg16", layer="pool5", row=3, column=3)  # the deepest layer, 7x7, its middle
    assert LINKS.parse("tab=receptive-field&network=vgg16&layer=conv5&row=50").settings == dict(
        network="vgg16", layer="conv5", row=50, column=28)  # VGG-16's conv5 is 56x56
    assert LINKS.parse("tab=receptive-field&layer=pool3").settings == dict(layer="pool3", row=3, column=3)
    assert LINKS.parse("tab=cnn&backbone=alexnet").settings == dict(backbone="alexnet", layer="conv1")
    assert LINKS.parse("tab=cnn&backbone=vgg16&layer=conv13").settings == dict(backbone="vgg16", layer="conv13")
    assert LINKS.parse("tab=train&network=alexnet-small").settings == dict(
        network="alexnet-small", activation="relu", normalisation="lrn", dropout=0.5)
    assert LINKS.parse("tab=train&network=alexnet-small&activation=tanh&dropout=0").settings == dict(
        network="alexnet-small", activation="tanh", normalisation="lrn", dropout=0.0)
    lenet = arch.PRESETS["lenet5"]
    assert LINKS.parse("tab=architectures&preset=lenet5&height=32").settings == dict(
        preset="lenet5", stack=lenet.stack, channels=1, height=32, width=28)


def test_choices_are_read_in_any_case_and_class_folders_by_name():
    assert LINKS.parse("tab=cnn&kernel_name=laplacian").settings == dict(kernel_name="Laplacian")
    assert LINKS.parse("tab=architectures&unit=flops").settings == dict(unit="FLOPs")
    assert LINKS.parse("tab=knn&dataset=folder:flowers").settings == dict(dataset="folder:flowers")
    assert LINKS.parse("tab=train&augment=TRUE&lr=3e-4").settings == dict(augment=True, lr=3e-4)


def _random_page(tab: str, rng: random.Random) -> dict:
    """A page state a student could reach: every setting a value its control offers then."""
    defaults = {p.name: p.default for p in LINKS.forms[tab]}
    values = {}
    for p in LINKS.forms[tab]:
        rules = p.rules({**defaults, **values})
        if p.kind == "choice":
            values[p.name] = rng.choice([*rules["choices"], "folder:my photos €"] if p.pattern else rules["choices"])
        elif p.kind == "flag":
            values[p.name] = rng.random() < 0.5
        elif p.kind == "text":
            values[p.name] = "".join(rng.choice("ab 1;,-/&=?#%+`수용") for _ in range(rng.randint(0, 30)))
        elif p.step:
            value = rules["low"] + rng.randint(0, round((rules["high"] - rules["low"]) / p.step)) * p.step
            values[p.name] = int(value) if p.kind == "whole" else round(value, 10)
        elif p.kind == "number":
            values[p.name] = rng.uniform(rules["low"], rules["high"])
        else:
            values[p.name] = rng.randint(rules["low"], rules["high"])
        if rng.random() < 0.3:  # often the page's own value, or the one that follows a changed parent
            moved = any(values[b] != defaults[b] for b in p.by)
            values[p.name] = rules["default"] if moved else p.default
    return values


@pytest.mark.parametrize("tab", LINKS.slugs)
def test_a_copied_link_restores_the_page(tab):
    """link() writes what differs from what the link would give anyway; opened, it gives the page back."""
    rng = random.Random(tab)
    defaults = {p.name: p.default for p in LINKS.forms[tab]}
    assert LINKS.link(tab, defaults) == f"?tab={tab}"
    for _ in range(60):
        page = _random_page(tab, rng)
        query = LINKS.link(tab, page)
        opened = LINKS.parse(query)
        assert opened.notices == () and opened.tab == tab, query
        assert LINKS.page_values(tab, opened.settings) == pytest.approx(page), query


def test_a_link_is_short_where_it_can_be():
    assert LINKS.link("knn", dict(k=5, space="cnn", metric="l2")) == "?tab=knn&space=cnn&k=5"
    layers = list(layer_index("vgg16"))
    assert LINKS.link("receptive-field", dict(network="vgg16", layer=layers[-1], row=3, column=3)) == \
        "?tab=receptive-field&network=vgg16"  # the layer and unit follow the network
    assert LINKS.link("architectures", dict(preset="lenet5", stack=arch.PRESETS["lenet5"].stack)) == \
        "?tab=architectures&preset=lenet5"
    with pytest.raises(ValueError):
        LINKS.link("nowhere", {})


def test_the_notices_speak_korean_too():
    with speaking("ko"):
        notices = LINKS.parse("?tab=knn&k=500&colour=red").notices
    assert len(notices) == 2 and all(re.search("[가-힣]", n) for n in notices)
    texts = LINKS.table_json()["texts"]
    assert set(texts["en"]) == set(texts["ko"]) and "links.bad_value" in texts["en"]
    for key, template in texts["en"].items():  # the page fills plain {fields} only
        assert re.findall(r"\{([^}]*)\}", template) == [f for f in re.findall(r"\{(\w+)\}", template)], key


def test_the_table_travels_as_json():
    table = json.loads(json.dumps(LINKS.table_json()))
    row = {p["name"]: p for p in table["tabs"]["receptive-field"]}["row"]
    assert row["by"] == ["network", "layer"] and row["cases"]["vgg16|conv1"] == dict(low=0, high=223, default=112,
                                                                                  shown="0-223")


# ---- the table against the page ---------------------------------------------------------------------------

def _linked_components(client) -> dict:
    """(tab, setting) -> the component config a link sets, read off the page's load script."""
    from demo.web.page_links import CONFIG, LOAD_JS

    head, tail = LOAD_JS.split(CONFIG)
    load = next(d for d in client.config["dependencies"] if (d.get("js") or "").startswith(head))
    script = json.loads(load["js"][len(head):-len(tail)])
    components = {c["id"]: c for c in client.config["components"]}
    return {(tab, name): components[load["outputs"][slot]]
            for tab, page in script["pages"].items() for name, slot in page["slots"].items()}


def _page_fills(client) -> dict:
    """component id -> the value a JS-only load event fills in (fill_on_page_load's `() => [...]`)."""
    fills = {}
    for d in client.config["dependencies"]:
        js = d.get("js") or ""
        if any(t[1] == "load" for t in d["targets"]) and js.startswith("() => ["):
            fills.update(zip(d["outputs"], json.loads(js.removeprefix("() => "))))
    return fills


def _values(choices) -> list:
    return [c[1] if isinstance(c, (list, tuple)) else c for c in choices]


def test_every_setting_is_linked_to_the_control_that_shows_it_with_its_range_choices_and_value(client):
    linked = _linked_components(client)
    fills = _page_fills(client)
    assert set(linked) == {(tab, p.name) for tab, params in LINKS.forms.items() for p in params}
    wrong = []
    for (tab, name), component in linked.items():
        p, props = _params(tab)[name], component["props"]
        shown = fills.get(component["id"], props.get("value"))
        if p.kind == "text" and shown is None:
            shown = ""  # an empty textbox
        if not links._same(shown, p.default):
            wrong.append(f"{tab}.{name}: the page shows {shown!r}, the table says {p.default!r}")
        if p.kind in ("whole", "number"):
            if (props.get("minimum"), props.get("maximum")) != (p.low, p.high):
                wrong.append(f"{tab}.{name}: the control takes {props.get('minimum')}-{props.get('maximum')}, "
                             f"the table {p.low}-{p.high}")
            if component["type"] == "slider" and not links._same(props["step"], p.step or 1):
                wrong.append(f"{tab}.{name}: step {props['step']} against {p.step}")
        elif p.kind == "choice":
            offered = _values(props["choices"])
            if p.pattern:  # datasets: what this machine has, all of which a link may name
                if not all(p.read(v, p.rules({})) == v for v in offered):
                    wrong.append(f"{tab}.{name}: offers {offered}")
            elif offered != list(p.choices):
                wrong.append(f"{tab}.{name}: the control offers {offered}, the table {list(p.choices)}")
        elif p.kind == "text" and props.get("max_length") not in (None, p.max_chars):
            wrong.append(f"{tab}.{name}: at most {props['max_length']} characters, the table {p.max_chars}")
        elif p.kind == "flag" and component["type"] != "checkbox":
            wrong.append(f"{tab}.{name} is a {component['type']}")
    assert wrong == []


def test_readme_lists_every_tab_and_its_settings():
    text = README.read_text()
    section = text[text.index("## Links into the app"):]
    section = section[:section.index("\n## ", 3)]
    for tab, params in LINKS.forms.items():
        row = next((line for line in section.splitlines() if line.startswith(f"| `{tab}`")), None)
        assert row is not None, f"README's links table has no row for {tab}"
        assert re.findall(r"`([a-z_]+)`", row.split("|")[2]) == [p.name for p in params], tab
    for example in re.findall(r"`\?(tab=[^`]+)`", section):
        assert LINKS.parse(example).notices == (), example


@pytest.mark.parametrize("query, tab, language, notices", [
    ("?lang=ko", None, "ko", 0), ("?LANG=KO-kr&tab=knn", "knn", "ko", 0), ("?tab=cnn&lang=en", "cnn", "en", 0),
    ("?lang=fr&tab=knn", "knn", None, 1), ("?lang=ko&lang=en", None, "ko", 1), ("?lang=", None, None, 1)])
def test_every_link_may_choose_the_page_language(query, tab, language, notices):
    link = LINKS.parse(query)
    assert (link.tab, link.language, len(link.notices)) == (tab, language, notices)


def test_a_written_link_keeps_the_language():
    assert LINKS.link("knn", {"k": 5}, "ko") == "?tab=knn&k=5&lang=ko"
    assert LINKS.parse(LINKS.link("knn", {"k": 5}, "ko")).language == "ko"
