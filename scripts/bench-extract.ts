/**
 * npm run -s bench:extract [-- MB]
 * Builds a synthetic corpus from the seed and dev texts (sentences shuffled, numbers varied, filler added), runs
 * the engine on one core and prints throughput and a linearity check (time for N MB vs 2N MB).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { extractFigures, parseDocument } from '@/lib/extraction';

const CORPUS = ['/work/shared/corpus/seeds', '/work/shared/corpus/dev', path.resolve('data/seeds'), path.resolve('data')];

function sourceSentences(): string[] {
  const out: string[] = [];
  for (const dir of CORPUS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.txt')) continue;
      const doc = parseDocument(readFileSync(path.join(dir, f), 'utf8'));
      const body = doc.text.slice(doc.bodyStart, doc.bodyEnd);
      for (const s of body.split(/(?<=[.!?])\s+/)) if (s.length > 20) out.push(s);
    }
  }
  if (out.length === 0) out.push('Moroccan security services have dismantled 183 terrorist cells since 2002, according to the BCIJ.');
  return out;
}

const FILLER = [
  'The ministry also discussed cooperation with regional partners on border security and information sharing.',
  'Officials stressed that prevention work continues in schools, mosques and online platforms.',
  "Les autorités ont rappelé l'importance de la coopération internationale dans la lutte contre l'extrémisme.",
  'Analysts say the threat has changed shape, with fewer organised networks and more individuals radicalised online.',
];

/** Deterministic PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function buildDocument(sentences: string[], bytes: number, seed: number): string {
  const rand = rng(seed);
  const parts: string[] = [' date 2021-05-17 '];
  let size = parts[0]!.length;
  let para = 0;
  while (size < bytes) {
    const useFiller = rand() < 0.3;
    let s = useFiller ? FILLER[Math.floor(rand() * FILLER.length)]! : sentences[Math.floor(rand() * sentences.length)]!;
    // Vary numbers so the engine cannot lean on repetition.
    s = s.replace(/\b\d{2,3}\b/g, (m) => String(Math.max(2, Number(m) + Math.floor(rand() * 20) - 10)));
    parts.push(s);
    size += s.length + 1;
    para++;
    parts.push(para % 5 === 0 ? '\n\n' : ' ');
  }
  return parts.join('');
}

function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function run(text: string): { ms: number; figures: number } {
  let figures = 0;
  // Articles are a few KB each; the engine is also fed the whole blob as one document to test linearity.
  const ms = time(() => {
    const doc = parseDocument(text);
    figures = extractFigures(doc).length;
  });
  return { ms, figures };
}

function main(): void {
  const arg = Number(process.argv.slice(2).find((a) => /^\d+(\.\d+)?$/.test(a)) ?? '4');
  const n = Math.max(1, arg) * 1024 * 1024;
  const sentences = sourceSentences();
  const small = buildDocument(sentences, n, 1);
  const large = buildDocument(sentences, 2 * n, 2);
  run(buildDocument(sentences, 256 * 1024, 3)); // warm-up (JIT)
  const best = (t: string) => {
    let b = { ms: Infinity, figures: 0 };
    for (let i = 0; i < 3; i++) {
      const r = run(t);
      if (r.ms < b.ms) b = r;
    }
    return b;
  };
  const a = best(small);
  const b = best(large);
  const mb = (s: string) => Buffer.byteLength(s, 'utf8') / (1024 * 1024);
  const mbA = mb(small);
  const mbB = mb(large);
  console.log(`corpus: ${sentences.length} source sentences + filler`);
  console.log(`${mbA.toFixed(2)} MB: ${a.ms.toFixed(0)} ms, ${a.figures} figures, ${(mbA / (a.ms / 1000)).toFixed(1)} MB/s`);
  console.log(`${mbB.toFixed(2)} MB: ${b.ms.toFixed(0)} ms, ${b.figures} figures, ${(mbB / (b.ms / 1000)).toFixed(1)} MB/s`);
  const ratio = b.ms / a.ms;
  const sizeRatio = mbB / mbA;
  console.log(`linearity: time ratio ${ratio.toFixed(2)} for size ratio ${sizeRatio.toFixed(2)} (${ratio < sizeRatio * 1.3 ? 'linear' : 'NOT linear'})`);
  console.log(`throughput: ${((mbA + mbB) / ((a.ms + b.ms) / 1000)).toFixed(1)} MB/s on one core (target ≥ 20 MB/s)`);
}

main();
