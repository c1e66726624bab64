/**
 * npm run -s data:reference [-- ANSWERS.json]
 * Writes the reference data set (data/reference/) from the hand-labelled real articles
 * (default: ../shared/corpus/real/answers.json): one excerpt document per article with at least one figure, and
 * data/reference/decisions.json, the reviewed figures, in the format of data/seeds/decisions.json. Both are read by
 * the same loader as the seeds (lib/ingest/seed.ts).
 *
 * The articles are third-party pages, so their full text never enters the repository: an excerpt holds only the
 * passages its figures quote, each its own paragraph, in the order the labels give them (the order they were read
 * in the article); a quote nested in another, or overlapping it, is one passage. Header lines say where the
 * article is (`url`), when it was published, its outlet (from the address), its language, and `kind: excerpt`.
 *
 * Deterministic: the same answers give byte-identical files (a unit test checks the committed copy).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { QUALIFIERS, type ExtractedFigure } from '../lib/domain/figure';
import { extractFigures, LEXICON, parseDocument } from '../lib/extraction';
import { compileNumberReader } from '../lib/extraction/numbers';
import { tokenize } from '../lib/extraction/tokens';
import type { DecisionsFile, ReviewedFigure } from '../lib/ingest/decisions';
import { REFERENCE_DIR } from '../lib/ingest/seed';

const { findNumbers } = compileNumberReader(LEXICON);

export const DEFAULT_ANSWERS = path.join(__dirname, '..', '..', 'shared', 'corpus', 'real', 'answers.json');

const answerFigureSchema = z.object({
  metric: z.string(),
  value: z.number().int().nonnegative(),
  qualifier: z.enum(QUALIFIERS),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  cumulative: z.boolean(),
  scope: z.string().nullable(),
  attributedTo: z.string().nullable(),
  quote: z.string().min(1),
});
const answersSchema = z.array(
  z.object({
    file: z.string().regex(/^[\w.-]+\.txt$/),
    url: z.url(),
    publishedAt: z.string().nullable(),
    language: z.enum(['en', 'fr']),
    figures: z.array(answerFigureSchema),
  }),
);
export type ReferenceArticle = z.infer<typeof answersSchema>[number];

/**
 * Outlet names by host. Hosts that are mirrors or copies of an outlet's page (a CDN or staging address) are named
 * after the outlet; an address that names no outlet (a bare IP) has none.
 */
const OUTLETS: Record<string, string | null> = {
  'article19.ma': 'Article19.ma',
  'dailymorocco.com': 'Daily Morocco',
  'newsafricanow.com': 'News Africa Now',
  'en.axar.az': 'Axar.az',
  'al-monitor.com': 'Al-Monitor',
  'gfatf.org': 'GFATF',
  'moroccotomorrow.org': 'Morocco Tomorrow',
  'nieuws.marokko.nl': 'Marokko.nl',
  'moroccotelegraph.com': 'Morocco Telegraph',
  'moroccoworldnews.com': 'Morocco World News',
  'buzzcanadalive.com': 'Buzz Canada Live',
  'abyzemen.blogspot.com': 'abyzemen (blog)',
  'jordantimes.com': 'The Jordan Times',
  'maghress.com': 'Maghress',
  'taipeitimes.com': 'Taipei Times',
  'telquel.ma': 'TelQuel',
  'french.peopledaily.com.cn': 'Le Quotidien du Peuple',
  'lecourrierdelatlas.com': 'Le Courrier de l’Atlas',
  'le360-le-360-francais-prod.web.arc-cdn.net': 'Le360',
  'fr.le360.ma': 'Le360',
  'h24info.ma': 'H24info',
  'lavieeco.com': 'La Vie éco',
  'jeuneafrique.com': 'Jeune Afrique',
  'maghrebemergent.net': 'Maghreb Émergent',
  'yabiladi.com': 'Yabiladi',
  'medias24.com': 'Médias24',
  'barlamane.fr': 'Barlamane',
  'reporters.dz': 'Reporters',
  'francetvinfo.fr': 'Franceinfo',
  'topix.com': 'Topix',
  'refworld.org': 'Refworld',
  'scoop.co.nz': 'Scoop',
  'carnegieendowment.org': 'Carnegie Endowment for International Peace',
  'adf-magazine.com': 'Africa Defense Forum',
  'online.documentine.com': 'Documentine',
  'northafricapost.com': 'The North Africa Post',
  'barq-rs.com': 'Barq',
  'project-syndicate.org': 'Project Syndicate',
  'shafaq.com': 'Shafaq News',
  'value-cii.com': 'Value CII',
  '3.72.39.107': null,
  'longwarjournal.org': 'Long War Journal',
  'en.bladi.net': 'Bladi.net',
  'bladi.net': 'Bladi.net',
  'middle-east-online.com': 'Middle East Online',
  'meo.news': 'Middle East Online',
  'thebestofafrica.org': 'The Best of Africa',
  'moroccotoday.com': 'Morocco Today',
  'ecoi.net': 'ecoi.net',
  'gaboroneherald.com': 'Gaborone Herald',
  'arabnews.com': 'Arab News',
  'inkl.com': 'inkl',
  'mena-researchcenter.org': 'MENA Research Center',
  'bergaag.com': 'Bergaag',
  'libe.ma': 'Libération (Maroc)',
  'algerie-dz.com': 'Algérie-dz',
  'staging.libe.io': 'Libération',
  'latribune-algerie.com': 'La Tribune (Algérie)',
  'lejournaldetanger.com': 'Le Journal de Tanger',
  'rtl.be': 'RTL Info',
  'agenceafrique.com': 'Agence Afrique',
  'almaghribalarabi.com': 'Al Maghrib Al Arabi',
  'lopinion.ma': 'L’Opinion',
};

export function outletOf(url: string): string | null {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  if (!(host in OUTLETS)) throw new Error(`no outlet name for ${host}: add it to OUTLETS`);
  return OUTLETS[host] ?? null;
}

/** Shortest overlap that makes two quotes one passage: anything shorter could be a coincidence ("in 2015"). */
const MIN_OVERLAP = 8;

/**
 * The passages of an excerpt: each figure's quote once; a quote inside another is dropped, and a quote whose end
 * is another's start (by at least MIN_OVERLAP characters) is joined to it. A passage takes the place of its
 * earliest quote in label order (the order the labels were read in the article).
 */
export function passagesOf(quotes: readonly string[]): string[] {
  const rank = new Map<string, number>();
  quotes.forEach((q, i) => rank.set(q, Math.min(rank.get(q) ?? i, i)));
  // Shortest first, so a quote nested in a nested quote hands its place on to the outermost one.
  for (const q of [...rank.keys()].sort((a, b) => a.length - b.length)) {
    const outer = [...rank.keys()].find((p) => p !== q && p.includes(q));
    if (outer !== undefined) {
      rank.set(outer, Math.min(rank.get(outer)!, rank.get(q)!));
      rank.delete(q);
    }
  }
  for (let merged = true; merged; ) {
    merged = false;
    const list = [...rank.keys()];
    outer: for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        for (let k = Math.min(a.length, b.length) - 1; k >= MIN_OVERLAP; k--) {
          if (a.endsWith(b.slice(0, k))) {
            rank.set(a + b.slice(k), Math.min(rank.get(a)!, rank.get(b)!));
            rank.delete(a);
            rank.delete(b);
            merged = true;
            break outer;
          }
        }
      }
    }
  }
  return [...rank.entries()].sort((x, y) => x[1] - y[1]).map(([p]) => p);
}

export function excerptText(a: ReferenceArticle): string {
  const outlet = outletOf(a.url);
  // `kind: excerpt` first: the file says what it is before anything else (quoted passages only, never the article).
  const header = ['kind: excerpt', `url: ${a.url}`, `date: ${a.publishedAt ?? 'unknown'}`, ...(outlet ? [`outlet: ${outlet}`] : []), `language: ${a.language}`];
  return `${header.join('\n')}\n\n${passagesOf(a.figures.map((f) => f.quote)).join('\n\n')}\n`;
}

const QUALIFIER_WORDS =
  /(?:(?:no|not) more than|as many as|more than|over|at least|about|around|nearly|almost|some|approximately|up to|plus de|près de|pr[eè]s d’|environ|quelque|au moins|pas moins de|jusqu’à|jusqu'à)\s*$/i;

/**
 * The value as printed: the engine's reading when it finds the same figure in the excerpt; otherwise the number
 * in the quote with the labelled value, with the qualifier words just before it.
 */
export function valueTextOf(f: ReferenceArticle['figures'][number], quoteStart: number, text: string, found: readonly ExtractedFigure[]): string {
  const quoteEnd = quoteStart + f.quote.length;
  const match = found.find((e) => e.metric === f.metric && e.value === f.value && e.qualifier === f.qualifier && e.start < quoteEnd && quoteStart < e.end);
  if (match) return match.valueText;
  const mention = findNumbers(f.quote, tokenize(f.quote, 0, f.quote.length)).find((m) => m.value === f.value) ?? oddlySpaced(f.quote, f.value);
  if (!mention) {
    const word = approximateWord(f.quote, f.value);
    if (word) return word;
    throw new Error(`no number ${f.value} in the quote "${f.quote}"`);
  }
  const from = mention.glueStart ?? mention.start;
  const before = QUALIFIER_WORDS.exec(f.quote.slice(0, from));
  return f.quote.slice(before ? from - before[0].length : from, mention.end).trim();
}

/** "la quinzaine" where the lexicon knows "une quinzaine": the noun of an approximate number, as printed. */
function approximateWord(quote: string, value: number): string | null {
  for (const [phrase, v] of Object.entries(LEXICON.approxWords)) {
    const noun = phrase.split(' ').pop()!;
    const at = v === value ? new RegExp(`\\b${noun}\\b`, 'i').exec(quote) : null;
    if (at) return at[0];
  }
  return null;
}

/** A thousands group printed with a stray space ("2, 000"), which the engine rightly does not read as one number. */
function oddlySpaced(quote: string, value: number): { start: number; end: number; glueStart: null } | undefined {
  for (const m of quote.matchAll(/\d{1,3}(?:[,.\s\u00a0\u202f]{1,2}\d{3})+/g)) {
    if (Number(m[0].replace(/\D/g, '')) === value) return { start: m.index, end: m.index + m[0].length, glueStart: null };
  }
  return undefined;
}

export function buildReferenceData(answers: unknown): { files: Map<string, string>; decisions: DecisionsFile } {
  const articles = answersSchema.parse(answers).filter((a) => a.figures.length > 0);
  const files = new Map<string, string>();
  const decisions: DecisionsFile = {
    about:
      'Reviewed decisions for the reference data set: every labelled figure of the real-article corpus (../shared/corpus/real/answers.json), written by scripts/build-reference-data.ts. Each document beside this file is an excerpt: only the passages these figures quote, with a link to the full article. Settled exactly as the seeds are: matching extracted figures become reviewed, other extracted figures are recorded as rejected, reviewed figures the extractor missed are added as analyst entries.',
    files: {},
  };
  for (const a of articles) {
    const text = excerptText(a);
    const doc = parseDocument(text, a.file);
    const found = extractFigures(doc);
    files.set(a.file, text);
    decisions.files[a.file] = a.figures.map((f): ReviewedFigure => {
      const at = text.indexOf(f.quote, doc.bodyStart);
      return {
        metric: f.metric,
        value: f.value,
        valueText: valueTextOf(f, at, text, found),
        qualifier: f.qualifier,
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        cumulative: f.cumulative,
        scope: f.scope,
        attributedTo: f.attributedTo,
        quote: f.quote,
      };
    });
  }
  return { files, decisions };
}

export function writeReferenceData(answersFile: string, dir: string = REFERENCE_DIR): { sources: number; figures: number } {
  const { files, decisions } = buildReferenceData(JSON.parse(fs.readFileSync(answersFile, 'utf8')));
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir)) if (old.endsWith('.txt')) fs.rmSync(path.join(dir, old));
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'decisions.json'), `${JSON.stringify(decisions, null, 2)}\n`);
  return { sources: files.size, figures: Object.values(decisions.files).reduce((n, f) => n + f.length, 0) };
}

if (require.main === module) {
  const answers = process.argv.slice(2).find((a) => a !== '--') ?? DEFAULT_ANSWERS;
  const { sources, figures } = writeReferenceData(answers);
  console.log(`wrote ${path.relative(process.cwd(), REFERENCE_DIR)}: ${sources} excerpt sources, ${figures} reviewed figures`);
}
