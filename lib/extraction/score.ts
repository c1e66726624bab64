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

export interface ScoreReport {
  overall: Counts & { precision: number; recall: number; f1: number };
  perMetric: Record<string, Counts & { precision: number; recall: number; f1: number }>;
  scopeAgreement: { agree: number; total: number };
  attributionAgreement: { agree: number; total: number };
  misses: Miss[];
  falseFigures: FalseFigure[];
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

const prf = (c: Counts) => {
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
  const misses: Miss[] = [];
  const falseFigures: FalseFigure[] = [];
  let ignored = 0;
  const scopeAgreement = { agree: 0, total: 0 };
  const attributionAgreement = { agree: 0, total: 0 };

  for (const f of files) {
    const answers = f.answers.figures.map((a) => ({ a, spans: locate(f.text, a.quote) }));
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
      const { a } = answers[ai]!;
      if (pick === undefined) {
        bump(a.metric, 'fn');
        misses.push({ file: f.file, answer: a });
        continue;
      }
      used.add(pick);
      matchedPred.add(pick);
      bump(a.metric, 'tp');
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
      falseFigures.push({ file: f.file, prediction: p });
    });
  }

  const per: ScoreReport['perMetric'] = {};
  for (const [m, c] of Object.entries(perMetric)) per[m] = prf(c);
  return { overall: prf(overall), perMetric: per, scopeAgreement, attributionAgreement, misses, falseFigures, ignored };
}
