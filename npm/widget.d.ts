// Types of "tomtat/widget": importing it registers <tomtat-summary> (see README.md, "The widget").
import type { Summary, ErrorKind, Stats } from "./tomtat_bg.js";

/** <tomtat-summary>: a summary of an article on the page, computed in the browser. */
export declare class TomtatSummaryElement extends HTMLElement {
  /**
   * Id of the element whose text is summarized (attribute `for`); several ids separated by
   * spaces summarize several articles on one story together.
   */
  for: string;
  /** The same as `for` (as on <label> and <output>). */
  htmlFor: string;
  /** CSS selector of the element to summarize, when `for` is absent (attribute `selector`). */
  selector: string;
  /** Sentences to keep, an integer ≥ 1, or null (attribute `sentences`). */
  sentences: number | null;
  /** Share of the sentences to keep, in (0, 1], or null (attribute `ratio`: "0.3", "30%", "30"). */
  ratio: number | null;
  /** Most words in the summary, or null (attribute `max-words`). */
  maxWords: number | null;
  /** The box heading (attribute `heading`), default "Tóm tắt". */
  heading: string;
  /** Also highlight the chosen sentences in the article (attribute `highlight`). */
  highlight: boolean;
  /** Summarizes again now (after a change the element cannot observe); resolves when done. */
  refresh(): Promise<void>;
}

/** detail of the `tomtat-summarized` event: the engine's result and the text it summarized. */
export interface TomtatSummarizedDetail extends Summary {
  /**
   * The text summarized; with several articles (`for="id1 id2"`), their texts joined by a
   * blank line. `text.slice(s.start, s.end) === s.text` for every sentence.
   */
  text: string;
  /** With several articles: each one's text, in the order of `for`. */
  texts?: string[];
  /** With several articles: each one's counts. */
  documents?: Stats[];
  sentences: (Summary["sentences"][number] & { document?: number })[];
}

/** detail of the `tomtat-error` event (the message, in Vietnamese, is also shown in the box). */
export interface TomtatErrorDetail {
  message: string;
  kind: ErrorKind | "no-source" | "load" | "trap" | "unknown";
}

declare global {
  interface HTMLElementTagNameMap {
    "tomtat-summary": TomtatSummaryElement;
  }
  interface HTMLElementEventMap {
    "tomtat-summarized": CustomEvent<TomtatSummarizedDetail>;
    "tomtat-error": CustomEvent<TomtatErrorDetail>;
  }
}
