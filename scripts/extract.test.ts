import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { score } from '@/lib/extraction/score';
import { extractFiles } from './extract';
import { formatEvaluation, loadCorpora } from './eval-extract';

// Only files of this repository: the labelled seed articles (data/seeds/answers.json). Texts kept elsewhere on a
// machine (the dev and real corpora) are scored with `npm run -s eval:extract`, never by a test.
const SEEDS = path.join(process.cwd(), 'data', 'seeds');

const ENTRY_FIELDS = ['figures', 'file', 'language', 'publishedAt'];
const FIGURE_FIELDS = [
  'asOf', 'attributedTo', 'cumulative', 'end', 'flags', 'lower', 'metric', 'periodEnd', 'periodStart', 'qualifier', 'quote', 'scope',
  'start', 'upper', 'value', 'valueText',
];
const nullable = (t: string) => (v: unknown) => v === null || typeof v === t;
const FIGURE_TYPES: Record<string, (v: unknown) => boolean> = {
  metric: (v) => typeof v === 'string',
  value: (v) => typeof v === 'number',
  qualifier: (v) => typeof v === 'string',
  lower: nullable('number'),
  upper: nullable('number'),
  periodStart: nullable('string'),
  periodEnd: nullable('string'),
  cumulative: (v) => typeof v === 'boolean',
  asOf: nullable('string'),
  scope: nullable('string'),
  attributedTo: nullable('string'),
  quote: (v) => typeof v === 'string',
  start: (v) => Number.isInteger(v),
  end: (v) => Number.isInteger(v),
  valueText: (v) => typeof v === 'string',
  flags: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
};

describe('extract command', () => {
  it('gives one entry per file with the documented fields', () => {
    const files: Record<string, string> = { 'a.txt': ' date 2020-06-24 Police dismantled more than 25 cells in 2019.' };
    const { entries, failed } = extractFiles(['a.txt'], (f) => files[f] ?? '');
    expect(failed).toBe(false);
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e).toMatchObject({ file: 'a.txt', language: 'en', publishedAt: '2020-06-24' });
    expect(e.figures[0]).toMatchObject({
      metric: 'cells_dismantled', value: 25, qualifier: 'more_than', lower: 25, upper: null, periodStart: '2019',
      periodEnd: '2019', cumulative: false, asOf: '2020-06-24', scope: null,
    });
    for (const k of ['attributedTo', 'quote', 'start', 'end']) expect(e.figures[0]).toHaveProperty(k);
  });

  it('keeps its JSON contract: exactly these fields, of these types, one entry per file in order', () => {
    const names = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    const files = names.map((f) => path.join(SEEDS, f));
    const { entries, failed } = extractFiles(files);
    expect(failed).toBe(false);
    // Through JSON, as the command prints it: what outside scoring reads.
    const printed = JSON.parse(JSON.stringify(entries)) as Record<string, unknown>[];
    expect(printed.map((e) => e.file)).toEqual(files);
    let figures = 0;
    for (const e of printed) {
      expect(Object.keys(e).sort()).toEqual(ENTRY_FIELDS);
      expect(e.language === 'en' || e.language === 'fr').toBe(true);
      expect(e.publishedAt === null || typeof e.publishedAt === 'string').toBe(true);
      for (const f of e.figures as Record<string, unknown>[]) {
        figures++;
        expect(Object.keys(f).sort()).toEqual(FIGURE_FIELDS);
        for (const [k, ok] of Object.entries(FIGURE_TYPES)) expect(ok(f[k]), `${k} = ${JSON.stringify(f[k])}`).toBe(true);
      }
    }
    expect(figures).toBeGreaterThan(0);
  });

  it('an unreadable file gives an error entry with no figures and marks the run failed', () => {
    const { entries, failed } = extractFiles(['missing.txt'], () => {
      throw new Error('ENOENT: no such file');
    });
    expect(failed).toBe(true);
    expect(entries[0]).toMatchObject({ file: 'missing.txt', figures: [], error: 'ENOENT: no such file' });
  });

  it('an engine failure is an error entry too, not a file with no figures', () => {
    const { entries, failed } = extractFiles(['a.txt', 'b.txt'], () => 'Police dismantled 25 cells in 2019.', (raw, file) => {
      if (file === 'a.txt') throw new Error('extraction failed (boom)');
      return { document: { language: 'en', publishedAt: null } as never, figures: [] };
    });
    expect(failed).toBe(true);
    expect(entries).toEqual([
      { file: 'a.txt', language: null, publishedAt: null, figures: [], error: 'extraction failed (boom)' },
      { file: 'b.txt', language: 'en', publishedAt: null, figures: [] },
    ]);
  });
});

describe('eval command', () => {
  it('the seed answers are a committed copy covering exactly the seed texts', () => {
    const answers = JSON.parse(fs.readFileSync(path.join(SEEDS, 'answers.json'), 'utf8')) as { file: string; figures: unknown[] }[];
    expect(answers.map((a) => a.file).sort()).toEqual(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort());
    expect(answers.reduce((n, a) => n + a.figures.length, 0)).toBe(15);
  });

  it('scores the seed articles above the F1 floor and prints scores per corpus, language, metric and cause', () => {
    const loaded = loadCorpora([SEEDS]);
    expect(loaded.problems).toEqual([]);
    const r = score(loaded.corpora.flatMap((c) => c.inputs));
    expect(r.overall.tp + r.overall.fn).toBe(15);
    // The seeds are the articles the product must read perfectly (15/15 today); the floor leaves no room for a
    // regression of more than one figure.
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.93);
    const text = formatEvaluation(loaded);
    expect(text).toMatch(/^Corpus .*seeds — 5 files, 15 labelled figures/);
    expect(text).toContain('Per language');
    expect(text).toMatch(/\n {4}en +P/);
    expect(text).toContain('Per metric');
    expect(text).toContain('Errors by cause (');
    expect(text).toContain('Wrong period or running-total flag');
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-eval-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reports a missing directory, a malformed answers.json, a missing or non-UTF-8 file and an engine failure in one line each, and goes on', () => {
    const good = path.join(tmp, 'good');
    const broken = path.join(tmp, 'broken');
    fs.mkdirSync(good);
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'answers.json'), '[{"file": "a.txt", ');
    const fig = { metric: 'cells_dismantled', value: 25, qualifier: 'exact', periodStart: '2019', periodEnd: '2019', cumulative: false, quote: 'dismantled 25 cells' };
    fs.writeFileSync(
      path.join(good, 'answers.json'),
      JSON.stringify([
        { file: 'a.txt', language: 'en', figures: [fig] },
        { file: 'gone.txt', figures: [fig] },
        { file: 'latin1.txt', figures: [] },
        { file: 'crash.txt', language: 'fr', figures: [fig] },
        { file: 'bad-entry.txt', figures: [{ ...fig, qualifier: 'roughly' }] },
      ]),
    );
    fs.writeFileSync(path.join(good, 'a.txt'), 'Police dismantled 25 cells in 2019.');
    fs.writeFileSync(path.join(good, 'latin1.txt'), Buffer.from([0x64, 0xe9, 0x6d]));
    fs.writeFileSync(path.join(good, 'crash.txt'), 'Police dismantled 25 cells in 2019.');
    const loaded = loadCorpora([path.join(tmp, 'nowhere'), broken, good], (raw, file) => {
      if (file === 'crash.txt') throw new Error('extraction failed (boom)');
      const start = raw.indexOf('25 cells');
      return {
        document: { text: raw, language: 'en' },
        figures: [{ ...fig, qualifier: 'exact' as const, quote: '25 cells', start, end: start + 8 }],
      };
    });
    expect(loaded.problems).toHaveLength(6);
    for (const p of loaded.problems) expect(p).not.toContain('\n');
    expect(loaded.problems.join('\n')).toMatch(/nowhere\/answers\.json: no such file; corpus skipped/);
    expect(loaded.problems.join('\n')).toMatch(/broken\/answers\.json: not valid JSON/);
    expect(loaded.problems.join('\n')).toMatch(/gone\.txt: no such file; file skipped/);
    expect(loaded.problems.join('\n')).toMatch(/latin1\.txt: not valid UTF-8 text; file skipped/);
    expect(loaded.problems.join('\n')).toMatch(/good\/crash\.txt: extraction failed \(boom\); its 1 labelled figures count as missed/);
    expect(loaded.problems.join('\n')).toMatch(/entry 5 skipped \(figures\.0\.qualifier/);
    expect(loaded.corpora.map((c) => c.inputs.map((i) => path.basename(i.file)))).toEqual([['a.txt', 'crash.txt']]);
    const r = score(loaded.corpora[0]!.inputs);
    expect(r.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(r.perLanguage.en).toMatchObject({ tp: 1, fn: 0 });
    expect(r.perLanguage.fr).toMatchObject({ tp: 0, fn: 1 });
    expect(formatEvaluation(loaded)).toMatch(/^Problems \(6\)/);
  });
});
