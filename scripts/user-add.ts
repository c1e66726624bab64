/**
 * Creates an account.
 *   npm run -s user:add -- LOGIN --role admin|analyst [--name "Display Name"]
 * The password is read from standard input, one line (typed without echo on a terminal, or piped:
 * `printf '%s\n' "$PASSWORD" | npm run -s user:add -- ada --role analyst`), so it never appears in the shell
 * history or the process list. Exit status: 0 created, 1 refused (exists, bad password), 2 usage.
 */
import { parseArgs } from 'node:util';
import { databaseUrl } from '../lib/db/url';
import { generateClient, migrate } from '../lib/db/migrate';
import { displayNameFromLogin, newAccountSchema, ROLES } from '../lib/auth/account-schema';

const USAGE = 'usage: npm run -s user:add -- LOGIN --role admin|analyst [--name "Display Name"]   (password on standard input, one line)';

function fail(message: string, code: 1 | 2): never {
  console.error(`user:add: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

/** One line from standard input; on a terminal the typed characters are not echoed. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    process.stderr.write(prompt);
    stdin.setRawMode(true);
  }
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let buffer = '';
    const done = (value: string) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      if (stdin.isTTY) {
        stdin.setRawMode(false);
        process.stderr.write('\n');
      }
      stdin.pause();
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (stdin.isTTY && ch === '\u0003') return reject(new Error('cancelled'));
        if (stdin.isTTY && (ch === '\u007f' || ch === '\b')) {
          buffer = buffer.slice(0, -1);
          continue;
        }
        if (ch === '\n' || ch === '\r') return done(buffer);
        buffer += ch;
      }
    };
    const onEnd = () => done(buffer);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
  });
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } } });
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err), 2);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) fail(positionals.length === 0 ? 'give the login.' : 'give exactly one login.', 2);
  if (!values.role) fail('give the role: --role admin or --role analyst.', 2);
  if (!(ROLES as readonly string[]).includes(values.role)) fail(`unknown role "${values.role}": the role must be "admin" or "analyst".`, 2);
  const login = positionals[0]!;

  let password: string;
  try {
    password = await readPassword(`Password for ${login}: `);
  } catch {
    fail('cancelled; no account created.', 1);
  }
  const account = newAccountSchema.safeParse({ login, displayName: values.name ?? displayNameFromLogin(login.trim().toLowerCase()), role: values.role, password });
  if (!account.success) fail(`${account.error.issues[0]?.message ?? 'invalid input.'} No account created.`, 1);

  const url = databaseUrl();
  generateClient(url);
  await migrate(url);
  // Imported only now: the generated client must exist first.
  const { createUser, AccountRefused } = await import('../lib/data/accounts');
  try {
    const user = await createUser(account.data);
    console.log(`Created ${user.role} “${user.displayName}” (login ${user.login}). Sign in at /signin.`);
  } catch (err) {
    if (err instanceof AccountRefused) fail(`${err.message} No account created.`, 1);
    throw err;
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`user:add: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
