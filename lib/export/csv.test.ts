import { describe, expect, it } from 'vitest';
import { csvField, csvHeader } from './csv';

describe('csvField', () => {
  it('writes numbers, booleans and nulls plainly', () => {
    expect(csvField(1600)).toBe('1600');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('more than 1,600')).toBe('"more than 1,600"');
    expect(csvField('he said "168"')).toBe('"he said ""168"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('plain');
  });

  it('defuses spreadsheet formulas from untrusted article text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});

describe('csvHeader', () => {
  it('names the quote and its source among the columns', () => {
    const header = csvHeader().trim().split(',');
    expect(header).toContain('quote');
    expect(header).toContain('source_url');
    expect(header).toContain('value_as_printed');
  });
});
