/**
 * npm run -s eval:extract -- DIR [DIR...]
 * Scores the engine against each DIR/answers.json: every corpus on its own, then all together, per metric and per
 * language, then the errors grouped by cause (see ERROR_CAUSES in lib/extraction/score.ts). A missing or
 * unreadable file, a malformed answers.json or an engine failure is one line under "Problems"; the rest goes on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { QUALIFIERS } from '@/lib/domain/figure';
import { extractFromText } from '@/lib/extraction';
import {
  ERROR_CAUSES,
  ERROR_CAUSE_LABELS,
  locate,
  score,
  type AnswerFigure,
  type AnswerFile,
  type FileInput,
  type Rates,
  type ScoreError,
  type ScoreReport,
  type ScoredFigure,
} from '@/lib/extraction/score';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD').nullable();

const answerFigureSchema = z.object({
  metric: z.string().min(1),
  value: z.number(),
  qualifier: z.enum(QUALIFIERS),
  periodStart: partialDate,
  periodEnd: partialDate,
  cumulative: z.boolean(),
  scope: z.string().nullable().optional(),
  attributedTo: z.string().nullable().optional(),
  quote: z.string().min(1),
}) satisfies z.ZodType<AnswerFigure>;

const answerFileSchema = z.object({
  file: z.string().min(1),
  publishedAt: z.string().nullable().optional(),
  language: z.string().optional(),
  figures: z.array(answerFigureSchema),
  optional: z.array(z.object({ note: z.string().optional(), quote: z.string() })).optional(),
}) satisfies z.ZodType<AnswerFile>;

export interface Corpus {
  /** The directory as named on the command line. */
  name: string;
  inputs: FileInput[];
}

export interface LoadResult {
  corpora: Corpus[];
  /** One line each: what could not be read or scored, and what was done instead. */
  problems: string[];
}

export type Extract = (raw: string, file: string) => { document: { text: string; language: string }; figures: ScoredFigure[] };

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `unreadable (${firstLine(err)})`;
}

/** Reads UTF-8 strictly: a file that is not UTF-8 is reported rather than scored with replacement characters. */
function readUtf8(file: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
}

/**
 * Loads and extracts every labelled file of each directory. Nothing here throws for one bad file or one bad
 * directory: each becomes a line in `problems`. A file the engine fails on is kept with no predictions, so its
 * labelled figures count as missed instead of vanishing from the score.
 */
export function loadCorpora(dirs: readonly string[], extract: Extract = extractFromText, read: (file: string) => string = readUtf8): LoadResult {
  const corpora: Corpus[] = [];
  const problems: string[] = [];
  for (const dir of dirs) {
    const answersPath = path.join(dir, 'answers.json');
    let parsed: unknown;
    try {
      parsed = JSON.parse(read(answersPath));
    } catch (err) {
      problems.push(`${answersPath}: ${err instanceof SyntaxError ? `not valid JSON (${firstLine(err)})` : readProblem(err)}; corpus skipped`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${answersPath}: expected an array of answer entries; corpus skipped`);
      continue;
    }
    const inputs: FileInput[] = [];
    parsed.forEach((entry: unknown, i) => {
      const checked = answerFileSchema.safeParse(entry);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        problems.push(`${answersPath}: entry ${i + 1} skipped (${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'invalid'})`);
        return;
      }
      const answers = checked.data;
      const label = path.join(path.basename(dir), answers.file);
      let raw: string;
      try {
        raw = read(path.join(dir, answers.file));
      } catch (err) {
        problems.push(`${path.join(dir, answers.file)}: ${err instanceof TypeError ? 'not valid UTF-8 text' : readProblem(err)}; file skipped`);
        return;
      }
      let input: FileInput;
      try {
        const { document, figures } = extract(raw, answers.file);
        input = { file: label, text: document.text, answers, predictions: figures, language: document.language };
      } catch (err) {
        problems.push(`${label}: ${firstLine(err)}; its ${answers.figures.length} labelled figures count as missed`);
        input = { file: label, text: raw, answers, predictions: [] };
      }
      for (const a of answers.figures) {
        if (locate(input.text, a.quote).length === 0) problems.push(`${label}: labelled quote not in the text: «${a.quote.slice(0, 80)}»`);
      }
      inputs.push(input);
    });
    corpora.push({ name: dir, inputs });
  }
  return { corpora, problems };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rateLine = (label: string, c: Rates, width: number) =>
  `  ${label.padEnd(width)} P ${pct(c.precision).padStart(6)}  R ${pct(c.recall).padStart(6)}  F1 ${pct(c.f1).padStart(6)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

/** One corpus's (or all corpora's) scores: overall, per language, per metric, agreement on free-text fields. */
export function formatScores(title: string, r: ScoreReport, files: number): string {
  const o = r.overall;
  const lines = [
    `${title} — ${files} files, ${o.tp + o.fn} labelled figures`,
    `  Overall  P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}   (tp ${o.tp}, fp ${o.fp}, fn ${o.fn}; ${r.ignored} optional ignored)`,
    '  Per language',
    ...Object.entries(r.perLanguage).sort().map(([k, c]) => rateLine(k, c, 22).replace(/^/, '  ')),
    '  Per metric',
    ...Object.entries(r.perMetric).sort().map(([k, c]) => rateLine(k, c, 22).replace(/^/, '  ')),
  ];
  const s = r.scopeAgreement;
  const a = r.attributionAgreement;
  lines.push(`  Scope agreement on matched figures:       ${s.agree}/${s.total} (${pct(s.total ? s.agree / s.total : 1)})`);
  lines.push(`  Attribution agreement on matched figures: ${a.agree}/${a.total} (${pct(a.total ? a.agree / a.total : 1)})`);
  return lines.join('\n');
}

function describe(x: AnswerFigure | ScoredFigure): string {
  return `${x.metric} ${x.qualifier} ${x.value} [${x.periodStart}..${x.periodEnd}${x.cumulative ? ' cum' : ''}] «${x.quote.replace(/\s+/g, ' ')}»`;
}

function errorLine(e: ScoreError): string {
  if (e.answer && e.prediction) return `  ${e.file}: want ${describe(e.answer)}\n  ${' '.repeat(e.file.length)}   got ${describe(e.prediction)}`;
  const x = e.answer ?? e.prediction;
  return `  ${e.file}: ${x ? describe(x) : ''}`;
}

/** The errors grouped by cause, in the order of ERROR_CAUSES, with a count per cause first. */
export function formatErrors(errors: readonly ScoreError[]): string {
  const byCause = new Map(ERROR_CAUSES.map((c) => [c, errors.filter((e) => e.cause === c)]));
  const lines = [`Errors by cause (${errors.length})`];
  for (const c of ERROR_CAUSES) lines.push(`  ${ERROR_CAUSE_LABELS[c].padEnd(36)} ${byCause.get(c)!.length}`);
  for (const c of ERROR_CAUSES) {
    const list = byCause.get(c)!;
    if (list.length === 0) continue;
    lines.push('', `${ERROR_CAUSE_LABELS[c]} (${list.length})`, ...list.map(errorLine));
  }
  return lines.join('\n');
}

export function formatEvaluation({ corpora, problems }: LoadResult): string {
  const blocks: string[] = [];
  if (problems.length) blocks.push([`Problems (${problems.length})`, ...problems.map((p) => `  ${p}`)].join('\n'));
  for (const c of corpora) blocks.push(formatScores(`Corpus ${c.name}`, score(c.inputs), c.inputs.length));
  const all = corpora.flatMap((c) => c.inputs);
  const report = score(all);
  if (corpora.length > 1) blocks.push(formatScores('All corpora', report, all.length));
  blocks.push(formatErrors(report.errors));
  return blocks.join('\n\n');
}

function main(): number {
  const dirs = process.argv.slice(2).filter((a) => a !== '--');
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run -s eval:extract -- DIR [DIR...]\n');
    return 2;
  }
  const loaded = loadCorpora(dirs);
  process.stdout.write(`${formatEvaluation(loaded)}\n`);
  return loaded.corpora.length === 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
