/** Helpers for tests that call server actions directly. */

/** The path a server action redirected to (Next throws a NEXT_REDIRECT error carrying it), or a failure. */
export async function redirectOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? '';
    throw err;
  }
  throw new Error('expected a redirect');
}
