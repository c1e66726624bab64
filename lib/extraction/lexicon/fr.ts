/** French. Symbols and acronyms shared with English are in en.ts (the union serves every language). */
import type { LanguageLexicon } from './types';

export const FR: LanguageLexicon = {
  language: 'fr',
  // Noms têtes juste après un nombre, par métrique.
  heads: {
    cells_dismantled: ['cellule', 'cellules', 'structures terroristes', 'groupes terroristes', 'réseaux terroristes'],
    arrests: ['arrestation', 'arrestations', 'interpellation', 'interpellations'],
    plots_foiled: ["projet* d'attentat*", 'projet* criminel*', 'projet* terroriste*', "projet* d'attaque*", 'complot*'],
    terrorist_incidents: [],
  },
  // Attacks: plots when planned or foiled, incidents otherwise.
  attackNouns: ['attentat', 'attentats', 'attaque', 'attaques', 'actions terroristes', 'opérations terroristes'],
  // Before an attack noun ("projets d'attentats"): it was a plot.
  plotModifiers: ['projet', 'projets'],
  // People, by what the noun itself says they did.
  persons: {
    fighters: ['combattant', 'combattants', 'djihadist*'],
    returnees: ['revenant', 'revenants'],
    volunteers: ['candidats au djihad', 'candidats au jihad'],
    people: [
      'personne', 'personnes', 'individu', 'individus', 'marocain', 'marocains', 'marocaine', 'marocaines',
      'ressortissant*', 'femme', 'femmes', 'mineur', 'mineurs', 'enfant', 'enfants', 'extrémiste*', 'membre',
      'membres', 'détenu*', 'suspect*', 'jeune*', 'islamiste*', 'éléments', 'terroristes', 'partisans',
      'sympathisants', 'hommes', 'prévenus', 'accusés',
    ],
  },
  // Verbs and phrases around a number, by what they say happened.
  features: {
    arrest: [
      'interpell*', 'arrêt*', 'déféré*', 'présenté* à la justice', 'présenté* devant', 'traduit* en justice', 'comparution',
      'poursuivi*', 'appréhendé*', 'présenté* au parquet', 'remis à la justice', 'garde à vue', 'inculpé*', 'devant la justice',
    ],
    fight: [
      'combat*', 'se battr*', 'rejoint', 'rejoindre', 'partis', 'parti pour', 'partie pour', 'parties pour', 'sont parties',
      'départ*', 'devenu* combattant*', 'enrôlé*', 'affiliés à', 'affiliés aux', 'ralliant', 'rallié*', 'dans les rangs',
      'rendus dans', 'rendues dans', 'rendu dans', 'quitté le maroc', 'quitté le pays', 'ont quitté',
    ],
    return: ['rentré*', 'revenu*', 'regagné', 'rapatri*', 'de retour'],
    dismantle: ['démantel*', 'venu* à bout', "hors d'état de nuire"],
    foil: ['évit*', 'déjou*', 'avort*', 'fait échouer', 'faire échouer', 'empêch*'],
    kill: ['péri', 'tué*', 'mort*', 'perdu la vie', 'blessé*', 'décédé*'],
    // Longer phrases that contain a feature word without its meaning ("lutte contre le terrorisme", "fait partie").
    neutral: [
      'combattre le terrorisme', 'combat contre le terrorisme', "combat contre l'extrémisme", "combattre l'extrémisme",
      'lutte contre le terrorisme', 'fait partie', 'font partie', 'faisant partie', 'retour à la normale', "mandat d'arrêt",
      "mandats d'arrêt",
    ],
    // People held abroad are not fighters counted by Morocco.
    held: ['détenus dans', 'détenus en', 'toujours détenus', 'emprisonnés', 'incarcérés en', 'bloqués'],
  },
  // Nouns that make a number something other than a count we measure.
  units: [
    'décennie*', 'siècle*', 'an', 'ans', 'année', 'années', 'mois', 'semaine*', 'jour', 'jours', 'heure*', 'pour cent',
    'pourcent', 'kilomèt*', 'fois', 'milliard*', 'réunion*', 'groupe*', 'région*', 'pays', 'édition*', 'états membres',
    'domaines', 'opérations', 'coups de filet', 'cas',
  ],
  // Right before a number: an age, a law, a decree, a flight…
  blockingBefore: ['âgé', 'âgée', 'âgés', 'âgées', 'loi', 'n°', 'numéro', 'décret', 'dahir', 'résolution', 'chapitre', 'alinéa', 'vol'],
  // A few words before a number: it is an age ("ans" only as the unit after it).
  ageWords: ['âge', 'âgé', 'âgée', 'âgés', 'âgées', 'ans'],
  // Before a number: a back-reference to a count already stated ("les 168 cellules").
  definiteBefore: ['ces', 'les', 'cette'],
  // Qualifiers right before the number.
  qualifiersBefore: [
    { phrase: 'plus de', qualifier: 'more_than' },
    { phrase: "plus d'", qualifier: 'more_than' },
    { phrase: 'au-delà de', qualifier: 'more_than' },
    { phrase: 'au moins', qualifier: 'at_least' },
    { phrase: 'pas moins de', qualifier: 'at_least' },
    { phrase: "pas moins d'", qualifier: 'at_least' },
    { phrase: 'près de', qualifier: 'about' },
    { phrase: "près d'", qualifier: 'about' },
    { phrase: 'environ', qualifier: 'about' },
    { phrase: 'quelque', qualifier: 'about' },
    { phrase: 'approximativement', qualifier: 'about' },
    { phrase: 'autour de', qualifier: 'about' },
    { phrase: 'pas loin de', qualifier: 'about' },
    { phrase: 'presque', qualifier: 'about' },
    { phrase: 'moins de', qualifier: 'fewer_than' },
    { phrase: "moins d'", qualifier: 'fewer_than' },
    { phrase: 'pas plus de', qualifier: 'up_to' },
    // An estimate is an approximation: "estimé à 1 500".
    { phrase: 'estimé à', qualifier: 'about' },
    { phrase: 'estimés à', qualifier: 'about' },
    { phrase: 'estimée à', qualifier: 'about' },
    { phrase: 'estimées à', qualifier: 'about' },
    { phrase: 'évalué à', qualifier: 'about' },
    { phrase: 'évalués à', qualifier: 'about' },
    { phrase: "jusqu'à", qualifier: 'up_to' },
  ],
  // Qualifier words a typo may glue to a number ("plus de500").
  glueWords: ['de', 'moins', 'environ'],
  // "dépasserait la centaine": the number is a lower bound.
  exceedVerbs: ['dépass*', 'excède*'],
  // Number words ("un" is not one: it is an article; see singleOne). "six" is in en.ts.
  numberWords: {
    zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, cent: 100, cents: 100, mille: 1000,
  },
  // Approximate quantities (vague plurals such as "des centaines" state no value and are left out on purpose).
  approxWords: {
    'une douzaine': 12, 'une dizaine': 10, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30,
    'une quarantaine': 40, 'une cinquantaine': 50, 'une soixantaine': 60, 'une centaine': 100, 'la centaine': 100,
    'un millier': 1000, 'le millier': 1000,
    // With the definite article ("la quinzaine de cellules démantelées à ce jour").
    'la dizaine': 10, 'la douzaine': 12, 'la quinzaine': 15, 'la vingtaine': 20, 'la trentaine': 30, 'la quarantaine': 40,
    'la cinquantaine': 50,
  },
  // The number one, only in these fixed forms.
  singleOne: ['un seul', 'une seule'],
  // Zero: "aucun attentat".
  zeroWords: ['aucun', 'aucune', 'nul', 'nulle'],
  // French negation is carried by the zero words ("n'a connu aucun attentat").
  negations: [],
  // Month names, with and without accents.
  months: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
    octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  },
  // After a number: it is part of the figure before ("12 d'entre eux").
  subsetAfter: ["d'entre eux", "d'entre elles"],
  // Before a number: it is part of the figure before ("dont 77 liées à Daech").
  subsetBefore: ['dont', 'parmi', 'parmi eux', 'parmi elles', 'parmi ces', 'notamment', 'y compris'],
  // After these, the rest of the clause is about part of the group.
  partialSubset: ['dont la plupart', 'la plupart', 'dont beaucoup', 'dont certains'],
  // A sentence opening with these continues the people counted before.
  anaphors: ['ils', 'elles', 'ces', 'eux'],
  // "six autres personnes".
  additionalMarkers: ['autres'],
  // Chain an elliptic number to the figure before ("et 19 en 2016", "contre 16").
  coordinators: ['et', 'puis', 'contre', 'à', 'tandis que', 'ou', 'comparé à', 'par rapport à', 'après', 'contre seulement'],
  // One operation: "une cellule", "l'opération de septembre".
  singleOperation: {
    determiners: ['une', 'un', 'cette', 'ce', 'cet', 'la', 'le', "l'", 'même', 'seule'],
    nouns: ['cellule', 'réseau', 'opération', 'affaire', 'coup de filet', 'groupe'],
    // Verbs that name one operation by themselves: "le Maroc rapatrie huit ressortissants".
    verbs: ['rapatrie', 'rapatrié', 'rapatriés', 'rapatriées', 'rapatriement', 'extradé', 'extradés', 'expulsé', 'expulsés'],
  },
  // Dated to a day: one event.
  dayWords: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'cette semaine', 'la semaine dernière', 'ce matin'],
  // A sentence about totals, even when it mentions one operation ("portant le total à …").
  aggregateCues: ['depuis', 'portant', 'nombre de', "nombre d'", 'au total', 'cumul*', 'bilan', 'année', 'an dernier', 'annuel*'],
  // Links to other articles.
  crossLinks: ['lire aussi', 'à lire aussi', 'lire également', 'voir aussi', 'sur le même sujet', 'à lire'],
  ratioWords: ['sur'],
  // Après le nom compté : un taux, pas un total (« 300 combattants par million de Tunisiens »).
  rates: ['par million', 'par habitant*', 'par an', 'par année', 'par mois', 'par jour'],
  time: {
    since: ['depuis'],
    agencyCreated: ['a été créé', 'a été mis en place', 'fut créé'],
    creation: ['sa création'],
    thisYear: ['cette année', "depuis le début de l'année", 'depuis janvier'],
    lastYear: ["l'an dernier", "l'an passé", "l'année dernière", "l'année passée", "l'année écoulée"],
    previousYear: ["l'année précédente", "l'année d'avant", 'un an plus tôt'],
    sameYear: ['cette même année', 'même année', 'cette année-là'],
    theYear: ["tout au long de l'année", "au cours de l'année", "pendant l'année", "durant l'année", "sur l'année"],
    samePeriod: ['même période', 'cette période'],
    soFar: ["jusqu'ici", "jusqu'à présent", 'à ce jour', 'à présent', 'au total'],
    now: ["aujourd'hui", 'actuellement', 'à ce jour'],
    thatDate: ['cette date', 'cette époque', 'les attentats', 'ces attentats', 'cet attentat', 'ces événements'],
    creationYear: ['créé en', 'créée en', 'mis en place en', 'mise en place en', 'fondé en', 'lancé en', 'institué en', 'instauré en'],
    sameOperations: ['ces opérations', 'ces démantèlements', 'ces interpellations', 'ces coups de filet'],
    pastSpan: {
      before: [],
      after: ['dernières', 'derniers', 'dernière', 'dernier', 'écoulées', 'passées'],
      one: ['la', 'le', 'une', 'un'],
      units: { années: 1, ans: 1, année: 1, an: 1, décennie: 10, décennies: 10 },
    },
    rangeFrom: ['de', 'du'],
    rangeTo: ['à', 'au', "jusqu'à", "jusqu'en"],
    between: ['entre'],
    betweenAnd: ['et'],
    publication: ['publié', 'publiée', 'paru', 'parue', 'daté', 'datée'],
    superlatives: ['premier', 'première', 'plus bas', 'plus haut', 'baisse', 'hausse'],
    reportYear: ["rapport sur l'année", 'rapport sur', 'consacrée à', 'consacré à', "qui porte sur l'année", "porte sur l'année", 'bilan de', 'bilan pour'],
    speech: ['indiqué', 'déclaré', 'annoncé', 'affirmé', 'précisé', 'estimé', 'estime', 'évalué', 'avancé', 'révélé', 'souligné'],
  },
  // Named events, by date.
  events: {
    '2001-09-11': [['11', 'septembre']],
    '2003-05-16': [['16', 'mai', '2003']],
  },
  // Agency names, by the scope of their operations.
  agencies: { 'BCIJ operations': ["bureau central d'investigations judiciaires", 'le bureau'] },
  // Scope phrases, by scope label.
  scopes: {
    'linked to ISIS': ['daech', 'état islamique', 'etat islamique', 'ei'],
    "linked to Al-Fay' wal-Istihlal": [],
    'linked to the Syria-Iraq zone': ['syro-irakien*', 'syrie et irak', 'irak et syrie', 'en irak et en syrie'],
    'linked to conflict zones': ['zones de conflit', 'foyers de tension'],
    'returned from Libya': ['libye'],
    women: ['femmes'],
    minors: ['mineurs', 'enfants'],
    'attempting to leave Morocco': ['tentaient de quitter', 'tentant de quitter', 'tentative de quitter'],
    'former terrorism detainees': ['anciens détenus', 'déjà été condamnés'],
    'lone actors': ['loups solitaires'],
    repatriated: ['rapatrié*'],
  },
  // Between an agency and a number: someone else is the subject ("…, le Royaume a neutralisé").
  otherSubjects: ['maroc', 'royaume', 'autorités', 'gouvernement', 'ministère', 'pays', 'département'],
  // Known sources, by name.
  sources: {
    'US State Department': ["département d'état"],
    BCIJ: ["bureau central d'investigations judiciaires"],
    DGSN: ['direction générale de la sûreté nationale'],
    DGST: ['direction générale de la surveillance du territoire'],
    'Ministry of Interior': ["ministère de l'intérieur"],
    'Global Terrorism Index': ['indice mondial du terrorisme'],
    'APA news agency': [],
    'Parliamentary mission': ['parlementaire'],
  },
  // Who speaks.
  attributionCues: {
    before: ['selon', "d'après", 'publié par', 'publiée par', 'établi par', 'établie par', 'recensés par'],
    after: [],
    participles: ['indiqué', 'déclaré', 'affirmé', 'précisé', 'ajouté', 'souligné', 'révélé', 'annoncé', 'expliqué', 'dit', 'estimé', 'rappelé'],
    auxiliaries: ['a', 'ont', 'avait', 'avaient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'aurait'],
    pronouns: ['il', 'elle', 'ils', 'elles', 'a-t-il', 'a-t-elle', 'ont-ils', 'lui', 'son', 'sa', 'ses', 'leur', 'la même', 'le même', 'ce', 'cette'],
    notNames: [
      'le', 'la', 'les', 'un', 'une', 'des', 'en', 'depuis', 'selon', 'pour', 'dans', 'au', 'aux', 'du', 'de', 'ces', 'cette',
      'ce', 'maroc', 'marocains', 'par', 'sur', 'et', 'mais', 'il', 'elle', 'ils', 'avant', 'après', 'quant', 'parmi',
    ],
  },
  // End the modifier run between a number and its noun ("19 l'an dernier").
  stopWords: [
    'de', "d'", 'du', 'des', 'les', 'le', 'la', "l'", 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'par', 'pour', 'qui',
    'que', "qu'", 'ont', 'sont', 'été', 'avaient', 'étaient', 'a', 'depuis', 'cette', 'ce', 'ces', 'dernier', 'dernière',
    'puis', 'autres', 'tous', 'toutes', "n'", 'se', "s'", 'y', 'ne', 'avait', 'était',
  ],
  // After an attribution cue: refers back ("selon son directeur").
  definiteOrPossessive: ['le', 'la', 'les', "l'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'lui', 'eux'],
  // "une cinquantaine de ces cellules".
  ofDeterminers: ['ses', 'leurs', 'ces'],
  // "le nombre de combattants … s'élève à 1622".
  numberOf: ['nombre'],
};
