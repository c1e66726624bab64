import type { ExtractedFigure, ParsedDocument, PartialDate, Qualifier } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import { LEXICON, type FeatureKind } from './lexicon';
import { findNumbers, type NumberMention } from './numbers';
import { splitSentences, type Span } from './segment';
import { maskUnion, PhraseSet, phraseSet, tokenize, type Token } from './tokens';
import { findTimes, type TimeExpr } from './time';
import { reconcile } from './reconcile';

/* ------------------------------------------------------------------ compiled lexicon */

type HeadKind =
  | { type: 'metric'; metric: string }
  | { type: 'attack' }
  | { type: 'person'; feature: FeatureKind | null }
  | { type: 'unit' };

const HEADS = new PhraseSet<HeadKind>();
for (const h of LEXICON.heads) for (const p of h.phrases) HEADS.add(p, { type: 'metric', metric: h.metric });
for (const p of LEXICON.attackNouns) HEADS.add(p, { type: 'attack' });
for (const g of LEXICON.persons) for (const p of g.phrases) HEADS.add(p, { type: 'person', feature: g.feature ?? null });
for (const p of LEXICON.units) HEADS.add(p, { type: 'unit' });

const FEATURES = new PhraseSet<FeatureKind>();
for (const [kind, phrases] of Object.entries(LEXICON.features) as [FeatureKind, string[]][]) {
  for (const p of phrases) FEATURES.add(p, kind);
}
const QUALIFIERS = new PhraseSet<Qualifier>();
for (const q of LEXICON.qualifiersBefore) QUALIFIERS.add(q.phrase, q.qualifier);
const EXCEED = phraseSet(LEXICON.exceedVerbs, true);
const BLOCKING = new Set(LEXICON.blockingBefore);
const AGE_WORDS = new Set(LEXICON.ageWords);
const DEFINITE = new Set(LEXICON.definiteBefore);
const SUBSET_AFTER = phraseSet(LEXICON.subsetAfter, true);
const SUBSET_BEFORE = phraseSet(LEXICON.subsetBefore, true);
const COORD = phraseSet(LEXICON.coordinators, true);
const ADDITIONAL = phraseSet(LEXICON.additionalMarkers, true);
const PARTIAL = phraseSet(LEXICON.partialSubset, true);
const ANAPHORS = new Set(LEXICON.anaphors);
const PLOT_MODS = new Set(LEXICON.plotModifiers);
const MONTHS = new Map(Object.entries(LEXICON.months));
const SINGLE_DET = phraseSet(LEXICON.singleOperation.determiners, true, false);
const SINGLE_NOUN = phraseSet(LEXICON.singleOperation.nouns, true);
const AGGREGATE = phraseSet(LEXICON.aggregateCues, true);
const DAY_WORDS = phraseSet(LEXICON.dayWords, true);
const PERSON_METRICS = new Set(['arrests', 'foreign_fighters', 'returnees', 'returnees_prosecuted']);
const OTHER_SUBJECTS = new Set(LEXICON.otherSubjects);
const SCOPES = new PhraseSet<string>();
for (const s of LEXICON.scopes) for (const p of s.phrases) SCOPES.add(p, s.scope);
const SOURCES = new PhraseSet<string>();
for (const s of LEXICON.sources) for (const p of s.phrases) SOURCES.add(p, s.name);
const AGENCIES = new PhraseSet<{ created: string; scope: string }>();
for (const a of LEXICON.agencies) for (const n of a.names) AGENCIES.add(n, { created: a.created, scope: a.scope });
const ATTR_BEFORE = phraseSet(LEXICON.attributionCues.before, true);
const ATTR_AFTER = phraseSet(LEXICON.attributionCues.after, true);
const PARTICIPLES = phraseSet(LEXICON.attributionCues.participles, true);
const AUXILIARIES = new Set(LEXICON.attributionCues.auxiliaries);

/** Words that end the modifier run between a number and its noun ("273 were detained", "19 last year"). */
const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'who', 'which', 'that',
  'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'last', 'this', 'next', 'so',
  'since', 'during', 'over', 'as', 'than', 'de', "d'", 'du', 'des', 'les', 'le', 'la', "l'", 'et', 'ou', 'à', 'au',
  'aux', 'en', 'dans', 'sur', 'par', 'pour', 'qui', 'que', "qu'", 'ont', 'sont', 'été', 'avaient', 'étaient', 'ont',
  'a', 'depuis', 'cette', 'ce', 'ces', 'dernier', 'dernière', 'puis', 'while', 'whose', 'whom', 'autres', 'other',
  'others', 'all', 'tous', 'toutes', 'were', 'did', 'not', "n'", 'se', "s'", 'y', 'ne', 'avait', 'était',
]);

/* ------------------------------------------------------------------ public engine */

interface Period {
  start: PartialDate | null;
  end: PartialDate | null;
  cumulative: boolean;
}

interface DocState {
  doc: ParsedDocument;
  pubYear: number | null;
  contextYear: number | null;
  statementYear: number | null;
  lastCumulative: Period | null;
  stockMode: boolean;
  lastFigure: Candidate | null;
  lastFullDate: PartialDate | null;
  attribution: string | null;
  agencyScope: string | null;
  /** metric → values of the figures found so far, to recognise "the 2,009 cells" as a back-reference. */
  seen: Map<string, Set<number>>;
}

interface Candidate {
  num: NumberMention;
  qualifier: Qualifier;
  qStart: number;
  metric: string | null;
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

const STOCK_METRICS = new Set(['foreign_fighters', 'returnees', 'returnees_prosecuted']);
const MAX_ZONE = 16;

export function extractFigures(doc: ParsedDocument): ExtractedFigure[] {
  const text = doc.text;
  const bodyStart = Math.max(0, Math.min(doc.bodyStart, text.length));
  const bodyEnd = Math.max(bodyStart, Math.min(doc.bodyEnd, text.length));
  const pubYear = doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : null;
  const st: DocState = {
    doc, pubYear, contextYear: null, statementYear: null, lastCumulative: null, stockMode: false, lastFigure: null,
    lastFullDate: null, attribution: null, agencyScope: null, seen: new Map(),
  };
  // A title naming a report year ("Country Reports on Terrorism 2022: Morocco") dates the whole text.
  if (doc.title) {
    const tt = tokenize(doc.title, 0, doc.title.length);
    // …and a source it names speaks until the body names another.
    st.attribution = sourceNear(tt, 0, tt.length);
    for (const t of findTimes(doc.title, tt, pubYear, doc.publishedAt, null, { start: 0, end: doc.title.length })) {
      if (t.kind === 'reportYear' && t.year !== null) {
        st.statementYear = t.year;
        st.contextYear = t.year;
      }
    }
  }
  const out: ExtractedFigure[] = [];
  for (const s of splitSentences(text, bodyStart, bodyEnd)) {
    if (!worthReading(text, s.start, s.end) || isCrossLink(text, s)) continue;
    for (const c of analyzeSentence(st, s)) out.push(toFigure(doc, c));
  }
  return reconcile(out, text);
}

/* Pre-scan: a sentence with no digit, no number word and no word of an attribution cue, source or agency can state
   no figure and change no context, so it is skipped before tokenizing. Words are hashed in place (no strings, no
   objects); a hash collision only costs a needless full read, never a missed figure. */
const CROSS_LINK_RE = new RegExp(
  `^(?:${LEXICON.crossLinks.map((c) => c.replace(/[.*+?^$\{\}()|[\]\\]/g, '\\$&').replace(/:$/, '')).join('|')})\\s*[:\\-–—»>]`,
  'i',
);

/** "Read also: Morocco dismantles 3 cells" — a link to another article, on its own line. */
function isCrossLink(text: string, s: Span): boolean {
  // Only at the start of a line; the look-back is bounded to keep the pass linear.
  let i = s.start;
  while (i > 0 && s.start - i < 4 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n') return false;
  return CROSS_LINK_RE.test(text.slice(s.start, Math.min(s.end, s.start + 40)));
}

function fnvWord(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return h;
}

const PRESCAN = new Set<number>();
{
  const words: string[] = [
    ...Object.keys(LEXICON.numberWords),
    ...LEXICON.zeroWords,
    'any',
    ...Object.keys(LEXICON.approxWords),
    ...LEXICON.singleOne,
    ...LEXICON.attributionCues.before,
    ...LEXICON.attributionCues.after,
    ...LEXICON.sources.flatMap((x) => x.phrases),
    ...LEXICON.agencies.flatMap((a) => a.names),
  ];
  for (const phrase of words) {
    for (const w of phrase.toLowerCase().split(/[^\p{L}\p{M}]+/u)) if (w.length > 0) PRESCAN.add(fnvWord(w));
  }
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

function isPrescanWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 256) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  // Beyond Latin-1: treat as part of a word; such words are then compared by hash like any other.
  return !(c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x202f || c === 0x2009);
}

function worthReading(text: string, from: number, to: number): boolean {
  let h = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (isPrescanWordCode(c)) {
      if (!inWord) {
        h = 2166136261;
        inWord = true;
      }
      h = Math.imul(h ^ lowerCode(c), 16777619);
    } else if (inWord) {
      if (PRESCAN.has(h)) return true;
      inWord = false;
    }
  }
  return inWord && PRESCAN.has(h);
}

function toFigure(doc: ParsedDocument, c: Candidate): ExtractedFigure {
  const text = doc.text;
  const interval = intervalFor(c.qualifier, c.num.value);
  const start = c.quoteStart;
  const end = c.quoteEnd;
  const p = c.period ?? { start: null, end: doc.publishedAt, cumulative: true };
  return {
    metric: c.metric ?? 'unknown',
    value: c.num.value,
    valueText: text.slice(Math.min(c.qStart, c.num.glueStart ?? c.num.start), c.num.end),
    qualifier: c.qualifier,
    lower: interval.lower,
    upper: interval.upper,
    periodStart: p.start,
    periodEnd: p.end,
    cumulative: p.cumulative,
    asOf: doc.publishedAt,
    scope: c.scopes.length > 0 ? c.scopes.join('; ') : null,
    attributedTo: c.attribution,
    quote: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    flags: [...new Set([...c.num.flags, ...c.flags])],
  };
}

/* ------------------------------------------------------------------ per sentence */

function analyzeSentence(st: DocState, s: Span): Candidate[] {
  const text = st.doc.text;
  // Cheap pre-check: sentences with no digit still may hold number words, so we only skip nothing here;
  // tokenizing is linear and the per-token work below is a couple of map lookups.
  const tokens = tokenize(text, s.start, s.end);
  if (tokens.length === 0) return [];
  const smask = maskUnion(tokens);
  const nums = findNumbers(text, tokens);
  if (nums.length === 0) {
    // A sentence without numbers can still name who speaks for the next one.
    updateAttribution(st, text, tokens, smask, false);
    if (AGENCIES.presentIn(smask)) {
      const agency = findAgency(tokens);
      if (agency) st.agencyScope = agency;
    }
    return [];
  }
  const times = findTimes(text, tokens, st.pubYear, st.doc.publishedAt, st.lastFullDate, s, isCountedYear, smask);
  for (const t of times) {
    if (t.fullDate) st.lastFullDate = t.fullDate;
    if (t.kind === 'reportYear' && t.year !== null) {
      st.statementYear = t.year;
      st.contextYear = t.year;
    }
    if (t.kind === 'statement' && t.year !== null) st.statementYear = t.year;
  }
  const agencyHere = AGENCIES.presentIn(smask) ? findAgency(tokens) : null;

  const consumed = new Uint8Array(tokens.length);
  for (const t of times) for (let k = t.tokFrom; k < t.tokTo; k++) consumed[k] = 1;

  // Which numbers are "reference" numbers ("50 of the 168 cells": 168 only points back).
  // Years, dates, article numbers and ages are dropped first so they do not cut the zones of real counts.
  const live: NumberMention[] = [];
  for (const n of nums) {
    if (consumed[n.tok] === 1 && !(n.yearLike && isCountedYear(text, tokens, n.tok))) continue;
    if (isDatePart(tokens, n)) continue;
    const prev = tokens[n.tok - 1];
    if (prev && BLOCKING.has(prev.lower) && n.kind === 'digits') continue;
    if (nearAgeWord(text, tokens, n.tok)) continue;
    live.push(n);
  }
  const refSkip = new Set<number>();
  const cands: Candidate[] = [];
  for (let ni = 0; ni < live.length; ni++) {
    if (refSkip.has(live[ni]!.tok)) continue;
    const c = buildCandidate(st, text, tokens, live, ni, refSkip);
    if (c) cands.push(c);
  }

  // Metric by inheritance for bare numbers.
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
          if (p.metric && PERSON_METRICS.has(p.metric)) ante = p;
        }
        const opensWithAnaphor = tokens[0] !== undefined && ANAPHORS.has(tokens[0].lower);
        if (!ante && opensWithAnaphor && st.lastFigure && st.lastFigure.metric && STOCK_METRICS.has(st.lastFigure.metric)) ante = st.lastFigure;
      }
      if (ante && (ante.metric || ante.veto)) {
        c.antecedent = ante;
        c.metric = ante.metric;
        c.veto = ante.veto;
      }
    } else if (c.metric !== null && (c.isSubset || c.isElliptic)) {
      c.antecedent = prevFig ?? (c.isSubset ? st.lastFigure : null);
      if (c.antecedent && c.antecedent.veto) c.antecedent = null;
    }
    if (c.antecedent && (c.isSubset || (c.isElliptic && !c.additional)) && c.metric && c.antecedent.metric) {
      c.metric = refineWithAntecedent(c.metric, c.antecedent.metric);
    }
    if (c.metric !== null || c.veto) prevFig = c;
  }

  // "the 2,009 cells" repeats a count already given in this document: not a new figure. People counted in a
  // sentence about one operation are the size of that operation, not a total.
  let personCount = false;
  for (const c of cands) if (c.metric === 'arrests' && c.personHead && !c.isSubset) personCount = true;
  const singleOp = personCount && aboutOneOperation(text, tokens, smask, times);
  const figs = cands.filter(
    (c) => c.metric !== null && !c.veto && !repeatsKnownCount(st, tokens, c) && !(singleOp && c.metric === 'arrests' && c.personHead && !c.isSubset),
  );
  updateAttribution(st, text, tokens, smask, figs.length > 0);
  assignTimes(text, times, figs);
  const sentenceLead = times.filter((t) => figs[0] && t.end <= figs[0].num.start && t.kind !== 'publication');
  for (let i = 0; i < figs.length; i++) {
    const c = figs[i]!;
    c.period = resolvePeriod(st, c, figs, i, times, sentenceLead);
    // Scope: the agency named as subject, then narrowing phrases in the figure's own words.
    const scopes: string[] = [];
    const agency = agencyHere ?? (c.antecedent ? null : st.agencyScope);
    if (c.antecedent) for (const s0 of c.antecedent.scopes) if (s0 === 'BCIJ operations') scopes.push(s0);
    if (agency && !scopes.includes(agency) && c.period && c.period.start === '2015') scopes.push(agency);
    const subject = AGENCIES.presentIn(smask) ? agencySubjectOf(text, tokens, c) : null;
    if (subject && !scopes.includes(subject)) scopes.unshift(subject);
    for (const sc of ownScopes(tokens, c, nextLiveTok(live, c))) if (!scopes.includes(sc)) scopes.push(sc);
    c.scopes = scopes;
    c.attribution = st.attribution;
    extendQuote(c, s);
    if (STOCK_METRICS.has(c.metric!) && c.period && c.period.start === null) st.stockMode = true;
    if (c.period?.cumulative && c.period.start !== null) {
      st.lastCumulative = c.period;
      st.stockMode = false;
    }
    if (c.period && !c.period.cumulative && c.period.start && c.period.start.length === 4) {
      st.contextYear = Number(c.period.start);
    }
  }
  if (agencyHere) st.agencyScope = agencyHere;
  for (const c of figs) {
    const metric = c.metric!;
    let values = st.seen.get(metric);
    if (values === undefined) {
      values = new Set();
      st.seen.set(metric, values);
    }
    values.add(c.num.value);
  }
  const last = figs[figs.length - 1];
  if (last) st.lastFigure = last;
  return figs;
}

/** A year-like number followed by a counted noun ("2000 Moroccan nationals") is a count, not a year. */
function isCountedYear(text: string, tokens: readonly Token[], tok: number): boolean {
  const h = headAfter(tokens, tok + 1, text, 0);
  return h !== null && (h.kind.type === 'person' || h.kind.type === 'metric');
}

/** "aged between 18 and 35", "âgées de 24 et 28 ans": a few tokens back, without crossing punctuation. */
function nearAgeWord(text: string, tokens: readonly Token[], tok: number): boolean {
  for (let k = tok - 1; k >= Math.max(0, tok - 5); k--) {
    const t = tokens[k]!;
    if (AGE_WORDS.has(t.lower) && t.lower !== 'ans') return true;
    const next = tokens[k + 1]!;
    if (hasPunct(text, t.end, next.start)) return false;
  }
  return false;
}

function aboutOneOperation(text: string, tokens: readonly Token[], smask: number, times: readonly TimeExpr[]): boolean {
  if (AGGREGATE.presentIn(smask) && hasPhrase(tokens, AGGREGATE)) return false;
  // "arrested three militants … on Thursday": dated to a day, with no year or span, it is one event.
  if (DAY_WORDS.presentIn(smask) && hasPhrase(tokens, DAY_WORDS)) {
    let spanOrYear = false;
    for (const t of times) if (t.kind !== 'publication' && t.kind !== 'ignored') spanOrYear = true;
    if (!spanOrYear) return true;
  }
  if (!SINGLE_NOUN.presentIn(smask)) return false;
  for (let k = 0; k < tokens.length; k++) {
    const m = SINGLE_NOUN.longestAt(tokens, k);
    if (!m) continue;
    const noun = tokens[k]!.lower;
    if (noun.endsWith('s') && noun !== 'cas') continue; // plural: several operations
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (hasPunct(text, tokens[j]!.end, tokens[j + 1]!.start)) break;
      if (SINGLE_DET.longestAt(tokens, j)) return true;
    }
  }
  return false;
}

function hasPhrase(tokens: readonly Token[], set: PhraseSet<unknown>): boolean {
  for (let k = 0; k < tokens.length; k++) if (set.longestAt(tokens, k)) return true;
  return false;
}

function repeatsKnownCount(st: DocState, tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.num.tok - 1];
  if (!before || !DEFINITE.has(before.lower) || c.qualifier !== 'exact') return false;
  return st.seen.get(c.metric!)?.has(c.num.value) === true;
}

function refineWithAntecedent(own: string, ante: string): string {
  if (ante === 'returnees_prosecuted' && (own === 'returnees' || own === 'arrests')) return ante;
  if (ante === 'returnees' && own === 'arrests') return 'returnees_prosecuted';
  if (ante === 'foreign_fighters' && own === 'arrests') return ante;
  return own;
}

function isDatePart(tokens: readonly Token[], n: NumberMention): boolean {
  if (n.kind !== 'digits' || n.value < 1 || n.value > 31) return false;
  const prev = tokens[n.tok - 1];
  const next = tokens[n.tokEnd];
  return (prev !== undefined && MONTHS.has(prev.lower)) || (next !== undefined && MONTHS.has(next.lower));
}

/** The head noun after a number, skipping up to three modifiers: "168 terrorist cells", "276 planned attacks". */
function headAfter(
  tokens: readonly Token[],
  from: number,
  text: string,
  maxSkip = 3,
): { kind: HeadKind; from: number; to: number; plotMod: boolean } | null {
  let plotMod = false;
  let i = from;
  // "une trentaine d'arrestations", "1,500 of their nationals", "une cinquantaine de ces cellules"
  const first = tokens[i];
  if (first && (first.lower === 'of' || first.lower === 'de' || first.lower === "d'")) {
    const nx = tokens[i + 1];
    if (nx && ['their', 'its', 'his', 'her', 'ses', 'leurs', 'ces', 'these', 'those'].includes(nx.lower)) i += 2;
    else if (first.lower !== 'of') i += 1;
  }
  for (let k = 0; k <= maxSkip; k++) {
    const t = tokens[i];
    if (!t) return null;
    const prev = tokens[i - 1];
    // Scare quotes do not cut a number from its noun: 'more than 150 "terrorist cells"'.
    if (prev && hasPunct(text, prev.end, t.start) && !onlyQuotes(text, prev.end, t.start)) return null;
    const h = HEADS.longestAt(tokens, i);
    if (h) {
      if (h.data.type === 'attack') {
        const before = tokens[i - 1];
        if (before && PLOT_MODS.has(before.lower)) plotMod = true;
      }
      // "50 Islamist militant cells": a person word used as an adjective before the counted noun;
      // "246 Moroccan fighters": the last of a run of person words is the head.
      if (h.data.type === 'person') {
        let kind: HeadKind = h.data;
        let to = h.to;
        for (let j = h.to; j < h.to + 2; j++) {
          const tj = tokens[j];
          if (!tj || STOP.has(tj.lower) || hasPunct(text, tokens[j - 1]!.end, tj.start)) break;
          const h2 = HEADS.longestAt(tokens, j);
          if (h2 && (h2.data.type === 'metric' || h2.data.type === 'attack')) return { kind: h2.data, from: h2.from, to: h2.to, plotMod };
          if (h2 && h2.data.type === 'person' && j === to) {
            kind = h2.data.feature ? h2.data : kind;
            to = h2.to;
            j = h2.to - 1;
          }
        }
        return { kind, from: h.from, to, plotMod };
      }
      return { kind: h.data, from: h.from, to: h.to, plotMod };
    }
    if (STOP.has(t.lower) || t.digits) return null;
    if (PLOT_MODS.has(t.lower)) plotMod = true;
    i++;
  }
  return null;
}

// Clause punctuation: , ; : . ( ) « » " “ ” ! ? — –
const PUNCT = new Uint8Array(256);
for (const ch of ',;:.()«»"!?') PUNCT[ch.charCodeAt(0)] = 1;

function isPunctCode(c: number): boolean {
  return c < 256 ? PUNCT[c] === 1 : c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013;
}

function hasPunct(text: string, from: number, to: number, limit = 8): boolean {
  const end = Math.min(to, from + limit);
  for (let i = from; i < end; i++) if (isPunctCode(text.charCodeAt(i))) return true;
  return false;
}

const QUOTE_OR_SPACE = /^[\s"“”«»\u00a0\u202f]*$/;

function onlyQuotes(text: string, from: number, to: number): boolean {
  return to - from <= 4 && QUOTE_OR_SPACE.test(text.slice(from, to));
}

function hasClauseBreak(text: string, from: number, to: number): boolean {
  const lim = Math.min(to, from + 400);
  for (let i = from; i < lim; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === ':') return true;
  }
  return false;
}

interface Feat {
  kind: FeatureKind;
  tok: number;
  start: number;
  end: number;
}

function featuresIn(tokens: readonly Token[], from: number, to: number, text: string | null = null): Feat[] {
  const out: Feat[] = [];
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) {
    // Reading rightwards (text given): a comma ends the clause, and "most of whom …" is about part of the group.
    if (text !== null && i > from && hasPunct(text, tokens[i - 1]!.end, tokens[i]!.start)) break;
    if (text !== null && PARTIAL.longestAt(tokens, i)) break;
    const m = FEATURES.longestAt(tokens, i);
    if (m) {
      if (m.data !== 'neutral') out.push({ kind: m.data, tok: i, start: tokens[i]!.start, end: tokens[m.to - 1]!.end });
      i = m.to - 1;
    }
  }
  return out;
}

function buildCandidate(
  st: DocState,
  text: string,
  tokens: readonly Token[],
  nums: readonly NumberMention[],
  ni: number,
  refSkip: Set<number>,
): Candidate | null {
  const n = nums[ni]!;
  const prevNum = nums[ni - 1];
  const nextNum = nums[ni + 1];
  const zoneFloor = prevNum ? prevNum.tokEnd : 0;

  // Qualifier right before the number (or glued to it).
  let qualifier: Qualifier = n.kind === 'approx' ? 'about' : 'exact';
  let qStart = n.glueStart ?? n.start;
  let qTok = n.tok;
  if (n.glueWord) {
    const q = LEXICON.qualifiersBefore.find((x) => x.phrase.endsWith(n.glueWord!) && x.phrase.split(' ').length <= 2);
    const prev = tokens[n.tok - 1];
    const two = prev ? `${prev.lower} ${n.glueWord}` : n.glueWord;
    const exact = LEXICON.qualifiersBefore.find((x) => x.phrase === two) ?? LEXICON.qualifiersBefore.find((x) => x.phrase === n.glueWord);
    const chosen = exact ?? q;
    if (chosen) {
      qualifier = chosen.qualifier;
      if (exact && exact.phrase === two && prev) {
        qStart = prev.start;
        qTok = n.tok - 1;
      }
    }
  } else {
    const q = QUALIFIERS.endingAt(tokens, n.tok, zoneFloor);
    if (q) {
      qualifier = q.data;
      qStart = tokens[q.from]!.start;
      qTok = q.from;
    }
  }
  if (n.kind === 'approx' && qualifier === 'exact') qualifier = 'about';
  // "dépasserait désormais la centaine": an exceed verb shortly before.
  for (let k = qTok - 1; k >= Math.max(zoneFloor, qTok - 3); k--) {
    if (EXCEED.longestAt(tokens, k)) {
      qualifier = 'more_than';
      break;
    }
  }

  // "50 of the 168 dismantled cells": the head comes after the reference number, which is skipped.
  let headFrom = n.tokEnd;
  const t1 = tokens[n.tokEnd];
  const t2 = tokens[n.tokEnd + 1];
  if (t1 && t2 && (t1.lower === 'of' || t1.lower === 'des' || t1.lower === 'sur') && t2.lower === 'the' && nextNum && nextNum.tok === n.tokEnd + 2) {
    refSkip.add(nextNum.tok);
    headFrom = nextNum.tokEnd;
  } else if (t1 && (t1.lower === 'of' || t1.lower === 'des') && nextNum && nextNum.tok === n.tokEnd + 1) {
    refSkip.add(nextNum.tok);
    headFrom = nextNum.tokEnd;
  }

  const head = headAfter(tokens, headFrom, text);
  // "24 et 28 ans", "five to fifteen years": share the unit of the coordinated number.
  if (!head && nextNum && nextNum.tok === n.tokEnd + 1 && t1 && COORD.longestAt(tokens, n.tokEnd)) {
    const h2 = headAfter(tokens, nextNum.tokEnd, text);
    if (h2 && h2.kind.type === 'unit') return null;
  }
  if (head?.kind.type === 'unit') return null;
  // "Hoy 24", "France 24": a number straight after a capitalised word inside a sentence is part of a name.
  if (!head && n.kind === 'digits' && n.tok > 1 && isCapitalized(text, tokens[n.tok - 1]) && !hasPunct(text, tokens[n.tok - 1]!.end, n.start)) {
    return null;
  }
  // "across 9 provinces", "in 12 cities": a number followed straight away by a noun we do not count.
  if (!head && countsOtherNoun(text, tokens, nums, ni, n)) return null;
  if (n.kind === 'zero' && !(head && (head.kind.type === 'metric' || head.kind.type === 'attack'))) return null;
  if (n.kind === 'one' && !(head && (head.kind.type === 'metric' || head.kind.type === 'attack'))) return null;
  if (n.yearLike && (!head || head.from !== n.tokEnd)) return null;
  // "2022 Terrorist Incidents:" is a section heading with a year, not 2,022 incidents.
  if (n.yearLike && head && head.kind.type === 'metric' && isCapitalized(text, tokens[head.from])) return null;
  if (n.yearLike && head && head.kind.type !== 'person' && head.kind.type !== 'metric') return null;

  // Ratios: "neuf cellules sur dix".
  const afterHead = head ? head.to : n.tokEnd;
  const r1 = tokens[afterHead];
  const r2 = tokens[afterHead + 1];
  if (r1 && (r1.lower === 'sur' || (r1.lower === 'out' && r2?.lower === 'of'))) {
    const nn = nextNum && nextNum.tok <= afterHead + 2 ? nextNum : undefined;
    if (nn && !nn.yearLike) return null;
  }

  // Subset and ellipsis markers.
  const subAfter = SUBSET_AFTER.longestAt(tokens, n.tokEnd);
  let isSubset = subAfter !== null;
  let leftSubsetTok: number | null = null;
  for (let k = qTok - 1; k >= Math.max(zoneFloor, qTok - 6); k--) {
    const m = SUBSET_BEFORE.longestAt(tokens, k);
    if (m) {
      isSubset = true;
      leftSubsetTok = k;
      break;
    }
  }
  const before = tokens[qTok - 1];
  const additional = ADDITIONAL.longestAt(tokens, n.tokEnd) !== null || ADDITIONAL.endingAt(tokens, qTok, Math.max(zoneFloor, qTok - 3)) !== null;
  const isElliptic =
    additional ||
    (head === null &&
      prevNum !== undefined &&
      before !== undefined &&
      (COORD.endingAt(tokens, qTok, zoneFloor) !== null || hasPunct(text, before.end, tokens[qTok]!.start)));

  // Features around the number.
  const leftFrom = Math.max(zoneFloor, qTok - MAX_ZONE);
  const left = featuresIn(tokens, leftFrom, qTok);
  let rightTo = Math.min(nextNum ? nextNum.tok : tokens.length, afterHead + MAX_ZONE);
  // "185 women and 135 minors have joined": a coordinated number with its own noun shares the predicate.
  if (head && head.kind.type === 'person' && nextNum && nextNum.tok <= afterHead + 2) {
    const h2 = headAfter(tokens, nextNum.tokEnd, text);
    if (h2 && h2.kind.type === 'person') rightTo = Math.min(tokens.length, h2.to + MAX_ZONE);
  }
  const right = featuresIn(tokens, afterHead, rightTo, text);
  if (head && head.kind.type === 'person' && head.kind.feature) {
    right.unshift({ kind: head.kind.feature, tok: head.from, start: tokens[head.from]!.start, end: tokens[head.to - 1]!.end });
  }
  // Left-zone head nouns count when a subset phrase introduced them ("Of those cells, 36 …").
  let leftHead: { kind: HeadKind; from: number; to: number } | null = null;
  if (leftSubsetTok !== null || !head) {
    for (let k = qTok - 1; k >= leftFrom; k--) {
      const h = HEADS.longestAt(tokens, k);
      if (h && h.to <= qTok && (h.data.type === 'metric' || h.data.type === 'attack')) {
        leftHead = { kind: h.data, from: h.from, to: h.to };
        break;
      }
    }
  }

  let metric: string | null = null;
  let veto = false;
  let usedLeft: number | null = null;
  // "12 women and 20 children …": the second group shares whatever the first one did.
  const coordinatedPeople =
    head !== null && head.kind.type === 'person' && prevNum !== undefined && n.tok - prevNum.tokEnd <= 3 && n.tok - prevNum.tokEnd >= 2 &&
    COORD.endingAt(tokens, qTok, prevNum.tokEnd) !== null && HEADS.longestAt(tokens, prevNum.tokEnd)?.data.type === 'person';
  let usedRight: number | null = head ? tokens[head.to - 1]!.end : null;

  const nearestLeft = left[left.length - 1];
  const firstRight = right[0];
  if (coordinatedPeople) {
    // decided by inheritance from the group before
  } else if (head && head.kind.type === 'metric') {
    metric = head.kind.metric;
  } else if (head && head.kind.type === 'attack') {
    const foilNear = nearestLeft && nearestLeft.kind === 'foil';
    metric = head.plotMod || foilNear ? 'plots_foiled' : 'terrorist_incidents';
    if (foilNear) usedLeft = nearestLeft!.start;
  } else {
    const primary =
      firstRight && firstRight.tok - afterHead <= 3 && !head
        ? firstRight
        : nearestLeft && (!firstRight || qTok - nearestLeft.tok <= 6)
          ? nearestLeft
          : firstRight;
    const primaryKind = primary?.kind;
    // The first predicate after the counted people decides a veto: "246 Moroccan fighters have been killed".
    let firstPredicate: Feat | undefined;
    for (const f of right) if (!head || f.tok >= head.to) { firstPredicate = f; break; }
    const returned = hasFeature(left, right, 'return');
    if (primaryKind === 'kill' || (primaryKind === 'held' && !returned) || firstPredicate?.kind === 'kill' || (firstPredicate?.kind === 'held' && !returned)) {
      veto = true;
    } else if (hasFeature(left, right, 'return') && hasFeature(left, right, 'arrest') && (head || !leftHead)) {
      metric = 'returnees_prosecuted';
    } else if (hasFeature(left, right, 'return')) {
      metric = 'returnees';
    } else if (primaryKind === 'arrest') metric = 'arrests';
    else if (primaryKind === 'fight') metric = 'foreign_fighters';
    else if (primaryKind === 'dismantle' && !head) metric = leftHead?.kind.type === 'metric' ? leftHead.kind.metric : 'cells_dismantled';
    // People "neutralised" / "mis hors d'état de nuire" are people arrested.
    else if (primaryKind === 'dismantle' && head?.kind.type === 'person') metric = 'arrests';
    else if (primaryKind === 'foil' && !head) metric = 'plots_foiled';
    else if (hasFeature(left, right, 'fight')) metric = 'foreign_fighters';
    else if (hasFeature(left, right, 'arrest')) metric = 'arrests';
    if (!metric && !veto && leftHead && leftHead.kind.type === 'metric' && (leftSubsetTok !== null || numberOfFrame(tokens, leftHead.from))) {
      metric = leftHead.kind.metric;
      usedLeft = tokens[leftHead.from]!.start;
    }
    // "Le nombre de combattants marocains … s'élève à 1622": the people named in a number-of frame.
    if (!metric && !veto && !head) {
      const framed = framedPeople(tokens, leftFrom, qTok);
      if (framed) {
        metric = framed.metric;
        usedLeft = Math.min(usedLeft ?? tokens[framed.from]!.start, tokens[framed.from]!.start);
      }
    }
    if (primary && metric) {
      if (primary.tok < qTok) usedLeft = Math.min(usedLeft ?? primary.start, primary.start);
      else usedRight = Math.max(usedRight ?? 0, primary.end);
    }
    // Everything needed to name the population: include returned/arrested cues in the quote.
    for (const f of right) if (metric && (f.kind === 'return' || f.kind === 'arrest' || f.kind === 'fight')) usedRight = Math.max(usedRight ?? 0, f.end);
    for (const f of left) if (metric && (f.kind === 'return' || f.kind === 'arrest') && qTok - f.tok <= 8) usedLeft = Math.min(usedLeft ?? f.start, f.start);
    // A bare number with no cue of its own waits for inheritance.
    if (!metric && !veto && !head && !isSubset && !isElliptic) {
      // "They were accompanied by 290 women": a person count right after a population figure.
    }

  }
  if (leftSubsetTok !== null) usedLeft = Math.min(usedLeft ?? tokens[leftSubsetTok]!.start, tokens[leftSubsetTok]!.start);

  const qs = Math.min(qStart, n.glueStart ?? n.start);
  return {
    num: n,
    qualifier,
    qStart: qs,
    metric,
    veto,
    headEnd: head ? tokens[head.to - 1]!.end : n.end,
    headTok: head ? head.to : n.tokEnd,
    isSubset,
    isElliptic,
    personHead: head !== null && head.kind.type === 'person',
    additional,
    antecedent: null,
    period: null,
    scopes: [],
    quoteStart: Math.min(qs, usedLeft ?? qs),
    quoteEnd: Math.max(n.end, usedRight ?? n.end, head ? tokens[head.to - 1]!.end : n.end),
    ownTimes: [],
    flags: [],
    attribution: null,
  };
}

function hasFeature(left: readonly Feat[], right: readonly Feat[], k: FeatureKind): boolean {
  for (const f of left) if (f.kind === k) return true;
  for (const f of right) if (f.kind === k) return true;
  return false;
}

function countsOtherNoun(text: string, tokens: readonly Token[], nums: readonly NumberMention[], ni: number, n: NumberMention): boolean {
  const next = tokens[n.tokEnd];
  if (!next || next.digits || hasPunct(text, n.end, next.start)) return false;
  if (
    STOP.has(next.lower) || FEATURES.canStart(next) || HEADS.canStart(next) || SUBSET_AFTER.canStart(next) ||
    ADDITIONAL.canStart(next) || SUBSET_BEFORE.longestAt(tokens, n.tokEnd) !== null
  ) {
    return false;
  }
  if (!/^\p{L}/u.test(next.lower)) return false;
  // "huit Syriens, trois Afghans": a breakdown by nationality (or a proper name) is not a count of what we measure.
  if (isCapitalized(text, next)) return true;
  // Subset and elliptic numbers borrow their noun from the figure before ("Of those detained, 40 acted alone").
  const prev = tokens[n.tok - 1];
  if (ni > 0 && prev && (COORD.canStart(prev) || hasPunct(text, prev.end, n.start))) return false;
  for (let k = n.tok - 1; k >= Math.max(0, n.tok - 6); k--) if (SUBSET_BEFORE.longestAt(tokens, k)) return false;
  if (ADDITIONAL.endingAt(tokens, n.tok, Math.max(0, n.tok - 3))) return false;
  void nums;
  return true;
}

const PERSON_FEATURE_METRIC: Partial<Record<FeatureKind, string>> = { fight: 'foreign_fighters', return: 'returnees', arrest: 'arrests' };

/** A person noun right after "the number of" / "le nombre de" in the zone before a number, with what they did. */
function framedPeople(tokens: readonly Token[], from: number, to: number): { metric: string; from: number } | null {
  for (let k = to - 1; k >= from; k--) {
    const h = HEADS.longestAt(tokens, k);
    if (!h || h.to > to || h.data.type !== 'person' || !numberOfFrame(tokens, h.from, 2)) continue;
    const feature = h.data.feature ?? featuresIn(tokens, h.to, to)[0]?.kind;
    const metric = feature ? PERSON_FEATURE_METRIC[feature] : undefined;
    return metric ? { metric, from: k } : null;
  }
  return null;
}

/** "the number of cells … at a dozen", "le nombre de cellules … la centaine". */
function numberOfFrame(tokens: readonly Token[], headFrom: number, reach = 4): boolean {
  for (let k = headFrom - 1; k >= Math.max(0, headFrom - reach); k--) {
    const w = tokens[k]!.lower;
    if (w === 'number' || w === 'nombre' || w === 'total' || w === 'tally' || w === 'count') return true;
  }
  return false;
}

/* ------------------------------------------------------------------ time */

function assignTimes(text: string, times: readonly TimeExpr[], figs: Candidate[]): void {
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

const PERIOD_RANK: Record<string, number> = {
  since: 0, range: 0, pastSpan: 1, year: 1, creation: 1.5, sameOperations: 1.5, lastYear: 1, previousYear: 1, thisYear: 1, sameYear: 1, theYear: 1, statement: 2,
  samePeriod: 2, soFar: 3, now: 3, reportYear: 4,
};

function pickTime(times: readonly TimeExpr[]): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (const t of times) {
    const r = PERIOD_RANK[t.kind];
    if (r === undefined) continue;
    if (!best || r < PERIOD_RANK[best.kind]!) best = t;
  }
  return best;
}

function resolvePeriod(
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
  if (st.contextYear !== null) return yearPeriod(st.contextYear);
  return { start: null, end: st.doc.publishedAt, cumulative: true };
}

function stockEnd(st: DocState, times: readonly TimeExpr[]): PartialDate | null {
  const pub = st.doc.publishedAt;
  for (const t of times) if ((t.kind === 'year' || t.kind === 'reportYear') && t.year !== null) return String(t.year);
  for (const t of times) if (t.kind === 'statement' && t.year !== null) return String(t.year);
  for (const t of times) if (t.kind === 'now') return pub;
  if (st.statementYear !== null) return String(st.statementYear);
  return pub;
}

function stockPeriod(st: DocState, times: readonly TimeExpr[]): Period {
  return { start: null, end: stockEnd(st, times), cumulative: true };
}

function fromTime(st: DocState, t: TimeExpr, times: readonly TimeExpr[]): Period | null {
  const pub = st.doc.publishedAt;
  switch (t.kind) {
    case 'since':
    case 'creation':
      return { start: t.date, end: pub, cumulative: true };
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

function yearPeriod(y: number): Period {
  return { start: String(y), end: String(y), cumulative: false };
}

function yearIn(times: readonly TimeExpr[]): number | null {
  for (const t of times) if (t.kind === 'year' && t.year !== null) return t.year;
  return null;
}

/* ------------------------------------------------------------------ scope, attribution, quote */

function nextLiveTok(live: readonly NumberMention[], c: Candidate): number | null {
  for (const n of live) if (n.tok > c.num.tok) return n.tok;
  return null;
}

function ownScopes(tokens: readonly Token[], c: Candidate, nextTok: number | null): string[] {
  const out: string[] = [];
  const from = c.num.tokEnd;
  const to = Math.min(tokens.length, nextTok ?? from + 14, from + 14);
  for (let k = from; k < to; k++) {
    const m = SCOPES.longestAt(tokens, k);
    if (m && !out.includes(m.data)) {
      if (m.data === 'returned from Libya' && !(c.metric === 'returnees' || c.metric === 'returnees_prosecuted')) continue;
      if (m.data === 'linked to conflict zones' && (c.metric === 'returnees' || c.metric === 'returnees_prosecuted' || c.metric === 'foreign_fighters')) continue;
      if (m.data === 'linked to the Syria-Iraq zone' && c.metric === 'foreign_fighters') continue;
      out.push(m.data);
      k = m.to - 1;
    }
  }
  const h = tokens[c.headTok - 1];
  if (h && (h.lower === 'women' || h.lower === 'femmes') && !out.includes('women')) out.unshift('women');
  if (h && /^(minors|children|mineurs|enfants)$/.test(h.lower) && !out.includes('minors')) out.unshift('minors');
  return out;
}

/**
 * The agency is the subject of this figure: it opens the sentence ("Le BCIJ avance …: 21 cellules"), or it comes
 * before the number with a verb of the count between them and no other subject ("the bureau took apart nine cells").
 */
function agencySubjectOf(text: string, tokens: readonly Token[], c: Candidate): string | null {
  let i = 0;
  while (i < tokens.length && i < 3 && STOP.has(tokens[i]!.lower)) i++;
  const opening = AGENCIES.longestAt(tokens, i);
  if (opening && opening.to <= c.num.tok) {
    for (let k = opening.to; k < c.num.tok; k++) if (OTHER_SUBJECTS.has(tokens[k]!.lower)) return null;
    return opening.data.scope;
  }
  for (let k = c.num.tok - 1; k >= Math.max(0, c.num.tok - 12); k--) {
    if (OTHER_SUBJECTS.has(tokens[k]!.lower)) return null;
    const a = AGENCIES.longestAt(tokens, k);
    if (!a) continue;
    if (a.to >= c.num.tok) return null;
    const verbs = featuresIn(tokens, a.to, c.num.tok);
    return verbs.some((f) => f.kind === 'dismantle' || f.kind === 'arrest' || f.kind === 'foil') ? a.data.scope : null;
  }
  return null;
}

function findAgency(tokens: readonly Token[]): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const m = AGENCIES.longestAt(tokens, k);
    if (m) return m.data.scope;
  }
  return null;
}

/** Who states the figures of this sentence: a cue ("according to X", "X said") or a known source named in it;
 *  otherwise the speaker carries over from the sentences before. */
function updateAttribution(st: DocState, text: string, tokens: readonly Token[], smask: number, hasFigures: boolean): void {
  const found = sentenceAttribution(text, tokens, smask, hasFigures);
  if (found !== CARRY) st.attribution = found;
}

const CARRY = '\u0000carry';
const PRONOUN = phraseSet(LEXICON.attributionCues.pronouns, true, false);
const NOT_NAME = new Set(LEXICON.attributionCues.notNames);
const DEFINITE_OR_POSSESSIVE = new Set(['the', 'le', 'la', 'les', "l'", 'son', 'sa', 'ses', 'his', 'her', 'its', 'their', 'leur', 'leurs', 'ce', 'cet', 'cette', 'this', 'that', 'lui', 'him', 'them', 'eux']);

function sentenceAttribution(text: string, tokens: readonly Token[], smask: number, hasFigures: boolean): string {
  let cueSeen = false;
  let backRef = false;
  if (ATTR_BEFORE.presentIn(smask)) {
    for (let k = 0; k < tokens.length; k++) {
      const b = ATTR_BEFORE.longestAt(tokens, k);
      if (!b) continue;
      cueSeen = true;
      let end = b.to;
      while (end < tokens.length && end - b.to < 10 && !hasPunct(text, tokens[end - 1]!.end, tokens[end]!.start)) end++;
      const src = sourceNear(tokens, b.to, end);
      if (src) return src;
      // "selon les bilans présentés par son directeur, Abdelhak Khiame": a full name a little further on.
      const name = fullName(text, tokens, b.to, Math.min(tokens.length, b.to + 14));
      if (name) return name;
      const first = tokens[b.to];
      if (!first || DEFINITE_OR_POSSESSIVE.has(first.lower) || PRONOUN.longestAt(tokens, b.to)) {
        // "selon son directeur": refers back, to a source this sentence may name.
        backRef = true;
        continue;
      }
      // "according to security officials", "d'après des experts": the source as described.
      let from = b.to;
      while (from < end && STOP.has(tokens[from]!.lower)) from++;
      if (from < end) return text.slice(tokens[from]!.start, tokens[end - 1]!.end);
    }
  }
  if (ATTR_AFTER.presentIn(smask) || PARTICIPLES.presentIn(smask)) {
    for (let k = 0; k < tokens.length; k++) {
      let a = ATTR_AFTER.longestAt(tokens, k);
      // French: auxiliary + participle ("a indiqué", "a-t-il précisé"); the cue starts at the auxiliary.
      let french = false;
      if (!a) {
        const p = PARTICIPLES.longestAt(tokens, k + 1);
        if (!p || !AUXILIARIES.has(tokens[k]!.lower)) continue;
        a = { data: true, from: k, to: p.to };
        french = true;
      }
      cueSeen = true;
      const before = tokens[k - 1];
      const tight = before !== undefined && !hasPunct(text, before.end, tokens[k]!.start);
      if (PRONOUN.longestAt(tokens, k) || tokens[k]!.lower.startsWith('a-t-') || tokens[k]!.lower.startsWith('ont-') || (tight && PRONOUN.longestAt(tokens, k - 1))) {
        return CARRY;
      }
      // French inversion: "…, a indiqué Mohamed Moufakir, wali …", "a déclaré son directeur, Habboub Cherkaoui".
      if (french) {
        const after = fullName(text, tokens, a.to, Math.min(tokens.length, a.to + 8));
        if (after) return after;
        const src = sourceNear(tokens, a.to, Math.min(tokens.length, a.to + 8));
        if (src) return src;
        // "a annoncé mardi son directeur": the director of the body this sentence names.
        for (let j = a.to; j < Math.min(tokens.length, a.to + 3); j++) if (DEFINITE_OR_POSSESSIVE.has(tokens[j]!.lower)) backRef = true;
      }
      // "Khiame said", "the DGSN said".
      if (tight) {
        // "le ministère de l'Intérieur a rappelé": a known source ending right before the cue.
        const src = sourceEndingAt(tokens, k);
        if (src) return src;
        const name = nameBefore(text, tokens, k);
        if (name) return name;
      }
      // "Khiame, a career officer …, said", "In February, Mohamed Moufakir, a senior official, said".
      const subject = subjectName(text, tokens, k);
      if (subject) return subject;
      const src = sourceNear(tokens, Math.max(0, k - 10), k);
      if (src) return src;
    }
  }
  if (backRef && hasFigures && SOURCES.presentIn(smask)) {
    const src = sourceNear(tokens, 0, tokens.length);
    if (src) return src;
  }
  if (cueSeen) return CARRY;
  // No cue: a known source named in a sentence that states figures, or opening a sentence, is the one speaking.
  if (SOURCES.presentIn(smask)) {
    const src = sourceNear(tokens, 0, hasFigures ? tokens.length : Math.min(tokens.length, 6));
    if (src) return src;
  }
  return CARRY;
}

function isNameToken(text: string, t: Token | undefined): boolean {
  return t !== undefined && isCapitalized(text, t) && !NOT_NAME.has(t.lower) && !MONTHS.has(t.lower) && !isAllCaps(text, t);
}

/** Two or more capitalised words in a row ("Abdelhak Khiame") within [from, to). */
function fullName(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    if (!isNameToken(text, tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && isNameToken(text, tokens[j]) && !hasPunct(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
    if (j - i >= 2) return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    i = j - 1;
  }
  return null;
}

/** The subject opening the sentence: a full name, or one capitalised word set off by a comma ("Khiame, …, said"). */
function subjectName(text: string, tokens: readonly Token[], cue: number): string | null {
  let i = 0;
  while (i < cue && i < 4 && !isNameToken(text, tokens[i])) {
    if (!(NOT_NAME.has(tokens[i]!.lower) || MONTHS.has(tokens[i]!.lower) || STOP.has(tokens[i]!.lower))) return null;
    i++;
  }
  const full = fullName(text, tokens, i, Math.min(cue, i + 1));
  if (full) return full;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (isNameToken(text, t) && next && text.slice(t!.end, next.start).trim().startsWith(',')) return text.slice(t!.start, t!.end);
  return null;
}

function sourceEndingAt(tokens: readonly Token[], end: number): string | null {
  const m = SOURCES.endingAt(tokens, end, Math.max(0, end - 8));
  return m ? m.data : null;
}

function sourceNear(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const m = SOURCES.longestAt(tokens, k);
    if (m) return m.data;
  }
  return null;
}

function isCapitalized(text: string, t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 256) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  return /^\p{Lu}/u.test(text[t.start]!);
}

/** "BCIJ", "RABAT": three or more capitals (acronyms and datelines are not personal names). */
function isAllCaps(text: string, t: Token): boolean {
  if (t.end - t.start < 3) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) return false;
  }
  return true;
}

function nameBefore(text: string, tokens: readonly Token[], k: number): string | null {
  let i = k;
  while (i > 0 && k - i < 4 && isCapitalized(text, tokens[i - 1]) && !NOT_NAME.has(tokens[i - 1]!.lower)) i--;
  if (i === k) return null;
  return text.slice(tokens[i]!.start, tokens[k - 1]!.end);
}

function extendQuote(c: Candidate, s: Span): void {
  for (const t of c.ownTimes) {
    if (t.kind === 'publication' || t.kind === 'ignored') continue;
    if (t.start < c.quoteStart && c.quoteStart - t.start < 120) c.quoteStart = t.start;
    if (t.end > c.quoteEnd && t.end - c.quoteEnd < 120) c.quoteEnd = t.end;
  }
  c.quoteStart = Math.max(s.start, c.quoteStart);
  c.quoteEnd = Math.min(s.end, c.quoteEnd);
}
