/**
 * The shapes passed between the engine's stages. Every stage takes what it reads as parameters and returns or
 * fills in what it decides; the only state that lives across sentences is `DocState`, owned by one call of
 * `extractFigures` and handed to the stages that read or update it.
 */
import type { ParsedDocument, PartialDate, Qualifier } from '@/lib/domain/figure';
import type { FeatureKind } from './lexicon';
import type { NumberMention } from './numbers';
import type { TimeExpr } from './time';

export interface Period {
  start: PartialDate | null;
  end: PartialDate | null;
  cumulative: boolean;
}

/** What the sentences read so far tell the next one: dates in force, who speaks, what was already counted. */
export interface DocState {
  doc: ParsedDocument;
  pubYear: number | null;
  /** The year a text about one year (a yearly report, a year's tally) is about. */
  contextYear: number | null;
  /** The year of the statement (a report year, "in July 2014 … said"). */
  statementYear: number | null;
  /** The last running-total period ("since 2002"), for "so far" and figures with no time of their own. */
  lastCumulative: Period | null;
  /** The text is counting a stock (fighters abroad, returnees): figures with no time are standing totals. */
  stockMode: boolean;
  lastFigure: Candidate | null;
  lastFullDate: PartialDate | null;
  attribution: string | null;
  agencyScope: string | null;
  /** metric → values of the figures found so far, to recognise "the 2,009 cells" as a back-reference. */
  seen: Map<string, Set<number>>;
  /** The earliest attack the text names ("the Casablanca bombings of 16 May 2003"): where its tallies count from. */
  anchor: PartialDate | null;
}

export function newDocState(doc: ParsedDocument): DocState {
  return {
    doc, pubYear: doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : null, contextYear: null, statementYear: null,
    lastCumulative: null, stockMode: false, lastFigure: null, lastFullDate: null, attribution: null, agencyScope: null,
    seen: new Map(), anchor: null,
  };
}

/** A number and what it counts, as the stages after `buildCandidate` refine it into a figure. */
export interface Candidate {
  num: NumberMention;
  qualifier: Qualifier;
  qStart: number;
  metric: string | null;
  /** Known not to be a figure we measure (people killed, held abroad), and neither is what inherits from it. */
  veto: boolean;
  headEnd: number;
  headTok: number;
  isSubset: boolean;
  isElliptic: boolean;
  /** Counted people with no predicate of their own ("They were accompanied by 290 women"). */
  personHead: boolean;
  /** "another", "autres": continues the previous figure without being part of it. */
  additional: boolean;
  antecedent: Candidate | null;
  period: Period | null;
  scopes: string[];
  quoteStart: number;
  quoteEnd: number;
  ownTimes: TimeExpr[];
  flags: string[];
  attribution: string | null;
}

/** A feature verb or phrase found near a number ("arrested", "ont rejoint"). */
export interface Feat {
  kind: FeatureKind;
  tok: number;
  start: number;
  end: number;
}
