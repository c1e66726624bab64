import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { extractFromText } from './index';

/**
 * Patterns of real reporting met in public articles, written here in our own words (no sentence of the corpus):
 * each test names the language pattern it pins, so a later change that breaks one says which.
 */
function run(body: string, date: string | null = '2021-06-15'): string[] {
  const raw = date ? `date: ${date}\n\n${body}\n` : `${body}\n`;
  const { document, figures } = extractFromText(raw, 'x.txt');
  for (const f of figures) expect(document.text.slice(f.start, f.end)).toBe(f.quote);
  return figures.map(brief);
}

const brief = (f: ExtractedFigure) =>
  `${f.metric} ${f.qualifier} ${f.value} ${f.periodStart ?? '-'}..${f.periodEnd ?? '-'}${f.cumulative ? ' cum' : ''}`;

describe('spans counted back from the statement', () => {
  it('reads "the past N years / decades" in English, from the publication date', () => {
    expect(run('Over the past two decades, the services dismantled more than 200 terrorist cells.', '2022-05-01')).toEqual([
      'cells_dismantled more_than 200 2002-05..2022-05-01 cum',
    ]);
    expect(run('In the last three years alone, police broke up 40 cells.', '2020')).toEqual(['cells_dismantled exact 40 2017..2020 cum']);
    expect(run('The country suffered only one terrorist attack in the past decade.', '2021')).toEqual([
      'terrorist_incidents exact 1 2011..2021 cum',
    ]);
  });

  it('reads "les N dernières années" and "la dernière décennie" in French', () => {
    expect(run('Au cours des trois dernières années, 45 cellules ont été démantelées.', '2020-11')).toEqual([
      'cells_dismantled exact 45 2017-11..2020-11 cum',
    ]);
    expect(run("Le pays n'a connu qu'un seul attentat au cours de la dernière décennie.", '2021')).toEqual([
      'terrorist_incidents exact 1 2011..2021 cum',
    ]);
  });

  it('keeps the span open in an undated text', () => {
    expect(run('Over the past two decades, the kingdom dismantled 150 cells.', null)).toEqual(['cells_dismantled exact 150 -..- cum']);
  });

  it('does not take the length of "the last year" for a span', () => {
    expect(run('During the past year, the police dismantled nine cells.', '2019-03')).toEqual(['cells_dismantled exact 9 2018..2018']);
  });
});

describe('qualifiers of estimates and caps', () => {
  it('reads "estimated at", "the estimated" and "estimé à" as about', () => {
    expect(run('The number of Moroccan fighters in Syria is estimated at 1,400.', '2016-06')).toEqual([
      'foreign_fighters about 1400 -..2016-06 cum',
    ]);
    expect(run('The estimated 900 Moroccans who left to fight in Syria worry the services.', '2016-06')).toEqual([
      'foreign_fighters about 900 -..2016-06 cum',
    ]);
    expect(run('Le nombre de combattants marocains partis en Syrie est estimé à 1 500.', '2016-06')).toEqual([
      'foreign_fighters about 1500 -..2016-06 cum',
    ]);
  });

  it('reads "no more than" and "as many as" as up to, never as zero or more than', () => {
    expect(run('Officials said no more than 80 Moroccans were fighting in Syria.', '2013-04')).toEqual([
      'foreign_fighters up_to 80 -..2013-04 cum',
    ]);
    expect(run('As many as 2,500 Moroccans could be fighting in Iraq.', '2015-02')).toEqual(['foreign_fighters up_to 2500 -..2015-02 cum']);
  });
});

describe('who is counted', () => {
  it('counts fighters who joined, are affiliated with or enrolled in groups abroad', () => {
    expect(run('Some 1,300 Moroccans are affiliated with terrorist groups in Syria and Iraq.', '2015-03')).toEqual([
      'foreign_fighters about 1300 -..2015-03 cum',
    ]);
    expect(run('About 1,100 Moroccan nationals are enrolled in jihadist groups abroad.', '2015-03')).toEqual([
      'foreign_fighters about 1100 -..2015-03 cum',
    ]);
  });

  it('takes an explicit span for a stock of fighters when the sentence gives one', () => {
    expect(run('Between 2013 and 2018, 1,500 Moroccans left the country for Syria.', '2019')).toEqual([
      'foreign_fighters exact 1500 2013..2018 cum',
    ]);
  });

  it('reads people "neutralised" as people arrested', () => {
    expect(run('In 2018 the bureau neutralised 150 suspected terrorists.', '2019-01')).toEqual(['arrests exact 150 2018..2018']);
  });

  it('names the people of a number-of frame', () => {
    expect(run('Le nombre de combattants marocains ayant rejoint la Syrie s’élève à 1 400.', '2016')).toEqual([
      'foreign_fighters exact 1400 -..2016 cum',
    ]);
  });

  it('counts "structures" and terrorist groups dismantled as cells', () => {
    expect(run('Since 2015 the bureau has dismantled 60 structures.', '2019-12')).toEqual(['cells_dismantled exact 60 2015..2019-12 cum']);
    expect(run('En 2016, six groupes terroristes ont été démantelés.', '2017')).toEqual(['cells_dismantled exact 6 2016..2016']);
  });
});

describe('numbers that are not figures', () => {
  it('drops a breakdown by nationality', () => {
    expect(run('In 2019 the police arrested 60 people, including four Syrians, three Belgians and two Turks.', '2020')).toEqual([
      'arrests exact 60 2019..2019',
    ]);
  });

  it('drops a number that is part of a name', () => {
    expect(run('The detainees in the camps spoke to Radio 24 about their conditions.', '2022')).toEqual([]);
  });

  it('drops operations counted as such', () => {
    expect(run('Seventeen operations led to the arrest of suspects this year.', '2016-06')).toEqual([]);
  });
});

describe('periods', () => {
  it('reads "over 2015 and 2016" as the span of both years', () => {
    expect(run('The bureau dismantled over 30 terrorist cells over 2015 and 2016.', '2017')).toEqual([
      'cells_dismantled more_than 30 2015..2016 cum',
    ]);
  });

  it('dates a flow without a time of its own by the year the text is about', () => {
    expect(run('Country Reports on Terrorism 2019: Morocco\n\nThe services arrested 90 people. They also dismantled 12 cells.', '2020-06')).toEqual([
      'arrests exact 90 2019..2019',
      'cells_dismantled exact 12 2019..2019',
    ]);
  });
});

describe('text layout', () => {
  it('reads a sentence hard-wrapped across lines as one sentence', () => {
    expect(run('There were no terrorist attacks in the country\nin 2008, the report said.', '2009-04')).toEqual([
      'terrorist_incidents exact 0 2008..2008',
    ]);
  });

  it('still ends a sentence at a line break after a full stop or before a capital', () => {
    expect(run('Police dismantled 12 cells in 2019.\nIn 2020 they arrested 30 people.', '2021').length).toBe(2);
  });

  it('keeps a number with its noun through scare quotes', () => {
    expect(run('Officials say more than 150 "terrorist cells" have been dismantled since 2002.', '2015-06')).toEqual([
      'cells_dismantled more_than 150 2002..2015-06 cum',
    ]);
  });

  it('keeps a total followed by "dont" and its breakdown', () => {
    expect(run('Le nombre de combattants marocains partis en Syrie s’élève à 1400 dont 700 partisans de Daech.', '2016')).toEqual([
      'foreign_fighters exact 1400 -..2016 cum',
      'foreign_fighters exact 700 -..2016 cum',
    ]);
  });
});

describe('which time belongs to a figure', () => {
  it('resolves "since the BCIJ was set up" to the agency’s creation', () => {
    expect(run('Since the BCIJ was set up, it has arrested more than 900 suspects.', '2019-05')).toEqual([
      'arrests more_than 900 2015..2019-05 cum',
    ]);
  });

  it('lets a time after coordinated figures win over one in an earlier clause', () => {
    expect(run('Since the reform of 2010 in the capital, results improved, officials said, noting that 150 cells were dismantled and 2,000 people arrested since 2002.', '2019')).toEqual([
      'cells_dismantled exact 150 2002..2019 cum',
      'arrests exact 2000 2002..2019 cum',
    ]);
  });

  it('keeps an opening adverbial for the figure right after its comma', () => {
    expect(run('Entre janvier et mai 2016, six cellules ont été démantelées et 12 autres durant l’année 2015.', '2016-06')).toEqual([
      'cells_dismantled exact 6 2016-01..2016-05',
      'cells_dismantled exact 12 2015..2015',
    ]);
  });

  it('gives fighters counted "during the same period" that period', () => {
    expect(run('De 2002 à 2018, 1 500 combattants marocains ont rejoint la Syrie. Pendant la même période, 250 femmes ont rejoint les mêmes zones.', '2019')).toEqual([
      'foreign_fighters exact 1500 2002..2018 cum',
      'foreign_fighters exact 250 2002..2018 cum',
    ]);
  });
});

describe('statement dates', () => {
  it('ends a running total at the day a sentence says it was stated, not at publication', () => {
    expect(run('Le 12 juin 2006, le ministre a indiqué que 1 800 islamistes ont été inculpés depuis 2003.', '2019-02')).toEqual([
      'arrests exact 1800 2003..2006-06-12 cum',
    ]);
  });
});

describe('people described before their predicate', () => {
  it('reads the main verb after a participle clause closed by a comma', () => {
    expect(run('En 2017, le bureau a neutralisé 150 terroristes présumés. Le responsable a précisé que 18 autres personnes ayant regagné le Maroc après un séjour en Syrie, ont été également arrêtées.', '2017-12')).toEqual([
      'arrests exact 150 2017..2017',
      'returnees_prosecuted exact 18 2017..2017',
    ]);
  });
});

describe('a text that counts from an attack', () => {
  it('dates a tally with no time of its own from the earliest attack the text names', () => {
    expect(run('Dix ans après les attentats de Casablanca, le 16 mai 2003, la police fait le bilan. Quarante cellules ont été démantelées et 3 000 islamistes arrêtés.', '2013-05-16')).toEqual([
      'cells_dismantled exact 40 2003-05-16..2013-05-16 cum',
      'arrests exact 3000 2003-05-16..2013-05-16 cum',
    ]);
  });

  it('does not take a city named without an attack for a counting start', () => {
    expect(run('Police in Casablanca held a press conference. They said 40 cells were dismantled in 2012.', '2013')).toEqual([
      'cells_dismantled exact 40 2012..2012',
    ]);
  });

  it('keeps pointing-back breakdowns with the figure they break down', () => {
    expect(run('Since 2015 the bureau has dismantled 90 terrorist cells. These are 80 linked to Daesh and 10 others with other ties.', '2020')).toEqual([
      'cells_dismantled exact 90 2015..2020 cum',
      'cells_dismantled exact 80 2015..2020 cum',
      'cells_dismantled exact 10 2015..2020 cum',
    ]);
  });
});

describe('people and their own predicate', () => {
  it('reads people by their own relative clause, not by a verb across a comma before them', () => {
    expect(run('Of those jailed, 150 had been arrested before, not counting the estimated 1,100 Moroccans who have left to fight in Syria.', '2019-02')).toEqual([
      'arrests exact 150 -..2019-02 cum',
      'foreign_fighters about 1100 -..2019-02 cum',
    ]);
  });

  it('reads a participle between the number and the people', () => {
    expect(run('Officials counted 700 fighting Moroccan citizens still in Syria.', '2018')).toEqual(['foreign_fighters exact 700 -..2018 cum']);
  });

  it('keeps hundreds of people detained after an attack as a tally, whatever nouns the sentence has', () => {
    expect(run('After the attack, approximately 2,000 persons suspected of links to the network were detained since 2003.', '2006')).toEqual([
      'arrests about 2000 2003..2006 cum',
    ]);
  });

  it('reads "la quinzaine de cellules" as about fifteen', () => {
    expect(run('La quinzaine de cellules démantelées à ce jour avait un lien avec l’Irak.', '2008-06')).toEqual([
      'cells_dismantled about 15 -..2008-06 cum',
    ]);
  });
});

describe('one repatriation is an operation, not a tally', () => {
  it('drops the people brought back in one dated operation', () => {
    expect(run('Moroccan authorities announced Sunday the repatriation of eight Moroccans from Syria.', '2019-03')).toEqual([]);
  });

  it('drops people repatriated or extradited in one operation, even undated', () => {
    expect(run('Morocco repatriates seven alleged militants from Syria.', '2019-03')).toEqual([]);
    expect(run('Le Maroc a rapatrié huit ressortissants de Syrie.', '2019-03')).toEqual([]);
  });

  it('keeps a running total of people repatriated', () => {
    expect(run('Since 2019, Morocco has repatriated 120 of its nationals from Syria.', '2023')).toEqual(['returnees exact 120 2019..2023 cum']);
  });

  it('keeps a running total of returnees', () => {
    expect(run('Since 2011, 260 Moroccans have returned from Syria and Iraq.', '2019-03')).toEqual(['returnees exact 260 2011..2019-03 cum']);
  });
});

describe('dates as printed', () => {
  it('reads "mi-2015" / "mid-2018" as the middle of the year, in ranges and as a statement date', () => {
    expect(run('Le bureau a démantelé vingt cellules entre mi-2015 et mai 2016.', '2016-06')).toEqual([
      'cells_dismantled exact 20 2015-06..2016 cum',
    ]);
    expect(run('Plus de 150 revenants avaient été interpellés et traduits devant la justice à la mi-2018.', '2019-02')).toEqual([
      'returnees_prosecuted more_than 150 -..2018 cum',
    ]);
  });

  it('reads a range whose connector is glued to the year ("between 2012 and2017")', () => {
    expect(run('Officials said that between 2013 and2016, 1,400 Moroccans left the country.', '2017')).toEqual([
      'foreign_fighters exact 1400 2013..2016 cum',
    ]);
  });
});

describe('rates and groups already met', () => {
  it('drops a rate ("per million", "par an")', () => {
    expect(run('Avec 250 combattants par million d’habitants, le pays est en tête.', '2015')).toEqual([]);
    expect(run('Police arrested 40 suspects per year on average.', '2015')).toEqual([]);
  });

  it('drops a small group named with a definite article ("the four suspects")', () => {
    expect(run('In 2018 the four suspects were arrested in Tangier.', '2019')).toEqual([]);
    expect(run('In 2018 police arrested 400 suspects.', '2019')).toEqual(['arrests exact 400 2018..2018']);
  });
});
