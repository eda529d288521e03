// The engine, loaded on first use, for the <tomtat-summary> widget (tomtat/widget) and the
// page's worker (www/worker.js imports it from www/pkg/): the .wasm and the package's functions
// loaded side by side, the error kinds, and Vietnamese messages for readers. Part of the npm
// package. Errors of the package carry a `kind`.

let ready = null;

/**
 * Loads the WebAssembly module once per realm (page or worker) and resolves to the engine's
 * functions { summarize, sentences, version }. Every caller shares the same promise; the first
 * call decides where the module comes from.
 *
 * `wasm` (optional) is the module when the caller has started to fetch it already: a Response
 * or a promise of one, its bytes, or a compiled WebAssembly.Module (see compile() in api.js).
 * Without it, tomtat_bg.wasm next to this file is fetched. Either way the download and the
 * package's modules (api.js, the glue) load at the same time, not one after the other; the
 * package's entry tomtat.js is not used (its top-level await would start the download only
 * after the modules). These files work from any folder and through bundlers.
 */
export function loadEngine(wasm) {
  if (!ready) {
    const source = wasm ?? fetch(new URL("./tomtat_bg.wasm", import.meta.url));
    // Reported by compile() below; not also as an unhandled rejection if api.js fails first.
    Promise.resolve(source).catch(() => {});
    // api.js imports the glue: both are asked for now rather than the glue after api.js.
    const glue = import("./tomtat_bg.js");
    glue.catch(() => {});
    ready = Promise.all([import("./api.js"), glue]).then(async ([{ compile, load }]) => {
      const { summarize, sentences, version } = load(await compile(source));
      return { summarize, sentences, version };
    });
    ready.catch(() => {
      ready = null; // the next call tries again
    });
  }
  return ready;
}

/**
 * What kind of failure an error thrown by the engine is: a stable name for programs. The
 * engine's errors carry their `kind`, set by the Rust side (src/error.rs, src/wasm/); a trap of
 * the WebAssembly module is "trap", anything else "unknown".
 */
export function errorKind(err) {
  if (err && typeof err.kind === "string") return err.kind;
  if (err instanceof WebAssembly.RuntimeError) return "trap";
  return "unknown";
}

/**
 * A message in Vietnamese for an error of the engine, fit to show to a reader as it is. An error
 * about one of several articles (its `document`, counted from 0) names it: "Bài 2: …".
 */
export function errorMessageVi(err) {
  const message = messageVi(err);
  return err && Number.isInteger(err.document) ? `Bài ${err.document + 1}: ${message}` : message;
}

function messageVi(err) {
  switch (errorKind(err)) {
    case "no-documents":
      return "Chưa có bài nào: hãy dán ít nhất một bài viết để tóm tắt.";
    case "empty-text":
      return "Chưa có văn bản: hãy dán hoặc nhập một đoạn văn tiếng Việt để tóm tắt.";
    case "no-sentences":
      return "Không tìm thấy câu văn nào để tóm tắt: văn bản chỉ gồm ký hiệu, con số, liên kết hoặc mã trang. Hãy dán phần nội dung của bài viết.";
    case "text-too-long":
      return "Văn bản quá dài (tối đa 64 MB). Hãy chia thành nhiều phần rồi tóm tắt từng phần.";
    case "conflicting-options":
      return "Chỉ chọn một cách đặt độ dài: số câu, tỉ lệ hoặc số chữ.";
    case "invalid-option":
    case "invalid-argument":
      return "Độ dài bản tóm tắt không hợp lệ: số câu phải từ 1 trở lên, tỉ lệ trong khoảng 1–100 %.";
    case "internal":
    case "trap":
      return "Bộ tóm tắt gặp lỗi nội bộ với văn bản này và đã được khởi động lại. Hãy thử lại với văn bản khác.";
    default:
      return "Không tóm tắt được văn bản này. Hãy thử lại với một đoạn văn khác.";
  }
}
