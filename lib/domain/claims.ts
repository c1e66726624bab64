import type { Qualifier } from './figure';
import { allOverlap, hull, intersection, intervalFor, valueInWords, type Interval } from './qualifiers';

/**
 * Claims, not reports. Within one statement (figures counting the same thing, stated at the same time — see
 * compare.ts), two articles quoting one US State Department report are not two confirmations: they relay one
 * claim. A claim is the set of figures of a statement that share an attribution or a cited report (normalised:
 * case, accents, punctuation and parenthesised notes such as "(via …)" ignored), linked transitively; a figure with neither is its
 * source's own claim. Agreement and disagreement are counted between claims; relays of one claim that print
 * numbers which cannot all be true (200 and 220) are a *transcription conflict*, never a disagreement.
 */

export interface ClaimFigure {
  id: number;
  sourceId: number;
  value: number;
  qualifier: Qualifier;
  attributedTo: string | null;
  citedReport?: string | null;
}

/** Between the independent claims of a statement: all overlap, some cannot both be true, or there is only one. */
export type Verdict = 'agree' | 'disagree' | 'single_claim';

export interface Claim<F extends ClaimFigure> {
  /** The relays of the claim, in id order. */
  figures: F[];
  /** Distinct sources that relay it. */
  sourceCount: number;
  /** What the claim says: the values all relays allow when they agree, the span of what they print when they do not. */
  interval: Interval;
  /** Relays that print values which cannot all be true. */
  transcriptionConflict: boolean;
}

export interface ClaimAnalysis<F extends ClaimFigure> {
  /** Independent claims, ordered by their first relay's id. */
  claims: Array<Claim<F>>;
  verdict: Verdict;
  sourceCount: number;
  /** Some claim's relays print values that cannot all be true. */
  transcriptionConflict: boolean;
}

/** Who or what is cited, as a key: "Abdelhak Khiame, BCIJ director (via Le360)" → "abdelhak khiame bcij director". */
export function originKey(s: string | null | undefined): string | null {
  if (!s) return null;
  const key = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || null;
}

function tokensOf(f: ClaimFigure): string[] {
  const attribution = originKey(f.attributedTo);
  const report = originKey(f.citedReport);
  const tokens = [...(attribution ? [`by:${attribution}`] : []), ...(report ? [`report:${report}`] : [])];
  return tokens.length ? tokens : [`source:${f.sourceId}`];
}

/** The claims of one statement's figures (union–find over shared attribution or cited report). */
export function claimsOf<F extends ClaimFigure>(figures: F[]): Array<Claim<F>> {
  const parent = figures.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  figures.forEach((f, i) => {
    for (const t of tokensOf(f)) {
      const j = owner.get(t);
      if (j === undefined) owner.set(t, i);
      else parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, F[]>();
  figures.forEach((f, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(f);
    else byRoot.set(r, [f]);
  });
  return [...byRoot.values()]
    .map((relays) => {
      const sorted = [...relays].sort((a, b) => a.id - b.id);
      const intervals = sorted.map((f) => intervalFor(f.qualifier, f.value));
      const consistent = allOverlap(intervals);
      return {
        figures: sorted,
        sourceCount: new Set(sorted.map((f) => f.sourceId)).size,
        interval: consistent ? intersection(intervals) : hull(intervals),
        transcriptionConflict: !consistent,
      };
    })
    .sort((a, b) => a.figures[0]!.id - b.figures[0]!.id);
}

/** Claims and the verdict between them, in time linear in the figures (the summaries run it on every write). */
export function analyseClaims<F extends ClaimFigure>(figures: F[]): ClaimAnalysis<F> {
  const claims = claimsOf(figures);
  const verdict: Verdict = claims.length < 2 ? 'single_claim' : allOverlap(claims.map((c) => c.interval)) ? 'agree' : 'disagree';
  return {
    claims,
    verdict,
    sourceCount: new Set(figures.map((f) => f.sourceId)).size,
    transcriptionConflict: claims.some((c) => c.transcriptionConflict),
  };
}

// ---- the plain-language summary ------------------------------------------------------------------------------

/** One claim as the summary names it; what the statement summaries store (at most SUMMARY_CLAIMS of them). */
export interface ClaimLine {
  /** "more than 125", or for relays that differ "200 or 220". */
  value: string;
  /** Who made the claim: its attribution, else the cited report, else the source that printed it. */
  origin: string | null;
  sources: number;
  transcriptionConflict: boolean;
}

/** Claims named one by one in a summary; the rest are counted. */
export const SUMMARY_CLAIMS = 4;

/** The claim lines of an analysis, most-relayed first. `sourceName` names an unattributed claim's source. */
export function claimLines<F extends ClaimFigure>(analysis: ClaimAnalysis<F>, sourceName: (f: F) => string | null = () => null): ClaimLine[] {
  return [...analysis.claims]
    .sort((a, b) => b.sourceCount - a.sourceCount || a.figures[0]!.id - b.figures[0]!.id)
    .slice(0, SUMMARY_CLAIMS)
    .map((c) => {
      const first = c.figures[0]!;
      return {
        value: c.transcriptionConflict ? firstDistinctValues(c.figures, 3).join(' or ') : valueInWords(first.qualifier, first.value),
        origin: first.attributedTo ?? first.citedReport ?? sourceName(first),
        sources: c.sourceCount,
        transcriptionConflict: c.transcriptionConflict,
      };
    });
}

/** The first `n` different values the relays print, in words, in relay order (a claim may have thousands of relays). */
function firstDistinctValues(figures: readonly ClaimFigure[], n: number): string[] {
  const values = new Set<string>();
  for (const f of figures) {
    values.add(valueInWords(f.qualifier, f.value));
    if (values.size === n) break;
  }
  return [...values];
}

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countWord = (n: number) => NUMBER_WORDS[n] ?? n.toLocaleString('en-US');

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lineText(l: ClaimLine): string {
  const notes = [l.origin, l.sources > 1 ? `reported in ${l.sources} sources` : null].filter(Boolean);
  return notes.length ? `${l.value} (${notes.join(', ')})` : l.value;
}

/**
 * One sentence (or two) a person can read aloud: "Two independent claims give 2019 arrests: more than 125 (US State
 * Department) and 12 (APA): they disagree." Shown beside every comparison and used as its chart mark's description.
 */
export function comparisonSummary(input: { subject: string; claimCount: number; lines: ClaimLine[]; verdict: Verdict }): string {
  const { subject, claimCount, lines, verdict } = input;
  const named = lines.map(lineText);
  const rest = claimCount - lines.length;
  const listed = listOf(rest > 0 ? [...named, `${countWord(rest).toLowerCase()} more`] : named);
  const conflicted = lines.filter((l) => l.transcriptionConflict);
  const conflictText = conflicted.length
    ? ` The sources relaying ${conflicted.length === 1 && claimCount === 1 ? 'it' : conflicted.map((l) => l.origin ?? 'one claim').join(' and ')} print different numbers: a transcription conflict.`
    : '';
  if (claimCount <= 1) {
    const only = lines[0];
    const relayed = only && only.sources > 1 ? `One claim, reported in ${only.sources} sources, gives ${subject}` : `One source gives ${subject}`;
    return `${relayed}: ${only ? `${only.value}${only.origin ? ` (${only.origin})` : ''}` : 'no value'}.${conflictText}`;
  }
  const judgement = verdict === 'disagree' ? 'they disagree' : 'they agree';
  return `${countWord(claimCount)} independent claims give ${subject}: ${listed}: ${judgement}.${conflictText}`;
}

/** "2019 arrests", "arrests (linked to ISIS) since 2002 (to May 2021)": what a comparison counts, in a phrase. */
export function comparisonSubject(metricLabel: string, scope: string | null, periodText: string): string {
  const what = `${metricLabel.toLowerCase()}${scope ? ` (${scope})` : ''}`;
  return /^\d{4}(–\d{4})?$/.test(periodText) ? `${periodText} ${what}` : `${what}, ${periodText}`;
}
