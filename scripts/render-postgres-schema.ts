/**
 * Renders prisma/postgres/schema.prisma from prisma/schema.prisma: the same models, the PostgreSQL provider.
 * `--check` exits non-zero when the committed copy is stale (run by the test line).
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'prisma', 'schema.prisma');
const target = path.join(root, 'prisma', 'postgres', 'schema.prisma');

export function renderPostgresSchema(sqliteSchema: string): string {
  const rendered = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
    .replace(/output(\s*)=\s*"\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma"');
  return `// GENERATED from prisma/schema.prisma by scripts/render-postgres-schema.ts — do not edit.\n${rendered}`;
}

if (require.main === module) {
  const expected = renderPostgresSchema(fs.readFileSync(source, 'utf8'));
  if (process.argv.includes('--check')) {
    const actual = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (actual !== expected) {
      console.error('prisma/postgres/schema.prisma is stale: run `npm run db:render-postgres`.');
      process.exit(1);
    }
    console.log('prisma/postgres/schema.prisma is in sync.');
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, expected);
    console.log(`wrote ${path.relative(root, target)}`);
  }
}
