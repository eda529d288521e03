// Registers <tomtat-summary> (the npm package's "tomtat/widget" entry). Load with
//   import "tomtat/widget";                                    (Vite, esbuild, webpack, Rollup)
//   <script type="module" src="/path/to/tomtat/widget.js"></script>   (the package folder as is)
// The .wasm is found relative to these files. Loading this file twice (or two copies of it)
// defines the element once.
//
// This file holds the whole element and imports nothing up front: a page that loads it with a
// plain <script type="module"> has it running after one request, and the first widget on the
// page then starts the .wasm download, engine.js and the package's api.js and glue at once.
// Each file that had to arrive before the next could be asked for was a round trip of waiting
// (150 ms on a slow phone network).

// --- loading the engine ----------------------------------------------------------------------

let loading = null;

/**
 * Resolves to { engine, errorKind, errorMessageVi }: the engine's functions and engine.js's
 * error helpers. The first call starts the download of the .wasm and of the package's modules
 * together; after a failure the next call starts again.
 */
function loadEngine() {
  if (!loading) {
    const wasm = fetch(new URL("./tomtat_bg.wasm", import.meta.url));
    wasm.catch(() => {}); // reported by engine.js's loadEngine
    // engine.js imports these two when it runs: asked for now, they come with engine.js rather
    // than a round trip after it (on a page that preloads the .wasm, that round trip was last).
    for (const module of [import("./api.js"), import("./tomtat_bg.js")]) module.catch(() => {});
    loading = import("./engine.js").then(async ({ loadEngine: load, errorKind, errorMessageVi }) => ({
      engine: await load(wasm),
      errorKind,
      errorMessageVi,
    }));
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/**
 * <tomtat-summary>: an extractive summary of an article on the page, computed in the browser.
 *
 *   import "tomtat/widget";   or   <script type="module" src="/path/to/tomtat/widget.js"></script>
 *   <tomtat-summary for="article-body" sentences="3">Bản tóm tắt cần JavaScript.</tomtat-summary>
 *
 * The WebAssembly module and engine.js are loaded relative to this file, so the package folder
 * can be served from anywhere.
 *
 * Attributes (each mirrored by a property):
 *   for         (for, htmlFor) id of the element whose text is summarized; several ids
 *               separated by spaces ("bai-1 bai-2", as aria-labelledby takes them): several
 *               articles on one story, one summary for all of them (the engine's
 *               several-documents mode), each article titled by the heading before it.
 *   selector    (selector)  a CSS selector for it, used when `for` is absent.
 *               With neither, the element summarizes its own text content; that light-DOM
 *               content is also what readers without JavaScript see.
 *   sentences   (sentences) number of sentences to keep, an integer ≥ 1.
 *   ratio       (ratio)     share of the sentences to keep: "0.3", "30%" or "30".
 *   max-words   (maxWords)  most words in the summary, an integer ≥ 1.
 *               At most one length is used, in this order: sentences, ratio, max-words; an
 *               invalid value is ignored. With none, the engine's default (about a fifth).
 *   title       (title)     the article's title, helps to pick sentences (native property).
 *               Without it, the last h1-h3 before the article inside its <article> element;
 *               title="" takes none.
 *   heading     (heading)   the box heading; default "Tóm tắt".
 *   highlight   (highlight) boolean: also highlight the chosen sentences inside the article
 *               with the CSS Custom Highlight API (name "tomtat"); the article's markup and
 *               event handlers are not touched. Style it with ::highlight(tomtat) or with
 *               --tomtat-highlight-bg on the article.
 * Changing an attribute re-renders once per microtask; a change of the article's text (seen by
 * a MutationObserver) re-renders too, and so does a change of the heading the title was taken
 * from.
 *
 * Events (CustomEvent, bubbles, composed):
 *   tomtat-summarized  detail: the engine's result { sentences, keywords, stats } (UTF-16
 *                      offsets into `detail.text`, the text that was summarized). With
 *                      several articles, `detail.texts` holds each one's text, each sentence
 *                      its `document` (an index into texts), `detail.documents` each one's
 *                      stats, and `detail.text` is the texts joined by a blank line (the
 *                      offsets are into it).
 *   tomtat-error       detail: { message, kind }; the message (Vietnamese) is also shown in
 *                      the box. Nothing is ever thrown into the host page.
 *
 * CSS parts: box, heading, status, list, item.
 * CSS custom properties: --tomtat-bg, --tomtat-fg, --tomtat-muted, --tomtat-accent,
 *   --tomtat-border, --tomtat-radius, --tomtat-font, --tomtat-font-size,
 *   --tomtat-highlight-bg (on the article). Light and dark defaults follow prefers-color-scheme.
 *
 * Article text is only ever written as text (textContent); it never leaves the browser.
 */
export class TomtatSummaryElement extends HTMLElement {
  static observedAttributes = ["for", "selector", "sentences", "ratio", "max-words", "title", "heading", "highlight"];

  #els;
  #sources = null;
  #observer = null;
  /** What the observer watches: each source, or the <article> around it while the title is its heading. */
  #watched = null;
  /** The titles last taken from the page's headings (see headingBefore), one per source, or null. */
  #pageTitles = [];
  #scheduled = false;
  #generation = 0;
  #waitingForDom = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.append(styleElement());
    const box = el("section", { class: "box", part: "box" });
    const heading = el("h2", { class: "heading", part: "heading", id: "heading" });
    heading.textContent = DEFAULT_HEADING;
    box.setAttribute("aria-labelledby", "heading");
    const body = el("div", { class: "body", "aria-live": "polite", "aria-busy": "true" });
    const status = el("p", { class: "status", part: "status" });
    status.textContent = "Đang tóm tắt…";
    const list = el("ol", { class: "list", part: "list" });
    body.append(status, list);
    box.append(heading, body);
    root.append(box);
    this.#els = { heading, body, status, list };
  }

  // --- properties mirroring the attributes -----------------------------------------------------

  get for() {
    return this.getAttribute("for") || "";
  }
  set for(value) {
    setOrRemove(this, "for", value);
  }
  get htmlFor() {
    return this.for;
  }
  set htmlFor(value) {
    this.for = value;
  }
  get selector() {
    return this.getAttribute("selector") || "";
  }
  set selector(value) {
    setOrRemove(this, "selector", value);
  }
  /** A positive integer, or null when absent or invalid. */
  get sentences() {
    return positiveInt(this.getAttribute("sentences"));
  }
  set sentences(value) {
    setOrRemove(this, "sentences", value);
  }
  /** A share in (0, 1], or null when absent or invalid. */
  get ratio() {
    const raw = (this.getAttribute("ratio") || "").trim();
    if (!raw) return null;
    let v = Number(raw.replace(/%$/, ""));
    if (raw.endsWith("%") || v > 1) v /= 100;
    return Number.isFinite(v) && v > 0 && v <= 1 ? v : null;
  }
  set ratio(value) {
    setOrRemove(this, "ratio", value);
  }
  get maxWords() {
    return positiveInt(this.getAttribute("max-words"));
  }
  set maxWords(value) {
    setOrRemove(this, "max-words", value);
  }
  get heading() {
    const h = this.getAttribute("heading");
    return h && h.trim() ? h : DEFAULT_HEADING;
  }
  set heading(value) {
    setOrRemove(this, "heading", value);
  }
  get highlight() {
    return this.hasAttribute("highlight");
  }
  set highlight(value) {
    this.toggleAttribute("highlight", Boolean(value));
  }

  // --- lifecycle -------------------------------------------------------------------------------

  connectedCallback() {
    loadEngine().catch(() => {}); // starts the download now; a failure is shown by #render
    this.#schedule();
  }

  disconnectedCallback() {
    this.#generation += 1; // cancels a render in flight
    this.#unobserve();
    setHighlights(this, []);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "for" || name === "selector") this.#unobserve();
    this.#schedule();
  }

  /** Summarizes again now (e.g. after a change the observer cannot see); resolves when done. */
  refresh() {
    return this.#render();
  }

  // --- rendering -------------------------------------------------------------------------------

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#render();
    });
  }

  /** The title of each source: the attribute's (one source), or the heading before it. */
  #titles(sources) {
    const given = this.getAttribute("title");
    this.#pageTitles = sources.map((s) => (given == null || sources.length > 1 ? headingBefore(s) : null));
    return sources.map((_, i) => (given != null && (sources.length === 1 || !given.trim()) ? given : this.#pageTitles[i]));
  }

  #options() {
    const options = {};
    if (this.sentences != null) options.sentences = this.sentences;
    else if (this.ratio != null) options.ratio = this.ratio;
    else if (this.maxWords != null) options.maxWords = this.maxWords;
    return options;
  }

  /** The elements to summarize, or { missing: what } when one is not on the page. */
  #findSources() {
    const ids = this.for.split(/\s+/).filter(Boolean);
    if (ids.length) {
      const sources = ids.map((id) => this.getRootNode().getElementById?.(id) || document.getElementById(id));
      const at = sources.indexOf(null);
      return at === -1 ? sources : { missing: `id “${ids[at]}”` };
    }
    const selector = this.selector;
    if (selector) {
      let found = null;
      try {
        found = this.getRootNode().querySelector?.(selector) || document.querySelector(selector);
      } catch {
        // an invalid selector finds nothing
      }
      return found ? [found] : { missing: `bộ chọn “${selector}”` };
    }
    return [this];
  }

  /**
   * Re-renders when the article's text changes and, while the title is taken from the page's
   * heading, when that title changes (a heading edited, added or removed): then the observer
   * watches the whole <article>, and a change outside the source counts only if it changes
   * what headingBefore finds.
   */
  #observe(sources) {
    const own = this.hasAttribute("title") && sources.length === 1;
    const watched = sources.map((s) => (own ? s : (articleAround(s) ?? s)));
    const same = (a, b) => a && a.length === b.length && a.every((x, i) => x === b[i]);
    if (same(this.#sources, sources) && same(this.#watched, watched) && this.#observer) return;
    this.#unobserve();
    this.#sources = sources;
    this.#watched = watched;
    this.#observer = new MutationObserver((records) => {
      const textChanged = records.some((r) => sources.some((s) => s.contains(r.target)));
      const titleChanged = sources.some(
        (s, i) => watched[i] !== s && headingBefore(s) !== (this.#pageTitles[i] ?? null),
      );
      if (textChanged || titleChanged) this.#schedule();
    });
    for (const w of new Set(watched)) this.#observer.observe(w, { childList: true, subtree: true, characterData: true });
  }

  #unobserve() {
    if (this.#observer) this.#observer.disconnect();
    this.#observer = null;
    this.#sources = null;
    this.#watched = null;
  }

  async #render() {
    const generation = ++this.#generation;
    this.#els.heading.textContent = this.heading;
    const sources = this.#findSources();
    if (!Array.isArray(sources)) {
      if (document.readyState === "loading" && !this.#waitingForDom) {
        this.#waitingForDom = true;
        document.addEventListener("DOMContentLoaded", () => {
          this.#waitingForDom = false;
          this.#schedule();
        }, { once: true });
        return;
      }
      this.#fail(generation, { kind: "no-source", message: `Không tìm thấy phần tử có ${sources.missing} để tóm tắt.` });
      return;
    }
    this.#observe(sources);
    this.#els.body.setAttribute("aria-busy", "true");

    let loaded;
    try {
      loaded = await loadEngine();
    } catch {
      this.#fail(generation, { kind: "load", message: "Không tải được bộ tóm tắt (WebAssembly)." });
      return;
    }
    if (generation !== this.#generation) return;

    const models = sources.map((s) => textModel(s, this));
    const titles = this.#titles(sources);
    const options = this.#options();
    let result;
    try {
      if (sources.length === 1) {
        if (titles[0] && titles[0].trim()) options.title = titles[0];
        result = loaded.engine.summarize(models[0].text, options);
      } else {
        const docs = models.map((m, i) => (titles[i] && titles[i].trim() ? { title: titles[i], text: m.text } : { text: m.text }));
        result = loaded.engine.summarize(docs, options);
      }
    } catch (err) {
      this.#fail(generation, { kind: loaded.errorKind(err), message: loaded.errorMessageVi(err) });
      return;
    }

    const items = result.sentences.map((s) => {
      const li = el("li", { class: "item", part: "item" });
      li.textContent = s.text;
      return li;
    });
    this.#els.list.replaceChildren(...items);
    this.#els.status.textContent = "";
    this.#els.status.className = "status";
    this.#els.body.setAttribute("aria-busy", "false");
    const ranges = models.flatMap((m, d) =>
      rangesFor(m, sources.length === 1 ? result.sentences : result.sentences.filter((s) => s.document === d)),
    );
    setHighlights(this, this.highlight && sources[0] !== this ? ranges : []);
    this.dispatchEvent(new CustomEvent("tomtat-summarized", {
      bubbles: true,
      composed: true,
      detail: sources.length === 1 ? { ...result, text: models[0].text } : storyDetail(result, models),
    }));
  }

  #fail(generation, { kind, message }) {
    if (generation !== this.#generation) return;
    this.#els.list.replaceChildren();
    this.#els.status.textContent = message;
    this.#els.status.className = "status error";
    this.#els.body.setAttribute("aria-busy", "false");
    setHighlights(this, []);
    this.dispatchEvent(new CustomEvent("tomtat-error", { bubbles: true, composed: true, detail: { message, kind } }));
  }
}

const DEFAULT_HEADING = "Tóm tắt";

/**
 * The event's detail for several articles: the result, each article's text, and `text` the
 * texts joined by a blank line with each sentence's offsets moved into it (so that
 * `text.slice(start, end)` is the sentence, as for one article).
 */
function storyDetail(result, models) {
  const texts = models.map((m) => m.text);
  const at = [];
  for (let d = 0, n = 0; d < texts.length; n += texts[d].length + 2, d++) at.push(n);
  const sentences = result.sentences.map((s) => ({ ...s, start: s.start + at[s.document], end: s.end + at[s.document] }));
  return { ...result, sentences, text: texts.join("\n\n"), texts };
}

function el(tag, attrs) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function setOrRemove(element, name, value) {
  if (value == null || value === false) element.removeAttribute(name);
  else element.setAttribute(name, String(value));
}

function positiveInt(raw) {
  if (raw == null || !/^\s*\d+\s*$/.test(raw)) return null;
  const v = Number(raw);
  return v >= 1 ? v : null;
}

// --- the article's text and its text nodes ---------------------------------------------------

const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TOMTAT-SUMMARY"]);
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI",
  "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL",
]);

/** The <article> element that holds `source` (not `source` itself), or null: where the title is looked for. */
function articleAround(source) {
  return source.parentElement?.closest("article") ?? null;
}

/**
 * The title when the page gives none (a title helps the engine most: README, "Quality"): the
 * last h1-h3 before `source` inside the <article> that holds it, else null (a page's own h1 is
 * often the site's name).
 */
function headingBefore(source) {
  const article = articleAround(source);
  if (!article) return null;
  let found = null;
  for (const h of article.querySelectorAll("h1, h2, h3")) {
    if (source.contains(h)) break;
    if (h.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING) found = h;
    else break;
  }
  const text = found?.textContent.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, 500) : null;
}

/**
 * The text of `root` as the concatenation of its text nodes (its textContent, without scripts,
 * styles and nested widgets), and where each text node sits in it. Where two blocks meet with no
 * white space between them (`<p>A.</p><p>B.</p>`), a "\n" that belongs to no node is put in.
 */
function textModel(root, widget) {
  const parts = [];
  const nodes = [];
  let length = 0;
  let endsWithSpace = true;
  let blockEdge = false;
  const walk = (parent) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = child.data;
        if (!data) continue;
        if (blockEdge && !endsWithSpace && !/^\s/.test(data)) {
          parts.push("\n");
          length += 1;
        }
        blockEdge = false;
        nodes.push({ node: child, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
        endsWithSpace = /\s$/.test(data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child === widget && root !== widget) continue;
        if (SKIPPED.has(child.tagName)) continue;
        const block = BLOCKS.has(child.tagName);
        if (block) blockEdge = true;
        walk(child);
        if (block) blockEdge = true;
      }
    }
  };
  walk(root);
  return { text: parts.join(""), nodes };
}

/** The text node and offset of UTF-16 offset `offset` of the model's text. */
function locate(model, offset, isEnd) {
  const { nodes } = model;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = nodes[mid];
    if (isEnd ? n.end < offset : n.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const n = nodes[lo];
  const within = Math.min(Math.max(offset - n.start, 0), n.end - n.start);
  return [n.node, within];
}

function rangesFor(model, sentences) {
  if (!model.nodes.length) return [];
  return sentences.map((s) => {
    const range = document.createRange();
    range.setStart(...locate(model, s.start, false));
    range.setEnd(...locate(model, s.end, true));
    return range;
  });
}

// --- highlights shared by every widget of the document --------------------------------------

const HIGHLIGHT = "tomtat";
const owners = new Map();

function setHighlights(owner, ranges) {
  if (!(globalThis.CSS && CSS.highlights && globalThis.Highlight)) return;
  if (ranges.length) {
    injectHighlightStyle();
    owners.set(owner, ranges);
  } else {
    owners.delete(owner);
  }
  const all = [...owners.values()].flat();
  if (all.length) CSS.highlights.set(HIGHLIGHT, new Highlight(...all));
  else CSS.highlights.delete(HIGHLIGHT);
}

function injectHighlightStyle() {
  if (document.querySelector("style[data-tomtat-highlight]")) return;
  const style = document.createElement("style");
  style.dataset.tomtatHighlight = "";
  style.textContent = `::highlight(${HIGHLIGHT}) { background-color: var(--tomtat-highlight-bg, rgb(255 210 0 / 0.38)); }`;
  document.head.append(style);
}

// --- the element's own styles ----------------------------------------------------------------

const CSS_TEXT = `
:host { display: block; margin: 1.25em 0; }
:host([hidden]) { display: none; }
.box {
  all: initial;
  display: block;
  box-sizing: border-box;
  font-family: var(--tomtat-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif);
  font-size: var(--tomtat-font-size, 16px);
  line-height: 1.55;
  color: var(--tomtat-fg, #1b2330);
  background: var(--tomtat-bg, #f3f8f7);
  border: 1px solid var(--tomtat-border, #d3e3df);
  border-left: 4px solid var(--tomtat-accent, #0e6b61);
  border-radius: var(--tomtat-radius, 12px);
  padding: 14px 18px 16px;
  text-align: start;
  overflow-wrap: anywhere;
}
.heading {
  display: block;
  margin: 0 0 8px;
  font: inherit;
  font-weight: 700;
  font-size: 0.8em;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--tomtat-accent, #0e6b61);
}
.body { display: block; }
.status { margin: 0; color: var(--tomtat-muted, #5b6675); font-size: 0.95em; }
.status:empty { display: none; }
.status.error { color: var(--tomtat-error, #8a1c1c); }
.list { margin: 0; padding: 0 0 0 1.4em; }
.item { display: list-item; margin: 0; padding: 0; }
.item + .item { margin-top: 6px; }
.item::marker { color: var(--tomtat-accent, #0e6b61); font-weight: 700; }
@media (prefers-color-scheme: dark) {
  .box {
    color: var(--tomtat-fg, #e4e8ee);
    background: var(--tomtat-bg, #15211f);
    border-color: var(--tomtat-border, #28403b);
    border-left-color: var(--tomtat-accent, #3cc7b4);
  }
  .heading, .item::marker { color: var(--tomtat-accent, #3cc7b4); }
  .status { color: var(--tomtat-muted, #9aa5b3); }
  .status.error { color: var(--tomtat-error, #ffb4b4); }
}
`;

function styleElement() {
  const style = document.createElement("style");
  style.textContent = CSS_TEXT;
  return style;
}

if (!customElements.get("tomtat-summary")) {
  customElements.define("tomtat-summary", TomtatSummaryElement);
}
