// The engine, loaded on first use, for the <tomtat-summary> widget (tomtat/widget) and the
// page's worker (www/worker.js imports it from www/pkg/): one lazy import of the package's
// browser entry, the error kinds, and Vietnamese messages for readers. Part of the npm package.
// Errors of the package carry a `kind`.

let ready = null;

/**
 * Loads the WebAssembly module once per realm (page or worker) and resolves to the engine's
 * functions { summarize, sentences, version }. Every caller shares the same promise. The
 * package's entry fetches tomtat_bg.wasm relative to itself (top-level await), so these files
 * work from any folder and through bundlers; the dynamic import keeps that fetch off the
 * widget's start-up.
 */
export function loadEngine() {
  if (!ready) {
    ready = import("./tomtat.js").then(
      ({ summarize, sentences, version }) => ({ summarize, sentences, version }),
      (err) => {
        ready = null;
        throw err;
      },
    );
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

/** A message in Vietnamese for an error of the engine, fit to show to a reader as it is. */
export function errorMessageVi(err) {
  switch (errorKind(err)) {
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
