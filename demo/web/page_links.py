"""Links into the app, in the browser: a link's tab and settings applied when the page opens, and a
"copy link" button on every tab.

demo/web/links.py holds the rules on the forms' linked fields (demo/<topic>/form.py); the page script below runs
the same rules on that table (embedded as JSON), so opening a link or copying one never calls the server. A page opened
without a query string is left exactly as it was.

When a link names a tab: (1) the page load sets the linked components (and, for a setting that follows
another, such as a layer of a network, its choices or range), and shows a notice for what it ignored; (2) then
it opens the tab (and an inner tab holding a linked setting). Opening the tab computes its first look from the
inputs as they now are (demo.web.common.on_tab_open), so the linked settings, not the defaults, are what it
shows. Results the first look does not cover (the Architectures table, say) run a tab's own `refresh`
events, each only when the link gives one of its settings.
"""

import json
from dataclasses import dataclass, field

import gradio as gr

from demo.base.form import Form
from demo.web import links
from demo.web.controls import check_control
from demo.web.common import t

TAB_PREFIX = "tab-"  # a tab's element id is "tab-<slug>" (demo/app.py's TABS)


@dataclass
class Linkable:
    """What a tab's build_tab gives links.

    form: the tab's form (demo/<topic>/form.py).
    controls: its fields' components, by name: every field of the form (wire checks each against its field).
    sections: (inner gr.Tab, names): the inner tab to open when a link gives one of these settings.
    refresh: (names, event keywords as for gr.on, without triggers or api_name): events that show a linked
    setting's result where the tab's first look does not; each runs when a link gives one of `names`.
    reveal: (names, element id): a result far down the tab, scrolled into view once it is drawn when a link
    gives one of `names` (a slide's link to a unit's receptive field opens at the picture, not the tab's top).
    """

    form: Form
    controls: dict
    sections: list = field(default_factory=list)
    refresh: list = field(default_factory=list)
    reveal: list = field(default_factory=list)


def banner() -> gr.Markdown:
    """The notice for a link's ignored parts, at the top of the page (hidden until a link needs it)."""
    return gr.Markdown(visible=False, elem_id="link-notice")


def share_row(slug: str) -> tuple[gr.Button, gr.Textbox]:
    """A tab's "copy link" button, and the box that shows the link (for browsers that block the clipboard)."""
    with gr.Row(elem_classes="link-row"):
        url = gr.Textbox(visible=False, label=t("links.url"), buttons=["copy"], interactive=False, max_lines=1,
                         scale=4, elem_id=f"link-url-{slug}")
        button = gr.Button(t("links.copy"), size="sm", scale=0, min_width=130, elem_id=f"link-copy-{slug}")
    return button, url


def slug_of(elem_id: str) -> str:
    return elem_id.removeprefix(TAB_PREFIX)


def wire(tabs: gr.Tabs, notice: gr.Markdown, pages: dict, table: links.Links) -> None:
    """Register the page-load script and the copy buttons.

    pages: tab element id -> (share_row's button and box, the tab's Linkable or None). table: the link rules on
    every tab's form (demo/app.py's). Call inside the Blocks, after the tabs (the refresh triggers are hidden
    components at the foot of the page). Each tab's controls are checked against its form's fields here, so a
    control that restates a range or a default differently stops the app from being built.
    """
    from gradio.context import Context

    controls, bars, triggers, config = [], [tabs], [], {}
    for elem_id, ((button, url), linkable) in pages.items():
        slug = slug_of(elem_id)
        params = table.forms[slug]
        linkable = linkable or Linkable(Form(), {})
        if set(linkable.controls) != set(linkable.form.names):
            raise ValueError(f"tab {slug}: controls {sorted(linkable.controls)} are not its form's fields "
                             f"{list(linkable.form.names)}")
        if [p.name for p in linkable.form.linked] != [p.name for p in params]:
            raise ValueError(f"tab {slug}: its form is not the one the links read")
        for declared in linkable.form:
            check_control(declared, linkable.controls[declared.name])
        slots = {}
        for p in params:
            slots[p.name] = 1 + len(controls)  # the load event's outputs: the notice, then every control
            controls.append(linkable.controls[p.name])
        sections = []
        for tab, names in linkable.sections:
            if tab.parent not in bars:
                bars.append(tab.parent)
            sections.append(dict(params=list(names), bar=bars.index(tab.parent), id=tab.id))
        refresh = []
        for names, event in linkable.refresh:
            trigger = gr.Textbox("", visible="hidden", elem_classes="link-trigger")
            event = {k: v for k, v in event.items() if k != "api_name"}
            trigger.change(**event, api_visibility="private")
            refresh.append(dict(params=list(names), trigger=len(triggers)))
            triggers.append(trigger)
        reveal = [dict(params=list(names), id=target) for names, target in linkable.reveal]
        config[slug] = dict(id=elem_id, slots=slots, sections=sections, refresh=refresh, reveal=reveal)
        inputs = [linkable.controls[p.name] for p in params]
        button.click(None, inputs, url, js=f"(...values) => window.lectureLinks.copy({json.dumps(slug)}, values)",
                     queue=False, api_visibility="private", show_progress="hidden")
    script = dict(table=table.table_json(), pages=config, bars=len(bars))
    private = dict(queue=False, api_visibility="private", show_progress="hidden")
    Context.root_block.load(None, None, [notice, *controls], js=LOAD_JS.replace(CONFIG, json.dumps(script)),
                            **private).then(None, None, [*bars, *triggers], js=OPEN_JS, **private)


# The page script: the rules of demo/web/links.py on its table (parse, link, the values a link leads to), then what
# the load event returns (the linked values) and what the next step returns (the tabs opened, the refreshes).
LIBRARY_JS = r"""
(config) => {
  const T = config.table, L = T.limits;
  const WHOLE = new RegExp('^(?:' + T.whole + ')$'), NUMBER = new RegExp('^(?:' + T.number + ')$');
  const FLAGS = {'true': true, '1': true, 'false': false, '0': false};
  const language = (() => {
    for (const tag of navigator.languages || [navigator.language || 'en']) {
      const code = String(tag).slice(0, 2).toLowerCase();
      if (T.texts[code]) return code;
    }
    return 'en';
  })();
  const say = (key, fields = {}) => (T.texts[language][key] ?? T.texts.en[key])
    .replace(/\{(\w+)\}/g, (all, name) => (name in fields ? String(fields[name]) : all));
  const code = (text) => {
    const chars = [...String(text).replaceAll('`', "'").replace(/\s+/g, ' ')];
    return '`' + (chars.length > L.shown ? chars.slice(0, L.shown).join('') + '…' : chars.join('')) + '`';
  };
  const rules = (p, values) => {
    const own = {choices: p.choices, low: p.low, high: p.high, default: p.default, shown: p.shown};
    if (!p.by.length) return own;
    return Object.assign(own, p.cases[p.by.map((b) => String(values[b])).join(T.separator)] || {});
  };
  const read = (p, text, r) => {
    if (p.kind === 'choice') {
      const lower = text.toLowerCase();
      for (const choice of r.choices) if (choice.toLowerCase() === lower) return choice;
      return p.pattern && new RegExp('^(?:' + p.pattern + ')$', 'u').test(text) ? text : null;
    }
    if (p.kind === 'text') return [...text].length <= p.max_chars ? text : null;
    if (p.kind === 'flag') return Object.hasOwn(FLAGS, text.toLowerCase()) ? FLAGS[text.toLowerCase()] : null;
    const trimmed = text.trim();
    if (!(p.kind === 'whole' ? WHOLE : NUMBER).test(trimmed)) return null;
    const value = Number(trimmed);
    if (!(r.low <= value && value <= r.high)) return null;
    if (p.step) {
      const steps = (value - r.low) / p.step;
      if (Math.abs(steps - Math.round(steps)) > L.tolerance) return null;
    }
    return value;
  };
  const readLanguage = (text) => {
    const lang = String(text).trim().toLowerCase().split('-')[0];
    return T.languages.includes(lang) ? lang : null;
  };
  const parse = (search) => {
    let pairs = [...new URLSearchParams(String(search || '').slice(0, L.query).replace(/^\?/, ''))];
    if (!pairs.length) return {tab: null, settings: {}, notices: [], language: null};
    const notices = [];
    if (pairs.length > L.parts) {
      notices.push(say('links.too_many', {limit: L.parts}));
      pairs = pairs.slice(0, L.parts);
    }
    let language = null, given = 0;
    pairs = pairs.filter(([key, value]) => {
      if (key.toLowerCase() !== T.language) return true;
      given += 1;
      if (given > 1) notices.push(say('links.twice', {name: code(T.language)}));
      else if ((language = readLanguage(value)) === null) {
        notices.push(say('links.bad_value', {setting: code(T.language + '=' + value), name: code(T.language),
                                             allowed: T.languages.join(', '), limit: 0}));
      }
      return false;
    });
    if (!pairs.length) return {tab: null, settings: {}, notices, language};
    const tabs = Object.keys(T.tabs).join(', ');
    const named = pairs.filter(([key]) => key.toLowerCase() === 'tab').map(([, value]) => value);
    if (!named.length) return {tab: null, settings: {}, notices: [...notices, say('links.no_tab', {tabs})], language};
    const tab = named[0].toLowerCase();
    if (!Object.hasOwn(T.tabs, tab)) {
      return {tab: null, settings: {}, notices: [...notices, say('links.bad_tab', {value: code(named[0]), tabs})],
              language};
    }
    if (named.length > 1) notices.push(say('links.twice', {name: code('tab')}));
    const params = T.tabs[tab], names = new Set(params.map((p) => p.name)), raw = new Map();
    for (const [key, value] of pairs) {
      const name = key.toLowerCase();
      if (name === 'tab') continue;
      if (!names.has(name)) notices.push(say('links.unknown', {name: code(key), tab}));
      else if (raw.has(name)) notices.push(say('links.twice', {name: code(name)}));
      else raw.set(name, value);
    }
    const values = Object.fromEntries(params.map((p) => [p.name, p.default]));
    const settings = {};
    for (const p of params) {
      const r = rules(p, values);
      if (raw.has(p.name)) {
        const value = read(p, raw.get(p.name), r);
        if (value !== null) {
          settings[p.name] = values[p.name] = value;
          continue;
        }
        notices.push(say(p.kind === 'text' ? 'links.too_long' : 'links.bad_value', {
          setting: code(p.name + '=' + raw.get(p.name)), name: code(p.name), allowed: r.shown, limit: p.max_chars}));
      }
      if (p.by.some((b) => Object.hasOwn(settings, b))) settings[p.name] = values[p.name] = r.default;
    }
    return {tab, settings, notices, language};
  };
  const same = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);
  const link = (tab, settings, lang = null) => {
    const params = T.tabs[tab], values = Object.fromEntries(params.map((p) => [p.name, p.default]));
    const given = new URLSearchParams({tab}), follows = new Set();
    for (const p of params) {
      const moved = p.by.some((b) => follows.has(b));
      const expected = moved ? rules(p, values).default : p.default;
      let value = settings[p.name];
      if (value === null || value === undefined) value = expected;
      if (typeof value === 'number') value = p.kind === 'whole' ? Math.round(value) : Number(value.toPrecision(12));
      if (!same(value, expected)) given.append(p.name, String(value));
      if (moved || given.has(p.name)) follows.add(p.name);
      values[p.name] = value;
    }
    if (lang) given.append(T.language, lang);
    return '?' + given.toString();
  };
  // A copied link keeps the page's language when the page was opened in a language of a link's choosing, or
  // switched in Settings (window.lectureLanguage: the page head's note of both, demo/web/page_links.py HEAD_JS).
  const pageLanguage = () => readLanguage(document.documentElement.lang || 'en') || 'en';
  const keptLanguage = () => {
    const noted = window.lectureLanguage || {};
    return noted.asked || pageLanguage() !== (noted.browser || language) ? pageLanguage() : null;
  };
  const pageValues = (tab, settings) => {
    const params = T.tabs[tab], all = Object.fromEntries(params.map((p) => [p.name, p.default]));
    for (const p of params) {
      if (Object.hasOwn(settings, p.name)) all[p.name] = settings[p.name];
    }
    return all;
  };
  const update = (fields) => Object.assign({__type__: 'update'}, fields);
  let pending = null;
  // The load event: the linked values (with the choices or range of a setting that follows a linked one).
  const apply = async () => {
    pending = parse(window.location.search);
    if (!pending.tab && !pending.notices.length) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));  // after the page's own fills at load
    const out = [];
    if (pending.notices.length) {
      out[0] = update({visible: true, value: '**' + say('links.ignored') + '** ' + pending.notices.join(' ')});
    }
    if (pending.tab) {
      const page = config.pages[pending.tab], all = pageValues(pending.tab, pending.settings);
      for (const p of T.tabs[pending.tab]) {
        if (!Object.hasOwn(pending.settings, p.name)) continue;
        const fields = {value: pending.settings[p.name]};
        if (p.by.some((b) => Object.hasOwn(pending.settings, b))) {
          const r = rules(p, all);
          if (p.kind === 'choice') fields.choices = r.choices.map((c) => [c, c]);
          if (p.kind === 'whole' || p.kind === 'number') Object.assign(fields, {minimum: r.low, maximum: r.high});
        }
        out[page.slots[p.name]] = update(fields);
      }
    }
    return out;
  };
  // The next step: open the tab (its first look reads the values just set), inner tabs, refreshes.
  const open = () => {
    if (!pending || !pending.tab) return undefined;
    const page = config.pages[pending.tab], linked = (names) => names.some((n) => Object.hasOwn(pending.settings, n));
    const out = [update({selected: page.id})];
    for (const s of page.sections) if (linked(s.params)) out[s.bar] = update({selected: s.id});
    for (const r of page.refresh) if (linked(r.params)) out[config.bars + r.trigger] = String(Date.now());
    for (const r of page.reveal) if (linked(r.params)) revealWhenDrawn(r.id);
    return out;
  };
  // The linked result, once its picture or figure is drawn (the tab's first look computes it), into view.
  const revealWhenDrawn = (id, tries = 100) => {
    const el = document.getElementById(id);
    const drawn = el && [...el.querySelectorAll('img, .js-plotly-plot')].some((e) => e.tagName !== 'IMG' || e.complete);
    if (drawn && window.revealResult) window.revealResult(id);
    else if (tries > 0) setTimeout(() => revealWhenDrawn(id, tries - 1), 200);
  };
  // A tab's "copy link" button: the link to the tab with the values its controls show now.
  const copy = (tab, args) => {
    const settings = Object.fromEntries(T.tabs[tab].map((p, i) => [p.name, args[i]]));
    const url = window.location.origin + window.location.pathname + link(tab, settings, keptLanguage());
    try {
      navigator.clipboard.writeText(url).catch(() => {});
    } catch (e) { /* no clipboard here (plain http, or blocked): the box shows the link */ }
    return update({value: url, visible: true});
  };
  // A link the script cannot apply leaves the page as it is (and says why in the console), never broken.
  const guarded = (step) => async (...args) => {
    try {
      return await step(...args);
    } catch (error) {
      console.warn('This link could not be applied:', error);
      return undefined;
    }
  };
  return {parse, link, pageValues, apply: guarded(apply), open: guarded(open), copy};
}
"""

CONFIG = "__LINK_CONFIG__"  # where the script's configuration (JSON) goes

# In the page's <head>, before gradio starts: a link's `lang=ko` (or `en`) becomes the browser's language as
# gradio reads it when it picks the page's language (it offers no other way in), so the whole page, and every
# sentence the server writes for it, is in that language. The browser's own language is noted, for "copy link".
HEAD_JS = f"""
<script>
(() => {{
  const own = String(navigator.language || 'en').slice(0, 2).toLowerCase();
  const asked = new URLSearchParams(window.location.search).get({json.dumps(links.LANGUAGE)});
  const lang = asked === null ? null : String(asked).trim().toLowerCase().split('-')[0];
  const known = {json.dumps(list(links.LANGUAGES))}.includes(lang);
  window.lectureLanguage = {{browser: own, asked: known ? lang : null}};
  if (known) {{
    document.documentElement.lang = lang;  // the page's calls ask the server in it from the first one
    Object.defineProperty(navigator, 'language', {{get: () => lang, configurable: true}});
    Object.defineProperty(navigator, 'languages', {{get: () => [lang], configurable: true}});
  }}
}})();
</script>
"""
LOAD_JS = ("async () => { window.lectureLinks = (" + LIBRARY_JS + f")({CONFIG}); "
           "return window.lectureLinks.apply(); }")
OPEN_JS = "() => window.lectureLinks ? window.lectureLinks.open() : undefined"
