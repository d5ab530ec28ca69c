"""Every tab's form (demo/<topic>/form.py) against the four places that use it, each built from the form:
the control the page shows, a link that sets it, the endpoint's range check, and README's API section.
A default or a range changed in the form alone changes all four; one restated elsewhere fails here."""

import re
from pathlib import Path

import pytest
from gradio_client import handle_file
from helpers import app_error, render_digit

from demo.app import LINKS, TABS
from demo.base.form import number_text
from demo.web.links import _same

README = Path(__file__).resolve().parent.parent / "README.md"
FORMS = {elem_id.removeprefix("tab-"): form for _, elem_id, _, form in TABS}
FIELDS = [(slug, f) for slug, form in FORMS.items() for f in form]


def _id(case) -> str:
    return f"{case[0]}.{case[1].name}" if isinstance(case, tuple) else str(case)


def _components(client) -> dict:
    """element id -> the component's config, for every component that has one."""
    return {c["props"]["elem_id"]: c for c in client.config["components"] if c["props"].get("elem_id")}


def _takers(client, component_id: int) -> list[tuple[str, str, list]]:
    """(api name, parameter name, the endpoint's input component ids) of every public endpoint taking it."""
    named = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    found = []
    for dep in client.config["dependencies"]:
        if dep.get("api_visibility") != "public" or not dep.get("api_name") or component_id not in dep["inputs"]:
            continue
        params = named[f"/{dep['api_name']}"]["parameters"]
        found.append((dep["api_name"], params[dep["inputs"].index(component_id)]["parameter_name"], dep["inputs"]))
    return found


def _readme_sections() -> dict[str, str]:
    """README's text about each endpoint: its own section, plus the sections it refers to ("as `x`"), and theirs."""
    text = README.read_text()
    api = text[text.index("## API"):]
    api = api[:api.find("\n## ", 3)]
    parts = re.split(r"^### `([a-z_]+)`", api, flags=re.M)
    own = dict(zip(parts[1::2], parts[2::2]))

    def whole(name: str, seen: frozenset) -> str:
        refs = [r for r in re.findall(r"as\s+`([a-z_]+)`", own[name]) if r in own and r not in seen]
        return own[name] + "".join(whole(r, seen | {r}) for r in refs)

    return {name: whole(name, frozenset({name})) for name in own}


def _readme_number(value: float) -> str:
    return f"{value:,g}" if value != int(value) else f"{int(value):,}"


def test_every_field_has_an_element_id_and_every_linked_one_a_label():
    for slug, f in FIELDS:
        assert f.elem_id, f"{slug}.{f.name} has no element id"
        assert f.label, f"{slug}.{f.name} has no label"
    ids = [f.elem_id for _, f in FIELDS]
    assert len(ids) == len(set(ids)), "two fields share an element id"


def test_every_field_is_the_control_the_page_shows(client):
    """The page's control: its kind, range, step, choices and the value it opens with are the form's."""
    components = _components(client)
    wrong = []
    for slug, f in FIELDS:
        component = components.get(f.elem_id)
        if component is None:
            wrong.append(f"{slug}.{f.name}: no control #{f.elem_id} on the page")
            continue
        props = component["props"]
        if component["type"] != f.shows_as:
            wrong.append(f"{slug}.{f.name}: a {component['type']}, the form says {f.shows_as}")
        if f.kind in ("whole", "number"):
            if (props.get("minimum"), props.get("maximum")) != (f.low, f.high):
                wrong.append(f"{slug}.{f.name}: takes {props.get('minimum')}-{props.get('maximum')}")
            if component["type"] == "slider" and not _same(props["step"], f.step or 1):
                wrong.append(f"{slug}.{f.name}: step {props['step']}")
        if f.kind == "choice" and not f.pattern:
            offered = [c[1] if isinstance(c, (list, tuple)) else c for c in props["choices"]]
            if offered != list(f.choices):
                wrong.append(f"{slug}.{f.name}: offers {offered}")
        if not f.by and not _same(props.get("value"), f.default):
            wrong.append(f"{slug}.{f.name}: opens at {props.get('value')!r}, the form says {f.default!r}")
    assert wrong == []


def test_readme_gives_every_fields_range_and_choices_where_an_endpoint_takes_it(client):
    components, sections = _components(client), _readme_sections()
    missing, taken = [], 0
    for slug, f in FIELDS:
        for endpoint, parameter, _ in _takers(client, components[f.elem_id]["id"]):
            taken += 1
            text = sections[endpoint]
            if f"`{parameter}`" not in text:
                missing.append(f"{endpoint}: `{parameter}` ({slug}.{f.name}) is not named")
            if f.kind in ("whole", "number") and f"{_readme_number(f.low)}-{_readme_number(f.high)}" not in text:
                missing.append(f"{endpoint}: `{parameter}` takes {_readme_number(f.low)}-{_readme_number(f.high)}")
            if f.kind == "choice":
                for choice in f.choices:
                    if not re.search(rf"(?<![\w-]){re.escape(str(choice))}(?![\w-])", text):
                        missing.append(f"{endpoint}: `{parameter}` choice {choice!r}")
    assert missing == [] and taken > len(FIELDS) / 2


@pytest.mark.parametrize("case", [(s, f) for s, f in FIELDS if f.linked], ids=_id)
def test_a_link_sets_every_linked_field_to_any_value_it_takes(case):
    """The form's last choice or its range's far end, written into a link and read back."""
    slug, f = case
    rules = f.rules({g.name: g.default for g in FORMS[slug]})
    value = dict(choice=lambda: rules["choices"][-1], whole=lambda: rules["high"], number=lambda: rules["high"],
                 text=lambda: "ab;c", flag=lambda: not f.default)
    settings = {f.name: value[f.kind]()}
    query = LINKS.link(slug, settings)
    opened = LINKS.parse(query)
    assert opened.notices == () and LINKS.page_values(slug, opened.settings)[f.name] == settings[f.name], query
    if f.kind in ("whole", "number"):
        past = LINKS.parse(f"?tab={slug}&{f.name}={number_text(rules['high'] + (f.step or 1))}")
        assert f.name not in past.settings and len(past.notices) == 1, past


def test_every_endpoint_refuses_one_step_past_every_fields_range(client, mnist, tmp_path):
    """Each endpoint that takes a field refuses, with one sentence, a number one step outside the form's range
    (the other inputs at the page's values); a field that follows another keeps its own page's range here."""
    digit = str(tmp_path / "digit.png")
    render_digit(mnist.test_images[0, 0]).save(digit)
    files = {"image": handle_file(digit), "imageeditor": {"background": None, "layers": [],
                                                          "composite": handle_file(digit)}}
    by_id = {c["id"]: c for c in client.config["components"]}
    components = _components(client)
    calls = []
    for slug, f in FIELDS:
        if f.kind not in ("whole", "number") or any({"low", "high"} & set(case) for case in f.cases.values()):
            continue  # a range that follows another field (a unit's row within its layer) is checked with it
        for endpoint, _, inputs in _takers(client, components[f.elem_id]["id"]):
            args = [files.get(by_id[i]["type"], by_id[i]["props"].get("value")) for i in inputs]
            at = inputs.index(components[f.elem_id]["id"])
            for outside in (f.low - (f.step or 1), f.high + (f.step or 1)):
                args[at] = outside
                # All at once, as a class would send them: a refusal costs the server little.
                calls.append(((endpoint, f.name, outside), list(args), client.submit(*args, api_name=f"/{endpoint}")))
    assert len({name for (_, name, _), _, _ in calls}) >= 25
    refused = r"must be|between|(minimum|maximum) value|사이"
    for (endpoint, name, outside), args, job in calls:
        message = app_error(job)
        if not re.search(refused, message):
            # Sent together from one session, a heavy-lane call may meet "one long job at a time" first, and the
            # client may drop a job it sent beside others (an empty message): that call alone must be refused.
            message = app_error(client, *args, api_name=f"/{endpoint}")
        assert re.search(refused, message), ((endpoint, name, outside), message)
