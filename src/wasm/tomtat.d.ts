/**
 * Options of {@link summarize}. Give at most one length option (`sentences`, `ratio`,
 * `maxWords`, `maxChars`); with none, the summary has about a fifth of the sentences, at least
 * one and at most five. `null` and `undefined` mean "not given".
 */
export interface SummarizeOptions {
  /** Number of sentences to keep: a whole number, at least 1. */
  sentences?: number | null;
  /** Share of the sentences to keep, above 0 and at most 1; at least one sentence is kept. */
  ratio?: number | null;
  /** Most syllables (words) in the summary: a whole number, at least 1. */
  maxWords?: number | null;
  /** Most characters (Unicode code points) in the summary: a whole number, at least 1. */
  maxChars?: number | null;
  /** The title of the text, if known; otherwise its first heading is used. */
  title?: string | null;
}

/** A sentence of a summary. `text.slice(start, end) === sentence.text`. */
export interface SummarySentence {
  /** Index of the unit among all units of the text (as {@link sentences} numbers them). */
  index: number;
  /** UTF-16 offset of the sentence in the text given (a `String.prototype.slice` index). */
  start: number;
  /** UTF-16 offset just past the sentence. */
  end: number;
  /** How important the sentence was judged; higher is more important. Comparable within one text. */
  score: number;
  /** The sentence as written in the text. */
  text: string;
}

/**
 * A word or a name that stands for the text: a whole word ("tử vong") or a whole name
 * ("Tô Lâm", "Bộ Tài chính", "TP.HCM") of its sentences and headings, never of its boilerplate.
 */
export interface Keyword {
  /** The match key: the keyword in lower case, NFC ("tô lâm"), for programs. */
  term: string;
  /** The keyword as the text writes it most often, NFC ("Tô Lâm", "tử vong"): show this. */
  text: string;
  /** Its weight (term frequency times inverse document frequency), the largest first. */
  weight: number;
}

/** Counts about the text and its summary. Characters are Unicode code points. */
export interface Stats {
  /** All units found (sentences, headings, boilerplate). */
  units: number;
  /** Units that could be chosen. */
  candidates: number;
  /** Units chosen. */
  selected: number;
  /** Boilerplate units set aside. */
  boilerplate: number;
  /** Syllables in the candidate units. */
  words: number;
  /** Syllables in the summary. */
  summaryWords: number;
  /** Code points of the text. */
  chars: number;
  /** Code points of the summary sentences (not counting separators). */
  summaryChars: number;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** The chosen sentences, in the order of the text. */
  sentences: SummarySentence[];
  /** The words and names that stand for the text (at most 10), the heaviest first. */
  keywords: Keyword[];
  /** Counts about the text and the summary. */
  stats: Stats;
}

/**
 * One document of a story, for {@link summarize} with several: a text, or a text with its
 * title (without one, the text's first heading is its title).
 */
export type DocumentInput = string | { title?: string | null; text: string };

/**
 * A sentence of a story's summary. `start` and `end` are UTF-16 offsets into its document's
 * text: `texts[s.document]` (or its `.text`) `.slice(s.start, s.end) === s.text`.
 */
export interface DocumentSentence extends SummarySentence {
  /** The index of its document in the array given. */
  document: number;
  /** How important the sentence was judged, in 0..1 over all the documents' candidates. */
  score: number;
}

/** The result of {@link summarize} for several documents on one story. */
export interface DocumentsSummary {
  /** The chosen sentences, by document, then in the order of each document. */
  sentences: DocumentSentence[];
  /** The words and names that stand for the story: the documents' keywords merged. */
  keywords: Keyword[];
  /** Counts over all the documents. */
  stats: Stats;
  /** Each document's counts, in the order given. */
  documents: Stats[];
}

/** What a unit of the text is. */
export type UnitKind = "sentence" | "heading" | "boilerplate";

/** One sentence unit of a text. `text.slice(start, end) === unit.text`. */
export interface Unit {
  /** Position among all units of the text. */
  index: number;
  /** UTF-16 offset of the unit in the text given. */
  start: number;
  /** UTF-16 offset just past the unit. */
  end: number;
  /** The unit as written in the text. */
  text: string;
  /** Sentence, heading (a line without final punctuation) or page debris. */
  kind: UnitKind;
  /** The paragraph (block of lines) the unit is in, counted from 0. */
  paragraph: number;
}

/** The `kind` of the errors tomtat throws. */
export type ErrorKind =
  | "empty-text"
  | "no-sentences"
  | "text-too-long"
  | "invalid-argument"
  | "invalid-option"
  | "conflicting-options"
  | "no-documents"
  | "internal";

/** The errors tomtat throws: plain `Error`s with a `kind`. */
export interface TomtatError extends Error {
  kind: ErrorKind;
  /**
   * With several documents, the index of the one at fault (empty, no sentence, neither a
   * string nor `{ title?, text }`); absent when none is at fault alone.
   */
  document?: number;
}

/**
 * Summarizes `text`: picks its most important sentences, without redundancy, within the length
 * asked for, and returns them in the order of the text with UTF-16 offsets.
 * @throws {TomtatError} for empty text, text without sentences, or bad options.
 */
export function summarize(text: string, options?: SummarizeOptions | null): Summary;

/**
 * Summarizes several documents on one story (several outlets' articles on one event) in one
 * summary: the sentences that matter across them, none stating a fact another states, by
 * document and then in each document's order. The length options count over the whole story;
 * `title` is refused (give each document its own). One document gives what `summarize(text)`
 * gives, with `document: 0`.
 * @throws {TomtatError} `no-documents` for `[]`; with `document` set, `empty-text`,
 * `no-sentences` or `invalid-argument` for the document at fault; `text-too-long` when the
 * documents together are too long; bad options.
 */
export function summarize(
  texts: DocumentInput[],
  options?: Omit<SummarizeOptions, "title"> | null,
): DocumentsSummary;

/**
 * Cuts `text` into sentence units, each with its UTF-16 offsets and kind.
 * @throws {TomtatError} for empty text.
 */
export function sentences(text: string): Unit[];
