/**
 * npm run -s extract -- FILE...
 * Prints one JSON array, one entry per file. An unreadable file gives an entry with `error` and exit code 1.
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '@/lib/extraction';

interface Entry {
  file: string;
  language: string | null;
  publishedAt: string | null;
  figures: Record<string, unknown>[];
  error?: string;
}

function main(files: string[]): number {
  let failed = false;
  const out: Entry[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      failed = true;
      out.push({ file, language: null, publishedAt: null, figures: [], error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const { document, figures } = extractFromText(raw, file);
    out.push({
      file,
      language: document.language,
      publishedAt: document.publishedAt,
      figures: figures.map((f) => ({
        metric: f.metric,
        value: f.value,
        qualifier: f.qualifier,
        lower: f.lower,
        upper: f.upper,
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        cumulative: f.cumulative,
        asOf: f.asOf,
        scope: f.scope,
        attributedTo: f.attributedTo,
        quote: f.quote,
        start: f.start,
        end: f.end,
        valueText: f.valueText,
        flags: f.flags,
      })),
    });
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed ? 1 : 0;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length === 0) {
  process.stderr.write('usage: npm run -s extract -- FILE...\n');
  process.exitCode = 2;
} else {
  process.exitCode = main(args);
}
