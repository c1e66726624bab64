/**
 * Period: the time each figure covers. Time expressions (time.ts) are given to the figure before them in their
 * clause, else to the next one (`assignTimes`); each figure then takes the most specific of its own times, a time
 * distributed from the right, its antecedent's period, the sentence's leading time, or the document's context
 * (`resolvePeriod`). Stocks (fighters, returnees) are standing totals at a date.
 */
import type { PartialDate } from '@/lib/domain/figure';
import { hasClauseBreak, hasPunct, type Cues } from './cues';
import type { TimeExpr } from './time';
import type { Token } from './tokens';
import type { Candidate, DocState, Period } from './types';

/** What a sentence's times tell the sentences after: the last full date, a report year, a statement year. */
export function noteTimes(st: DocState, times: readonly TimeExpr[]): void {
  for (const t of times) {
    if (t.fullDate) st.lastFullDate = t.fullDate;
    if (t.kind === 'reportYear' && t.year !== null) {
      st.statementYear = t.year;
      st.contextYear = t.year;
    }
    if (t.kind === 'statement' && t.year !== null) st.statementYear = t.year;
  }
}

/** After a figure's period is known: a stock with no start, a running total or a year sets the document's context. */
export function notePeriod(cues: Cues, st: DocState, c: Candidate): void {
  if (cues.stockMetrics.has(c.metric!) && c.period && c.period.start === null) st.stockMode = true;
  if (c.period?.cumulative && c.period.start !== null) {
    st.lastCumulative = c.period;
    st.stockMode = false;
  }
  if (c.period && !c.period.cumulative && c.period.start && c.period.start.length === 4) {
    st.contextYear = Number(c.period.start);
  }
}

/** Gives each time expression to the figure it belongs to (`ownTimes`), in place. */
export function assignTimes(text: string, times: readonly TimeExpr[], figs: Candidate[]): void {
  for (const t of times) {
    if (t.kind === 'publication' || t.kind === 'ignored') continue;
    let prev: Candidate | null = null;
    let next: Candidate | null = null;
    for (const c of figs) {
      if (c.num.end <= t.start) prev = c;
      else if (c.num.start >= t.end && !next) next = c;
    }
    // ", while in 2017 the services broke up nine cells": after a comma, a time that opens a clause with a figure of
    // its own belongs to that figure.
    const opensClause =
      prev !== null && next !== null && hasPunct(text, prev.num.end, t.start, 400) && !hasPunct(text, t.end, next.num.start, 400);
    if (prev && !hasClauseBreak(text, prev.num.end, t.start) && !opensClause) prev.ownTimes.push(t);
    else if (next) next.ownTimes.push(t);
    else if (prev) prev.ownTimes.push(t);
  }
}

/** Which time wins when a figure has several: the most specific span first, report years last. */
const PERIOD_RANK: Record<string, number> = {
  since: 0, range: 0, pastSpan: 1, year: 1, creation: 1.5, sameOperations: 1.5, lastYear: 1, previousYear: 1, thisYear: 1, sameYear: 1, theYear: 1, statement: 2,
  samePeriod: 2, soFar: 3, now: 3, reportYear: 4,
};

export function pickTime(times: readonly TimeExpr[]): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (const t of times) {
    const r = PERIOD_RANK[t.kind];
    if (r === undefined) continue;
    if (!best || r < PERIOD_RANK[best.kind]!) best = t;
  }
  return best;
}

export function resolvePeriod(
  st: DocState,
  c: Candidate,
  figs: readonly Candidate[],
  i: number,
  times: readonly TimeExpr[],
  lead: readonly TimeExpr[],
): Period {
  const metric = c.metric!;
  const text = st.doc.text;
  // A time in the figure's own clause wins over one across a comma ("…, and no damage since 2003").
  // An opening adverbial just before the clause ("Entre janvier et mai 2015, huit groupes …") is its own too.
  const tight = c.ownTimes.filter((t) =>
    t.end <= c.num.start
      ? !hasPunct(text, t.end, c.num.start, 400) || (c.num.start - t.end <= 40 && !hasPunct(text, t.end + 1, c.num.start, 40))
      : !hasPunct(text, c.num.end, t.start, 400),
  );
  // A stock counts people at a date, unless the sentence bounds when they left ("between 2012 and 2017, 1,659 left").
  if (metric === 'foreign_fighters') {
    const span = pickTime([...c.ownTimes, ...lead].filter((t) => t.kind === 'since' || t.kind === 'range' || t.kind === 'pastSpan' || t.kind === 'samePeriod'));
    return (span && fromTime(st, span, times)) || stockPeriod(st, times);
  }
  const ownPeriod = (own: TimeExpr | null): Period | null => {
    if (!own) return null;
    if ((metric === 'returnees' || metric === 'returnees_prosecuted') && (own.kind === 'now' || own.kind === 'statement')) {
      return stockPeriod(st, times);
    }
    return fromTime(st, own, times);
  };
  const fromTight = ownPeriod(pickTime(tight));
  if (fromTight) return fromTight;
  // Right-distributive: "18 cells were broken up and 161 people arrested … last year". It wins over a time
  // that reaches this figure only across a comma ("since May 2003, …, 210 cells … and 4,304 arrested since 2002").
  for (let k = i + 1; k < figs.length; k++) {
    // Only across a tight coordination: a comma starts a new clause with its own time.
    if (hasPunct(text, c.num.end, figs[k]!.num.start, 400)) break;
    const t = pickTime(figs[k]!.ownTimes);
    if (t) {
      const p = fromTime(st, t, times);
      if (p) return p;
      break;
    }
  }
  const fromLoose = ownPeriod(pickTime(c.ownTimes));
  if (fromLoose) return fromLoose;
  if (c.antecedent && c.antecedent.period) return c.antecedent.period;
  // "arrested at least 35 individuals over the course of the year and dismantled seven cells": a figure joined to
  // the previous one without a comma shares its period.
  const prevC = figs[i - 1];
  if (prevC && prevC.period && !hasPunct(st.doc.text, prevC.num.end, Math.min(c.num.start, prevC.num.end + 400), 400)) {
    return prevC.period;
  }
  const leadT = pickTime(lead);
  if (leadT) {
    const p = fromTime(st, leadT, times);
    if (p) return p;
  }
  if (metric === 'returnees' || metric === 'returnees_prosecuted') {
    if (st.lastCumulative && !st.stockMode) return st.lastCumulative;
    return stockPeriod(st, times);
  }
  if (st.stockMode) return stockPeriod(st, times);
  if (st.lastCumulative) return st.lastCumulative;
  // A flow with no time of its own in a text about one year (a yearly report, a year's tally) counts that year.
  // A tally with no time of its own in a text that opens on an attack ("twenty years after the Casablanca
  // bombings, … 62 cells dismantled") counts from that attack.
  if (st.anchor !== null) return { start: st.anchor, end: st.doc.publishedAt, cumulative: true };
  if (st.contextYear !== null) return yearPeriod(st.contextYear);
  return { start: null, end: st.doc.publishedAt, cumulative: true };
}

export function stockEnd(st: DocState, times: readonly TimeExpr[]): PartialDate | null {
  const pub = st.doc.publishedAt;
  for (const t of times) if ((t.kind === 'year' || t.kind === 'reportYear') && t.year !== null) return String(t.year);
  for (const t of times) if (t.kind === 'statement' && t.year !== null) return String(t.year);
  for (const t of times) if (t.kind === 'now') return pub;
  if (st.statementYear !== null) return String(st.statementYear);
  return pub;
}

export function stockPeriod(st: DocState, times: readonly TimeExpr[]): Period {
  return { start: null, end: stockEnd(st, times), cumulative: true };
}

/**
 * Notes the earliest attack a sentence names: an event of the lexicon whose words all occur in a sentence that
 * also has an attack noun ("les attentats de Casablanca, le 16 mai 2003").
 */
export function noteAnchor(cues: Cues, st: DocState, tokens: readonly Token[], sentenceMask: number): void {
  // Most sentences name no event: the event words' mask bit rules them out before any phrase lookup.
  if (cues.eventBit !== 0 ? (sentenceMask & cues.eventBit) === 0 : !tokens.some((t) => cues.eventWords.has(t.lower))) return;
  let attack = false;
  for (let k = 0; k < tokens.length && !attack; k++) if (cues.heads.longestAt(tokens, k)?.data.type === 'attack') attack = true;
  if (!attack) return;
  const words = new Set(tokens.map((t) => t.lower));
  for (const ev of cues.events) {
    if (ev.words.every((w) => words.has(w)) && (st.anchor === null || ev.date < st.anchor)) st.anchor = ev.date;
  }
}

/** The full date a sentence says it was stated on ("Le 17 mai 2004, le ministre a indiqué …"). */
function statedOn(times: readonly TimeExpr[]): string | null {
  for (const t of times) if (t.kind === 'statement' && t.fullDate) return t.fullDate;
  return null;
}

export function fromTime(st: DocState, t: TimeExpr, times: readonly TimeExpr[]): Period | null {
  const pub = st.doc.publishedAt;
  switch (t.kind) {
    case 'since':
    case 'creation':
      // A running total runs to when it was stated: the sentence's own statement date, else publication.
      return { start: t.date, end: statedOn(times) ?? pub, cumulative: true };
    case 'sameOperations':
      return st.lastFigure?.period ?? null;
    case 'range':
      // Part of one calendar year ("entre janvier et mai 2015") is a flow within that year, not a running total.
      return { start: t.date, end: t.endDate, cumulative: t.date?.slice(0, 4) !== t.endDate?.slice(0, 4) };
    case 'pastSpan': {
      // Counted back from the statement: "the past five years" in mid-2008 starts in 2003 (month kept when known).
      if (st.pubYear === null || pub === null) return { start: null, end: null, cumulative: true };
      const start = String(st.pubYear - (t.years ?? 0)) + (pub.length >= 7 ? pub.slice(4, 7) : '');
      return { start, end: pub, cumulative: true };
    }
    case 'year':
    case 'reportYear':
      return t.year !== null ? { start: String(t.year), end: String(t.year), cumulative: false } : null;
    case 'lastYear':
      return st.pubYear !== null ? yearPeriod(st.pubYear - 1) : st.contextYear !== null ? yearPeriod(st.contextYear - 1) : null;
    case 'previousYear': {
      const base = st.contextYear ?? st.pubYear;
      return base !== null ? yearPeriod(base - 1) : null;
    }
    case 'thisYear':
      return st.pubYear !== null ? { start: `${st.pubYear}-01-01`, end: pub, cumulative: false } : null;
    case 'sameYear':
    case 'theYear': {
      const y = st.contextYear ?? yearIn(times) ?? st.pubYear;
      return y !== null ? yearPeriod(y) : null;
    }
    case 'samePeriod':
      return st.lastCumulative;
    case 'soFar':
      return st.lastCumulative && !st.stockMode ? st.lastCumulative : { start: null, end: pub, cumulative: true };
    case 'now':
      return { start: null, end: pub, cumulative: true };
    case 'statement':
      return { start: null, end: t.year !== null ? String(t.year) : pub, cumulative: true };
    default:
      return null;
  }
}

export function yearPeriod(y: number): Period {
  return { start: String(y), end: String(y), cumulative: false };
}

export function yearIn(times: readonly TimeExpr[]): number | null {
  for (const t of times) if (t.kind === 'year' && t.year !== null) return t.year;
  return null;
}
