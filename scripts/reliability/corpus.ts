import fs from 'node:fs';
import path from 'node:path';

const CITIES = ['Tangier', 'Fez', 'Casablanca', 'Rabat', 'Agadir', 'Oujda', 'Marrakech', 'Tetouan', 'Nador', 'Meknes'];

/** One generated news article with three figures the extractor finds (cells, a running total, arrests). */
function article(tag: string, n: number, paragraphs: number): string {
  const city = CITIES[n % CITIES.length]!;
  const year = 2015 + (n % 10);
  const lines = [
    `title: Security services dismantle a cell in ${city} (${tag})`,
    `date: ${year + 1}-0${1 + (n % 9)}-1${n % 10}`,
    `url: https://example.org/reliability/${tag}`,
    '',
  ];
  for (let p = 0; p < paragraphs; p++) {
    lines.push(
      `Moroccan security services dismantled ${2 + ((n + p) % 7)} terrorist cells in ${year}, the Central Bureau of Judicial Investigation (BCIJ) said in statement ${tag}-${p}.`,
      '',
      `The operation in ${city} led to the arrest of ${5 + ((n * 7 + p) % 40)} suspects in ${year}, officials said.`,
      '',
    );
  }
  lines.push(`Since 2002, Moroccan authorities have dismantled more than ${200 + (n % 50)} terrorist cells, according to the BCIJ.`, '');
  return lines.join('\n');
}

/** Writes `count` distinct articles into a new directory; file names carry `tag` so each can be found again. */
export function writeCorpus(dir: string, tag: string, count: number, paragraphs = 1): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${tag}-${String(i).padStart(4, '0')}.txt`;
    fs.writeFileSync(path.join(dir, name), article(`${tag}-${i}`, i, paragraphs));
    names.push(name);
  }
  return names;
}
