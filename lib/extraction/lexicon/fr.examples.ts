/** What the French lexicon (fr.ts) reads, one list or pattern per example; run by examples.test.ts. */
import type { LexiconExample } from './examples';

export const FR_EXAMPLES: readonly LexiconExample[] = [
  // heads: a metric head noun after the number; a year.
  { sentence: 'La police a démantelé 12 cellules terroristes en 2019.', figures: ['cells_dismantled exact 12 2019..2019'] },
  // persons + features (arrest); qualifiersBefore; time.since; a space as thousands separator.
  { sentence: 'Depuis 2002, plus de 3 000 personnes ont été interpellées.', figures: ['arrests more_than 3000 2002..2020-06-24 cum'] },
  // heads (plots); time.between.
  { sentence: "Les services ont déjoué 276 projets d'attentats entre 2002 et 2017.", figures: ['plots_foiled exact 276 2002..2017 cum'] },
  // zeroWords; time.lastYear.
  { sentence: "Le Maroc n'a connu aucun attentat l'an dernier.", figures: ['terrorist_incidents exact 0 2019..2019'] },
  // persons + features (fight): a stock; scopes.
  { sentence: 'Près de 1 600 Marocains ont rejoint les rangs de Daech.', figures: ['foreign_fighters about 1600 -..2020-06-24 cum [linked to ISIS]'] },
  // approxWords; time.thisYear.
  { sentence: 'Une trentaine de cellules ont été démantelées cette année.', figures: ['cells_dismantled about 30 2020-01-01..2020-06-24'] },
  // numberWords, hyphenated; time.rangeFrom/rangeTo.
  { sentence: 'Dix-huit cellules terroristes ont été neutralisées de 2011 à 2013.', figures: ['cells_dismantled exact 18 2011..2013 cum'] },
  // subsetBefore ("dont"): a subset refines its antecedent (metrics table).
  {
    sentence: 'Au total, 270 combattants sont rentrés au Maroc, dont 92 ont été déférés devant la justice.',
    figures: ['returnees exact 270 -..2020-06-24 cum', 'returnees_prosecuted exact 92 -..2020-06-24 cum'],
  },
  // coordinators: an elliptic number inherits the metric.
  { sentence: 'La police a démantelé 8 cellules en 2018 et 11 en 2019.', figures: ['cells_dismantled exact 8 2018..2018', 'cells_dismantled exact 11 2019..2019'] },
  // ageWords, definiteBefore: ages and the size of one group are not totals.
  { sentence: 'Les 14 suspects, âgés de 18 à 35 ans, ont été arrêtés.', figures: [] },
  // features.kill: people killed are not fighters counted.
  { sentence: 'Environ 100 combattants marocains ont été tués en Syrie.', figures: [] },
  // agencies + time.creation: "since its creation" is the agency's creation year.
  { sentence: 'Le BCIJ a interpellé 1 357 individus depuis sa création.', figures: ['arrests exact 1357 2015..2020-06-24 cum [BCIJ operations]'] },
];
