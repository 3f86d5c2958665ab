import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openDatabase } from '../../server/store/db.js';
import { createKeyStore, type ApiKeyInfo, type KeyStore } from '../../server/store/keys.js';
import type { CliContext } from '../io.js';

interface KeysOptions {
  data: string;
}

const iso = (ms: number | null): string => (ms === null ? '-' : new Date(ms).toISOString());

async function withKeys<T>(ctx: CliContext, data: string, use: (keys: KeyStore) => T): Promise<T> {
  const db = openDatabase(resolve(ctx.io.cwd, data));
  try {
    return use(createKeyStore(db));
  } finally {
    db.close();
  }
}

/** `kie keys create|list|revoke`: API keys of a `kie serve` data folder. */
export function registerKeysCommand(program: Command, ctx: CliContext): void {
  const keys = program.command('keys').description('API keys of kie serve (stored hashed in the data folder)');
  const dataOption = ['--data <dir>', 'the kie serve data folder', 'kie-data'] as const;
  keys
    .command('create')
    .description('create a key and print it once (it cannot be shown again)')
    .option(...dataOption)
    .option('--name <name>', 'a label for the key', 'default')
    .action(async (opts: KeysOptions & { name: string }) => {
      const { key, info } = await withKeys(ctx, opts.data, (k) => k.create(opts.name));
      ctx.io.stdout(`${key}\n`);
      ctx.io.stderr(`created key ${info.id} (${info.name}); store it now: only its hash is kept\n`);
    });
  keys
    .command('list')
    .description('list keys (ids, names, dates; never the keys)')
    .option(...dataOption)
    .option('--json', 'print JSON')
    .action(async (opts: KeysOptions & { json?: boolean }) => {
      const list: ApiKeyInfo[] = await withKeys(ctx, opts.data, (k) => k.list());
      if (opts.json) {
        ctx.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      ctx.io.stdout('id\tname\tcreated\trevoked\n');
      for (const k of list) ctx.io.stdout(`${k.id}\t${k.name}\t${iso(k.createdAt)}\t${iso(k.revokedAt)}\n`);
    });
  keys
    .command('revoke')
    .description('revoke a key by id (requests with it get 401)')
    .argument('<id>', 'the key id (kie keys list)')
    .option(...dataOption)
    .action(async (id: string, opts: KeysOptions) => {
      const info = await withKeys(ctx, opts.data, (k) => k.revoke(id));
      ctx.io.stderr(`revoked key ${info.id} (${info.name})\n`);
    });
}
