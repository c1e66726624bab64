import { describe, expect, it } from 'vitest';
import { issueToken, passwordMatches, sessionKey, SESSION_HOURS, verifyToken } from './token';

const key = sessionKey('correct horse');

describe('session tokens', () => {
  it('round-trip the analyst name, including non-ASCII names', () => {
    expect(verifyToken(key, issueToken(key, 'Ada'))).toBe('Ada');
    expect(verifyToken(key, issueToken(key, 'Fatima Zahra El Idrissi'))).toBe('Fatima Zahra El Idrissi');
    expect(verifyToken(key, issueToken(key, 'Amélie · أمينة'))).toBe('Amélie · أمينة');
  });

  it('expire after the session length', () => {
    const now = Date.UTC(2026, 0, 1);
    const token = issueToken(key, 'Ada', now);
    expect(verifyToken(key, token, now + (SESSION_HOURS - 1) * 3_600_000)).toBe('Ada');
    expect(verifyToken(key, token, now + (SESSION_HOURS + 1) * 3_600_000)).toBeNull();
  });

  it('reject tampering: another name, a later expiry, another key, garbage', () => {
    const token = issueToken(key, 'Ada');
    const [, expiry, sig] = token.split('.');
    const forgedName = `${Buffer.from('Root').toString('base64url')}.${expiry}.${sig}`;
    expect(verifyToken(key, forgedName)).toBeNull();
    const [name] = token.split('.');
    expect(verifyToken(key, `${name}.${Number(expiry) + 1}.${sig}`)).toBeNull();
    expect(verifyToken(sessionKey('another password'), token)).toBeNull();
    for (const junk of [undefined, '', 'a.b', 'a.b.c', '...', `${token}.x`]) expect(verifyToken(key, junk)).toBeNull();
  });
});

describe('passwordMatches', () => {
  it('accepts only the exact password', () => {
    expect(passwordMatches('s3cret', 's3cret')).toBe(true);
    expect(passwordMatches('s3cret', 's3cret ')).toBe(false);
    expect(passwordMatches('s3cret', '')).toBe(false);
    expect(passwordMatches('s3cret', 'S3CRET')).toBe(false);
  });
});
