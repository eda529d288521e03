// The page: reads the text, asks for its summary (summarizer.js), shows it. Text from the user
// only ever reaches the DOM as text nodes (textContent, createTextNode), never as HTML.
import { errorMessageVi } from "./pkg/engine.js";
import { cancel, ready, summarize } from "./summarizer.js";

const $ = (id) => document.getElementById(id);
const els = {
  title: $("title"),
  text: $("text"),
  info: $("text-info"),
  dropZone: $("drop-zone"),
  file: $("file"),
  amount: $("amount"),
  amountLabel: $("amount-label"),
  amountOut: $("amount-out"),
  card: $("summary-card"),
  message: $("message"),
  list: $("summary-list"),
  copy: $("copy"),
  stats: $("stats"),
  keywordsBox: $("keywords-box"),
  keywords: $("keywords"),
  original: $("original"),
  version: $("version"),
  articles: $("articles"),
  addArticle: $("add-article"),
  firstHeading: $("article-1-h"),
  template: $("article-template"),
};

const TYPING_DELAY_MS = 250;
const CONTROL_DELAY_MS = 60;
/** The highlighted view is cut into blocks of about this many characters that the browser lays
 * out only when visible (content-visibility), so a 5 MB text does not stall the page. */
const BLOCK_CHARS = 20000;
/** Laying out a text area of some megabytes takes the browser seconds: a text longer than this
 * is kept aside, the text area shows its beginning read-only, the original view shows it all. */
const LARGE_CHARS = 200000;
const PREVIEW_CHARS = 20000;
let largeText = null;

const MODES = {
  sentences: { min: 1, max: 15, step: 1, value: 3, label: "Số câu giữ lại", format: (v) => `${v} câu` },
  ratio: { min: 5, max: 80, step: 5, value: 20, label: "Phần trăm số câu", format: (v) => `${v} %` },
};
let mode = "sentences";

/**
 * A whole number as Vietnamese writes it, with dots between thousands (12.289), as
 * Intl.NumberFormat("vi-VN") does. Not Intl itself: making that formatter loads the locale's
 * data, 340 ms of a slowed phone's main thread at start-up (bench/cold-start.mjs).
 */
const fmt = { format: (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".") };

// ---------------------------------------------------------------------------------------------
// Requests (summarizer.js makes the summaries, and answers only the newest request)

/**
 * Asks for the summary of `input` (the text, or several articles: see currentInput());
 * `reveal`: bring it into view when shown (revealResult).
 */
async function request(input, options, reveal) {
  setBusy(true);
  const answer = await summarize(input.docs ? input.docs : input.text, options);
  if (!answer) return; // superseded by newer input
  setBusy(false);
  if (answer.ok) showSummary(input, answer.result, answer.ms);
  else if (answer.kind === "load") showError("Không tải được bộ tóm tắt (WebAssembly). Hãy tải lại trang.");
  else {
    // An error about one of the articles names it by its number on the page.
    const document = input.docs && Number.isInteger(answer.document) ? input.numbers[answer.document] - 1 : undefined;
    showError(errorMessageVi({ ...answer, document }), answer.kind);
  }
  if (reveal) revealResult();
}

/**
 * Once the engine is loaded and warmed up (after the first summary if the text came first):
 * shows its version, then registers the service worker.
 */
async function whenEngineReady() {
  let engine;
  try {
    engine = await ready;
  } catch {
    return; // the requests say so
  }
  els.version.textContent = `v${engine.version}`;
  // How many warm-up calls the engine made before it was ready (tests/js/offline.test.mjs).
  els.version.dataset.warmUps = String(engine.warmUps);
  registerServiceWorker();
}

// ---------------------------------------------------------------------------------------------
// Input

let timer = 0;

function schedule(delay) {
  clearTimeout(timer);
  setStale();
  timer = setTimeout(run, delay);
}

/** The length asked for and, for one text, its title. */
function currentOptions(input) {
  const v = Number(els.amount.value);
  const options = mode === "sentences" ? { sentences: v } : { ratio: v / 100 };
  // A title helps the engine most (README, "Quality"); without one it looks for one at the top.
  // Several articles: each has its own (currentInput).
  if (!input.docs && input.title) options.title = input.title;
  return options;
}

function currentText() {
  return largeText ?? els.text.value;
}

/**
 * What to summarize: { text, title } for one article; with articles added, those that hold
 * text (empty boxes are left out until filled) as { docs: [{ title?, text }], numbers } where
 * numbers[d] is the article's number on the page ("Bài 2"); one non-empty article is one text.
 */
function currentInput() {
  const all = [{ title: els.title.value.trim(), text: currentText() }];
  for (const section of els.articles.children) {
    all.push({ title: section.querySelector(".article-title").value.trim(), text: section.querySelector(".article-text").value });
  }
  const filled = all.map((a, i) => ({ ...a, number: i + 1 })).filter((a) => /\S/.test(a.text));
  if (all.length === 1 || filled.length <= 1) {
    const one = filled[0] ?? all[0];
    return { text: one.text, title: one.title, number: filled[0] ? one.number : 1, several: all.length > 1 };
  }
  return {
    docs: filled.map(({ title, text }) => (title ? { title, text } : { text })),
    numbers: filled.map((a) => a.number),
  };
}

/** Summarizes the current text now; `reveal` as for request(). */
function run(reveal = false) {
  clearTimeout(timer);
  const input = currentInput();
  updateInfo(currentText());
  if (!input.docs && !/\S/.test(input.text)) {
    cancel(); // drop anything still running
    setBusy(false);
    showEmpty();
    return;
  }
  request(input, currentOptions(input), reveal);
}

function updateInfo(text, words) {
  if (!text) {
    els.info.textContent = "Chưa có văn bản.";
    return;
  }
  const parts = [`${fmt.format(text.length)} ký tự`];
  if (words != null) parts.push(`${fmt.format(words)} chữ`);
  if (largeText !== null) parts.push("văn bản lớn: ô nhập chỉ hiện phần đầu, bấm Xoá để nhập văn bản khác");
  els.info.textContent = parts.join(" · ");
}

function setMode(next) {
  MODES[mode].value = Number(els.amount.value);
  mode = next;
  const m = MODES[mode];
  els.amount.min = m.min;
  els.amount.max = m.max;
  els.amount.step = m.step;
  els.amount.value = m.value;
  els.amountLabel.textContent = m.label;
  updateAmountOutput();
}

function updateAmountOutput() {
  const text = MODES[mode].format(Number(els.amount.value));
  els.amountOut.textContent = text;
  els.amount.setAttribute("aria-valuetext", text);
}

function setText(text) {
  if (text.length > LARGE_CHARS) {
    largeText = text;
    els.text.value = `${text.slice(0, PREVIEW_CHARS)}\n…`;
    els.text.readOnly = true;
  } else {
    largeText = null;
    els.text.readOnly = false;
    els.text.value = text;
  }
  els.text.setSelectionRange(0, 0);
  els.text.scrollTop = 0;
  run(true);
}

async function readFile(file) {
  if (!file) return;
  const okType = file.type === "" || file.type.startsWith("text/") || /\.txt$/i.test(file.name);
  if (!okType) {
    showError(`Tệp “${file.name}” không phải văn bản thuần (.txt).`);
    return;
  }
  try {
    setText(await file.text());
  } catch {
    showError(`Không đọc được tệp “${file.name}”.`);
  }
}

/** Characters of the paste under way (its input event follows), for the input handler. */
let pastedChars = 0;
els.text.addEventListener("paste", (e) => {
  const pasted = (e.clipboardData && e.clipboardData.getData("text/plain")) || "";
  pastedChars = pasted.length;
  if (pasted.length <= LARGE_CHARS) return;
  e.preventDefault();
  setText(pasted);
});
els.text.addEventListener("input", (e) => {
  updateInfo(els.text.value);
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") {
    // A paste or a drop brings text at once: summarized now, not after a typing pause, and
    // brought into view when it is most of the text (not a few words pasted into it).
    const most = e.inputType === "insertFromDrop" || pastedChars * 2 >= els.text.value.length;
    pastedChars = 0;
    run(most);
  } else {
    schedule(TYPING_DELAY_MS);
  }
});
els.title.addEventListener("input", () => schedule(TYPING_DELAY_MS));
els.amount.addEventListener("input", () => {
  updateAmountOutput();
  schedule(CONTROL_DELAY_MS);
});
for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener("change", () => {
    setMode(radio.value);
    schedule(CONTROL_DELAY_MS);
  });
}
$("sample").addEventListener("click", async () => {
  // Loaded on first use: it is no part of the first summary's downloads. The focus stays on
  // the button (on a phone, focusing the text area would open the keyboard over the summary).
  const { SAMPLE_TEXT } = await import("./sample.js");
  els.title.value = ""; // the sample has its title on its first line
  setText(SAMPLE_TEXT);
});
$("clear").addEventListener("click", () => {
  els.title.value = "";
  els.articles.replaceChildren(); // the articles added go too
  numberArticles();
  setText("");
  els.text.focus();
});

// ---------------------------------------------------------------------------------------------
// Several articles on one story: "+ Thêm bài báo" adds a box under the first (a title and a
// text); the boxes stack, each can be taken out again. Without an added article the page is
// what it always was.

let articleIds = 1;

els.addArticle.addEventListener("click", () => {
  const section = els.template.content.firstElementChild.cloneNode(true);
  const id = ++articleIds;
  const title = section.querySelector(".article-title");
  const text = section.querySelector(".article-text");
  title.id = `article-${id}-title`;
  text.id = `article-${id}-text`;
  section.querySelector(".title-label").htmlFor = title.id;
  section.querySelector(".text-label").htmlFor = text.id;
  section.querySelector(".article-h").id = `article-${id}-h`;
  section.setAttribute("aria-labelledby", `article-${id}-h`);
  els.articles.append(section);
  numberArticles();
  title.addEventListener("input", () => schedule(TYPING_DELAY_MS));
  text.addEventListener("input", (e) => {
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") run(true);
    else schedule(TYPING_DELAY_MS);
  });
  section.querySelector(".remove").addEventListener("click", () => {
    const hadText = /\S/.test(text.value);
    section.remove();
    numberArticles();
    els.addArticle.focus();
    if (hadText) run();
  });
  text.focus();
});

/** Numbers the articles ("Bài 1" shows once there are two) and names their controls. */
function numberArticles() {
  const sections = [...els.articles.children];
  els.firstHeading.hidden = sections.length === 0;
  sections.forEach((section, i) => {
    const n = i + 2;
    section.querySelector(".article-h").textContent = `Bài ${n}`;
    section.querySelector(".text-label").textContent = `Văn bản của bài ${n}`;
    section.querySelector(".remove").textContent = `Bỏ bài ${n}`;
  });
}
$("open").addEventListener("click", () => els.file.click());
els.file.addEventListener("change", () => {
  readFile(els.file.files[0]);
  els.file.value = "";
});

let dragDepth = 0;
els.dropZone.addEventListener("dragenter", (e) => {
  if (!e.dataTransfer || ![...e.dataTransfer.types].includes("Files")) return;
  dragDepth += 1;
  els.dropZone.classList.add("dragging");
});
els.dropZone.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) els.dropZone.classList.remove("dragging");
});
els.dropZone.addEventListener("dragover", (e) => {
  if (e.dataTransfer && [...e.dataTransfer.types].includes("Files")) e.preventDefault();
});
els.dropZone.addEventListener("drop", (e) => {
  dragDepth = 0;
  els.dropZone.classList.remove("dragging");
  const file = e.dataTransfer && e.dataTransfer.files[0];
  if (file) {
    e.preventDefault();
    readFile(file);
    return;
  }
  const dropped = e.dataTransfer && e.dataTransfer.getData("text/plain");
  if (dropped && dropped.length > LARGE_CHARS) {
    e.preventDefault();
    setText(dropped);
  } // otherwise the text area takes the dropped text and fires input

});

// ---------------------------------------------------------------------------------------------
// Output

let summaryText = "";

function setBusy(busy) {
  els.card.setAttribute("aria-busy", String(busy));
  if (busy) {
    setStale();
    els.card.dataset.state = "busy";
  }
}

/** The text changed: the summary on screen is not its summary any more, and cannot be copied
 * until the new one is shown (showSummary enables the button again). */
function setStale() {
  els.card.dataset.state = "pending";
  els.copy.disabled = true;
}

/**
 * Brings the result into view after a whole new text (a paste, a drop, a file, the sample)
 * when its first line is off screen: on a phone the summary sits below the text area, and
 * nothing would seem to happen. The summary card's top goes to the top of the screen. Typing
 * never scrolls the page.
 */
function revealResult() {
  const first = els.list.firstElementChild || els.message;
  const box = first.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  els.card.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
}

function setMessage(text, kind) {
  els.message.className = kind ? `message ${kind}` : "message";
  els.message.textContent = text;
}

function clearOutput() {
  originalJob += 1; // a deferred original view of an older summary is not built
  summaryText = "";
  els.list.replaceChildren();
  els.stats.hidden = true;
  els.keywordsBox.hidden = true;
  els.keywords.replaceChildren();
  els.copy.disabled = true;
}

function showEmpty() {
  clearOutput();
  setMessage("Bản tóm tắt sẽ hiện ở đây ngay khi bạn dán hoặc gõ văn bản.");
  const p = document.createElement("p");
  p.className = "placeholder";
  p.textContent = "Chưa có văn bản.";
  els.original.replaceChildren(p);
}

function showError(message, kind) {
  clearOutput();
  setMessage(message, kind === "empty-text" ? "info" : "error");
  els.card.dataset.state = "error";
  els.original.replaceChildren();
  const input = currentInput();
  if (kind === "no-sentences" && !input.docs && input.text) {
    buildOriginal(input.text, []);
  }
}

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

function showSummary(input, result, ms) {
  clearOutput();
  const { sentences, keywords, stats } = result;
  const text = input.docs ? input.docs.map((d) => d.text).join("\n") : input.text;

  if (stats.candidates <= 1) {
    setMessage("Văn bản chỉ có một câu nên bản tóm tắt chính là câu đó. Hãy dán một bài dài hơn để có bản tóm tắt hữu ích.", "info");
  } else if (text.length > 200 && !VIETNAMESE_LETTER.test(text)) {
    setMessage("Văn bản có vẻ không phải tiếng Việt có dấu, nên bản tóm tắt có thể không chính xác.", "warn");
  } else {
    setMessage("");
  }

  const items = sentences.map((s, i) => {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sentence";
    button.dataset.target = input.docs ? `s-${s.document}-${s.index}` : `s-${s.index}`;
    button.title = "Xem câu này trong văn bản gốc";
    const span = document.createElement("span");
    span.textContent = s.text;
    button.append(span);
    if (input.docs) {
      // Which article the sentence comes from.
      const number = input.numbers[s.document];
      const from = document.createElement("span");
      from.className = "from";
      from.textContent = `Bài ${number}`;
      span.prepend(from, " ");
      button.setAttribute("aria-label", `Câu ${i + 1}, bài ${number}: ${s.text}`);
    } else {
      button.setAttribute("aria-label", `Câu ${i + 1}: ${s.text}`);
    }
    li.append(button);
    return li;
  });
  els.list.replaceChildren(...items);
  summaryText = sentences.map((s) => s.text).join(" ");
  els.copy.disabled = sentences.length === 0;

  const reduction = stats.words > 0 ? Math.max(0, Math.round(100 * (1 - stats.summaryWords / stats.words))) : 0;
  $("stat-sentences").textContent = `${fmt.format(stats.selected)} / ${fmt.format(stats.candidates)}`;
  $("stat-words").textContent = `${fmt.format(stats.summaryWords)} / ${fmt.format(stats.words)}`;
  $("stat-reduction").textContent = `${reduction} %`;
  $("stat-time").textContent = `${fmt.format(Math.max(1, Math.round(ms)))} ms`;
  $("stat-time").dataset.ms = String(ms); // exact, for tests
  els.stats.hidden = false;

  const chips = keywords.slice(0, 10).map((k) => {
    const li = document.createElement("li");
    li.textContent = k.text;
    return li;
  });
  els.keywords.replaceChildren(...chips);
  els.keywordsBox.hidden = chips.length === 0;

  if (input.docs) updateInfo(currentText());
  else updateInfo(text, input.number === 1 ? stats.words : undefined);
  // The original view, highlighted, comes after the summary has been painted: a whole article
  // (a few hundred lines) laid out in the same frame held the summary back (that frame's layout
  // took 73-368 ms of a slowed phone's thread in traces of bench/cold-start.mjs). The card is
  // "done" once the original is there too.
  const job = ++originalJob;
  const build = () => {
    if (job !== originalJob) return; // built already, or a newer output came
    originalJob += 1;
    if (input.docs) buildOriginals(input, sentences);
    else buildOriginal(text, sentences);
    els.card.dataset.state = "done";
  };
  requestAnimationFrame(() => setTimeout(build, 0));
  setTimeout(build, 250); // animation frames wait while the page is hidden
}

/** Counts the outputs: a deferred original view (showSummary) is built only for the newest. */
let originalJob = 0;

/**
 * The original view of several articles: each under its heading ("Bài 2", and its title if
 * one was typed), its chosen sentences highlighted.
 */
function buildOriginals(input, sentences) {
  const sections = input.docs.map((doc, d) => {
    const section = document.createElement("section");
    section.className = "original-doc";
    const h = document.createElement("h3");
    h.textContent = `Bài ${input.numbers[d]}`;
    if (doc.title) {
      // The title typed in its field (a title in the text shows as its first line below).
      const name = document.createElement("span");
      name.className = "doc-name";
      name.textContent = doc.title;
      h.append(" · ", name);
    }
    const body = document.createElement("div");
    body.className = "doc-text";
    body.append(...originalBlocks(doc.text, sentences.filter((s) => s.document === d), `s-${d}-`));
    section.append(h, body);
    return section;
  });
  els.original.classList.remove("many-blocks");
  els.original.replaceChildren(...sections);
}

/** Fills the original view: text nodes, and a <mark> per chosen sentence, in blocks. */
function buildOriginal(text, sentences) {
  const blocks = originalBlocks(text, sentences, "s-");
  els.original.classList.toggle("many-blocks", blocks.length > 1);
  els.original.replaceChildren(...blocks);
}

/** `text` as blocks of text nodes, with a <mark> (id `prefix` + its unit index) per sentence. */
function originalBlocks(text, sentences, prefix) {
  const blocks = [];
  let block = null;
  let blockLen = 0;
  const newBlock = () => {
    block = document.createElement("div");
    block.className = "block";
    blocks.push(block);
    blockLen = 0;
  };
  const plain = (from, to) => {
    while (from < to) {
      if (!block) newBlock();
      const room = BLOCK_CHARS - blockLen;
      let cut = to;
      if (to - from > room) {
        const nl = text.indexOf("\n", from + Math.max(room, 0));
        cut = nl === -1 || nl >= to ? to : nl + 1;
      }
      block.append(document.createTextNode(text.slice(from, cut)));
      blockLen += cut - from;
      from = cut;
      if (from < to) newBlock();
    }
  };
  let pos = 0;
  for (const s of sentences) {
    plain(pos, s.start);
    if (!block) newBlock();
    const mark = document.createElement("mark");
    mark.id = `${prefix}${s.index}`;
    mark.tabIndex = -1;
    mark.dataset.start = s.start;
    mark.dataset.end = s.end;
    mark.textContent = text.slice(s.start, s.end);
    block.append(mark);
    blockLen += s.end - s.start;
    pos = s.end;
  }
  plain(pos, text.length);
  return blocks;
}

els.list.addEventListener("click", (e) => {
  const button = e.target.closest("button.sentence");
  if (!button) return;
  const mark = document.getElementById(button.dataset.target);
  if (!mark) return;
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  mark.focus({ preventScroll: true });
  mark.classList.remove("flash");
  void mark.offsetWidth; // restart the animation
  mark.classList.add("flash");
});

els.copy.addEventListener("click", async () => {
  if (!summaryText || els.card.dataset.state !== "done") return;
  const label = "Sao chép";
  try {
    await navigator.clipboard.writeText(summaryText);
    els.copy.textContent = "Đã sao chép ✓";
  } catch {
    els.copy.textContent = "Không sao chép được";
  }
  setTimeout(() => (els.copy.textContent = label), 1800);
});

/**
 * Offline: the service worker (sw.js) caches the page, its modules and the .wasm; later visits
 * open from that cache, with or without a network. It is registered once the engine is ready
 * and the first summary shown: installing it downloads every file, which on a slow network
 * would compete with the first summary.
 */
let serviceWorkerAsked = false;
function registerServiceWorker() {
  if (serviceWorkerAsked || !("serviceWorker" in navigator) || !window.isSecureContext) return;
  serviceWorkerAsked = true;
  navigator.serviceWorker.register("sw.js", { updateViaCache: "none" }).catch(() => {
    // No offline copy (e.g. storage disabled): the page works online as before.
  });
}

whenEngineReady();
setMode("sentences");
if (els.text.value) run(); // e.g. text restored by the browser on reload
