/**
 * npm run -s eval:extract -- DIR [DIR...]
 * Scores the engine against DIR/answers.json (several DIRs are scored together) and lists misses and false figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFromText } from '@/lib/extraction';
import { score, type AnswerFile, type FileInput, type ScoreReport } from '@/lib/extraction/score';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function loadCorpus(dirs: readonly string[]): FileInput[] {
  const inputs: FileInput[] = [];
  for (const dir of dirs) {
    const answers = JSON.parse(readFileSync(path.join(dir, 'answers.json'), 'utf8')) as AnswerFile[];
    for (const a of answers) {
      const raw = readFileSync(path.join(dir, a.file), 'utf8');
      const { document, figures } = extractFromText(raw, a.file);
      inputs.push({ file: path.join(path.basename(dir), a.file), text: document.text, answers: a, predictions: figures });
    }
  }
  return inputs;
}

export function formatReport(r: ScoreReport): string {
  const lines: string[] = [];
  const o = r.overall;
  lines.push(`Overall  P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}   (tp ${o.tp}, fp ${o.fp}, fn ${o.fn}; ${r.ignored} optional ignored)`);
  lines.push('', 'Per metric');
  for (const [m, c] of Object.entries(r.perMetric).sort()) {
    lines.push(`  ${m.padEnd(22)} P ${pct(c.precision).padStart(6)}  R ${pct(c.recall).padStart(6)}  F1 ${pct(c.f1).padStart(6)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  const s = r.scopeAgreement;
  const a = r.attributionAgreement;
  lines.push('', `Scope agreement on matched figures:       ${s.agree}/${s.total} (${pct(s.total ? s.agree / s.total : 1)})`);
  lines.push(`Attribution agreement on matched figures: ${a.agree}/${a.total} (${pct(a.total ? a.agree / a.total : 1)})`);
  lines.push('', `Misses (${r.misses.length})`);
  for (const m of r.misses) {
    const x = m.answer;
    lines.push(`  ${m.file}: ${x.metric} ${x.qualifier} ${x.value} [${x.periodStart}..${x.periodEnd}${x.cumulative ? ' cum' : ''}] «${x.quote}»`);
  }
  lines.push('', `False figures (${r.falseFigures.length})`);
  for (const f of r.falseFigures) {
    const x = f.prediction;
    lines.push(`  ${f.file}: ${x.metric} ${x.qualifier} ${x.value} [${x.periodStart}..${x.periodEnd}${x.cumulative ? ' cum' : ''}] «${x.quote}»`);
  }
  return lines.join('\n');
}

function main(): number {
  const dirs = process.argv.slice(2).filter((a) => a !== '--');
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run -s eval:extract -- DIR [DIR...]\n');
    return 2;
  }
  process.stdout.write(`${formatReport(score(loadCorpus(dirs)))}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
