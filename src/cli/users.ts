/**
 * `npm run users -- <command>`: the team server's accounts from the shell, on the same database
 * as `npm start` (`STEPWISE_DATA` or `DATABASE_URL`).
 *
 *   add <email> --name "<name>" --role <role>   password read from standard input (one line)
 *   invite <email> --role <role>                prints a one-time link, valid 72 hours
 *   role <email> <role>                         changes a role (ends the account's sessions)
 *   disable <email> | enable <email>
 *   list                                        accounts, one a line
 *   audit                                       the audit log, newest first
 *
 * `STEPWISE_PUBLIC_URL` is the address put in links (default http://127.0.0.1:8080).
 */
import { parseArgs } from 'node:util';
import {
  addAccount,
  createInvitation,
  listAccounts,
  readAudit,
  TeamError,
  updateAccount,
} from '../team/accounts';
import { openOptionsFromEnv, openTeamDb, type TeamDb } from '../team/db';

const USAGE = `usage: npm run users -- add <email> --name "<name>" --role <role>   (password on stdin)
       npm run users -- invite <email> --role <role>
       npm run users -- role <email> <role> | disable <email> | enable <email> | list | audit`;
const ACTOR = 'cli';

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

const time = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

async function run(db: TeamDb, args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' } },
  });
  const [command, first, second] = positionals;
  if (command === 'add' && first !== undefined) {
    const password = await readStdinLine();
    const account = await addAccount(
      db,
      { email: first, name: values.name, role: values.role, password },
      ACTOR,
    );
    out(`added ${account.email} (${account.name}) as ${account.role}`);
  } else if (command === 'invite' && first !== undefined) {
    const { token, expiresAt } = await createInvitation(
      db,
      { kind: 'invite', email: first, role: values.role },
      ACTOR,
    );
    const base = process.env.STEPWISE_PUBLIC_URL ?? 'http://127.0.0.1:8080';
    out(`${base}/team/invite.html#${token}`);
    out(`valid once, until ${time(expiresAt)} UTC`);
  } else if (command === 'role' && first !== undefined && second !== undefined) {
    const account = await updateAccount(db, first, { role: second }, ACTOR);
    out(`${account.email} is now ${account.role}`);
  } else if ((command === 'disable' || command === 'enable') && first !== undefined) {
    await updateAccount(db, first, { disabled: command === 'disable' }, ACTOR);
    out(`${first} ${command}d`);
  } else if (command === 'list') {
    for (const a of await listAccounts(db)) {
      out(`${a.email}\t${a.role}\t${a.disabled ? 'disabled' : 'active'}\t${a.name}`);
    }
  } else if (command === 'audit') {
    for (const e of await readAudit(db)) out(`${time(e.at)}\t${e.actor}\t${e.action}\t${e.detail}`);
  } else {
    throw new TeamError(USAGE);
  }
}

async function main(): Promise<void> {
  const db = await openTeamDb(openOptionsFromEnv());
  try {
    await run(db, process.argv.slice(2), (line) => {
      console.log(line);
    });
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`users: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof TeamError ? 2 : 1);
});
