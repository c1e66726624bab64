import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNext('/figures/12')).toBe('/figures/12');
    expect(safeNext('/figures?status=pending&metric=arrests')).toBe('/figures?status=pending&metric=arrests');
    expect(safeNext('/sources/3#figure-9')).toBe('/sources/3#figure-9');
    expect(safeNext('/admin/users')).toBe('/admin/users');
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example'); // an encoded slash stays a path segment
  });

  it('refuses everything that can leave the site, falling back', () => {
    const attempts = [
      '/\t/other-host', // what /signin?next=/%09/other-host decodes to: browsers drop the tab → //other-host
      '/\n/other-host',
      '/\r\n/other-host',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\\/evil.example',
      'https://evil.example',
      'http:evil.example',
      'javascript:alert(1)',
      'evil.example',
      ' /figures',
      '/figures\u0000',
      '/\u007f/x',
      '/\u0085/x',
      '',
      'x'.repeat(3000),
    ];
    for (const a of attempts) expect(safeNext(a, '/fallback'), JSON.stringify(a)).toBe('/fallback');
    expect(safeNext('//evil')).toBe('/');
  });

  it('refuses non-strings and loops back to the sign-in page', () => {
    for (const v of [undefined, null, 42, ['/a'], { href: '/a' }]) expect(safeNext(v)).toBe('/');
    expect(safeNext('/signin')).toBe('/');
    expect(safeNext('/signin?next=/x')).toBe('/');
  });

  it('for any input, returns a same-origin path (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `//${s}`), fc.webUrl()), (raw) => {
        const out = safeNext(raw);
        expect(out.startsWith('/')).toBe(true);
        expect(out.startsWith('//')).toBe(false);
        expect(/[\u0000-\u0020\u007f-\u009f\\]/.test(out)).toBe(false);
        expect(new URL(out, 'https://ctstats.example').origin).toBe('https://ctstats.example');
      }),
      { numRuns: 2000 },
    );
  });
});
