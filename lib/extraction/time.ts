import type { PartialDate } from '@/lib/domain/figure';
import type { Lexicon } from './lexicon';
import type { Span } from './segment';
import { PhraseSet, phraseSet, registerWordFlag, type Token } from './tokens';

export type TimeKind =
  | 'since'
  | 'range'
  | 'year'
  | 'reportYear'
  | 'lastYear'
  | 'previousYear'
  | 'thisYear'
  | 'sameYear'
  | 'theYear'
  | 'samePeriod'
  | 'soFar'
  | 'now'
  | 'statement'
  | 'creation'
  | 'sameOperations'
  | 'publication'
  | 'pastSpan'
  | 'ignored';

export interface TimeExpr {
  kind: TimeKind;
  start: number;
  end: number;
  tokFrom: number;
  tokTo: number;
  year: number | null;
  /** Length in years of a "past N years" span. */
  years?: number;
  /** Start of a since/range period. */
  date: PartialDate | null;
  endDate: PartialDate | null;
  /** A full day-month-year date seen here, for a later "since that date". */
  fullDate: PartialDate | null;
}

const MID_YEAR = /^(?:mi|mid)-((?:19|20)\d\d)$/;
const GLUED_AND = /^(\p{L}+)((?:19|20)\d\d)$/u;

/** "mi-2018", "mid-2018": the middle of a year, read as its June. */
function midYearOf(t: Token | undefined): number | null {
  const m = t ? MID_YEAR.exec(t.lower) : null;
  return m ? Number(m[1]) : null;
}

function yearOf(t: Token | undefined): number | null {
  if (!t || !t.digits || t.lower.length !== 4) return null;
  const y = Number(t.lower);
  return y >= 1900 && y <= 2099 ? y : null;
}

function dayOf(t: Token | undefined): number | null {
  if (!t || !t.digits || !/^\d{1,2}$/.test(t.lower)) return null;
  const d = Number(t.lower);
  return d >= 1 && d <= 31 ? d : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function punctBetween(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start && i < a.end + 6; i++) if (',;:.()'.includes(text[i]!)) return true;
  return false;
}

function countedAt(
  memo: Uint8Array,
  isCountedYear: (text: string, tokens: readonly Token[], tok: number) => boolean,
  text: string,
  tokens: readonly Token[],
  tok: number,
): boolean {
  const m = memo[tok];
  if (m === 1) return true;
  if (m === 2) return false;
  if (yearOf(tokens[tok]) === null) {
    memo[tok] = 2;
    return false;
  }
  const r = isCountedYear(text, tokens, tok);
  memo[tok] = r ? 1 : 2;
  return r;
}

function neverCounted(): boolean {
  return false;
}

function mk(tokens: readonly Token[], used: Uint8Array, kind: TimeKind, from: number, to: number, extra: Partial<TimeExpr> = {}): TimeExpr {
  for (let k = from; k < to; k++) used[k] = 1;
  return {
    kind, start: tokens[from]!.start, end: tokens[to - 1]!.end, tokFrom: from, tokTo: to, year: null, date: null,
    endDate: null, fullDate: null, ...extra,
  };
}

type CountedYear = (text: string, tokens: readonly Token[], tok: number) => boolean;

/** The time reader for a lexicon: its phrase sets and word flag are made here, once. */
export interface TimeReader {
  /**
   * The time expressions of a sentence's tokens. `isCountedYear` tells a year from a count ("2000 Moroccan
   * nationals"); `smask` is the OR of the token masks (-1: unknown).
   */
  findTimes(
    text: string,
    tokens: readonly Token[],
    pubYear: number | null,
    pubDate: PartialDate | null,
    lastFullDate: PartialDate | null,
    span: Span,
    isCountedYear?: CountedYear,
    smask?: number,
  ): TimeExpr[];
}

export function compileTimeReader(lex: Lexicon): TimeReader {
  const L = lex.time;
  const RELATIVE = new PhraseSet<TimeKind>();
  for (const p of L.thisYear) RELATIVE.add(p, 'thisYear');
  for (const p of L.lastYear) RELATIVE.add(p, 'lastYear');
  for (const p of L.previousYear) RELATIVE.add(p, 'previousYear');
  for (const p of L.sameYear) RELATIVE.add(p, 'sameYear');
  for (const p of L.theYear) RELATIVE.add(p, 'theYear');
  for (const p of L.samePeriod) RELATIVE.add(p, 'samePeriod');
  for (const p of L.soFar) RELATIVE.add(p, 'soFar');
  for (const p of L.now) RELATIVE.add(p, 'now');
  const SINCE = new Set(L.since);
  const CREATION_YEAR_FIRST = new Set(L.creationYear.map((p) => p.split(' ')[0]!));
  const SAME_OPS_FIRST = new Set(L.sameOperations.map((p) => p.split(' ')[0]!));
  // CREATION_YEAR, SAME_OPS and REPORT are tried at most tokens of a sentence with a number (measured: about a third
  // of all phrase lookups), so they take mask bits; none of their phrases starts with digits.
  const CREATION = phraseSet(L.creation, true, false);
  const AGENCY_CREATED = phraseSet(L.agencyCreated, true, false);
  const CREATION_YEAR = phraseSet(L.creationYear, true);
  const SAME_OPS = phraseSet(L.sameOperations, true);
  const THAT_DATE = phraseSet(L.thatDate, true, false);
  const BETWEEN = new Set(L.between);
  const BETWEEN_AND = new Set(L.betweenAnd);
  const FROM = new Set(L.rangeFrom);
  const TO = phraseSet(L.rangeTo, true, false);
  const PUBLICATION = new Set(L.publication);
  const SUPERLATIVE = phraseSet(L.superlatives, true, false);
  const REPORT = phraseSet(L.reportYear, true);
  const SPEECH = phraseSet(L.speech, true);
  const MONTHS = new Map(Object.entries(lex.months));
  const AGENCY = phraseSet(lex.agencies.flatMap((a) => a.names), lex.agencies[0]?.created ?? null, false);

  const SPAN = L.pastSpan;
  const SPAN_BEFORE = new Set(SPAN.before);
  const SPAN_AFTER = new Set(SPAN.after);
  const SPAN_ONE = new Set(SPAN.one);
  const SPAN_UNITS = new Map(Object.entries(SPAN.units));
  const NUMBER_WORDS = new Map(Object.entries(lex.numberWords));

  // Words that can start a since/range/statement expression (or end the count of a French span).
  const TIME_BIT = registerWordFlag(
    (w) =>
      SINCE.has(w) || BETWEEN.has(w) || FROM.has(w) || w === 'last' || w === 'in' || w === 'en' || CREATION_YEAR_FIRST.has(w) ||
      SAME_OPS_FIRST.has(w) || SPAN_BEFORE.has(w) || SPAN_AFTER.has(w) || MID_YEAR.test(w),
  );

  /** A small count of years or decades: "two", "3", or a determiner standing for one ("the past decade"). */
  function spanCount(t: Token | undefined): number | null {
    if (!t) return null;
    if (t.digits) return /^\d{1,2}$/.test(t.lower) ? Number(t.lower) : null;
    if (SPAN_ONE.has(t.lower)) return 1;
    const w = NUMBER_WORDS.get(t.lower);
    return w !== undefined && w > 0 && w <= 50 ? w : null;
  }

  /** "the past two decades" (English: cue, count, unit) or "les trois dernières années" (French: count, cue, unit). */
  function pastSpanAt(tokens: readonly Token[], i: number): { from: number; to: number; years: number } | null {
    const t = tokens[i]!;
    if (SPAN_BEFORE.has(t.lower)) {
      const next = tokens[i + 1];
      const counted = next !== undefined && (next.digits || NUMBER_WORDS.has(next.lower)) ? spanCount(next) : null;
      const unitTok = counted !== null ? tokens[i + 2] : next;
      const unit = unitTok ? SPAN_UNITS.get(unitTok.lower) : undefined;
      const count = counted ?? 1;
      // "the last year" alone is the lastYear phrase; a span needs a count or a decade.
      if (unit === undefined || (count === 1 && unit === 1)) return null;
      return { from: i, to: counted !== null ? i + 3 : i + 2, years: count * unit };
    }
    if (SPAN_AFTER.has(t.lower) && i > 0) {
      const n = spanCount(tokens[i - 1]);
      const unit = tokens[i + 1] ? SPAN_UNITS.get(tokens[i + 1]!.lower) : undefined;
      if (n === null || unit === undefined || (n === 1 && unit === 1)) return null;
      return { from: i - 1, to: i + 2, years: n * unit };
    }
    return null;
  }

  /** A date starting at token i: "16 mai 2003", "May 16, 2003", "September 11", "2003". */
  function dateAt(tokens: readonly Token[], i: number): { date: PartialDate; to: number; full: boolean } | null {
    const a = tokens[i];
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    const y0 = yearOf(a);
    if (y0 !== null) return { date: String(y0), to: i + 1, full: false };
    const mid = midYearOf(a);
    if (mid !== null) return { date: `${mid}-06`, to: i + 1, full: false };
    const d = dayOf(a);
    if (d !== null && b && MONTHS.has(b.lower)) {
      const y = yearOf(c);
      if (y !== null) return { date: `${y}-${pad(MONTHS.get(b.lower)!)}-${pad(d)}`, to: i + 3, full: true };
    }
    if (a && MONTHS.has(a.lower)) {
      const d2 = dayOf(b);
      const y = yearOf(d2 !== null ? c : b);
      if (d2 !== null && y !== null) return { date: `${y}-${pad(MONTHS.get(a.lower)!)}-${pad(d2)}`, to: i + 3, full: true };
      if (y !== null) return { date: String(y), to: i + 2, full: false };
    }
    return null;
  }

  function findTimes(
    text: string,
    tokens: readonly Token[],
    pubYear: number | null,
    pubDate: PartialDate | null,
    lastFullDate: PartialDate | null,
    _span: Span,
    isCountedYear: (text: string, tokens: readonly Token[], tok: number) => boolean = neverCounted,
    smask = -1,
  ): TimeExpr[] {
    const out: TimeExpr[] = [];
    const used = new Uint8Array(tokens.length);
    // isCountedYear looks at the words after a year; each year token is asked several times, so remember answers.
    const counted = new Uint8Array(tokens.length);
    let hasSpeech = false;
    if (SPEECH.presentIn(smask)) for (let k = 0; k < tokens.length && !hasSpeech; k++) if (SPEECH.longestAt(tokens, k) !== null) hasSpeech = true;
    const relativePresent = RELATIVE.presentIn(smask);
    let sentenceYear: number | null = null;
    for (let k = 0; k < tokens.length && sentenceYear === null; k++) {
      const y = yearOf(tokens[k]);
      if (y !== null && !countedAt(counted, isCountedYear, text, tokens, k)) sentenceYear = y;
    }
    const pubMonth = pubDate && pubDate.length >= 7 ? Number(pubDate.slice(5, 7)) : null;

    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      const t = tokens[i]!;
      // Most tokens are neither digits nor time words: one bit test skips them.
      if (!t.digits && TIME_BIT !== 0 && (t.mask & TIME_BIT) === 0 && !(relativePresent && RELATIVE.canStart(t))) continue;
      // since X / depuis X
      if (SINCE.has(t.lower)) {
        let superl = false;
        for (let k = Math.max(0, i - 5); k < i; k++) if (SUPERLATIVE.longestAt(tokens, k)) superl = true;
        let date: PartialDate | null = null;
        let to = i + 1;
        let full = false;
        const words = new Set<string>();
        for (let j = i + 1; j < Math.min(tokens.length, i + 11); j++) {
          if (punctBetween(text, tokens[j - 1]!, tokens[j]!)) break;
          words.add(tokens[j]!.lower);
          if (date !== null) continue; // keep reading words for a named event ("since the 2003 bombings in Casablanca")
          const d = dateAt(tokens, j);
          if (d && !countedAt(counted, isCountedYear, text, tokens, j)) {
            date = d.date;
            to = d.to;
            full = d.full;
            continue;
          }
          if (THAT_DATE.longestAt(tokens, j) && j <= i + 2 && lastFullDate) {
            date = lastFullDate;
            to = j + 2;
            break;
          }
          // "since the BCIJ was set up": the agency's creation date.
          const ag = j <= i + 2 ? AGENCY.longestAt(tokens, j) : null;
          if (ag && ag.data && AGENCY_CREATED.longestAt(tokens, ag.to)) {
            date = ag.data;
            to = AGENCY_CREATED.longestAt(tokens, ag.to)!.to;
            break;
          }
          const cr = date === null ? CREATION.longestAt(tokens, j) : null;
          if (cr && j <= i + 2) {
            const ny = yearOf(tokens[cr.to + 1]) ?? yearOf(tokens[cr.to]);
            if (ny !== null) {
              date = String(ny);
              to = yearOf(tokens[cr.to]) !== null ? cr.to + 1 : cr.to + 2;
            } else {
              let created: string | null = null;
              for (let k = 0; k < tokens.length && !created; k++) created = AGENCY.longestAt(tokens, k)?.data ?? null;
              date = created;
              to = cr.to;
            }
            break;
          }
          if (date === null) to = j + 1;
        }
        // Named events ("since the September 11 attacks", "since the Casablanca bombings") win over a bare year.
        for (const ev of lex.events) {
          if (ev.words.every((w) => words.has(w)) && (date === null || ev.date.startsWith(date.slice(0, 4)))) {
            date = ev.date;
            break;
          }
        }
        if (date) {
          to = Math.min(Math.max(to, i + 2), tokens.length);
          out.push(mk(tokens, used, superl ? 'ignored' : 'since', i, to, { date, fullDate: full ? date : null }));
          i = to - 1;
        }
        continue;
      }
      // between X and Y / entre X et Y; from X to Y / de X à Y
      if (BETWEEN.has(t.lower) || FROM.has(t.lower)) {
        const isBetween = BETWEEN.has(t.lower);
        let j = i + 1;
        if (tokens[j] && (tokens[j]!.lower === 'le' || tokens[j]!.lower === 'the')) j++;
        // "entre janvier et mai 2015", "from January to May 2015": two months of one year.
        const mm = monthSpan(tokens, j, isBetween);
        if (mm) {
          out.push(mk(tokens, used, 'range', i, mm.to, { date: mm.from, endDate: mm.until }));
          i = mm.to - 1;
          continue;
        }
        const a = dateAt(tokens, j) ?? dayMonth(tokens, j, sentenceYear);
        if (a && !countedAt(counted, isCountedYear, text, tokens, j)) {
          let k = a.to;
          const conn = tokens[k];
          // "between 2012 and2017": a connector glued to the year by a typo.
          const glued = isBetween && conn ? GLUED_AND.exec(conn.lower) : null;
          if (glued && BETWEEN_AND.has(glued[1]!) && Number(glued[2]) >= Number(a.date.slice(0, 4))) {
            out.push(mk(tokens, used, 'range', i, k + 1, { date: a.date, endDate: glued[2]! }));
            i = k;
            continue;
          }
          const toM = conn ? (isBetween ? (BETWEEN_AND.has(conn.lower) ? { to: k + 1 } : null) : TO.longestAt(tokens, k)) : null;
          if (toM) {
            k = toM.to;
            if (tokens[k] && (tokens[k]!.lower === 'le' || tokens[k]!.lower === 'the')) k++;
            const b = dateAt(tokens, k) ?? dayMonth(tokens, k, sentenceYear);
            if (b && b.date >= a.date) {
              out.push(mk(tokens, used, 'range', i, b.to, { date: a.date, endDate: b.date }));
              i = b.to - 1;
              continue;
            }
          }
        }
      }
      // "over the past two decades", "au cours des trois dernières années"
      const ps = pastSpanAt(tokens, i);
      if (ps && !used[ps.from]) {
        out.push(mk(tokens, used, 'pastSpan', ps.from, ps.to, { years: ps.years }));
        i = ps.to - 1;
        continue;
      }
      // "created in 2015", "créé en 2015": the figure counts since the creation.
      const cy = CREATION_YEAR.longestAt(tokens, i);
      if (cy) {
        const y = yearOf(tokens[cy.to]);
        if (y !== null) {
          out.push(mk(tokens, used, 'creation', i, cy.to + 1, { date: String(y), year: y }));
          i = cy.to;
          continue;
        }
      }
      // "Ces opérations ont permis …": the period of the figure before.
      const so = SAME_OPS.longestAt(tokens, i);
      if (so) {
        out.push(mk(tokens, used, 'sameOperations', i, so.to));
        i = so.to - 1;
        continue;
      }
      // Relative expressions: this year, last year, during the year, the same period, so far, currently…
      const rel = RELATIVE.longestAt(tokens, i);
      if (rel) {
        const nextYear = yearOf(tokens[rel.to]);
        if (!(nextYear !== null && (rel.data === 'theYear' || rel.data === 'sameYear'))) {
          out.push(mk(tokens, used, rel.data, i, rel.to));
          i = rel.to - 1;
          continue;
        }
      }
      // "last September" / "in February": the date of a statement, resolved against publication.
      if ((t.lower === 'last' || t.lower === 'in' || t.lower === 'en') && tokens[i + 1] && MONTHS.has(tokens[i + 1]!.lower)) {
        const m = MONTHS.get(tokens[i + 1]!.lower)!;
        if (yearOf(tokens[i + 2]) === null && dayOf(tokens[i + 2]) === null && pubYear !== null) {
          const y = pubMonth !== null && (t.lower === 'last' ? m >= pubMonth : m > pubMonth) ? pubYear - 1 : pubYear;
          out.push(mk(tokens, used, 'statement', i, i + 2, { year: y }));
          i += 1;
          continue;
        }
      }
      // "à la mi-2018", "by mid-2018": when a standing total was stated.
      const mid = midYearOf(t);
      if (mid !== null) {
        out.push(mk(tokens, used, 'statement', i, i + 1, { year: mid }));
        continue;
      }
      // A year, possibly with a month or day before it.
      const y = yearOf(t);
      if (y !== null && !countedAt(counted, isCountedYear, text, tokens, i)) {
        let from = i;
        let full: PartialDate | null = null;
        const p1 = tokens[i - 1];
        const p2 = tokens[i - 2];
        let monthYear = false;
        if (p1 && MONTHS.has(p1.lower) && !used[i - 1]) {
          from = i - 1;
          monthYear = true;
          if (p2 && dayOf(p2) !== null && !used[i - 2]) {
            from = i - 2;
            full = `${y}-${pad(MONTHS.get(p1.lower)!)}-${pad(dayOf(p2)!)}`;
          }
        } else if (p1 && dayOf(p1) !== null && p2 && MONTHS.has(p2.lower) && !used[i - 2]) {
          from = i - 2;
          full = `${y}-${pad(MONTHS.get(p2.lower)!)}-${pad(dayOf(p1)!)}`;
        }
        let kind: TimeKind = 'year';
        for (let k = Math.max(0, from - 3); k < from; k++) if (PUBLICATION.has(tokens[k]!.lower)) kind = 'publication';
        if (kind === 'year') {
          const r = REPORT.endingAt(tokens, from, Math.max(0, from - 6));
          if (r || (from > 0 && REPORT.endingAt(tokens, from - 1, Math.max(0, from - 7)))) kind = 'reportYear';
          else if (monthYear && !full && hasSpeech) kind = 'statement';
          // "Le 17 mai 2004, le ministre a indiqué que …": a sentence opened by the day it was said is dated by it.
          else if (full && from <= 1 && hasSpeech) kind = 'statement';
        }
        out.push(mk(tokens, used, kind, from, i + 1, { year: y, fullDate: full }));
      }
    }
    return out;
  }

  function monthSpan(tokens: readonly Token[], i: number, isBetween: boolean): { from: string; until: string; to: number } | null {
    const m1 = tokens[i] ? MONTHS.get(tokens[i]!.lower) : undefined;
    const conn = tokens[i + 1];
    const m2 = tokens[i + 2] ? MONTHS.get(tokens[i + 2]!.lower) : undefined;
    const y = yearOf(tokens[i + 3]);
    if (m1 === undefined || m2 === undefined || y === null || !conn || m2 < m1) return null;
    if (isBetween ? !BETWEEN_AND.has(conn.lower) : TO.longestAt(tokens, i + 1)?.to !== i + 2) return null;
    return { from: `${y}-${pad(m1)}`, until: `${y}-${pad(m2)}`, to: i + 4 };
  }

  function dayMonth(tokens: readonly Token[], i: number, year: number | null): { date: PartialDate; to: number } | null {
    const d = dayOf(tokens[i]);
    const m = tokens[i + 1];
    if (year === null || d === null || !m || !MONTHS.has(m.lower)) return null;
    return { date: `${year}-${pad(MONTHS.get(m.lower)!)}-${pad(d)}`, to: i + 2 };
  }

  return { findTimes };
}
