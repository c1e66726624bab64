/**
 * Scoring extraction against labelled answers, by the corpus rule: a prediction matches an answer of the same
 * file when metric, value and qualifier are equal, the period agrees at year precision (start year, end year,
 * cumulative flag) and the quotes overlap in the text. Matching is one-to-one. Predictions that overlap an
 * `optional` item and match no answer are neither rewarded nor penalised.
 */

export interface ScoredFigure {
  metric: string;
  value: number;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  cumulative: boolean;
  scope?: string | null;
  attributedTo?: string | null;
  quote: string;
  start: number;
  end: number;
}

/** A labelled answer: a scored figure without offsets (they are found by locating the quote in the text). */
export type AnswerFigure = Omit<ScoredFigure, 'start' | 'end'>;

export interface AnswerFile {
  file: string;
  publishedAt?: string | null;
  language?: string;
  figures: AnswerFigure[];
  optional?: { note?: string; quote: string }[];
}

export interface FileInput {
  file: string;
  text: string;
  answers: AnswerFile;
  predictions: ScoredFigure[];
  /** Used for the per-language score when the answers entry names no language (e.g. the detected one). */
  language?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  file: string;
  answer: AnswerFigure;
}

export interface FalseFigure {
  file: string;
  prediction: ScoredFigure;
}

export type Rates = Counts & { precision: number; recall: number; f1: number };

/**
 * Why an answer was not matched, or why a prediction matched nothing. A miss and a false figure whose quotes
 * overlap and that agree on the metric or on the value are one error, named by the first field that differs
 * (metric, value, qualifier, period); the rest are missed entirely or false figures.
 */
export const ERROR_CAUSES = ['missed', 'wrong_metric', 'wrong_value', 'wrong_qualifier', 'wrong_period', 'false_figure'] as const;
export type ErrorCause = (typeof ERROR_CAUSES)[number];

export const ERROR_CAUSE_LABELS: Record<ErrorCause, string> = {
  missed: 'Missed entirely',
  wrong_metric: 'Wrong metric',
  wrong_value: 'Wrong value',
  wrong_qualifier: 'Wrong qualifier',
  wrong_period: 'Wrong period or running-total flag',
  false_figure: 'False figure',
};

export interface ScoreError {
  cause: ErrorCause;
  file: string;
  /** The labelled figure (absent for a false figure). */
  answer?: AnswerFigure;
  /** The engine's figure (absent for a figure missed entirely). */
  prediction?: ScoredFigure;
}

export interface ScoreReport {
  overall: Rates;
  perMetric: Record<string, Rates>;
  /** By the language of the answers entry (or the file's `language`), `unknown` when neither says. */
  perLanguage: Record<string, Rates>;
  scopeAgreement: { agree: number; total: number };
  attributionAgreement: { agree: number; total: number };
  misses: Miss[];
  falseFigures: FalseFigure[];
  /** Every miss and false figure once, classified; pairs of a miss and a false figure count as one error. */
  errors: ScoreError[];
  ignored: number;
}

const yearOf = (d: string | null | undefined): string | null => (d ? d.slice(0, 4) : null);

export function periodAgrees(a: Pick<ScoredFigure, 'periodStart' | 'periodEnd' | 'cumulative'>, b: Pick<AnswerFigure, 'periodStart' | 'periodEnd' | 'cumulative'>): boolean {
  return yearOf(a.periodStart) === yearOf(b.periodStart) && yearOf(a.periodEnd) === yearOf(b.periodEnd) && a.cumulative === b.cumulative;
}

/** Every occurrence of `quote` in `text`; the answer's offsets are the occurrences (a quote may repeat). */
export function locate(text: string, quote: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!quote) return out;
  let from = 0;
  for (;;) {
    const i = text.indexOf(quote, from);
    if (i < 0) break;
    out.push({ start: i, end: i + quote.length });
    from = i + 1;
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function figureMatches(p: ScoredFigure, a: AnswerFigure, spans: { start: number; end: number }[]): boolean {
  return (
    p.metric === a.metric &&
    p.value === a.value &&
    p.qualifier === a.qualifier &&
    periodAgrees(p, a) &&
    spans.some((s) => overlaps(p, s))
  );
}

function words(s: string | null | undefined): Set<string> {
  const stop = new Set(['the', 'of', 'to', 'in', 'and', 'with', 'a', 'linked', 'via', 'de', 'la', 'le', 'des']);
  return new Set(
    (s ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !stop.has(w)),
  );
}

/** Loose agreement for free-text fields: both empty, or sharing a significant word. */
export function looselyAgrees(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return wa.size === 0 && wb.size === 0;
  for (const w of wa) if (wb.has(w)) return true;
  return false;
}

type Span = { start: number; end: number };

const overlapLength = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The first field in which a prediction differs from an answer, or null when they would match (quote aside). */
export function differingField(p: ScoredFigure, a: AnswerFigure): Exclude<ErrorCause, 'missed' | 'false_figure'> | null {
  if (p.metric !== a.metric) return 'wrong_metric';
  if (p.value !== a.value) return 'wrong_value';
  if (p.qualifier !== a.qualifier) return 'wrong_qualifier';
  if (!periodAgrees(p, a)) return 'wrong_period';
  return null;
}

/** How many of metric, value, qualifier, period differ: the distance used to pick the nearest prediction. */
function distance(p: ScoredFigure, a: AnswerFigure): number {
  return Number(p.metric !== a.metric) + Number(p.value !== a.value) + Number(p.qualifier !== a.qualifier) + Number(!periodAgrees(p, a));
}

/**
 * Classifies one file's unmatched answers and predictions. Each miss is paired with the nearest unpaired false
 * prediction whose quote overlaps the answer's quote and that shares its metric or its value (a different number
 * about a different thing in the same sentence is not a near miss); nearest = fewest differing fields, then the
 * longest overlap. Answers are paired in text order, so the outcome does not depend on prediction order.
 */
export function classifyErrors(
  file: string,
  missed: readonly { answer: AnswerFigure; spans: readonly Span[] }[],
  falsePredictions: readonly ScoredFigure[],
): ScoreError[] {
  const errors: ScoreError[] = [];
  const paired = new Set<number>();
  const ordered = [...missed].sort((x, y) => (x.spans[0]?.start ?? Infinity) - (y.spans[0]?.start ?? Infinity));
  for (const { answer, spans } of ordered) {
    let best = -1;
    let bestDistance = Infinity;
    let bestOverlap = 0;
    falsePredictions.forEach((p, i) => {
      if (paired.has(i)) return;
      if (p.metric !== answer.metric && p.value !== answer.value) return;
      const overlap = Math.max(0, ...spans.map((s) => overlapLength(p, s)));
      const d = distance(p, answer);
      if (overlap === 0 || d === 0) return;
      if (d < bestDistance || (d === bestDistance && overlap > bestOverlap)) {
        best = i;
        bestDistance = d;
        bestOverlap = overlap;
      }
    });
    const prediction = best >= 0 ? falsePredictions[best] : undefined;
    // Candidates equal in every field were skipped above (a duplicate of a prediction used elsewhere is no
    // near miss), so a paired prediction always has a differing field.
    const cause = prediction ? differingField(prediction, answer) : null;
    if (prediction && cause) {
      paired.add(best);
      errors.push({ cause, file, answer, prediction });
    } else {
      errors.push({ cause: 'missed', file, answer });
    }
  }
  falsePredictions.forEach((p, i) => {
    if (!paired.has(i)) errors.push({ cause: 'false_figure', file, prediction: p });
  });
  return errors;
}

const prf = (c: Counts): Rates => {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
};

export function score(files: readonly FileInput[]): ScoreReport {
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const perMetric: Record<string, Counts> = {};
  const bump = (metric: string, k: keyof Counts) => {
    perMetric[metric] ??= { tp: 0, fp: 0, fn: 0 };
    perMetric[metric][k]++;
    overall[k]++;
  };
  const perLanguage: Record<string, Counts> = {};
  const misses: Miss[] = [];
  const falseFigures: FalseFigure[] = [];
  const errors: ScoreError[] = [];
  let ignored = 0;
  const scopeAgreement = { agree: 0, total: 0 };
  const attributionAgreement = { agree: 0, total: 0 };

  for (const f of files) {
    const language = f.answers.language ?? f.language ?? 'unknown';
    perLanguage[language] ??= { tp: 0, fp: 0, fn: 0 };
    const lang = perLanguage[language];
    const answers = f.answers.figures.map((a) => ({ a, spans: locate(f.text, a.quote) }));
    const fileMisses: { answer: AnswerFigure; spans: Span[] }[] = [];
    const fileFalse: ScoredFigure[] = [];
    const optional = (f.answers.optional ?? []).flatMap((o) => locate(f.text, o.quote));
    const used = new Set<number>();
    const matchedPred = new Set<number>();
    // Greedy one-to-one matching, tightest candidate sets first so a prediction that could fill two answers
    // goes to the one nothing else can fill.
    const options = answers.map(({ a, spans }) =>
      f.predictions.map((p, i) => (figureMatches(p, a, spans) ? i : -1)).filter((i) => i >= 0),
    );
    const order = answers.map((_, i) => i).sort((x, y) => options[x]!.length - options[y]!.length);
    for (const ai of order) {
      const pick = options[ai]!.find((pi) => !used.has(pi));
      const { a, spans } = answers[ai]!;
      if (pick === undefined) {
        bump(a.metric, 'fn');
        lang.fn++;
        misses.push({ file: f.file, answer: a });
        fileMisses.push({ answer: a, spans });
        continue;
      }
      used.add(pick);
      matchedPred.add(pick);
      bump(a.metric, 'tp');
      lang.tp++;
      const p = f.predictions[pick]!;
      scopeAgreement.total++;
      if (looselyAgrees(p.scope, a.scope)) scopeAgreement.agree++;
      attributionAgreement.total++;
      if (looselyAgrees(p.attributedTo, a.attributedTo)) attributionAgreement.agree++;
    }
    f.predictions.forEach((p, i) => {
      if (matchedPred.has(i)) return;
      if (optional.some((o) => overlaps(p, o))) {
        ignored++;
        return;
      }
      bump(p.metric, 'fp');
      lang.fp++;
      falseFigures.push({ file: f.file, prediction: p });
      fileFalse.push(p);
    });
    errors.push(...classifyErrors(f.file, fileMisses, fileFalse));
  }

  const rates = (byKey: Record<string, Counts>) => Object.fromEntries(Object.entries(byKey).map(([k, c]) => [k, prf(c)]));
  return {
    overall: prf(overall),
    perMetric: rates(perMetric),
    perLanguage: rates(perLanguage),
    scopeAgreement,
    attributionAgreement,
    misses,
    falseFigures,
    errors,
    ignored,
  };
}
