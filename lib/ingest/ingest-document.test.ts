import { describe, expect, it } from 'vitest';
import { decodeDocument, DocumentRejected, MAX_DOCUMENT_BYTES, contentHash, settleWithDecisions } from './ingest-document';
import { parseDocument } from '@/lib/extraction/document';
import type { ExtractedFigure } from '@/lib/domain/figure';
import type { ReviewedFigure } from './decisions';

const utf8 = (s: string) => new TextEncoder().encode(s);

function rejection(bytes: Uint8Array): string {
  try {
    decodeDocument(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentRejected);
    return (err as Error).message;
  }
  throw new Error('expected the document to be rejected');
}

describe('decodeDocument', () => {
  it('returns the text of a valid UTF-8 article, accents included', () => {
    expect(decodeDocument(utf8('Le Maroc a démantelé 12 cellules.'))).toBe('Le Maroc a démantelé 12 cellules.');
  });

  it('rejects an empty file', () => {
    expect(rejection(new Uint8Array())).toBe('empty file');
  });

  it('rejects a whitespace-only file', () => {
    expect(rejection(utf8(' \n\t\r\n  '))).toBe('empty file (only whitespace)');
  });

  it('rejects a file containing NUL bytes as binary', () => {
    expect(rejection(new Uint8Array([0x48, 0x69, 0x00, 0x21]))).toBe('binary file (contains NUL bytes)');
  });

  it('rejects invalid UTF-8 (a Latin-1 é, a truncated sequence)', () => {
    expect(rejection(new Uint8Array([0x64, 0xe9, 0x6d, 0x61]))).toBe('not valid UTF-8 text');
    expect(rejection(new Uint8Array([0x61, 0xe2, 0x82]))).toBe('not valid UTF-8 text');
  });

  it('rejects a file over 2 MB, and accepts one of exactly 2 MB', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    expect(rejection(big)).toMatch(/^too large \(2\.0 MB; the limit is 2 MB\)$/);
    expect(decodeDocument(new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61))).toHaveLength(MAX_DOCUMENT_BYTES);
  });
});

describe('contentHash', () => {
  it('is a stable sha256 hex digest', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

const TEXT = ' date 2020-06-24 The report says Morocco carried out dismantling operations of more than 25 cells in 2019, and the arrest of over125 individuals.';

function extracted(quote: string, p: Partial<ExtractedFigure>): ExtractedFigure {
  const start = TEXT.indexOf(quote);
  if (start === -1) throw new Error(`not in text: ${quote}`);
  return {
    metric: 'cells_dismantled',
    value: 25,
    valueText: 'more than 25',
    qualifier: 'more_than',
    lower: 25,
    upper: null,
    periodStart: '2019',
    periodEnd: '2019',
    cumulative: false,
    asOf: '2020-06-24',
    scope: null,
    attributedTo: null,
    quote,
    start,
    end: start + quote.length,
    prefix: '',
    suffix: '',
    flags: [],
    ...p,
  };
}

const decision = (p: Partial<ReviewedFigure> & Pick<ReviewedFigure, 'quote'>): ReviewedFigure => ({
  metric: 'cells_dismantled',
  value: 25,
  valueText: 'more than 25',
  qualifier: 'more_than',
  periodStart: '2019',
  periodEnd: '2019',
  cumulative: false,
  scope: null,
  attributedTo: 'US State Department',
  ...p,
});

describe('settleWithDecisions', () => {
  const doc = parseDocument(TEXT);

  it('a matching extraction becomes reviewed/extracted with the reviewed reading; the rest is rejected', () => {
    const rows = settleWithDecisions(
      doc,
      [extracted('more than 25 cells', { attributedTo: null }), extracted('2019', { metric: 'plots_foiled', value: 2019, qualifier: 'exact' })],
      [decision({ quote: 'dismantling operations of more than 25 cells' })],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ reviewStatus: 'reviewed', origin: 'extracted', attributedTo: 'US State Department', quote: 'dismantling operations of more than 25 cells' });
    expect(rows[1]).toMatchObject({ reviewStatus: 'rejected', origin: 'extracted', metricKey: 'plots_foiled' });
    for (const r of rows) expect(TEXT.slice(r.quoteStart, r.quoteEnd)).toBe(r.quote);
  });

  it('a reviewed figure the extractor missed is added as an analyst entry, flagged when the number is glued', () => {
    const rows = settleWithDecisions(doc, [], [decision({ metric: 'arrests', value: 125, valueText: 'over125', quote: 'the arrest of over125 individuals' })]);
    expect(rows).toEqual([expect.objectContaining({ reviewStatus: 'reviewed', origin: 'analyst', flags: 'glued_number', asOf: '2020-06-24' })]);
  });

  it('does not match an extraction with a different value or qualifier', () => {
    const rows = settleWithDecisions(doc, [extracted('more than 25 cells', { qualifier: 'at_least' })], [decision({ quote: 'more than 25 cells' })]);
    expect(rows.map((r) => [r.reviewStatus, r.origin])).toEqual([
      ['reviewed', 'analyst'],
      ['rejected', 'extracted'],
    ]);
  });

  it('refuses a reviewed quote that is not in the body', () => {
    expect(() => settleWithDecisions(doc, [], [decision({ quote: 'more than 26 cells' })])).toThrow(DocumentRejected);
    // The seed date header is not body text.
    expect(() => settleWithDecisions(doc, [], [decision({ quote: 'date 2020' })])).toThrow(/not found/);
  });
});
