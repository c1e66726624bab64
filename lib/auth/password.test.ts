import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('verifies the exact password only', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    for (const wrong of ['correct horse battery ', 'Correct horse battery', '', 'correct horse batter']) {
      expect(await verifyPassword(wrong, stored)).toBe(false);
    }
  });

  it('salts each hash: the same password twice gives different hashes, both valid', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('stores its parameters and never the password', async () => {
    const stored = await hashPassword('hunter2hunter2');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(stored).not.toContain('hunter2');
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('Am\u00e9lie-mot-de-passe');
    expect(await verifyPassword('Ame\u0301lie-mot-de-passe', stored)).toBe(true);
  });

  it('never matches (nor throws on) a malformed or tampered stored hash', async () => {
    const stored = await hashPassword('a long password');
    const parts = stored.split('$');
    const tampered = [...parts.slice(0, 5), Buffer.alloc(64).toString('base64url')].join('$');
    for (const bad of ['', 'plain', 'scrypt$1$2$3', tampered, stored.replace('scrypt', 'md5'), stored.replace('$32768$', '$-1$'), stored.replace('$32768$', '$99999999$')]) {
      expect(await verifyPassword('a long password', bad)).toBe(false);
    }
  });

  it('has a decoy hash that no ordinary password matches', async () => {
    const decoy = await decoyHash();
    expect(decoy).toBe(await decoyHash());
    expect(await verifyPassword('', decoy)).toBe(false);
    expect(await verifyPassword('password123', decoy)).toBe(false);
  });
});
