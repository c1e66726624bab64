import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { extractFromText, LEXICON } from './index';

/** Extract from a seed-style text dated `date` (or undated with null). */
function run(body: string, date: string | null = '2020-06-24'): ExtractedFigure[] {
  const raw = date ? ` date ${date} ${body}` : body;
  const { document, figures } = extractFromText(raw);
  for (const f of figures) expect(document.text.slice(f.start, f.end)).toBe(f.quote);
  return figures;
}

const brief = (f: ExtractedFigure) =>
  `${f.metric} ${f.qualifier} ${f.value} ${f.periodStart ?? '-'}..${f.periodEnd ?? '-'}${f.cumulative ? ' cum' : ''}`;

describe('number formats', () => {
  it('reads thousands separators: comma, space, no-break and narrow spaces, dot', () => {
    expect(run('Those operations led to 2,963 arrests since 2002.').map((f) => f.value)).toEqual([2963]);
    expect(run('Ces opérations ont abouti à 2 963 interpellations depuis 2002.').map((f) => f.value)).toEqual([2963]);
    expect(run('Ces opérations ont abouti à 2\u00A0963 interpellations depuis 2002.').map((f) => f.value)).toEqual([2963]);
    expect(run('Ces opérations ont abouti à 2\u202F963 interpellations depuis 2002.').map((f) => f.value)).toEqual([2963]);
    expect(run("Ces opérations ont permis l'arrestation de 2.720 individus depuis 2002.").map((f) => f.value)).toEqual([2720]);
    expect(run('Those operations produced 2720 arrests since 2002.').map((f) => f.value)).toEqual([2720]);
  });

  it('reads a glued qualifier typo and flags it', () => {
    const [f] = run('The report recalled the arrest of over125 individuals in 2019.');
    expect(f && brief(f)).toBe('arrests more_than 125 2019..2019');
    expect(f?.flags).toContain('glued_number');
    expect(f?.valueText).toBe('over125');
    const [g] = run('Le Maroc a fait avorter plus de500 projets terroristes depuis 2002.', '2022-10-26');
    expect(g && brief(g)).toBe('plots_foiled more_than 500 2002..2022-10-26 cum');
  });

  it('reads number words in English and French, including hyphenated compounds', () => {
    expect(run('Police dismantled seven terrorist cells in 2020.').map(brief)).toEqual(['cells_dismantled exact 7 2020..2020']);
    expect(run('Police dismantled eleven cells in 2020.').map((f) => f.value)).toEqual([11]);
    expect(run('Dix-huit cellules terroristes ont été neutralisées de 2011 à 2013.', null).map(brief)).toEqual([
      'cells_dismantled exact 18 2011..2013 cum',
    ]);
    expect(run("L'an dernier, douze cellules avaient été démantelées.", '2020-10-22').map(brief)).toEqual([
      'cells_dismantled exact 12 2019..2019',
    ]);
    expect(run('Fifty-one cells were dismantled in 2018.').map((f) => f.value)).toEqual([51]);
    const [w] = run('Police dismantled fifteen cells in 2018.');
    expect(w?.flags).toContain('number_word');
  });

  it('reads elided French qualifiers: plus d\'une centaine, près d\'une vingtaine', () => {
    expect(run("La police a interpellé plus d'une centaine de suspects en 2019.").map(brief)).toEqual(['arrests more_than 100 2019..2019']);
    expect(run("Près d'une vingtaine de cellules ont été démantelées en 2019.").map(brief)).toEqual(['cells_dismantled about 20 2019..2019']);
  });

  it('reads approximate words with the about qualifier', () => {
    expect(run('A tally put the number of cells broken up in 2019 at a dozen.').map(brief)).toEqual([
      'cells_dismantled about 12 2019..2019',
    ]);
    expect(run("Les services faisaient état d'une trentaine d'arrestations en 2010.").map(brief)).toEqual([
      'arrests about 30 2010..2010',
    ]);
    // Vague plurals state no value: the labelled real corpus records "dozens of cells" as no figure.
    expect(run('Dozens of suspects were arrested in 2019.')).toEqual([]);
    expect(run('Des centaines de projets terroristes ont été déjoués depuis 2002.')).toEqual([]);
  });
});

describe('every number word of the lexicon is read (no digits in the sentence)', () => {
  const words = Object.entries(LEXICON.numberWords).filter(([w]) => !['cent', 'cents', 'vingts', 'hundred'].includes(w));
  it.each(words)('%s', (word, value) => {
    const en = /^[a-z]+$/.test(word) && !['deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'mille'].includes(word);
    const text = en ? `Last year police dismantled ${word} terrorist cells.` : `L'an dernier, la police a démantelé ${word} cellules terroristes.`;
    const figs = run(text);
    expect(figs.map((f) => f.value)).toEqual([value]);
  });
});

describe('qualifiers', () => {
  const cases: [string, string, number][] = [
    ['Police dismantled more than 25 cells in 2019.', 'more_than', 25],
    ['Police dismantled over 25 cells in 2019.', 'more_than', 25],
    ['La police a démantelé plus de 25 cellules en 2019.', 'more_than', 25],
    ['Police arrested at least 35 individuals in 2020.', 'at_least', 35],
    ["La police a interpellé au moins 55 personnes en 2021.", 'at_least', 55],
    ['Police arrested about 40 suspects in 2020.', 'about', 40],
    ['Police arrested nearly 40 suspects in 2020.', 'about', 40],
    ['Police arrested some 40 suspects in 2020.', 'about', 40],
    ['La police a interpellé près de 40 suspects en 2020.', 'about', 40],
    ['La police a interpellé environ 40 suspects en 2020.', 'about', 40],
    ['La police a interpellé quelque 40 suspects en 2020.', 'about', 40],
    ['Fewer than ten cells were dismantled in 2017.', 'fewer_than', 10],
    ['Police arrested up to 40 suspects in 2020.', 'up_to', 40],
    ['Moins de dix cellules ont été démantelées en 2018.', 'fewer_than', 10],
  ];
  it.each(cases)('%s', (text, qualifier, value) => {
    const [f] = run(text);
    expect(f?.qualifier).toBe(qualifier);
    expect(f?.value).toBe(value);
  });

  it('derives the interval from the qualifier', () => {
    const [f] = run('Police dismantled more than 25 cells in 2019.');
    expect([f?.lower, f?.upper]).toEqual([25, null]);
    const [g] = run('Police arrested up to 40 suspects in 2020.');
    expect([g?.lower, g?.upper]).toEqual([0, 40]);
  });

  it('zero: "no incidents", "did not witness any", "aucun attentat"', () => {
    expect(run('Morocco recorded no terrorist incidents in 2020.').map(brief)).toEqual(['terrorist_incidents exact 0 2020..2020']);
    expect(run('The country did not witness any terror-related incidents in 2019.').map(brief)).toEqual([
      'terrorist_incidents exact 0 2019..2019',
    ]);
    expect(run("Aucun attentat terroriste n'a été enregistré au Maroc en 2019.").map(brief)).toEqual([
      'terrorist_incidents exact 0 2019..2019',
    ]);
  });
});

describe('metrics', () => {
  it('cells, arrests, plots in one sentence (EN)', () => {
    expect(run('Since 2002, security services have dismantled 132 terrorist cells. Those operations produced 2720 arrests and stopped 276 planned attacks.', '2015-03-21').map(brief)).toEqual([
      'cells_dismantled exact 132 2002..2015-03-21 cum',
      'arrests exact 2720 2002..2015-03-21 cum',
      'plots_foiled exact 276 2002..2015-03-21 cum',
    ]);
  });

  it('fighters, returnees and returnees prosecuted (FR)', () => {
    const figs = run(
      "Plus de 1 600 Marocains ont rejoint les zones de conflit ; 147 ont regagné le Maroc, et 132 d'entre eux ont été interpellés puis déférés devant la justice.",
      null,
    );
    expect(figs.map((f) => `${f.metric} ${f.value}`)).toEqual(['foreign_fighters 1600', 'returnees 147', 'returnees_prosecuted 132']);
  });

  it('returnees who were arrested are returnees_prosecuted (EN)', () => {
    const [f] = run('More than 200 Moroccans who came back from jihadist battlefields were detained and referred to the judiciary.', '2018-05-05');
    expect(f && brief(f)).toBe('returnees_prosecuted more_than 200 -..2018-05-05 cum');
  });

  it('people brought before the courts count as arrests', () => {
    const [f] = run('Depuis 2015, 1 357 personnes ont été présentées à la justice.', '2021-01-01');
    expect(f?.metric).toBe('arrests');
  });

  it('subsets inherit the metric and period of their whole, with a scope', () => {
    const figs = run('The bureau has dismantled 40 terrorist cells since its creation in 2015. Of those cells, 36 were linked to the Islamic State group.', '2017-01-25');
    expect(figs.map(brief)).toEqual(['cells_dismantled exact 40 2015..2017-01-25 cum', 'cells_dismantled exact 36 2015..2017-01-25 cum']);
    expect(figs[1]?.scope).toContain('linked to ISIS');
    expect(figs[0]?.scope).toContain('BCIJ operations');
  });

  it('ellipsis: "21 cells in 2015 and 19 last year"', () => {
    expect(run('The bureau broke up 21 cells in 2015 and 19 last year.', '2017-01-25').map(brief)).toEqual([
      'cells_dismantled exact 21 2015..2015',
      'cells_dismantled exact 19 2016..2016',
    ]);
    expect(run('23 cellules avaient été neutralisées en 2015 et 16 en 2016.', null).map(brief)).toEqual([
      'cells_dismantled exact 23 2015..2015',
      'cells_dismantled exact 16 2016..2016',
    ]);
  });

  it('comparisons: "compared with 16 in 2021", "up from 11 in 2021"', () => {
    expect(run('The DGST said it had dismantled 12 cells in 2022, compared with 16 in 2021.').map(brief)).toEqual([
      'cells_dismantled exact 12 2022..2022',
      'cells_dismantled exact 16 2021..2021',
    ]);
    expect(run('Morocco disrupted 15 cells in 2022, up from 11 in 2021.').map(brief)).toEqual([
      'cells_dismantled exact 15 2022..2022',
      'cells_dismantled exact 11 2021..2021',
    ]);
  });

  it('coordinated groups of people share one predicate', () => {
    const figs = run('Morocco has repatriated 12 women and 20 children from camps in Syria since 2019.', '2023-10-01');
    expect(figs.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['returnees', 12, 'women'],
      ['returnees', 20, 'minors'],
    ]);
  });

  it('an agency as subject narrows the figure to its operations', () => {
    const figs = run("Au cours de l'année 2023, le BCIJ a démantelé 6 cellules et interpellé 25 personnes, contre 9 cellules et 46 personnes en 2022.", '2024-02-20');
    expect(figs.map((f) => `${brief(f)} ${f.scope}`)).toEqual([
      'cells_dismantled exact 6 2023..2023 BCIJ operations',
      'arrests exact 25 2023..2023 BCIJ operations',
      'cells_dismantled exact 9 2022..2022 BCIJ operations',
      'arrests exact 46 2022..2022 BCIJ operations',
    ]);
    // The agency only names the speaker here: a national total.
    expect(run('Selon Mohamed Nifaoui, responsable au sein du BCIJ, le Royaume a neutralisé 210 cellules depuis 2002.')[0]?.scope).toBeNull();
  });

  it('arrests dated to a day are one event, not a total', () => {
    expect(run('Moroccan police arrested three suspected militants on Thursday, the interior ministry said.').map(brief)).toEqual([]);
  });

  it('women and minors get a scope', () => {
    const figs = run('185 women and 135 minors have joined the groups, he said.', '2015-03-21');
    expect(figs.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['foreign_fighters', 185, 'women'],
      ['foreign_fighters', 135, 'minors'],
    ]);
  });

  it('attempting to leave narrows arrests', () => {
    const [f] = run('Six autres personnes ont été arrêtées alors qu\'elles tentaient de quitter le territoire national.', null);
    expect(f?.metric).toBe('arrests');
    expect(f?.scope).toContain('attempting to leave');
  });
});

describe('periods', () => {
  it('"last year" and "l\'an dernier" resolve against the publication date', () => {
    expect(run('18 terrorist cells were broken up in Morocco last year.', '2017-07-20').map(brief)).toEqual(['cells_dismantled exact 18 2016..2016']);
    expect(run("L'an dernier, six cellules terroristes ont été neutralisées.", '2024-01-15').map(brief)).toEqual(['cells_dismantled exact 6 2023..2023']);
  });

  it('"this year" / "cette année" is year-to-date', () => {
    expect(run("L'agence recensait quatre cellules démantelées cette année.", '2020-10-22').map(brief)).toEqual([
      'cells_dismantled exact 4 2020-01-01..2020-10-22',
    ]);
  });

  it('"throughout the year" takes the year in context', () => {
    expect(run('In 2019 the services dismantled more than 25 cells and arrested over 125 individuals throughout the year.').map(brief)).toEqual([
      'cells_dismantled more_than 25 2019..2019',
      'arrests more_than 125 2019..2019',
    ]);
  });

  it('cumulative: since a year, since 9/11, depuis les attentats, since its creation', () => {
    expect(run('Authorities have dismantled 168 terrorist cells since the September 11 attacks.', null).map(brief)).toEqual([
      'cells_dismantled exact 168 2001-09-11..- cum',
    ]);
    expect(run('Depuis les attentats du 11 septembre 2001, le Maroc est venu à bout de 168 cellules terroristes.', null).map(brief)).toEqual([
      'cells_dismantled exact 168 2001-09-11..- cum',
    ]);
    expect(run('Le BCIJ revendique 83 cellules depuis sa création en 2015.', '2021-05-17').map(brief)).toEqual([
      'cells_dismantled exact 83 2015..2021-05-17 cum',
    ]);
    expect(run('Since the 2003 suicide bombings in Casablanca, the authorities have taken apart more than 50 cells.', null).map(brief)).toEqual([
      'cells_dismantled more_than 50 2003-05-16..- cum',
    ]);
  });

  it('as-of is the publication date, unknown when undated', () => {
    expect(run('Police dismantled 7 cells in 2020.', '2021-12-17')[0]?.asOf).toBe('2021-12-17');
    expect(run('Police dismantled 7 cells in 2020.', null)[0]?.asOf).toBeNull();
  });

  it('stocks have no start and end at the as-of date', () => {
    expect(run('Nearly 1,600 Moroccans are estimated to have travelled to Syria and Iraq.', '2018-05-05').map(brief)).toEqual([
      'foreign_fighters about 1600 -..2018-05-05 cum',
    ]);
  });

  it('a time opening a new clause belongs to the figure of that clause', () => {
    expect(run('In 2018, 11 cells were dismantled and 92 people arrested, while in 2017 the services broke up nine cells.').map(brief)).toEqual([
      'cells_dismantled exact 11 2018..2018',
      'arrests exact 92 2018..2018',
      'cells_dismantled exact 9 2017..2017',
    ]);
  });

  it('nationals held abroad are not fighters counted for the dashboard', () => {
    expect(run('Quelque 1 000 combattants marocains seraient toujours détenus en Syrie.').map(brief)).toEqual([]);
  });

  it('a comparative "since" is not a period', () => {
    const [f] = run('The report says terrorism-related arrests fell during the year 2017, to 186, the first decrease recorded since 2013.', '2018-09-20');
    expect(f?.cumulative).toBe(false);
  });
});

describe('context carried between sentences', () => {
  it('"since the attacks" refers to the dated event named before', () => {
    const figs = run('Twenty years after the May 16, 2003 Casablanca attacks, Morocco is safer. Since the attacks, security services have dismantled more than 2,000 terrorist cells.', '2023-05-16');
    expect(figs.map(brief)).toEqual(['cells_dismantled more_than 2000 2003-05-16..2023-05-16 cum']);
  });
  it('"created in 2015" counts since the creation', () => {
    expect(run('The BCIJ, created in 2015, has dismantled 89 cells.', '2023-05-16').map(brief)).toEqual(['cells_dismantled exact 89 2015..2023-05-16 cum']);
  });
  it('"Ces opérations" take the period of the figure before', () => {
    const figs = run("La DGST a démantelé, au cours de l'année 2021, un total de 8 cellules. Ces opérations ont permis l'interpellation de 34 individus.", '2022-01-05');
    expect(figs.map(brief)).toEqual(['cells_dismantled exact 8 2021..2021', 'arrests exact 34 2021..2021']);
  });
  it('"most of whom were prosecuted" does not make the whole group prosecuted', () => {
    expect(run('About 270 have returned, most of whom were prosecuted.', '2023-05-16').map((f) => f.metric)).toEqual(['returnees']);
  });
  it('people counted in the next sentence continue a population only after an anaphor', () => {
    expect(run('According to the report, 1,659 Moroccans went to fight in Iraq and Syria. They were accompanied by 290 women.', null).map((f) => f.metric)).toEqual(['foreign_fighters', 'foreign_fighters']);
    expect(run("Plus de 1 600 Marocains ont rejoint les zones de conflit. Le Maroc fait partie du Forum mondial, qui compte 30 membres.", null).map((f) => f.value)).toEqual([1600]);
  });
});

describe('titles', () => {
  it('a report year in the title dates the text, its source speaks, and a year heading is not a count', () => {
    const raw = 'Country Reports on Terrorism 2022: Morocco\n\nDuring the year, according to the government, 1,659 Moroccans joined ISIS in Syria and Iraq.\n\n2022 Terrorist Incidents: There were no reported terrorist incidents in Morocco in 2022.\n\nLaw enforcement reported arresting 87 individuals during the year.';
    const { figures } = extractFromText(raw);
    expect(figures.map(brief)).toEqual([
      'foreign_fighters exact 1659 -..2022 cum',
      'terrorist_incidents exact 0 2022..2022',
      'arrests exact 87 2022..2022',
    ]);
    expect(figures[2]?.attributedTo).toBe('US State Department');
  });
});

describe('cross-links', () => {
  it('"Read also:" and "Lire aussi :" lines are other articles', () => {
    expect(run('Police dismantled 7 cells in 2020.\nRead also: Morocco dismantles 3 terrorist cells in 2019\nLire aussi : 12 cellules démantelées en 2018\n').map((f) => f.value)).toEqual([7]);
  });
});

describe('single operations', () => {
  it('people arrested in one operation are not an aggregate figure', () => {
    expect(run('Moroccan police dismantled a network sending volunteers to Iraq, detaining 62 suspects in several cities.').map(brief)).toEqual([]);
    expect(run("L'opération de septembre avait conduit à l'arrestation de cinq extrémistes.").map(brief)).toEqual([]);
    expect(run('In one operation in late 2005, eleven suspects were detained.').map(brief)).toEqual([]);
  });
  it('a total mentioned alongside one operation is kept', () => {
    expect(run('The latest operation, in which a cell was dismantled, brings the total number of people arrested since 2002 to 3,500.').map((f) => f.value)).toEqual([3500]);
  });
});

describe('repeats', () => {
  it('"the 2,009 cells" after "2,009 cells" is a back-reference, not a second figure', () => {
    const figs = run('Morocco has dismantled 2,009 cells since 2002. Hammouchi noted that the 2,009 cells were small.');
    expect(figs.map((f) => f.value)).toEqual([2009]);
  });
  it('"50 of the 168 dismantled cells" gives 50 only', () => {
    expect(run('Authorities dismantled 168 cells since 2002. He said that 50 of the 168 dismantled cells had links abroad.').map((f) => f.value)).toEqual([168, 50]);
  });
});

describe('attribution', () => {
  it('"according to" and "said"', () => {
    expect(run('Morocco recorded no terrorist incidents in 2020, according to the State Department.')[0]?.attributedTo).toBe('US State Department');
    expect(run('Since 2002, police dismantled 132 cells, Abdelhak Khiame said.')[0]?.attributedTo).toContain('Khiame');
    expect(run('Selon le ministère de l\'Intérieur, 23 cellules ont été neutralisées en 2015.')[0]?.attributedTo).toBe('Ministry of Interior');
  });

  it('French inversion and appositions name the speaker', () => {
    expect(run("Le Maroc est venu à bout de 168 cellules depuis 2002, a indiqué Mohamed Moufakir, wali.", null)[0]?.attributedTo).toBe('Mohamed Moufakir');
    expect(run('Khiame, a career officer of the intelligence service (DGST), said 1,354 Moroccans were fighting in Syria.')[0]?.attributedTo).toBe('Khiame');
  });

  it('a pronoun cue keeps the previous speaker', () => {
    const figs = run('Since 2002, police dismantled 132 cells, Abdelhak Khiame said. Some 50 of these cells had links to Syria, he added.');
    expect(figs.map((f) => f.attributedTo)).toEqual(['Abdelhak Khiame', 'Abdelhak Khiame']);
  });

  it('"according to" a description keeps the description', () => {
    expect(run('Since 2003, the authorities have detained upwards of 3,000 suspects, according to security officials.')[0]?.attributedTo).toBe('security officials');
  });
});

describe('things that are not figures', () => {
  const negatives: [string, string][] = [
    ['ordinals', 'Morocco attended the 27th annual meeting and the 36e session du Conseil in 2019.'],
    ['years and dates', 'In 2019, on February 26 and on 16 mai 2003, in 2016, 2017, and 2018, nothing happened.'],
    ['ages', 'The victims, aged 24 and 28, were hikers; a 25-year-old vendor was sentenced. Elles étaient âgées de 24 et 28 ans.'],
    ['meetings and working groups', 'The dialogue holds its discussions in four working groups and two meetings.'],
    ['law and article numbers', 'Cases fall under law 03-03, law 86-14, article 218-1, article 218-1-1 and article 108 of the code.'],
    ['sentence lengths', 'Joining a group abroad is punishable by up to 15 years in prison and suspects can be held for up to 12 days.'],
    ['durations', 'The penalty is five to fifteen years; des peines de cinq à quinze ans.'],
    ['phone numbers', 'Media contact: +1 202-555-0142. Pour joindre la rédaction : 05 22 00 00 00.'],
    ['casualties', 'The attack killed 17 people, most of them tourists, and 246 Moroccan fighters have been killed in Syria.'],
    ['size of one cell', 'In January the BCIJ dismantled a 13-person cell in Casablanca.'],
    ['percentages', 'Près de neuf cellules sur dix, soit 88 % d\'entre elles, étaient liées à Daech.'],
    ['relative statements', 'The report said Morocco doubled the number of related arrests compared to 2018.'],
    ['age ranges', 'The suspects, aged between 18 and 35, were arrested in Tangier.'],
    ['decades', 'Over the past two decades, the services worked hard.'],
    ['counts of places', 'Police arrested suspects across 9 provinces.'],
    ['prison sentences', 'He was sentenced to 20 years in prison, and 3 others to 10 years.'],
    ['detainees in a programme', 'The reconciliation programme has benefited 300 detainees since 2017.'],
    ['security staff and crowds', 'More than 2,000 police officers were deployed; around 40,000 people attended the festival.'],
    ['rankings and scores', 'Morocco ranked 80th in the Global Terrorism Index, with a score of 0.5 out of 10.'],
  ];
  it.each(negatives)('%s', (_, text) => {
    const figs = run(text).filter((f) => f.metric !== 'unknown');
    expect(figs.map(brief)).toEqual([]);
  });
});
