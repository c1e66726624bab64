import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '@/lib/ingest/seed';
import { buildReferenceData, DEFAULT_ANSWERS, passagesOf } from './build-reference-data';

describe('passagesOf', () => {
  it('keeps label order, drops a quote nested in another and joins quotes that overlap', () => {
    expect(passagesOf(['since 2015, they have been 739 individuals', '739 individuals (275 in 2015', '275 in 2015, 276 in 2016', 'arrested 186 extremists'])).toEqual([
      'since 2015, they have been 739 individuals (275 in 2015, 276 in 2016',
      'arrested 186 extremists',
    ]);
    expect(passagesOf(['21 cells in 2015', 'dismantled nine cells', '21 cells in 2015, 19 in 2016', '21 cells in 2015'])).toEqual(['21 cells in 2015, 19 in 2016', 'dismantled nine cells']);
  });

  it('does not join quotes that share only a few characters, which could be two places in the article', () => {
    expect(passagesOf(['40 cells in 2015', 'in 2015 there were 20 arrests'])).toEqual(['40 cells in 2015', 'in 2015 there were 20 arrests']);
  });
});

// The labels it is made from live in the shared corpus beside the checkout (every machine of this project, CI);
// a clone placed elsewhere cannot regenerate it, so this skips there.
describe.skipIf(!fs.existsSync(DEFAULT_ANSWERS))('the committed reference data', () => {
  it('is exactly what the script writes from the labelled answers (regenerate with npm run -s data:reference)', () => {
    const { files, decisions } = buildReferenceData(JSON.parse(fs.readFileSync(DEFAULT_ANSWERS, 'utf8')));
    const committed = fs.readdirSync(REFERENCE_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(fs.readFileSync(path.join(REFERENCE_DIR, name), 'utf8'), name).toBe(text);
    expect(fs.readFileSync(path.join(REFERENCE_DIR, 'decisions.json'), 'utf8')).toBe(`${JSON.stringify(decisions, null, 2)}\n`);
  });

  it('each excerpt says what it is in its header: address, date, language and kind', () => {
    const { files } = buildReferenceData(JSON.parse(fs.readFileSync(DEFAULT_ANSWERS, 'utf8')));
    for (const text of files.values()) expect(text).toMatch(/^kind: excerpt\nurl: https?:\/\/\S+\ndate: (\d{4}(-\d{2}){0,2}|unknown)\n(outlet: .+\n)?language: (en|fr)\n\n\S/);
  });
});
