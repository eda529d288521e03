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
const panic = thrown(() => __failForTest("panic"));
const afterPanic = summarize(articles[0], { sentences: 3 });
const abort = thrown(() => __failForTest("abort"));
const afterAbort = summarize(articles[0], { sentences: 3 });
window.__result = { version: version(), results, sliceOk, errors, panic, abort, afterPanic, afterAbort };
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
