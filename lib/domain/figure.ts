/**
 * The figure: one number stated in a source about one metric, with everything needed to compare it
 * and to find it again. Pure types, shared by extraction, data access and the web layer.
 */

export const QUALIFIERS = ['exact', 'more_than', 'at_least', 'about', 'fewer_than', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A calendar date of varying precision: "2019", "2019-06" or "2019-06-24". Sorts lexicographically. */
export type PartialDate = string;

export const REVIEW_STATUSES = ['pending', 'reviewed', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** "full": the document as received; "excerpt": only the passages its figures quote, the full text being elsewhere. */
export const SOURCE_KINDS = ['full', 'excerpt'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the extraction engine produces for one figure, before it is stored. */
export interface ExtractedFigure {
  metric: string;
  /** The number as a plain value (125 for "over125", 1600 for "1 600"). */
  value: number;
  /** The number exactly as printed, e.g. "over125", "more than 1,600", "dix-huit". */
  valueText: string;
  qualifier: Qualifier;
  lower: number | null;
  upper: number | null;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  cumulative: boolean;
  asOf: PartialDate | null;
  scope: string | null;
  attributedTo: string | null;
  /** The report or statement the figure is cited from, when the text names one. */
  citedReport?: string | null;
  /** Verbatim quote: text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** Notes on the source wording, e.g. "glued_number" for "over125". */
  flags: string[];
}

/** A document as read from a file: the stored text plus what its header, title or trailer said. */
export interface ParsedDocument {
  /** The text kept verbatim as the source text; every offset refers to it. */
  text: string;
  /** Where the article body starts and ends inside `text` (header lines, trailers and boilerplate excluded). */
  bodyStart: number;
  bodyEnd: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  language: Language;
  publishedAt: PartialDate | null;
  format: 'header' | 'seed' | 'title-trailer' | 'body' | 'markdown' | 'html';
  /** Declared by a `kind: excerpt` header line; anything else is the full document. */
  kind: SourceKind;
}
