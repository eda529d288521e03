// End-to-end tests of the page (www/index.html) in Chromium. Run: bash scripts/test-e2e.sh
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { serve, ROOT } from "./helpers/server.mjs";
import { serveStatic } from "./helpers/static-server.mjs";
import { askedWhileHeld, assertNoProblems, launch, watch, screenshotPath } from "./helpers/browser.mjs";
import { nodeEngine } from "./helpers/engine-node.mjs";
import { writtenArticles, mixedText } from "./helpers/articles.mjs";
import { seriousViolations } from "./helpers/axe.mjs";

const WAIT = { timeout: 60000 };
let server, browser, problems, engine, article;

before(async () => {
  engine = await nodeEngine();
  // An article with enough sentences for lengths 3 and 6 to differ, and a name among its
  // keywords (to check that chips show names as written).
  const named = (a) => engine.summarize(a.article, { sentences: 3 }).keywords.slice(0, 10).some((k) => k.text !== k.text.toLowerCase());
  article = writtenArticles().find((a) => a.article.split("\n").length >= 12 && a.article.length < 6000 && named(a));
  assert.ok(article, "no suitable article in tests/fixtures/articles.txt");
  server = await serve(path.join(ROOT, "www"));
  browser = await launch();
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  problems = watch(browser.context, server.origin);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const page = await browser.context.newPage();
  await page.goto(server.origin + "/index.html");
  await page.waitForFunction(() => document.getElementById("version").textContent.startsWith("v"), null, WAIT);
  return page;
}

/** Waits until the page shows the summary of the newest input. */
async function waitForSummary(page) {
  await page.waitForFunction(
    () => {
      const card = document.getElementById("summary-card");
      return card.getAttribute("aria-busy") === "false" && card.dataset.state === "done";
    },
    null,
    WAIT,
  );
}

/** What the page shows: list texts, marks with offsets, the original view's text. */
function shown(page) {
  return page.evaluate(() => ({
    list: [...document.querySelectorAll("#summary-list li")].map((li) => li.textContent),
    marks: [...document.querySelectorAll("#original mark")].map((m) => ({
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
      text: m.textContent,
    })),
    original: document.getElementById("original").textContent,
    value: document.getElementById("text").value,
    stats: document.getElementById("stat-sentences").textContent,
    keywords: [...document.querySelectorAll("#keywords li")].map((li) => li.textContent),
    message: document.getElementById("message").textContent,
  }));
}

async function pasteText(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#text");
  await page.keyboard.press("Control+V");
  await page.waitForFunction((n) => document.getElementById("text").value.length === n, text.length, WAIT);
}

function assertMatchesLibrary(view, expected) {
  const want = expected.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  assert.deepEqual(view.marks, want, "highlighted sentences and offsets equal the library's");
  assert.deepEqual(view.list, want.map((s) => s.text), "summary list equals the library's sentences");
  assert.equal(view.original, view.value, "the original view holds the whole text, unchanged");
}

test("a pasted article is summarized like the library does, with highlights and stats", async () => {
  const page = await openPage();
  await pasteText(page, article.article);
  await waitForSummary(page);
  const view = await shown(page);
  assert.equal(view.value, article.article);
  const expected = engine.summarize(view.value, { sentences: 3 });
  assert.equal(expected.sentences.length, 3);
  assertMatchesLibrary(view, expected);
  assert.equal(view.stats.replace(/\s/g, ""), `${expected.stats.selected}/${expected.stats.candidates}`);
  // Chips show keywords as the text writes them (names capitalized), not the lower-case key.
  assert.deepEqual(view.keywords, expected.keywords.slice(0, 10).map((k) => k.text));
  const flat = view.value.normalize("NFC").replace(/\s+/g, " ");
  for (const k of view.keywords) assert.ok(flat.toLowerCase().includes(k.toLowerCase()), `chip ${k} is in the text`);
  const names = view.keywords.filter((k) => k !== k.toLowerCase());
  assert.ok(names.length > 0, `a name among the chips, capitalized: ${view.keywords}`);
  for (const k of names) assert.ok(flat.includes(k), `chip ${k} is written so in the text`);
  for (const m of view.marks) assert.equal(view.value.slice(m.start, m.end), m.text);
  await page.close();
});

test("changing the length changes the summary", async () => {
  const page = await openPage();
  await page.fill("#text", article.article);
  await waitForSummary(page);
  const before3 = await shown(page);
  assert.equal(before3.list.length, 3);

  await page.focus("#amount");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelectorAll("#summary-list li").length === 6, null, WAIT);
  await waitForSummary(page);
  const six = await shown(page);
  assert.equal(await page.textContent("#amount-out"), "6 câu");
  assertMatchesLibrary(six, engine.summarize(six.value, { sentences: 6 }));
  assert.notDeepEqual(six.list, before3.list);

  await page.click('label[for="mode-ratio"]');
  await page.waitForFunction(() => document.getElementById("amount-out").textContent === "20 %", null, WAIT);
  const expected = engine.summarize(six.value, { ratio: 0.2 });
  await page.waitForFunction((n) => document.querySelectorAll("#summary-list li").length === n, expected.sentences.length, WAIT);
  await waitForSummary(page);
  assertMatchesLibrary(await shown(page), expected);
  await page.close();
});

test("a title typed in its field is used, and the summary follows it", async () => {
  // A written article whose 3-sentence summary changes with its title (else this test could not
  // tell the two apart); its text is given without the title, as a pasted body.
  const indexes = (r) => r.sentences.map((s) => s.index).join();
  const titled = writtenArticles().find(
    (a) => indexes(engine.summarize(a.article, { sentences: 3, title: a.title })) !== indexes(engine.summarize(a.article, { sentences: 3 })),
  );
  assert.ok(titled, "no written article whose summary changes with its title");
  const page = await openPage();
  await page.fill("#text", titled.article);
  await waitForSummary(page);
  assertMatchesLibrary(await shown(page), engine.summarize(titled.article, { sentences: 3 }));

  await page.fill("#title", titled.title);
  await waitForSummary(page);
  assertMatchesLibrary(await shown(page), engine.summarize(titled.article, { sentences: 3, title: titled.title }));

  // A title of spaces is no title.
  await page.fill("#title", "   ");
  await waitForSummary(page);
  assertMatchesLibrary(await shown(page), engine.summarize(titled.article, { sentences: 3 }));

  // "Xoá" clears the title with the text.
  await page.fill("#title", titled.title);
  await page.click("#clear");
  assert.equal(await page.inputValue("#title"), "");
  assert.equal(await page.inputValue("#text"), "");
  await page.close();
});

test("clicking a summary sentence, or pressing Enter on it, focuses it in the original", async () => {
  const page = await openPage();
  await page.click("#sample");
  await waitForSummary(page);
  await page.focus("#amount");
  await page.keyboard.press("End");
  await waitForSummary(page);
  const buttons = page.locator("#summary-list button.sentence");
  const count = await buttons.count();
  assert.ok(count >= 5);
  await buttons.nth(count - 1).click();
  const focused = await page.waitForFunction(
    () => {
      const m = document.activeElement;
      if (!m || m.tagName !== "MARK") return null;
      const box = document.getElementById("original").getBoundingClientRect();
      const r = m.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 ? m.textContent : null;
    },
    null,
    WAIT,
  );
  const lastText = await buttons.nth(count - 1).textContent();
  assert.equal(await focused.jsonValue(), lastText);

  await buttons.nth(0).focus();
  await page.keyboard.press("Enter");
  const first = await page.waitForFunction(
    () => document.activeElement.tagName === "MARK" && document.activeElement.textContent,
    null,
    WAIT,
  );
  assert.equal(await first.jsonValue(), await buttons.nth(0).textContent());
  await page.close();
});

test("copy puts the summary on the clipboard", async () => {
  const page = await openPage();
  await page.fill("#text", article.article);
  await waitForSummary(page);
  await page.evaluate(() => navigator.clipboard.writeText("trống"));
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copy").textContent.includes("Đã sao chép"), null, WAIT);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = engine.summarize(article.article, { sentences: 3 });
  assert.equal(copied, expected.sentences.map((s) => s.text).join(" "));
  await page.close();
});

test("copy is disabled while a new summary is pending: it never copies the summary of another text", async () => {
  // Two articles whose summaries differ.
  const [a, b] = writtenArticles().filter((x) => x.article.length < 6000);
  const summaryOf = (t) => engine.summarize(t, { sentences: 3 }).sentences.map((s) => s.text).join(" ");
  assert.notEqual(summaryOf(a.article), summaryOf(b.article));
  const page = await openPage();
  await page.fill("#text", a.article);
  await waitForSummary(page);
  assert.equal(await page.isDisabled("#copy"), false);
  await page.evaluate(() => navigator.clipboard.writeText("trống"));

  // The text changes and, in the same task (before any answer can come), copy is pressed.
  const pending = await page.evaluate((text) => {
    const area = document.getElementById("text");
    area.value = text;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
    const copy = document.getElementById("copy");
    const disabled = copy.disabled;
    copy.click();
    return { disabled, label: copy.textContent };
  }, b.article);
  assert.equal(pending.disabled, true, "copy is disabled while the summary on screen is of the old text");
  await waitForSummary(page);
  assert.deepEqual((await shown(page)).list, engine.summarize(b.article, { sentences: 3 }).sentences.map((s) => s.text));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "trống", "the click on the stale summary copied nothing");

  // Once the new summary is shown, copy copies it.
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copy").textContent.includes("Đã sao chép"), null, WAIT);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summaryOf(b.article));
  await page.close();
});

test("empty text, one sentence and junk get a helpful Vietnamese message", async () => {
  const page = await openPage();
  const message = () => page.textContent("#message");

  await page.fill("#text", "Một câu.");
  await waitForSummary(page);
  assert.match(await message(), /chỉ có một câu/);

  await page.fill("#text", "### !!! *** 123 456 --- http://example.invalid ###");
  await page.waitForFunction(() => document.getElementById("summary-card").dataset.state === "error", null, WAIT);
  const junk = await message();
  assert.match(junk, /Không tìm thấy câu văn nào/);
  assert.doesNotMatch(junk, /Error|at |wasm|\.js/);
  assert.equal(await page.locator("#summary-list li").count(), 0);
  assert.equal(await page.isDisabled("#copy"), true);

  await page.fill("#text", "   \n  ");
  await page.waitForFunction(() => document.getElementById("message").textContent.includes("ngay khi bạn dán"), null, WAIT);
  assert.equal(await page.locator("#summary-list li").count(), 0);
  await page.close();
});

test("pasted markup is shown as text and runs nothing", async () => {
  const page = await openPage();
  const payload = [
    'Bản tin sáng nay có một dòng lạ <img src=x onerror="window.pwned=1"> nằm giữa câu văn bình thường.',
    "Người viết còn chèn thêm <script>window.pwned=2</script> vào cuối đoạn văn thứ hai của bài.",
    'Ban biên tập cho biết đây chỉ là chữ <svg onload="window.pwned=3"></svg>, không phải mã chạy được.',
  ].join("\n");
  await pasteText(page, payload);
  await page.focus("#amount");
  await page.keyboard.press("End");
  await page.waitForFunction(() => document.querySelectorAll("#summary-list li").length === 3, null, WAIT);
  await waitForSummary(page);
  await page.waitForTimeout(300); // give an injected handler the chance to run
  const result = await page.evaluate(() => ({
    pwned: window.pwned,
    imgs: document.querySelectorAll("img, svg, #summary-list script, #original script").length,
    original: document.getElementById("original").textContent,
    list: [...document.querySelectorAll("#summary-list li")].map((li) => li.textContent),
  }));
  assert.equal(result.pwned, undefined);
  assert.equal(result.imgs, 0);
  assert.equal(result.original, payload);
  assert.ok(result.list[0].includes('<img src=x onerror="window.pwned=1">'));
  assert.ok(result.list[1].includes("<script>window.pwned=2</script>"));
  await page.close();
});

/**
 * Before the page's scripts run: counts the page thread's turns (a MessageChannel that posts to
 * itself once started: each message is a task, so the count grows only while the thread is free
 * to run tasks) and logs every request to a worker and every answer from one, with the count at
 * that moment, in window.workerLog.
 */
function watchWorkers() {
  const log = (window.workerLog = []);
  let turns = 0;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turns += 1;
    if (window.ticking) channel.port2.postMessage(0);
  };
  window.startTicking = () => {
    window.ticking = true;
    channel.port2.postMessage(0);
  };
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => log.push({ answer: e.data.id, ok: e.data.ok, turns }));
    }
    postMessage(message, ...rest) {
      if (message && typeof message.text === "string") log.push({ request: message.id, chars: message.text.length, turns });
      return super.postMessage(message, ...rest);
    }
  };
}

test("a pasted 5 MB text is summarized in a worker while the page's thread goes on with its tasks", async () => {
  // Checked by the work done, not by timing: the worker gets the whole text, the page's thread
  // runs other tasks between the request and the answer, the text area and the original view
  // stay light, and an answer that newer input made stale is never shown.
  const page = await browser.context.newPage();
  await page.addInitScript(watchWorkers);
  await page.goto(server.origin + "/index.html");
  await page.waitForFunction(() => document.getElementById("version").textContent.startsWith("v"), null, WAIT);
  const big = mixedText(5_000_000);
  assert.ok(Buffer.byteLength(big) >= 5_000_000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), big);
  await page.focus("#text");
  await page.evaluate(() => window.startTicking());
  await page.keyboard.press("Control+V");
  await waitForSummary(page);
  const run = await page.evaluate(() => {
    window.ticking = false;
    const area = document.getElementById("text");
    return {
      log: window.workerLog,
      textarea: area.value.length,
      readOnly: area.readOnly,
      blocks: [...document.querySelectorAll("#original .block")].map((b) => b.textContent.length),
      blockStyle: getComputedStyle(document.querySelector("#original .block")).contentVisibility,
    };
  });
  const sent = run.log.filter((e) => e.request !== undefined);
  assert.equal(sent.length, 1, "one request went to the worker");
  assert.equal(sent[0].chars, big.length, "the worker received the whole text");
  const answer = run.log.find((e) => e.answer === sent[0].request);
  assert.ok(answer && answer.ok, "the worker answered it");
  assert.ok(answer.turns > sent[0].turns, `the page's thread ran tasks while the worker worked (${sent[0].turns} -> ${answer.turns})`);
  console.log(`5 MB paste: the page's thread ran ${answer.turns - sent[0].turns} tasks while the worker summarized`);
  assert.ok(run.readOnly && run.textarea < 25000, "the text area holds only the beginning");
  assert.ok(run.blocks.length > 100 && Math.max(...run.blocks) < 40000, "the original view is cut into blocks");
  assert.equal(run.blockStyle, "auto", "blocks off screen are not laid out");
  const view = await shown(page);
  assert.equal(view.original, big, "the original view holds the whole 5 MB text");
  view.value = big; // the text area shows only the beginning of a text this long
  assertMatchesLibrary(view, engine.summarize(big, { sentences: 3 }));

  // Newer input supersedes a long run: the big text's new summary is never shown.
  await page.focus("#amount");
  await page.keyboard.press("End");
  await page.waitForFunction(() => window.workerLog.filter((e) => e.request !== undefined).length === 2, null, WAIT);
  await page.evaluate(() => {
    window.listSizes = [];
    new MutationObserver(() => window.listSizes.push(document.querySelectorAll("#summary-list li").length))
      .observe(document.getElementById("summary-list"), { childList: true });
  });
  await page.click("#clear");
  await page.fill("#text", article.article);
  await waitForSummary(page);
  const expected = engine.summarize(article.article, { sentences: 15 });
  assertMatchesLibrary(await shown(page), expected);
  const sizes = await page.evaluate(() => window.listSizes.filter((n) => n > 0));
  assert.deepEqual(sizes, [expected.sentences.length], "only the newest summary was rendered");
  // The worker's answer for the stale request, if it came, was dropped (above); wait for it so
  // that it cannot arrive after this test ends and prove nothing.
  await page.waitForFunction(() => window.workerLog.filter((e) => e.answer !== undefined).length >= 2, null, WAIT);
  assert.deepEqual(await page.evaluate(() => window.listSizes.filter((n) => n > 0)), [expected.sentences.length]);
  await page.close();
});

test("screenshots: light, dark, phone width", async () => {
  const page = await openPage();
  await page.click("#sample");
  await waitForSummary(page);
  await page.screenshot({ path: screenshotPath("page-light.png"), fullPage: true });

  await page.emulateMedia({ colorScheme: "dark" });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, "rgb(244, 245, 247)", "dark theme applies");
  await page.screenshot({ path: screenshotPath("page-dark.png"), fullPage: true });

  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 375, height: 812 });
  // Two frames for the new width to be laid out and painted: a screenshot taken at once once
  // showed the original text's box empty.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 375 px (overflow ${overflow} px)`);
  await page.screenshot({ path: screenshotPath("page-375.png"), fullPage: true });
  await page.close();
});

/** Resolves once the page has stopped scrolling (two frames in a row at the same place). */
async function scrollSettled(page) {
  await page.waitForFunction(
    () =>
      new Promise((done) => {
        let last = -1;
        let still = 0;
        const frame = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 2) done(true);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    null,
    WAIT,
  );
}

/** Where things are on screen: the page's scroll, the text area's top, the first summary line's box. */
function layout(page) {
  return page.evaluate(() => {
    const first = document.querySelector("#summary-list li");
    const box = first && first.getBoundingClientRect();
    return {
      scrollY: window.scrollY,
      textTop: document.getElementById("text").getBoundingClientRect().top,
      first: box && { top: box.top, bottom: box.bottom },
      height: window.innerHeight,
    };
  });
}

const inView = (l) => l.first && l.first.top >= 0 && l.first.bottom <= l.height;

test("on a phone (390 x 844) a paste or the sample brings the summary into view; typing never moves the page", async () => {
  const page = await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));

  // Typing: the summary follows below, out of view, and the page stays where it is.
  await page.click("#text");
  const start = await layout(page);
  const lines = article.article.split("\n");
  await page.keyboard.type(lines.slice(0, 3).join("\n"));
  await waitForSummary(page);
  await page.keyboard.type("\n" + lines[3]);
  await waitForSummary(page);
  const typed = await layout(page);
  assert.equal(typed.scrollY, start.scrollY, "typing did not scroll the page");
  assert.equal(typed.textTop, start.textTop, "the text area did not move");
  assert.ok(!inView(typed), "(the summary is below the fold on a phone, so the next check means something)");
  await page.screenshot({ path: screenshotPath("page-390-typing.png") });

  // A paste: the summary is brought into view.
  await page.click("#clear");
  await page.evaluate(() => window.scrollTo(0, 0));
  await pasteText(page, article.article);
  await waitForSummary(page);
  await scrollSettled(page);
  const pasted = await layout(page);
  assert.ok(inView(pasted), `the first summary line is on screen after a paste: ${JSON.stringify(pasted)}`);
  assert.equal(await page.evaluate(() => document.activeElement.id), "text", "the focus stays in the text area");
  await page.mouse.move(0, 0); // no hover on the picture
  await page.screenshot({ path: screenshotPath("page-390-paste.png") });

  // The sample button: the same.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click("#sample");
  await page.waitForFunction(() => document.getElementById("text").value.length > 1000, null, WAIT);
  await waitForSummary(page);
  await scrollSettled(page);
  assert.ok(inView(await layout(page)), "the first summary line is on screen after the sample");
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath("page-390-sample.png") });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 390 px (overflow ${overflow} px)`);
  await page.close();
});

test("axe-core finds no serious or critical violation: empty, with a summary, dark, on a phone", async () => {
  const page = await openPage();
  assert.deepEqual(await seriousViolations(page), [], "the empty page");
  await page.fill("#text", article.article);
  await waitForSummary(page);
  assert.deepEqual(await seriousViolations(page), [], "with a summary");
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await seriousViolations(page), [], "dark theme");
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(await seriousViolations(page), [], "390 px wide");
  await page.fill("#text", "### !!! *** 123 456 ---");
  await page.waitForFunction(() => document.getElementById("summary-card").dataset.state === "error", null, WAIT);
  assert.deepEqual(await seriousViolations(page), [], "with an error message");
  await page.close();
});

/** Presses Tab until the focus is on `selector` (at most 40 times); fails if it never is. */
async function tabTo(page, selector, key = "Tab") {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  assert.fail(`${key} never reached ${selector}`);
}

test("the keyboard alone: paste, set the length, copy, read the highlights", async () => {
  const page = await openPage();
  await page.evaluate((t) => navigator.clipboard.writeText(t), article.article);
  // From the top of the page, with keys only (no click, no focus() from the test).
  await tabTo(page, "#text");
  await page.keyboard.press("Control+V");
  await waitForSummary(page);
  assert.equal((await shown(page)).list.length, 3);

  await tabTo(page, "#amount");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelectorAll("#summary-list li").length === 5, null, WAIT);
  await waitForSummary(page);
  const five = engine.summarize(article.article, { sentences: 5 });
  assertMatchesLibrary(await shown(page), five);

  await page.evaluate(() => navigator.clipboard.writeText("trống"));
  await tabTo(page, "#copy");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("copy").textContent.includes("Đã sao chép"), null, WAIT);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), five.sentences.map((s) => s.text).join(" "));

  // Each summary line leads to its highlight in the original: Enter on the first, then back
  // (Shift+Tab) to the last line, Enter again.
  const focusedMark = () =>
    page.evaluate(() => {
      const m = document.activeElement;
      if (m.tagName !== "MARK") return null;
      const box = document.getElementById("original").getBoundingClientRect();
      const r = m.getBoundingClientRect();
      return { text: m.textContent, visible: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 };
    });
  await tabTo(page, "#summary-list li:first-child button");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement.tagName === "MARK", null, WAIT);
  assert.deepEqual(await focusedMark(), { text: five.sentences[0].text, visible: true });
  await tabTo(page, "#summary-list li:last-child button", "Shift+Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction((t) => document.activeElement.tagName === "MARK" && document.activeElement.textContent === t, five.sentences[4].text, WAIT);
  const last = await page.waitForFunction(() => {
    const m = document.activeElement;
    const box = document.getElementById("original").getBoundingClientRect();
    const r = m.getBoundingClientRect();
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  }, null, WAIT);
  assert.equal(await last.jsonValue(), true, "the last highlight is scrolled into view");
  // The original itself takes the focus and scrolls with the arrow keys.
  await tabTo(page, "#original", "Shift+Tab");
  const top = await page.evaluate(() => document.getElementById("original").scrollTop);
  await page.keyboard.press("PageUp");
  await page.waitForFunction((t) => document.getElementById("original").scrollTop < t, top, WAIT);
  await page.close();
});

test("the page asks for everything its first summary needs at once, not one file after another", async () => {
  const needed = ["/summarizer.js", "/pkg/engine.js", "/pkg/api.js", "/pkg/tomtat_bg.js", "/pkg/tomtat_bg.wasm"];
  const { page, seen, requests, close } = await askedWhileHeld(server.origin + "/index.html", "/app.js", needed);
  try {
    assert.deepEqual(needed.filter((p) => !seen.includes(p)), [], `asked for while app.js was held: ${seen}`);
    // The first summary does not wait for the worker: with worker.js held back for good, an
    // article is still summarized (on the page's thread).
    await page.route("**/worker.js", () => {});
    await page.reload();
    await page.waitForSelector("#amount[aria-valuetext]", WAIT);
    await pasteText(page, article.article);
    await waitForSummary(page);
    assertMatchesLibrary(await shown(page), engine.summarize(article.article, { sentences: 3 }));
    assert.ok(requests.includes("/worker.js"), "(the worker was asked for)");
    assert.equal(await page.textContent("#version"), "", "(and never started)");
    assert.equal(requests.filter((p) => p.endsWith(".wasm")).length, 2, "the .wasm is downloaded once per visit (two visits here)");
  } finally {
    await close();
  }
});

test("a server that sends the .wasm as application/octet-stream: the page and the widget still work", async () => {
  const site = await serveStatic(path.join(ROOT, "www"), { wasmType: "application/octet-stream" });
  const b = await launch();
  try {
    const page = await b.context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(site.origin + "/index.html");
    await page.fill("#text", article.article);
    await waitForSummary(page);
    assertMatchesLibrary(await shown(page), engine.summarize(article.article, { sentences: 3 }));
    await page.goto(site.origin + "/demo.html");
    const items = await page.waitForFunction(
      () => {
        const w = document.querySelector('tomtat-summary[for="article-1"]');
        const li = w && [...w.shadowRoot.querySelectorAll("li")].map((x) => x.textContent);
        return li && li.length ? li : null;
      },
      null,
      WAIT,
    );
    assert.equal((await items.jsonValue()).length, 3);
    assert.deepEqual(errors, []);
    // (The demo may get the .wasm from the page's service worker or the browser's cache.)
    const wasm = site.log.filter((r) => r.path.endsWith(".wasm"));
    assert.equal(wasm[0]?.status, 200, "the .wasm was served, with the wrong type");
  } finally {
    await b.close();
    await site.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Several articles on one story

const STORY_DIR = path.join(ROOT, "tests", "fixtures", "multidoc");
const story = (...files) => files.map((f) => readFileSync(path.join(STORY_DIR, f), "utf8"));

/** Pastes `text` into the text area of added article `n` (2, 3…). */
async function pasteArticle(page, n, text) {
  const selector = `#articles section:nth-child(${n - 1}) textarea`;
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press("Control+V");
  await page.waitForFunction(([sel, len]) => document.querySelector(sel).value.length === len, [selector, text.length], WAIT);
}

/** What the page shows of several articles. */
function shownStory(page) {
  return page.evaluate(() => ({
    list: [...document.querySelectorAll("#summary-list li")].map((li) => ({
      from: li.querySelector(".from")?.textContent ?? null,
      text: li.querySelector(".sentence > span").lastChild.textContent,
      target: li.querySelector("button").dataset.target,
      label: li.querySelector("button").getAttribute("aria-label"),
    })),
    sections: [...document.querySelectorAll("#original .original-doc")].map((section) => ({
      heading: section.querySelector("h3").textContent,
      text: section.querySelector(".doc-text").textContent,
      marks: [...section.querySelectorAll("mark")].map((m) => ({
        id: m.id,
        start: Number(m.dataset.start),
        end: Number(m.dataset.end),
        text: m.textContent,
      })),
    })),
    headings: [...document.querySelectorAll(".input-card .article-h")].filter((h) => !h.hidden).map((h) => h.textContent),
    message: document.getElementById("message").textContent,
  }));
}

test("several articles: add one, paste each, one summary that names each sentence's article, each original highlighted", async () => {
  const page = await openPage();
  const [pageText, clean] = story("interview-page.txt", "interview-clean.txt");
  // Without an added article nothing says "Bài 1".
  assert.deepEqual((await shownStory(page)).headings, []);
  await pasteText(page, pageText);
  await waitForSummary(page);
  await page.click("#add-article");
  assert.equal(await page.evaluate(() => document.activeElement.id), "article-2-text", "the new article's text area has the focus");
  assert.deepEqual((await shownStory(page)).headings, ["Bài 1", "Bài 2"]);
  await pasteArticle(page, 2, clean);
  await page.waitForFunction(() => document.querySelectorAll("#original .original-doc").length === 2, null, WAIT);
  await waitForSummary(page);
  const view = await shownStory(page);
  const want = engine.summarize([{ text: pageText }, { text: clean }], { sentences: 3 });
  assert.equal(want.sentences.length, 3);
  assert.deepEqual(
    view.list.map((s) => [s.from, s.text, s.target]),
    want.sentences.map((s) => [`Bài ${s.document + 1}`, s.text, `s-${s.document}-${s.index}`]),
  );
  assert.ok(new Set(want.sentences.map((s) => s.document)).size === 2, "both articles give sentences");
  assert.match(view.list[0].label, /^Câu 1, bài \d: /);
  // The original view: each article under its heading, unchanged, its own sentences marked at
  // their offsets.
  assert.equal(view.sections.length, 2);
  assert.deepEqual(view.sections.map((s) => s.text), [pageText, clean]);
  assert.deepEqual(view.sections.map((s) => s.heading), ["Bài 1", "Bài 2"]);
  for (const [d, section] of view.sections.entries()) {
    const mine = want.sentences.filter((s) => s.document === d);
    assert.deepEqual(section.marks, mine.map((s) => ({ id: `s-${d}-${s.index}`, start: s.start, end: s.end, text: s.text })));
  }
  // A click on a sentence of the second article focuses its mark.
  const second = view.list.findIndex((s) => s.from === "Bài 2");
  await page.click(`#summary-list li:nth-child(${second + 1}) button`);
  assert.equal(await page.evaluate(() => document.activeElement.id), view.list[second].target);
  // The length applies to the story.
  await page.focus("#amount");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelectorAll("#summary-list li").length === 4, null, WAIT);
  await waitForSummary(page);
  const four = await shownStory(page);
  assert.deepEqual(four.list.map((s) => s.text), engine.summarize([pageText, clean], { sentences: 4 }).sentences.map((s) => s.text));
  // Its own title counts for an article.
  await page.fill("#article-2-title", "Chuyên gia khuyên nạo vét hồ chứa cũ");
  await page.waitForFunction(() => document.getElementById("summary-card").dataset.state === "pending", null, WAIT);
  await waitForSummary(page);
  const titled = engine.summarize([{ text: pageText }, { title: "Chuyên gia khuyên nạo vét hồ chứa cũ", text: clean }], { sentences: 4 });
  const withTitle = await shownStory(page);
  assert.deepEqual(withTitle.list.map((s) => s.text), titled.sentences.map((s) => s.text));
  assert.deepEqual(withTitle.sections.map((s) => s.heading), ["Bài 1", "Bài 2 · Chuyên gia khuyên nạo vét hồ chứa cũ"]);
  // Taking the article out again: the page is the single article's, exactly.
  await page.click("#articles .remove");
  assert.equal(await page.evaluate(() => document.activeElement.id), "add-article");
  await page.waitForFunction(() => !document.querySelector("#original .original-doc"), null, WAIT);
  await waitForSummary(page);
  assert.deepEqual((await shownStory(page)).headings, []);
  const single = await shown(page);
  assertMatchesLibrary(single, engine.summarize(pageText, { sentences: 4 }));
  await page.close();
});

test("several articles: an empty added article waits; one without a sentence is named in the message", async () => {
  const page = await openPage();
  const [one, two] = story("accident-1.txt", "accident-2.txt");
  await page.fill("#text", one);
  await waitForSummary(page);
  const alone = await shown(page);
  await page.click("#add-article");
  await page.click("#add-article");
  // Empty boxes change nothing yet.
  await page.fill("#article-3-text", "   ");
  await page.waitForFunction(() => document.getElementById("summary-card").dataset.state === "done", null, WAIT);
  assert.deepEqual((await shown(page)).list, alone.list);
  // Page debris in the third box: the message names it by its number.
  await page.fill("#article-3-text", "### !!! *** 123 456 ---");
  await page.waitForFunction(() => document.getElementById("summary-card").dataset.state === "error", null, WAIT);
  assert.match((await shownStory(page)).message, /^Bài 3: Không tìm thấy câu văn nào/);
  // The second filled: the message still names the third.
  await page.fill("#article-2-text", two);
  await page.waitForFunction(() => /^Bài 3:/.test(document.getElementById("message").textContent) && document.getElementById("summary-card").dataset.state === "error", null, WAIT);
  await page.fill("#article-3-text", "");
  await waitForSummary(page);
  const view = await shownStory(page);
  assert.deepEqual(view.list.map((s) => s.text), engine.summarize([one, two], { sentences: 3 }).sentences.map((s) => s.text));
  // Clear takes every article away.
  await page.click("#clear");
  assert.equal(await page.evaluate(() => document.querySelectorAll("#articles section").length), 0);
  assert.deepEqual((await shownStory(page)).headings, []);
  await page.close();
});

test("several articles on a phone (390 x 844): the boxes stack, nothing scrolls sideways, axe finds nothing serious", async () => {
  const page = await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const [a, b, c] = story("accident-1.txt", "accident-2.txt", "accident-3.txt");
  await page.screenshot({ path: screenshotPath("page-390-articles-empty.png") });
  await page.fill("#text", a);
  await waitForSummary(page);
  await page.click("#add-article");
  await pasteArticle(page, 2, b);
  await page.click("#add-article");
  await pasteArticle(page, 3, c);
  await page.waitForFunction(() => document.querySelectorAll("#original .original-doc").length === 3, null, WAIT);
  await waitForSummary(page);
  await scrollSettled(page);
  const pasted = await layout(page);
  assert.ok(inView(pasted), `the summary comes into view after a paste into an added article: ${JSON.stringify(pasted)}`);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath("page-390-articles-summary.png") });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 390 px (overflow ${overflow} px)`);
  // The input card: three boxes one under the other, the same width.
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll("#text, #articles textarea")].map((t) => {
      const r = t.getBoundingClientRect();
      return { left: r.left, width: r.width, top: r.top };
    }),
  );
  assert.equal(boxes.length, 3);
  for (const box of boxes) assert.ok(Math.abs(box.left - boxes[0].left) < 1 && Math.abs(box.width - boxes[0].width) < 1, JSON.stringify(boxes));
  assert.ok(boxes[0].top < boxes[1].top && boxes[1].top < boxes[2].top);
  await page.evaluate(() => document.querySelector("#articles").scrollIntoView());
  await page.screenshot({ path: screenshotPath("page-390-articles-input.png") });
  await page.evaluate(() => document.querySelector(".original-card").scrollIntoView());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: screenshotPath("page-390-articles-original.png") });
  assert.deepEqual(await seriousViolations(page), [], "three articles at 390 px");
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await seriousViolations(page), [], "three articles, dark");
  await page.close();
});

test("several articles with the keyboard alone: add, paste, take out", async () => {
  const page = await openPage();
  const [a, b] = story("accident-1.txt", "accident-3.txt");
  await page.fill("#text", a);
  await waitForSummary(page);
  await page.focus("#text");
  await tabTo(page, "#add-article");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "article-2-text");
  await page.evaluate((t) => navigator.clipboard.writeText(t), b);
  await page.keyboard.press("Control+V");
  await page.waitForFunction(() => document.querySelectorAll("#original .original-doc").length === 2, null, WAIT);
  await waitForSummary(page);
  assert.ok((await shownStory(page)).list.some((s) => s.from === "Bài 2"));
  await tabTo(page, "#articles .remove", "Shift+Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Bỏ bài 2");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector("#original .original-doc"), null, WAIT);
  assert.equal(await page.evaluate(() => document.activeElement.id), "add-article");
  await page.close();
});

test("every control has a label", async () => {
  const page = await openPage();
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("button, input:not([type=file]), textarea, select")]
      .filter((el) => {
        const labelled = el.labels && el.labels.length > 0;
        const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.textContent.trim();
        return !labelled && !named;
      })
      .map((el) => el.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  await page.close();
});

test("the page's one inline script is allowed by its hash in the page's policy, and nothing else inline is", async () => {
  const { createHash } = await import("node:crypto");
  const html = readFileSync(path.join(ROOT, "www/index.html"), "utf8");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(inline.length, 1, "one inline script (the early compile of the .wasm)");
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  const hash = createHash("sha256").update(inline[0]).digest("base64");
  assert.deepEqual(scriptSrc.split(/\s+/).filter((t) => t.startsWith("'sha")), [`'sha256-${hash}'`]);
  assert.ok(!scriptSrc.includes("unsafe-inline"));
  // And the browser ran it: the page's thread got the module from it.
  const page = await openPage();
  assert.equal(await page.evaluate(async () => (await self.tomtatWasm) instanceof WebAssembly.Module), true);
  await page.close();
});

test("no console errors and no request leaves the origin", () => {
  assertNoProblems(problems);
});
