// The source of a tiny app that uses the package in a browser: it summarizes the given articles,
// checks offsets, errors and recovery, and leaves what it found in window.__result.
export function appSource(importFrom) {
  return `import { summarize, sentences, version, __failForTest } from ${JSON.stringify(importFrom)};
import { articles } from "./articles.js";

function thrown(fn) {
  try {
    fn();
    return null;
  } catch (e) {
    return { isError: e instanceof Error, kind: e.kind, message: e.message };
  }
}

const astral = "Hà Nội 😀 mưa lớn từ chiều qua 𝔸. Nhiều tuyến phố 🌧️ ngập sâu. Giao thông 👨‍👩‍👧 ùn tắc kéo dài đến tối.";
const results = articles.map((text) => ({ summary: summarize(text, { sentences: 3 }), units: sentences(text) }));
const sliceOk = [astral, ...articles].every((text) =>
  summarize(text, { ratio: 1 }).sentences.concat(sentences(text)).every((s) => text.slice(s.start, s.end) === s.text),
);
const errors = {
  empty: thrown(() => summarize("")),
  unknown: thrown(() => summarize(articles[0], { sentence: 3 })),
  ratio: thrown(() => summarize(articles[0], { ratio: 2 })),
};
// Several articles on one story: an array of strings or of { title, text }.
const story = summarize([articles[0], { title: "Tin thứ hai", text: articles[1] }], { sentences: 4 });
let storyError = null;
try {
  summarize([articles[0], "  "]);
} catch (e) {
  storyError = { kind: e.kind, document: e.document };
}
const panic = thrown(() => __failForTest("panic"));
const afterPanic = summarize(articles[0], { sentences: 3 });
const abort = thrown(() => __failForTest("abort"));
const afterAbort = summarize(articles[0], { sentences: 3 });
window.__result = { version: version(), results, sliceOk, errors, story, storyError, panic, abort, afterPanic, afterAbort };
window.__done = true;
`;
}

export function articlesSource(articles) {
  return `export const articles = ${JSON.stringify(articles)};\n`;
}

export const indexHtml = (script) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>tomtat package check</title></head>
<body>
<p>tomtat package check</p>
<script type="module" src="${script}"></script>
</body>
</html>
`;

/**
 * A page with one <tomtat-summary sentences="3"> per article (each article in a <div> of <p>
 * lines) that loads the widget with `script` (a module URL). A classic script collects the
 * widgets' events; window.__done is set when every widget has answered.
 */
export function widgetPage(articles, script) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const blocks = articles
    .map((text, i) => {
      const ps = text.split("\n").map((l) => `<p>${esc(l)}</p>`).join("\n");
      return `<div id="a${i}">${ps}</div>\n<tomtat-summary id="w${i}" for="a${i}" sentences="3">Bản tóm tắt cần JavaScript.</tomtat-summary>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>tomtat widget check</title>
<script>
window.__events = [];
const seen = (e) => {
  window.__events.push({ type: e.type, id: e.target.id, detail: e.detail });
  if (window.__events.length === ${articles.length}) window.__done = true;
};
document.addEventListener("tomtat-summarized", seen);
document.addEventListener("tomtat-error", seen);
</script>
<script type="module" src="${script}"></script>
</head>
<body>
${blocks}
</body>
</html>
`;
}
