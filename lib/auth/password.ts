import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The analyst password: CTSTATS_ANALYST_PASSWORD, else a random one generated on first start and kept in
 * data/analyst-password (git-ignored, readable by the owner only). Secure by default, usable without set-up.
 */
const FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), 'data', 'analyst-password');

export function analystPassword(): string | null {
  const fromEnv = process.env.CTSTATS_ANALYST_PASSWORD?.trim();
  if (fromEnv) return fromEnv;
  try {
    return fs.readFileSync(FILE, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Creates the password file when there is no password yet; returns the password and whether it is new. */
export function ensureAnalystPassword(): { password: string; created: boolean; file: string | null } {
  const existing = analystPassword();
  if (existing) return { password: existing, created: false, file: process.env.CTSTATS_ANALYST_PASSWORD ? null : FILE };
  const password = randomBytes(12).toString('base64url');
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, `${password}\n`, { mode: 0o600 });
  return { password, created: true, file: FILE };
}
