/**
 * Metric: what a sentence's candidates count once they are read together. Bare numbers inherit the metric of the
 * figure they continue ("and 19 in 2016", "of them 40 …"); a subset refines its antecedent (arrested returnees
 * are returnees prosecuted, from the metrics table); then the candidates that are not figures are dropped: vetoed ones,
 * back-references to a count already given ("the 2,009 cells"), and people counted in one operation.
 */
import { hasPhrase, hasPunct, type Cues } from './cues';
import type { TimeExpr } from './time';
import type { Token } from './tokens';
import type { Candidate, DocState } from './types';

/** The most people one operation is taken to net; a larger count in such a sentence is a tally. */
const ONE_OPERATION_MAX = 100;
/** Metrics one operation can produce: people arrested, people brought back. */
const OPERATION_METRICS = new Set(['arrests', 'returnees', 'returnees_prosecuted']);

/** Fills in `metric`, `veto` and `antecedent` of the candidates of one sentence, in place. */
export function inheritMetrics(cues: Cues, st: DocState, tokens: readonly Token[], cands: readonly Candidate[]): void {
  let prevFig: Candidate | null = null;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (c.metric === null && !c.veto) {
      let ante = c.isElliptic || c.isSubset ? prevFig ?? (c.isSubset || c.isElliptic ? st.lastFigure : null) : null;
      // People with no predicate continue the population counted just before ("accompanied by 290 women").
      if (!ante && c.personHead) {
        // People continue the last count of people ("6 cellules et 25 personnes …, contre 9 cellules et 46 personnes").
        for (let k = ci - 1; k >= 0 && !ante; k--) {
          const p = cands[k]!;
          if (p.metric && cues.personMetrics.has(p.metric)) ante = p;
        }
        const opensWithAnaphor = tokens[0] !== undefined && cues.anaphors.has(tokens[0].lower);
        if (!ante && opensWithAnaphor && st.lastFigure && st.lastFigure.metric && cues.stockMetrics.has(st.lastFigure.metric)) ante = st.lastFigure;
      }
      // "These are 78 linked to Daesh and 6 others …": the first bare number of a sentence that opens by pointing
      // back breaks down the last figure.
      if (!ante && ci === 0 && c.headTok === c.num.tokEnd && c.num.tok <= 3 && tokens[0] !== undefined && cues.anaphors.has(tokens[0].lower) && st.lastFigure) {
        ante = st.lastFigure;
        c.isSubset = true;
      }
      if (ante && (ante.metric || ante.veto)) {
        c.antecedent = ante;
        c.metric = ante.metric;
        c.veto = ante.veto;
      }
    } else if (c.metric !== null && (c.isSubset || c.isElliptic)) {
      // A subset, or "20 autres … ont également été arrêtés", continues the last figure even across a sentence.
      c.antecedent = prevFig ?? (c.isSubset || c.additional ? st.lastFigure : null);
      if (c.antecedent && c.antecedent.veto) c.antecedent = null;
    }
    if (c.antecedent && (c.isSubset || (c.isElliptic && !c.additional)) && c.metric && c.antecedent.metric) {
      c.metric = refineWithAntecedent(cues, c.metric, c.antecedent.metric);
    }
    if (c.metric !== null || c.veto) prevFig = c;
  }
}

/** A subset or continuation of an antecedent counts what the antecedent counts, narrowed ("… of whom 92 were arrested"). */
export function refineWithAntecedent(cues: Cues, own: string, ante: string): string {
  return cues.refinements.get(ante)?.get(own) ?? own;
}

/**
 * The candidates that are figures. "The 2,009 cells" repeats a count already given in this document: not a new
 * figure. People counted in a sentence about one operation are the size of that operation, not a total.
 */
export function selectFigures(
  cues: Cues,
  st: DocState,
  text: string,
  tokens: readonly Token[],
  smask: number,
  times: readonly TimeExpr[],
  cands: readonly Candidate[],
): Candidate[] {
  // People arrested or brought back in one operation ("arrested three militants on Thursday", "announced Sunday
  // the repatriation of eight Moroccans") are the size of that operation, not a tally. Hundreds of people are not
  // the size of one operation, whatever the sentence's nouns ("3,000 persons … of the network were detained").
  const oneOp = (c: Candidate) =>
    c.metric !== null && OPERATION_METRICS.has(c.metric) && c.personHead && !c.isSubset && c.num.value < ONE_OPERATION_MAX;
  const singleOp = cands.some(oneOp) && aboutOneOperation(cues, text, tokens, smask, times);
  return cands.filter((c) => c.metric !== null && !c.veto && !repeatsKnownCount(cues, st, tokens, c) && !(singleOp && oneOp(c)) && !knownGroup(cues, tokens, c));
}

/** "the four suspects were arrested", "repatriated the eight individuals": a group already met, not a new count. */
function knownGroup(cues: Cues, tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.num.tok - 1];
  return c.personHead && c.qualifier === 'exact' && c.num.value < ONE_OPERATION_MAX && before !== undefined && cues.definite.has(before.lower);
}

/** The sentence reports one operation ("a 13-person cell", "arrested three militants on Thursday"), not a tally. */
export function aboutOneOperation(cues: Cues, text: string, tokens: readonly Token[], smask: number, times: readonly TimeExpr[]): boolean {
  if (cues.aggregate.presentIn(smask) && hasPhrase(tokens, cues.aggregate)) return false;
  // "arrested three militants … on Thursday": dated to a day, with no year or span, it is one event.
  if (cues.dayWords.presentIn(smask) && hasPhrase(tokens, cues.dayWords)) {
    let spanOrYear = false;
    for (const t of times) if (t.kind !== 'publication' && t.kind !== 'ignored') spanOrYear = true;
    if (!spanOrYear) return true;
  }
  // "Morocco repatriates eight alleged militants": a verb that names one operation, with no span of time.
  if (cues.singleVerb.presentIn(smask) && hasPhrase(tokens, cues.singleVerb)) {
    let span = false;
    for (const t of times) if (t.kind === 'since' || t.kind === 'range' || t.kind === 'pastSpan' || t.kind === 'soFar') span = true;
    if (!span) return true;
  }
  if (!cues.singleNoun.presentIn(smask)) return false;
  for (let k = 0; k < tokens.length; k++) {
    const m = cues.singleNoun.longestAt(tokens, k);
    if (!m) continue;
    const noun = tokens[k]!.lower;
    if (noun.endsWith('s') && noun !== 'cas') continue; // plural: several operations
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (hasPunct(text, tokens[j]!.end, tokens[j + 1]!.start)) break;
      if (cues.singleDet.longestAt(tokens, j)) return true;
    }
  }
  return false;
}

/** "the 2,009 cells": a definite article before a value this document already gave for the metric. */
export function repeatsKnownCount(cues: Cues, st: DocState, tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.num.tok - 1];
  if (!before || !cues.definite.has(before.lower) || c.qualifier !== 'exact') return false;
  return st.seen.get(c.metric!)?.has(c.num.value) === true;
}

/** Records the figures of a sentence as known counts, for `repeatsKnownCount` in the sentences after. */
export function rememberFigures(st: DocState, figs: readonly Candidate[]): void {
  for (const c of figs) {
    const metric = c.metric!;
    let values = st.seen.get(metric);
    if (values === undefined) {
      values = new Set();
      st.seen.set(metric, values);
    }
    values.add(c.num.value);
  }
}
