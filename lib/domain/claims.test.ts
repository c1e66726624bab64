import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseClaims, claimLines, claimsOf, comparisonSubject, comparisonSummary, originKey, type ClaimFigure } from './claims';
import { intervalsOverlap } from './qualifiers';

let nextId = 1;
function fig(p: Partial<ClaimFigure> & Pick<ClaimFigure, 'sourceId' | 'value'>): ClaimFigure {
  return { id: nextId++, qualifier: 'exact', attributedTo: null, citedReport: null, ...p };
}
const SD = { attributedTo: 'US State Department', citedReport: '2019 Country Report on Terrorism' };

describe('originKey', () => {
  it('ignores case, accents, punctuation and parenthesised notes (a relay, a spelling)', () => {
    expect(originKey("Mohamed Hassad (spelled 'Hazard'), Interior Minister")).toBe(originKey('Mohamed Hassad, Interior Minister'));
    expect(originKey('Abdelhak Khiame, BCIJ director (via Le360)')).toBe('abdelhak khiame bcij director');
    expect(originKey('abdelhak  khiame — BCIJ director')).toBe('abdelhak khiame bcij director');
    expect(originKey('Ministère de l’Intérieur')).toBe('ministere de l interieur');
    expect(originKey('  ')).toBeNull();
    expect(originKey(null)).toBeNull();
  });
});

describe('claims of a statement', () => {
  it('two articles quoting one State Department report are one claim reported in two sources, not agreement', () => {
    const a = fig({ sourceId: 1, value: 125, qualifier: 'more_than', ...SD });
    const b = fig({ sourceId: 4, value: 125, qualifier: 'more_than', ...SD });
    const analysis = analyseClaims([a, b]);
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.claims[0]).toMatchObject({ figures: [a, b], sourceCount: 2, transcriptionConflict: false });
    expect(analysis.verdict).toBe('single_claim');
    expect(analysis.sourceCount).toBe(2);
    const text = comparisonSummary({ subject: comparisonSubject('Arrests', null, '2019'), claimCount: 1, lines: claimLines(analysis), verdict: analysis.verdict });
    expect(text).toBe('One claim, reported in 2 sources, gives 2019 arrests: more than 125 (US State Department).');
  });

  it('relays of one claim that print 200 and 220 are a transcription conflict, not a disagreement', () => {
    const a = fig({ sourceId: 1, value: 200, attributedTo: 'DGSN' });
    const b = fig({ sourceId: 2, value: 220, attributedTo: 'DGSN (via MAP)' });
    const analysis = analyseClaims([a, b]);
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.verdict).toBe('single_claim');
    expect(analysis.transcriptionConflict).toBe(true);
    // The claim spans what its relays print, since one of them copied it wrong.
    expect(analysis.claims[0]!.interval).toEqual({ lower: 200, upper: 220, lowerInclusive: true, upperInclusive: true });
    const text = comparisonSummary({ subject: '2019 arrests', claimCount: 1, lines: claimLines(analysis), verdict: analysis.verdict });
    expect(text).toBe('One claim, reported in 2 sources, gives 2019 arrests: 200 or 220 (DGSN). The sources relaying it print different numbers: a transcription conflict.');
  });

  it('independent claims that cannot both be true disagree, in plain words', () => {
    const sd1 = fig({ sourceId: 1, value: 125, qualifier: 'more_than', ...SD });
    const sd2 = fig({ sourceId: 4, value: 125, qualifier: 'more_than', ...SD });
    const apa = fig({ sourceId: 9, value: 12, attributedTo: 'APA' });
    const analysis = analyseClaims([sd1, sd2, apa]);
    expect(analysis.claims.map((c) => c.figures.length)).toEqual([2, 1]);
    expect(analysis.verdict).toBe('disagree');
    const text = comparisonSummary({ subject: '2019 arrests', claimCount: analysis.claims.length, lines: claimLines(analysis), verdict: analysis.verdict });
    expect(text).toBe('Two independent claims give 2019 arrests: more than 125 (US State Department, reported in 2 sources) and 12 (APA): they disagree.');
  });

  it('independent claims whose numbers can all be true agree', () => {
    const analysis = analyseClaims([fig({ sourceId: 1, value: 25, qualifier: 'more_than', attributedTo: 'BCIJ' }), fig({ sourceId: 2, value: 30, attributedTo: 'DGST' })]);
    expect(analysis.verdict).toBe('agree');
    expect(analysis.claims).toHaveLength(2);
  });

  it('links relays transitively: a shared cited report joins different attributions', () => {
    const a = fig({ sourceId: 1, value: 25, attributedTo: 'US State Department', citedReport: 'Country Report' });
    const b = fig({ sourceId: 2, value: 25, attributedTo: 'Morocco World News', citedReport: 'Country Report' });
    const c = fig({ sourceId: 3, value: 25, attributedTo: 'Morocco World News' });
    expect(claimsOf([a, b, c]).map((x) => x.figures.map((f) => f.id))).toEqual([[a.id, b.id, c.id]]);
  });

  it('an unattributed figure is its own source\'s claim: one source repeating itself is not corroboration', () => {
    const a = fig({ sourceId: 1, value: 25 });
    const b = fig({ sourceId: 1, value: 25 });
    const c = fig({ sourceId: 2, value: 25 });
    const claims = claimsOf([a, b, c]);
    expect(claims.map((x) => x.figures.map((f) => f.id))).toEqual([[a.id, b.id], [c.id]]);
    expect(analyseClaims([a, b]).verdict).toBe('single_claim');
  });

  it('names at most four claims and counts the rest; the source names an unattributed claim', () => {
    const figures = [1, 2, 3, 4, 5, 6].map((s) => fig({ sourceId: s, value: 10 + s, qualifier: 'about' }));
    const analysis = analyseClaims(figures);
    const lines = claimLines(analysis, (f) => `Outlet ${f.sourceId}`);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ value: 'about 11', origin: 'Outlet 1', sources: 1, transcriptionConflict: false });
    const text = comparisonSummary({ subject: 'cells dismantled, since 2002 (to May 2021)', claimCount: 6, lines, verdict: analysis.verdict });
    expect(text).toMatch(/^Six independent claims give cells dismantled, since 2002 \(to May 2021\): about 11 \(Outlet 1\), .* and two more: they (dis)?agree\.$/);
  });

  it('a single report reads as one source', () => {
    const analysis = analyseClaims([fig({ sourceId: 1, value: 168, attributedTo: 'Mohamed Moufakir' })]);
    expect(comparisonSummary({ subject: 'cells dismantled, since 11 Sep 2001', claimCount: 1, lines: claimLines(analysis), verdict: analysis.verdict })).toBe(
      'One source gives cells dismantled, since 11 Sep 2001: 168 (Mohamed Moufakir).',
    );
  });

  const QUALS = ['exact', 'more_than', 'at_least', 'about', 'fewer_than', 'up_to'] as const;
  const figures = fc.array(
    fc.record({
      sourceId: fc.integer({ min: 1, max: 4 }),
      value: fc.integer({ min: 0, max: 30 }),
      qualifier: fc.constantFrom(...QUALS),
      attributedTo: fc.constantFrom(null, 'BCIJ', 'bcij (via MAP)', 'DGST'),
      citedReport: fc.constantFrom(null, 'Report A', 'Report B'),
    }).map((p) => fig(p)),
    { minLength: 1, maxLength: 12 },
  );

  it('every figure is in exactly one claim, and the verdict is the pairwise one between claims', () => {
    fc.assert(
      fc.property(figures, (fs) => {
        const { claims, verdict } = analyseClaims(fs);
        expect(claims.flatMap((c) => c.figures.map((f) => f.id)).sort((a, b) => a - b)).toEqual(fs.map((f) => f.id).sort((a, b) => a - b));
        let pairwise = true;
        for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) pairwise &&= intervalsOverlap(claims[i]!.interval, claims[j]!.interval);
        expect(verdict).toBe(claims.length < 2 ? 'single_claim' : pairwise ? 'agree' : 'disagree');
      }),
      { numRuns: 1000 },
    );
  });
});
