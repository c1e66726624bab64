import { expect, test } from '@playwright/test';
import { chartCsvHref } from '../lib/export/chart-csv';

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

test('one chart’s data downloads as CSV with its provenance, named after the metric', async ({ request }) => {
  const response = await request.get(chartCsvHref('arrests', { from: 2001, to: 2030 }));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="ctstats-arrests-\d{4}-\d{2}-\d{2}\.csv"$/);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  for (const name of ['value_as_printed', 'value_in_words', 'quote', 'source', 'source_title', 'source_url', 'quote_link', 'figure_url']) expect(header, name).toContain(name);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    expect(r[col('metric')]).toBe('arrests');
    expect(r[col('quote')]!.length).toBeGreaterThan(0);
    expect(r[col('figure_url')]).toMatch(new RegExp(`^https?://[^/]+/figures/${r[col('id')]}$`));
  }
  expect(rows.find((r) => r[col('quote')] === 'the arrest of 2,963 suspects')?.[col('value_in_words')]).toBe('2,963');
  // Other journeys correct seed figures, so the "over125" row is checked by its form, not its number.
  for (const r of rows.filter((x) => x[col('qualifier')] === 'more_than')) expect(r[col('value_in_words')]).toBe(`more than ${Number(r[col('value')]).toLocaleString('en-US')}`);
});
