import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isFramablePath } from './security-headers';

describe('framing', () => {
  it('only the embeddable charts may be framed, by any site', () => {
    expect(isFramablePath('/embed/metrics/arrests')).toBe(true);
    for (const path of ['/', '/metrics/arrests', '/embedded', '/figures/1', '/review']) expect(isFramablePath(path)).toBe(false);
    expect(contentSecurityPolicy('n', { framable: true })).toContain('frame-ancestors *');
    expect(contentSecurityPolicy('n')).toContain("frame-ancestors 'none'");
  });
});
