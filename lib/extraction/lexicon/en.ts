/**
 * English. Language-neutral symbols, acronyms and names (%, km, BCIJ, ISIS, APA…) are listed here once; the
 * union in index.ts serves every language.
 */
import type { LanguageLexicon } from './types';

export const EN: LanguageLexicon = {
  language: 'en',
  // Head nouns right after a number, per metric (a metric with none is stated through person nouns and verbs).
  heads: {
    cells_dismantled: ['cell', 'cells', 'terror cell*', 'structures', 'terrorist structure*', 'terrorist groups', 'terrorist networks'],
    arrests: ['arrest', 'arrests', 'detention', 'detentions'],
    plots_foiled: ['plot', 'plots', 'planned attack*', 'attack plan*', 'criminal plan*', 'terrorist plan*', 'terror plot*'],
    terrorist_incidents: ['incident', 'incidents', 'terrorist incident*', 'terror-related incident*'],
  },
  // Attacks: plots when planned or foiled, incidents otherwise.
  attackNouns: ['attack', 'attacks', 'bombing', 'bombings', 'terrorist actions', 'terrorist operations'],
  // Before an attack noun: it was a plot.
  plotModifiers: ['planned', 'foiled', 'thwarted'],
  // People, by what the noun itself says they did.
  persons: {
    fighters: ['fighter', 'fighters', 'jihadist*'],
    returnees: ['returnee', 'returnees'],
    volunteers: ['candidates for jihad', 'would-be jihadists'],
    people: [
      'individual', 'individuals', 'people', 'person', 'persons', 'suspect', 'suspects', 'moroccan', 'moroccans',
      'national', 'nationals', 'citizen*', 'women', 'woman', 'minor', 'minors', 'child', 'children', 'extremist*',
      'militant*', 'recruit*', 'member', 'members', 'prisoner*', 'defendant*', 'youth*', 'islamist*', 'terrorists',
      'terror suspects', 'radicals', 'operatives', 'supporters', 'sympathizers', 'men', 'jihadis', 'returning fighters',
      'detainee', 'detainees', 'inmates', 'convicts', 'agents', 'officers',
    ],
  },
  // Verbs and phrases around a number, by what they say happened.
  features: {
    arrest: [
      'arrest*', 'detain*', 'apprehend*', 'held for questioning', 'taken into custody', 'referred to the judiciary',
      'referred to court', 'referred to the courts', 'brought before', 'brought to justice', 'prosecut*', 'charged',
      'placed in custody', 'in custody', 'indicted', 'to justice', 'to court',
    ],
    fight: [
      'fight*', 'went to fight', 'travel*', 'left for', 'left to', 'left directly', 'joined', 'join', 'made the journey',
      'foreign terrorist fighter*', 'enrolled', 'joining', 'affiliated with', 'affiliated to', 'belong to', 'in the ranks',
      'in extremist ranks', 'gone to fight', 'left the country',
    ],
    return: ['return*', 'came back', 'come back', 'coming back', 'repatriat*'],
    dismantle: [
      'dismantl*', 'broke up', 'broken up', 'break up', 'breaking up', 'took apart', 'taken apart', 'busted', 'neutralis*',
      'neutraliz*',
    ],
    foil: ['foil*', 'thwart*', 'prevent*', 'avoid*', 'stopped', 'averted', 'disrupted'],
    kill: ['killed', 'died', 'dead', 'wounded', 'injured', 'victims'],
    // Longer phrases that contain a feature word without its meaning ("fighting terrorism").
    neutral: [
      'fight against terrorism', 'fighting terrorism', 'fight terrorism', 'fight against extremism', 'fighting extremism',
      'return to normal', 'joint', 'arrest warrant*',
    ],
    // People held abroad are not fighters counted by Morocco.
    held: ['camps', 'in prisons', 'in prison', 'remain in', 'held in camps', 'held in prisons', 'held in syria', 'held in iraq', 'stranded'],
  },
  // Nouns that make a number something other than a count we measure.
  units: [
    'year', 'years', 'year-old', 'decade', 'decades', 'century', 'centuries', 'month', 'months', 'week', 'weeks', 'day',
    'days', 'hour', 'hours', 'minute*', '%', 'percent', 'per cent', 'km', 'kilomet*', 'dollar*', 'euro*', 'dirham*', 'dh',
    'mad', 'times', 'million*', 'billion*', 'article', 'articles', 'page*', 'meeting*', 'working group*', 'group*',
    'region*', 'countr*', 'institution*', 'session*', 'edition*', 'member-state*', 'member states', 'point*', 'axes',
    'areas', 'sides', 'operations', 'raids', 'cases',
  ],
  // Right before a number: an age, a law, a page, a flight…
  blockingBefore: [
    'aged', 'age', 'article', 'articles', 'law', 'no', 'number', 'decree', 'resolution', 'chapter', 'page', 'top', 'covid',
    'g', 'paragraph', 'section', 'room', 'flight', 'emergency number', 'route', 'highway',
  ],
  // A few words before a number: it is an age.
  ageWords: ['aged', 'age', 'ages', 'years old'],
  // Before a number: a back-reference to a count already stated.
  definiteBefore: ['the', 'these', 'those'],
  // Qualifiers right before the number.
  qualifiersBefore: [
    { phrase: 'more than', qualifier: 'more_than' },
    { phrase: 'over', qualifier: 'more_than' },
    { phrase: 'upwards of', qualifier: 'more_than' },
    { phrase: 'in excess of', qualifier: 'more_than' },
    { phrase: 'at least', qualifier: 'at_least' },
    { phrase: 'no fewer than', qualifier: 'at_least' },
    { phrase: 'no less than', qualifier: 'at_least' },
    { phrase: 'about', qualifier: 'about' },
    { phrase: 'around', qualifier: 'about' },
    { phrase: 'approximately', qualifier: 'about' },
    { phrase: 'roughly', qualifier: 'about' },
    { phrase: 'nearly', qualifier: 'about' },
    { phrase: 'almost', qualifier: 'about' },
    { phrase: 'some', qualifier: 'about' },
    { phrase: 'close to', qualifier: 'about' },
    { phrase: 'an estimated', qualifier: 'about' },
    { phrase: 'fewer than', qualifier: 'fewer_than' },
    { phrase: 'less than', qualifier: 'fewer_than' },
    { phrase: 'up to', qualifier: 'up_to' },
    { phrase: 'no more than', qualifier: 'up_to' },
    { phrase: 'not more than', qualifier: 'up_to' },
    { phrase: 'as many as', qualifier: 'up_to' },
    // An estimate is an approximation: "estimated at 1,800", "the estimated 1,300".
    { phrase: 'estimated at', qualifier: 'about' },
    { phrase: 'the estimated', qualifier: 'about' },
    { phrase: 'estimates', qualifier: 'about' },
  ],
  // Qualifier words a typo may glue to a number ("over125").
  glueWords: ['over', 'than', 'least', 'about', 'nearly', 'some', 'to', 'of'],
  // "exceeded 1,000": the number is a lower bound.
  exceedVerbs: ['exceed*', 'surpass*', 'topped'],
  // Number words ("one" is not one: it is too often a pronoun; see singleOne).
  numberWords: {
    zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  },
  // Approximate quantities (vague plurals such as "dozens" state no value and are left out on purpose).
  approxWords: { 'a dozen': 12, 'a hundred': 100, 'a thousand': 1000 },
  // The number one, only in these fixed forms.
  singleOne: ['only one', 'just one', 'a single'],
  // Zero: "no terrorist incidents", "zero incidents".
  zeroWords: ['no', 'zero'],
  // "did not witness any": a negation before "any".
  negations: ['not', "n't", 'never', 'without'],
  // Month names and abbreviations.
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
    nov: 11, dec: 12,
  },
  // After a number: it is part of the figure before ("40 of them").
  subsetAfter: ['of them', 'of those', 'of whom', 'of which'],
  // Before a number: it is part of the figure before ("Of those, 36 …", "including 12 women").
  subsetBefore: [
    'of those', 'of these', 'of them', 'of whom', 'of which', 'among them', 'among those', 'including', 'among these',
    'of those detained',
  ],
  // After these, the rest of the clause is about part of the group.
  partialSubset: ['most of whom', 'many of whom', 'some of whom', 'most of them', 'majority of whom'],
  // A sentence opening with these continues the people counted before.
  anaphors: ['they', 'these', 'those'],
  // "another 53", "the other 16".
  additionalMarkers: ['other', 'others', 'another', 'the other', 'the remaining', 'a further', 'further'],
  // Chain an elliptic number to the figure before ("and 19 in 2016", "up from 16").
  coordinators: [
    'and', 'then', 'to', 'against', 'while', 'versus', 'vs', 'or', 'compared with', 'compared to', 'up from', 'down from',
    'from', 'as against', 'after',
  ],
  // One operation: "a 13-person cell", "the raid".
  singleOperation: {
    determiners: ['a', 'an', 'one', 'this', 'that', 'the', 'same', 'single'],
    nouns: ['cell', 'network', 'operation', 'raid', 'sweep', 'case', 'group'],
    // Verbs that name one operation by themselves: "Morocco repatriates eight alleged militants".
    verbs: ['repatriates', 'repatriated', 'repatriation', 'extradited', 'extradition', 'deported', 'expelled'],
  },
  // Dated to a day: one event.
  dayWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'overnight', 'this week',
    'last week', 'earlier this week', 'this morning',
  ],
  // A sentence about totals, even when it mentions one operation.
  aggregateCues: [
    'since', 'total', 'totalling', 'totaling', 'bringing', 'number of', 'so far', 'to date', 'in all', 'overall',
    'cumulative', 'tally', 'record', 'year', 'annual',
  ],
  // Links to other articles.
  crossLinks: ['read also', 'read more', 'also read', 'related', 'see also', 'read:'],
  ratioWords: ['out of', 'in every', 'in'],
  // After the counted noun: a rate, not a count ("300 fighters per million inhabitants").
  rates: ['per million', 'per capita', 'per inhabitant*', 'per year', 'per month', 'per day', 'per 100,000'],
  time: {
    since: ['since'],
    agencyCreated: ['was set up', 'was created', 'was established', 'was founded', 'was launched', "'s creation"],
    creation: ['its creation', 'its inception', 'its establishment', 'it was created', 'it was set up', 'the bureau was set up', 'bureau opened', 'it was founded'],
    thisYear: ['this year', 'so far this year', 'year to date', 'since the start of the year', 'since the beginning of the year', 'since january'],
    lastYear: ['last year', 'past year'],
    previousYear: ['previous year', 'year before', 'year earlier'],
    sameYear: ['same year', 'that year'],
    theYear: ['during the year', 'over the course of the year', 'throughout the year', 'in the course of the year', 'over the year', 'during that year'],
    samePeriod: ['same period', 'that period'],
    soFar: ['so far', 'to date', 'in total'],
    now: ['currently', 'today', 'at present', 'as of now'],
    thatDate: ['that date', 'then', 'that time', 'the attacks', 'the bombings', 'the attack', 'these attacks', 'the events'],
    creationYear: ['created in', 'set up in', 'established in', 'founded in', 'launched in', 'created back in'],
    sameOperations: ['these operations', 'those operations', 'these raids', 'those raids', 'these arrests', 'those dismantlings'],
    pastSpan: { before: ['last', 'past'], after: [], one: ['the', 'a'], units: { year: 1, years: 1, decade: 10, decades: 10 } },
    rangeFrom: ['from'],
    rangeTo: ['to', 'through', 'until'],
    // "over 2015 and 2016": the span both years cover.
    between: ['between', 'over', 'during'],
    betweenAnd: ['and'],
    publication: ['published', 'released', 'issued', 'dated'],
    superlatives: ['first', 'lowest', 'highest', 'largest', 'biggest', 'record', 'decrease', 'increase', 'drop', 'rise'],
    reportYear: [
      'report on', 'report for', 'report covering', 'reports on terrorism', 'report on terrorism', 'country reports on terrorism',
      'review of', 'edition covering', 'covering',
    ],
    speech: ['said', 'says', 'told', 'stated', 'announced', 'put', 'puts', 'estimated', 'reported', 'declared', 'noted'],
  },
  // Named events, by date.
  events: {
    '2001-09-11': [['september', '11'], ['9/11']],
    '2003-05-16': [['casablanca'], ['may', '16', '2003']],
    '2011-04-28': [['argana']],
  },
  // Agency names, by the scope of their operations.
  agencies: { 'BCIJ operations': ['bcij', 'central bureau of judicial investigation', 'the bureau', 'bureau'] },
  // Scope phrases, by scope label.
  scopes: {
    'linked to ISIS': ['islamic state', 'isis', 'isil', 'daesh'],
    "linked to Al-Fay' wal-Istihlal": ['al-fay', "fay' wal-istihlal"],
    'linked to the Syria-Iraq zone': ['syria-iraq', 'syrian-iraqi', 'syria and iraq', 'iraq and syria'],
    'linked to conflict zones': ['conflict zone*', 'hotbeds'],
    'returned from Libya': ['libya'],
    women: ['women'],
    minors: ['minors', 'children'],
    'attempting to leave Morocco': ['attempt to leave', 'attempting to leave', 'trying to leave'],
    'former terrorism detainees': ['former prisoners', 'former detainees', 'already served sentences'],
    'lone actors': ['acted alone', 'lone actor*', 'lone wolves'],
    repatriated: ['repatriated'],
  },
  // Between an agency and a number: someone else is the subject.
  otherSubjects: ['morocco', 'kingdom', 'authorities', 'services', 'police', 'government', 'ministry', 'country', 'state', 'department', 'dgsn', 'dgst'],
  // Known sources, by name.
  sources: {
    'US State Department': ['state department', 'country reports on terrorism', 'country report on terrorism', 'washington'],
    BCIJ: ['bcij', 'central bureau of judicial investigation'],
    DGSN: ['dgsn', 'general directorate for national security'],
    DGST: ['dgst', 'general directorate for territorial surveillance'],
    'Ministry of Interior': ['ministry of interior', 'ministry of the interior', 'interior ministry', 'interior minister'],
    'Global Terrorism Index': ['global terrorism index'],
    'APA news agency': ['apa'],
    'Parliamentary mission': ['parliamentary'],
  },
  // Who speaks.
  attributionCues: {
    before: ['according to', 'cited by', 'citing', 'compiled by', 'published by', 'released by', 'kept by', 'issued by', 'reported by'],
    after: ['said', 'says', 'told', 'stated', 'noted', 'notes', 'added', 'adds', 'explained', 'announced', 'revealed', 'estimated', 'indicated'],
    participles: [],
    auxiliaries: [],
    pronouns: ['he', 'she', 'they', 'him', 'it', 'his', 'her', 'its', 'their', 'the same', 'this', 'that'],
    notNames: [
      'the', 'a', 'an', 'in', 'on', 'at', 'for', 'since', 'over', 'of', 'this', 'these', 'those', 'according', 'speaking',
      'moroccan', 'morocco', 'moroccans', 'last', 'earlier', 'after', 'before', 'with', 'but', 'and', 'however', 'also', 'it',
      'he', 'she', 'they', 'among',
    ],
  },
  // End the modifier run between a number and its noun.
  stopWords: [
    'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'who', 'which', 'that', 'were',
    'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'last', 'this', 'next', 'so', 'since', 'during',
    'over', 'as', 'than', 'while', 'whose', 'whom', 'other', 'others', 'all', 'did', 'not',
  ],
  // After an attribution cue: refers back ("according to its director").
  definiteOrPossessive: ['the', 'his', 'her', 'its', 'their', 'this', 'that', 'him', 'them'],
  // "1,500 of their nationals".
  ofDeterminers: ['their', 'its', 'his', 'her', 'these', 'those'],
  // "the number of cells … at a dozen".
  numberOf: ['number', 'total', 'tally', 'count'],
};
