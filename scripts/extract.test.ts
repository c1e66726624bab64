import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score } from '@/lib/extraction/score';
import { extractFiles } from './extract';
import { formatReport, loadCorpus } from './eval-extract';

const SEEDS = '/work/shared/corpus/seeds';
const DEV = '/work/shared/corpus/dev';

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

  it('an unreadable file gives an error entry with no figures and marks the run failed', () => {
    const { entries, failed } = extractFiles(['missing.txt'], () => {
      throw new Error('ENOENT: no such file');
    });
    expect(failed).toBe(true);
    expect(entries[0]).toMatchObject({ file: 'missing.txt', figures: [], error: 'ENOENT: no such file' });
  });
});

describe.skipIf(!existsSync(SEEDS) || !existsSync(DEV))('eval command on the labelled corpus', () => {
  it('scores seeds and dev together above the target F1', () => {
    const r = score(loadCorpus([SEEDS, DEV]));
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.9);
    const text = formatReport(r);
    expect(text).toMatch(/^Overall {2}P/);
    expect(text).toContain('Per metric');
    expect(text).toContain('Misses (');
    expect(text).toContain('False figures (');
  });
});
