// End-to-end tests of the <tomtat-summary> widget in Chromium. Run: bash scripts/test-e2e.sh
// The test serves a temporary copy of www/ that also holds a copy of the package folder
// (www/pkg/, as a CDN serves the npm package) in /widget-copy/ and host pages of its own
// (/demo/other/page.html, /xss.html).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, ROOT } from "./helpers/server.mjs";
import { askedWhileHeld, assertNoProblems, launch, watch, screenshotPath } from "./helpers/browser.mjs";
import { seriousViolations } from "./helpers/axe.mjs";
import { nodeEngine } from "./helpers/engine-node.mjs";

const WAIT = { timeout: 60000 };
let site, server, browser, problems, engine;

const OTHER_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Trang khác</title><link rel="icon" href="data:,">
<script type="module" src="/widget-copy/widget.js"></script></head>
<body>
<div id="bai">
<p>Nhà máy nước Suối Mơ của huyện Tân Lộc vừa hoàn thành việc nâng công suất lên 30.000 mét khối mỗi ngày.</p>
<p>Nhờ vậy, hơn 12.000 hộ dân ở năm xã phía Tây lần đầu tiên được dùng nước sạch từ đường ống.</p>
<p>Công trình được khởi công từ tháng 6 năm ngoái với tổng vốn khoảng 140 tỷ đồng.</p>
<p>Người dân được lắp đồng hồ nước miễn phí nếu đăng ký trước cuối tháng này.</p>
</div>
<tomtat-summary for="bai" sentences="2"></tomtat-summary>
</body></html>`;

const XSS_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Chữ, không phải mã</title><link rel="icon" href="data:,">
<script type="module" src="/pkg/widget.js"></script></head>
<body>
<div id="bai">
<p>Bản tin sáng nay có một dòng lạ &lt;img src=x onerror="window.pwned=1"&gt; nằm giữa câu văn bình thường.</p>
<p>Người viết còn chèn thêm &lt;script&gt;window.pwned=2&lt;/script&gt; vào cuối đoạn văn thứ hai của bài.</p>
<p>Ban biên tập cho biết đây chỉ là chữ, không phải mã chạy được trên trang.</p>
</div>
<tomtat-summary for="bai" sentences="3" highlight></tomtat-summary>
</body></html>`;

/** A page with two articles on one story, and one widget for both (`for="bai-1 bai-2"`). */
function storyPage() {
  const dir = path.join(ROOT, "tests", "fixtures", "multidoc");
  const article = (file, n) => {
    const [title, ...lines] = fs.readFileSync(path.join(dir, file), "utf8").trim().split("\n");
    const body = lines.filter((l) => l.trim()).map((l) => `<p>${l}</p>`).join("\n");
    return `<article><h2>${title}</h2>\n<div id="bai-${n}">\n${body}\n</div></article>`;
  };
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Một vụ tai nạn, hai tờ báo</title><link rel="icon" href="data:,">
<script type="module" src="/pkg/widget.js"></script></head>
<body><main>
${article("accident-1.txt", 1)}
${article("accident-2.txt", 2)}
<tomtat-summary id="story" for="bai-1 bai-2" sentences="4" highlight></tomtat-summary>
</main></body></html>`;
}

before(async () => {
  engine = await nodeEngine();
  site = fs.mkdtempSync(path.join(os.tmpdir(), "tomtat-site-"));
  fs.cpSync(path.join(ROOT, "www"), site, { recursive: true });
  fs.cpSync(path.join(ROOT, "www", "pkg"), path.join(site, "widget-copy"), { recursive: true });
  fs.mkdirSync(path.join(site, "demo/other"), { recursive: true });
  fs.writeFileSync(path.join(site, "demo/other/page.html"), OTHER_PAGE);
  fs.writeFileSync(path.join(site, "xss.html"), XSS_PAGE);
  fs.writeFileSync(path.join(site, "story.html"), storyPage());
  server = await serve(site);
  browser = await launch();
  problems = watch(browser.context, server.origin);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** Opens a page and waits until `count` widgets have rendered a summary. */
async function open(url, count) {
  const page = await browser.context.newPage();
  const wasmRequests = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) wasmRequests.push(r.url());
  });
  await page.addInitScript(() => {
    window.summarizedEvents = [];
    window.errorEvents = [];
    document.addEventListener("tomtat-summarized", (e) => window.summarizedEvents.push({ id: e.target.id, detail: e.detail }));
    document.addEventListener("tomtat-error", (e) => window.errorEvents.push(e.detail));
  });
  await page.goto(server.origin + url);
  await page.waitForFunction((n) => window.summarizedEvents.length >= n, count, WAIT);
  return { page, wasmRequests };
}

/** The summary items rendered in a widget's shadow root. */
function items(page, selector) {
  return page.evaluate(
    (sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll("li")].map((li) => li.textContent),
    selector,
  );
}

/** The demo's second article's title: the h2 of its <article>, which the widget takes. */
const TITLE_2 = "Hợp tác xã Đồng Lúa Vàng dùng máy bay không người lái để gieo sạ";

/** The text the library sees for an element, and its summary. */
async function libraryFor(page, id, options) {
  const text = await page.evaluate((i) => document.getElementById(i).textContent, id);
  return engine.summarize(text, options);
}

test("both widgets of the demo page show the library's summaries, sharing one module", async () => {
  const { page, wasmRequests } = await open("/demo.html", 2);
  const first = await libraryFor(page, "article-1", {
    sentences: 3,
    title: "Thư viện nổi trên sông Ngân mở cửa đón bạn đọc nhỏ tuổi",
  });
  // No title attribute: the widget takes the heading before the article in its <article>.
  const second = await libraryFor(page, "article-2", { sentences: 2, title: TITLE_2 });
  assert.equal(first.sentences.length, 3);
  assert.equal(second.sentences.length, 2);
  assert.deepEqual(await items(page, 'tomtat-summary[for="article-1"]'), first.sentences.map((s) => s.text));
  assert.deepEqual(await items(page, "tomtat-summary.compact"), second.sentences.map((s) => s.text));
  assert.equal(wasmRequests.length, 1, "one WebAssembly module for both widgets");
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll("tomtat-summary")].map((w) => w.shadowRoot.querySelector("[part~=heading]").textContent),
  );
  assert.deepEqual(headings, ["Tóm tắt nhanh", "Ý chính"]);
  await page.screenshot({ path: screenshotPath("demo-widgets.png"), fullPage: true });
  await page.close();
});

test("without a title attribute the widget takes the heading before the article in its <article>; title=\"\" takes none", async () => {
  const { page } = await open("/demo.html", 2);
  const heading = await page.evaluate(() => document.getElementById("article-2").closest("article").querySelector("h2").textContent);
  assert.equal(heading, TITLE_2);
  const titled = await libraryFor(page, "article-2", { sentences: 2, title: heading });
  const untitled = await libraryFor(page, "article-2", { sentences: 2 });
  // The demo's second article is one where the title changes the choice (else this test
  // could not tell the two apart).
  assert.notDeepEqual(titled.sentences.map((s) => s.index), untitled.sentences.map((s) => s.index));
  assert.deepEqual(await items(page, "tomtat-summary.compact"), titled.sentences.map((s) => s.text));

  // The widget follows the heading: a change elsewhere in the <article> (the byline) does not
  // re-render it; removing the heading does (no title now), and putting it back does too.
  await page.evaluate(() => {
    window.summarizedEvents = [];
    document.querySelector("#article-2").closest("article").querySelector(".byline").textContent = "Quốc Huy — 10/5";
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await page.evaluate(() => {
    const h2 = document.querySelector("#article-2").closest("article").querySelector("h2");
    window.removedHeading = h2;
    h2.remove();
  });
  await page.waitForFunction(() => window.summarizedEvents.length >= 1, null, WAIT);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  assert.equal(await page.evaluate(() => window.summarizedEvents.length), 1, "one render: the heading's removal, not the byline's change");
  assert.deepEqual(await items(page, "tomtat-summary.compact"), untitled.sentences.map((s) => s.text));
  await page.evaluate(() => {
    window.summarizedEvents = [];
    document.querySelector("#article-2").closest("article").prepend(window.removedHeading);
  });
  await page.waitForFunction(() => window.summarizedEvents.length >= 1, null, WAIT);
  assert.deepEqual(await items(page, "tomtat-summary.compact"), titled.sentences.map((s) => s.text));

  // title="" turns the lookup off.
  await page.evaluate(() => {
    window.summarizedEvents = [];
    document.querySelector("tomtat-summary.compact").setAttribute("title", "");
  });
  await page.waitForFunction(() => window.summarizedEvents.length >= 1, null, WAIT);
  assert.deepEqual(await items(page, "tomtat-summary.compact"), untitled.sentences.map((s) => s.text));

  // Outside an <article>, a page's own h1 (here the site's name) is never taken.
  await page.evaluate(() => {
    window.summarizedEvents = [];
    const w = document.querySelector("tomtat-summary.compact");
    const body = document.getElementById("article-2");
    const box = document.createElement("div");
    box.append(body, w);
    document.body.append(box);
    w.removeAttribute("title");
  });
  await page.waitForFunction(() => window.summarizedEvents.length >= 1, null, WAIT);
  assert.deepEqual(await items(page, "tomtat-summary.compact"), untitled.sentences.map((s) => s.text));
  await page.close();
});

test("the host page's CSS does not reach inside; custom properties and parts do", async () => {
  const { page } = await open("/demo.html", 2);
  const styles = await page.evaluate(() => {
    const [a, b] = document.querySelectorAll("tomtat-summary");
    const li = a.shadowRoot.querySelector("li");
    const cs = getComputedStyle(li);
    const hostCs = getComputedStyle(a);
    const heading = getComputedStyle(b.shadowRoot.querySelector("[part~=heading]"));
    const p = getComputedStyle(document.querySelector("header p"));
    return {
      item: { color: cs.color, fontSize: cs.fontSize, fontFamily: cs.fontFamily, listStyle: cs.listStyleType },
      host: { color: hostCs.color, fontSize: hostCs.fontSize },
      hostPage: { color: p.color },
      themedHeading: { color: heading.color, letterSpacing: heading.letterSpacing },
    };
  });
  assert.equal(styles.host.color, "rgb(255, 0, 0)", "the host CSS is as hostile as intended");
  assert.equal(styles.host.fontSize, "40px");
  assert.equal(styles.hostPage.color, "rgb(255, 0, 0)");
  assert.notEqual(styles.item.color, "rgb(255, 0, 0)");
  assert.notEqual(styles.item.fontSize, "40px");
  assert.doesNotMatch(styles.item.fontFamily, /Comic/);
  assert.equal(styles.item.listStyle, "decimal");
  assert.equal(styles.themedHeading.color, "rgb(123, 44, 191)", "--tomtat-accent themes the box");
  assert.notEqual(styles.themedHeading.letterSpacing, "normal", "::part(heading) styles the heading");
  // Nothing of the widget's CSS leaks out: the host page's own text keeps the host's styles.
  const leaked = await page.evaluate(() => getComputedStyle(document.querySelector("#article-1 p")).color);
  assert.equal(leaked, "rgb(255, 0, 0)");
  await page.close();
});

test("highlight marks the chosen sentences in the article and its links still work", async () => {
  const { page } = await open("/demo.html", 2);
  const highlighted = await page.evaluate(() => [...CSS.highlights.get("tomtat")].map((r) => r.toString()));
  const expected = await items(page, 'tomtat-summary[for="article-1"]');
  assert.deepEqual(highlighted, expected);
  assert.ok(expected[0].includes("thư viện nổi"), "a highlighted sentence spans the link");
  const markupBefore = await page.evaluate(() => document.getElementById("article-1").innerHTML);

  await page.click("#library-link");
  await page.waitForFunction(() => location.hash === "#thu-vien" && window.linkClicks === 1, null, WAIT);
  const markupAfter = await page.evaluate(() => document.getElementById("article-1").innerHTML);
  assert.equal(markupAfter, markupBefore, "the article's markup is untouched");
  const hasStyle = await page.evaluate(() => document.querySelectorAll("style[data-tomtat-highlight]").length);
  assert.equal(hasStyle, 1);

  // Removing the widget removes its highlights.
  await page.evaluate(() => document.querySelector('tomtat-summary[for="article-1"]').remove());
  assert.equal(await page.evaluate(() => CSS.highlights.has("tomtat")), false);
  await page.close();
});

test("changing attributes re-renders once, and events carry their detail", async () => {
  const { page } = await open("/demo.html", 2);
  const count = await page.evaluate(async () => {
    window.summarizedEvents = [];
    const w = document.querySelector("tomtat-summary.compact");
    w.setAttribute("sentences", "4");
    w.setAttribute("heading", "Bốn ý chính");
    w.sentences = 4;
    return window.summarizedEvents.length;
  });
  assert.equal(count, 0);
  await page.waitForFunction(() => window.summarizedEvents.length >= 1, null, WAIT);
  await page.waitForTimeout(200);
  const events = await page.evaluate(() => window.summarizedEvents);
  assert.equal(events.length, 1, "three changes in one task give one render");
  const expected = await libraryFor(page, "article-2", { sentences: 4, title: TITLE_2 });
  assert.deepEqual(events[0].detail.sentences, expected.sentences);
  assert.deepEqual(events[0].detail.stats, expected.stats);
  assert.deepEqual(await items(page, "tomtat-summary.compact"), expected.sentences.map((s) => s.text));
  assert.equal(
    await page.evaluate(() => document.querySelector("tomtat-summary.compact").shadowRoot.querySelector("[part~=heading]").textContent),
    "Bốn ý chính",
  );

  // Properties mirror attributes.
  const props = await page.evaluate(() => {
    const w = document.querySelector("tomtat-summary.compact");
    w.maxWords = 30;
    w.ratio = "25%";
    return { sentences: w.sentences, maxWords: w.getAttribute("max-words"), ratio: w.ratio, selector: w.selector };
  });
  assert.deepEqual(props, { sentences: 4, maxWords: "30", ratio: 0.25, selector: "#article-2" });

  // An error is shown in the box and sent as an event, never thrown.
  await page.evaluate(() => {
    window.errorEvents = [];
    document.querySelector("tomtat-summary.compact").setAttribute("selector", "#khong-co");
  });
  await page.waitForFunction(() => window.errorEvents.length === 1, null, WAIT);
  const error = await page.evaluate(() => ({
    detail: window.errorEvents[0],
    shown: document.querySelector("tomtat-summary.compact").shadowRoot.querySelector("[part~=status]").textContent,
    items: document.querySelector("tomtat-summary.compact").shadowRoot.querySelectorAll("li").length,
  }));
  assert.match(error.detail.message, /Không tìm thấy phần tử/);
  assert.equal(error.shown, error.detail.message);
  assert.equal(error.items, 0);
  await page.close();
});

test("the summary follows changes of the article's text", async () => {
  const { page } = await open("/demo.html", 2);
  await page.evaluate(() => {
    window.summarizedEvents = [];
    const p = document.createElement("p");
    p.textContent = "Tin mới: hợp tác xã Đồng Lúa Vàng vừa được tỉnh chọn làm mô hình mẫu về gieo sạ bằng máy bay không người lái cho cả vùng.";
    document.getElementById("article-2").prepend(p);
  });
  await page.waitForFunction(() => window.summarizedEvents.length >= 1, null, WAIT);
  const expected = await libraryFor(page, "article-2", { sentences: 2, title: TITLE_2 });
  assert.deepEqual(await items(page, "tomtat-summary.compact"), expected.sentences.map((s) => s.text));
  const summarized = await page.evaluate(() => window.summarizedEvents.at(-1).detail.text);
  assert.ok(summarized.includes("Tin mới: hợp tác xã Đồng Lúa Vàng"), "the changed text was summarized");
  await page.close();
});

test("article text that looks like markup stays text and runs nothing", async () => {
  const { page } = await open("/xss.html", 1);
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const w = document.querySelector("tomtat-summary");
    return {
      pwned: window.pwned,
      imgs: document.querySelectorAll("img").length + w.shadowRoot.querySelectorAll("img, script").length,
      items: [...w.shadowRoot.querySelectorAll("li")].map((li) => li.textContent),
      highlighted: [...CSS.highlights.get("tomtat")].map((x) => x.toString()),
    };
  });
  assert.equal(r.pwned, undefined);
  assert.equal(r.imgs, 0);
  assert.equal(r.items.length, 3);
  assert.ok(r.items[0].includes('<img src=x onerror="window.pwned=1">'));
  assert.ok(r.items[1].includes("<script>window.pwned=2</script>"));
  assert.deepEqual(r.highlighted, r.items);
  await page.close();
});

test("a copy of the widget in another folder loads its own .wasm", async () => {
  const { page, wasmRequests } = await open("/demo/other/page.html", 1);
  assert.deepEqual(wasmRequests, [server.origin + "/widget-copy/tomtat_bg.wasm"]);
  const expected = await libraryFor(page, "bai", { sentences: 2 });
  assert.deepEqual(await items(page, "tomtat-summary"), expected.sentences.map((s) => s.text));
  await page.close();
});

test("a widget with neither for nor selector summarizes its own text; light and dark", async () => {
  const page = await browser.context.newPage();
  await page.goto(server.origin + "/demo/other/page.html");
  const result = await page.evaluate(async () => {
    await customElements.whenDefined("tomtat-summary");
    const w = document.createElement("tomtat-summary");
    w.setAttribute("sentences", "1");
    w.textContent = "Trời nắng đẹp suốt cả tuần ở thị trấn ven biển. Du khách kéo về đông hơn mọi năm. Các quán ăn phải thuê thêm người phục vụ.";
    const done = new Promise((r) => w.addEventListener("tomtat-summarized", (e) => r(e.detail), { once: true }));
    document.body.append(w);
    const detail = await done;
    return { detail, items: [...w.shadowRoot.querySelectorAll("li")].map((li) => li.textContent), text: w.textContent };
  });
  const expected = engine.summarize(result.text, { sentences: 1 });
  assert.deepEqual(result.items, expected.sentences.map((s) => s.text));
  assert.deepEqual(result.detail.sentences, expected.sentences);

  const bg = () => page.evaluate(() => getComputedStyle(document.querySelector("tomtat-summary:last-of-type").shadowRoot.querySelector("[part~=box]")).backgroundColor);
  const light = await bg();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await bg();
  assert.notEqual(light, dark);
  await page.close();
});

test("widget.js of the package folder asks for the .wasm and the engine's modules at once, not one after another", async () => {
  // engine.js is held until the .wasm has been asked for, then api.js until the glue has: a
  // file asked for only once the one before it had arrived would never be asked for (a chain).
  const first = await askedWhileHeld(server.origin + "/demo/other/page.html", "/widget-copy/engine.js", ["/widget-copy/tomtat_bg.wasm"]);
  try {
    assert.ok(first.seen.includes("/widget-copy/tomtat_bg.wasm"), `asked for while engine.js was held: ${first.seen}`);
    assert.ok(!first.seen.includes("/widget-copy/tomtat-summary-element.js"), "the element is in widget.js itself");
  } finally {
    await first.close();
  }
  const second = await askedWhileHeld(server.origin + "/demo/other/page.html", "/widget-copy/api.js", ["/widget-copy/tomtat_bg.js"]);
  try {
    assert.ok(second.seen.includes("/widget-copy/tomtat_bg.js"), `asked for while api.js was held: ${second.seen}`);
    await second.page.waitForFunction(() => document.querySelector("tomtat-summary").shadowRoot.querySelectorAll("li").length === 2, null, WAIT);
  } finally {
    await second.close();
  }
});

test("axe-core finds no serious or critical violation in the widget, nor on a plain host page", async () => {
  const { page } = await open("/demo.html", 2);
  // The demo's host CSS is hostile on purpose (red text everywhere): only the widgets are checked.
  assert.deepEqual(await seriousViolations(page, { include: [["tomtat-summary"]] }), [], "the demo's widgets");
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await seriousViolations(page, { include: [["tomtat-summary"]] }), [], "dark");
  await page.close();
  const other = await open("/demo/other/page.html", 1);
  assert.deepEqual(await seriousViolations(other.page), [], "a plain page with a widget");
  await other.page.evaluate(() => document.querySelector("tomtat-summary").setAttribute("for", "khong-co"));
  await other.page.waitForFunction(() => window.errorEvents.length === 1, null, WAIT);
  assert.deepEqual(await seriousViolations(other.page), [], "a widget showing an error");
  await other.page.close();
});

test("for=\"id1 id2\": one summary of several articles, each titled by its heading, highlighted in each", async () => {
  const { page } = await open("/story.html", 1);
  const docs = await page.evaluate(() =>
    ["bai-1", "bai-2"].map((id) => {
      const el = document.getElementById(id);
      return { title: el.closest("article").querySelector("h2").textContent, text: el.textContent };
    }),
  );
  const want = engine.summarize(docs, { sentences: 4 });
  assert.equal(want.sentences.length, 4);
  assert.deepEqual(new Set(want.sentences.map((s) => s.document)).size, 2, "both articles give sentences");
  assert.deepEqual(await items(page, "#story"), want.sentences.map((s) => s.text));
  // The event: each article's text, each sentence's document, offsets into `text` (the texts
  // joined by a blank line), as for one article.
  const detail = await page.evaluate(() => window.summarizedEvents.at(-1).detail);
  assert.deepEqual(detail.texts, docs.map((d) => d.text));
  assert.equal(detail.text, detail.texts.join("\n\n"));
  assert.deepEqual(detail.sentences.map((s) => s.document), want.sentences.map((s) => s.document));
  for (const s of detail.sentences) assert.equal(detail.text.slice(s.start, s.end), s.text);
  assert.equal(detail.documents.length, 2);
  // The chosen sentences are highlighted in their own article.
  const highlighted = await page.evaluate(() => [...CSS.highlights.get("tomtat")].map((r) => [r.toString(), r.startContainer.parentElement.closest("div").id]));
  assert.deepEqual(highlighted, want.sentences.map((s) => [s.text, `bai-${s.document + 1}`]));
  await page.screenshot({ path: screenshotPath("widget-story.png"), fullPage: true });
  // An edit of the second article re-renders.
  await page.evaluate(() => {
    window.summarizedEvents = [];
    document.querySelector("#bai-2 p:last-child").textContent = "Đến chiều cùng ngày, đèo Khánh Lĩnh đã thông xe trở lại sau khi chiếc xe khách được kéo lên.";
  });
  await page.waitForFunction(() => window.summarizedEvents.length === 1, null, WAIT);
  // An id that is not on the page is named.
  await page.evaluate(() => document.getElementById("story").setAttribute("for", "bai-1 khong-co"));
  await page.waitForFunction(() => window.errorEvents.length === 1, null, WAIT);
  const error = await page.evaluate(() => window.errorEvents[0]);
  assert.equal(error.kind, "no-source");
  assert.match(error.message, /khong-co/);
  assert.deepEqual(await seriousViolations(page), []);
  await page.close();
});

test("no console errors and no request leaves the origin", () => {
  assertNoProblems(problems);
});
