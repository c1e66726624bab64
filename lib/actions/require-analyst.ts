import 'server-only';
import { currentAnalyst } from '@/lib/auth/session';

/**
 * Who is asking, for every workspace action: the signed-in analyst's name, or null. The one place the workspace
 * meets the authentication, so replacing the session scheme changes only this function.
 */
export async function requireAnalyst(): Promise<string | null> {
  return currentAnalyst();
}

export const SIGN_IN_REQUIRED = 'Your analyst session has ended or you are not signed in: sign in again (in another tab, to keep this form) and retry. Nothing was saved.';

/** Form fields as zod expects them: missing → undefined; a File stays a File (and fails any text field). */
export function formFields<K extends string>(formData: FormData, keys: readonly K[]): Record<K, FormDataEntryValue | undefined> {
  const out = {} as Record<K, FormDataEntryValue | undefined>;
  for (const k of keys) out[k] = formData.get(k) ?? undefined;
  return out;
}
