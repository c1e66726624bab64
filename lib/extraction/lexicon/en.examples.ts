/** What the English lexicon (en.ts) reads, one list or pattern per example; run by examples.test.ts. */
import type { LexiconExample } from './examples';

export const EN_EXAMPLES: readonly LexiconExample[] = [
  // heads: a metric head noun after the number; a year.
  { sentence: 'Police dismantled 12 terrorist cells in 2019.', figures: ['cells_dismantled exact 12 2019..2019'] },
  // persons + features (arrest); qualifiersBefore; time.since.
  { sentence: 'Since 2002, the security services have arrested more than 3,000 suspects.', figures: ['arrests more_than 3000 2002..2020-06-24 cum'] },
  // heads (plots); time.between.
  { sentence: 'The authorities foiled 276 planned attacks between 2002 and 2017.', figures: ['plots_foiled exact 276 2002..2017 cum'] },
  // zeroWords; time.lastYear.
  { sentence: 'Morocco recorded no terrorist incidents last year.', figures: ['terrorist_incidents exact 0 2019..2019'] },
  // persons + features (fight): a stock; scopes.
  { sentence: 'About 1,600 Moroccans have joined ISIS in Syria and Iraq.', figures: ['foreign_fighters about 1600 -..2020-06-24 cum [linked to ISIS]'] },
  // subsetAfter: a subset refines its antecedent (metrics table).
  {
    sentence: 'Some 270 fighters have returned, of whom 92 were arrested.',
    figures: ['returnees about 270 -..2020-06-24 cum', 'returnees_prosecuted exact 92 -..2020-06-24 cum'],
  },
  // approxWords; time.thisYear; agencies.
  { sentence: 'The BCIJ dismantled a dozen cells this year.', figures: ['cells_dismantled about 12 2020-01-01..2020-06-24 [BCIJ operations]'] },
  // coordinators: an elliptic number inherits the metric.
  { sentence: 'Police dismantled 8 cells in 2018 and 11 in 2019.', figures: ['cells_dismantled exact 8 2018..2018', 'cells_dismantled exact 11 2019..2019'] },
  // ageWords, units, definiteBefore: ages, durations and the size of one group are not totals.
  { sentence: 'The 14 suspects, aged between 18 and 35, were held for 3 days.', figures: [] },
  // features.kill: people killed are not fighters counted.
  { sentence: '246 Moroccan fighters have been killed in Syria.', figures: [] },
  // time.pastSpan; scopes.
  {
    sentence: 'At least 40 cells linked to ISIS were broken up over the past five years.',
    figures: ['cells_dismantled at_least 40 2015-06..2020-06-24 cum [linked to ISIS]'],
  },
  // numberWords, hyphenated.
  { sentence: 'Fifty-one people were arrested in 2016.', figures: ['arrests exact 51 2016..2016'] },
];
