/**
 * npm run -s extract -- FILE...
 * Prints one JSON array, one entry per file. An unreadable file, or one the engine fails on, gives an entry with
 * `error` and exit code 1. Outside scoring reads this output: its fields are pinned by scripts/extract.test.ts.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractFromText } from '@/lib/extraction';

export interface ExtractEntry {
  file: string;
  language: string | null;
  publishedAt: string | null;
  figures: Record<string, unknown>[];
  error?: string;
}

/** The command's work without process I/O, so it can be tested. */
export function extractFiles(
  files: readonly string[],
  read: (f: string) => string = (f) => readFileSync(f, 'utf8'),
  extract: typeof extractFromText = extractFromText,
): { entries: ExtractEntry[]; failed: boolean } {
  let failed = false;
  const entries: ExtractEntry[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = read(file);
    } catch (e) {
      failed = true;
      entries.push({ file, language: null, publishedAt: null, figures: [], error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    let result: ReturnType<typeof extractFromText>;
    try {
      result = extract(raw, file);
    } catch (e) {
      // An engine failure is reported like an unreadable file, never printed as a file with no figures.
      failed = true;
      entries.push({ file, language: null, publishedAt: null, figures: [], error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const { document, figures } = result;
    entries.push({
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
  return { entries, failed };
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length === 0) {
    process.stderr.write('usage: npm run -s extract -- FILE...\n');
    return 2;
  }
  const { entries, failed } = extractFiles(args);
  process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
