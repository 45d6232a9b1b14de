/**
 * `praxis keys create|export` and `praxis trust add|list|remove`: the department identity that
 * signs packs (in the profile folder) and the publishers a vault trusts (in its db.json).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Identity } from '../../shared/api/keysMethods';
import { keyFileSchema } from '../../shared/api/keysMethods';
import { IdentityStore } from '../core/packs/identityStore';
import { UsageError, type CliCommand } from './cliCommand';
import { profileFrom, withVaultCore } from './packCliSupport';

function describeIdentity(identity: Identity): string {
  return [
    `  ${identity.department}${identity.person ? ` (${identity.person})` : ''}`,
    `  fingerprint ${identity.fingerprint}`,
    `  words       ${identity.words.join(' ')}`,
    '',
  ].join('\n');
}

export const keysCommand: CliCommand = {
  name: 'keys',
  summary: 'Create the department identity that signs packs, or export its public key',
  usage: [
    'praxis keys create --name "Department" [--person "A. Moderator"] [--replace]',
    'praxis keys export --out FILE.pub',
    'praxis keys show',
  ].join('\n'),
  async run({ argv, stdout }) {
    const [action, ...rest] = argv;
    const { values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        person: { type: 'string' },
        replace: { type: 'boolean', default: false },
        out: { type: 'string' },
        profile: { type: 'string' },
      },
    });
    const identities = new IdentityStore(profileFrom(values.profile));
    switch (action) {
      case 'create': {
        if (!values.name?.trim()) throw new UsageError('--name "Department" is required.');
        const identity = await identities.create({
          department: values.name,
          person: values.person ?? null,
          replace: values.replace,
        });
        stdout.write(
          `Created the identity that signs packs (kept in ${identities.profileDir}, readable by you only):\n${describeIdentity(identity)}`,
        );
        return 0;
      }
      case 'export': {
        if (!values.out) throw new UsageError('--out FILE.pub is required.');
        if (!keyFileSchema.safeParse(values.out).success)
          throw new UsageError('--out must name a .pub file.');
        const file = await identities.writePublicKey(values.out);
        stdout.write(
          `Wrote the public key to ${file}. Hand it to other departments; they compare this fingerprint before trusting it:\n${describeIdentity((await identities.current())!)}`,
        );
        return 0;
      }
      case 'show': {
        const identity = await identities.current();
        stdout.write(
          identity
            ? describeIdentity(identity)
            : 'There is no identity yet (praxis keys create).\n',
        );
        return identity ? 0 : 1;
      }
      default:
        throw new UsageError(action ? `unknown action "${action}".` : 'create, export or show?');
    }
  },
};

export const trustCommand: CliCommand = {
  name: 'trust',
  summary: 'Trust a publisher (its .pub file) in a vault, list or remove trusted publishers',
  usage: [
    'praxis trust add FILE.pub --vault DIR',
    'praxis trust list --vault DIR [--json]',
    'praxis trust remove KEYID --vault DIR',
  ].join('\n'),
  async run({ argv, stdout }) {
    const [action, ...rest] = argv;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        vault: { type: 'string' },
        json: { type: 'boolean', default: false },
        profile: { type: 'string' },
      },
    });
    if (!values.vault) throw new UsageError('--vault DIR is required.');
    switch (action) {
      case 'add': {
        const [file] = positionals;
        if (!file || positionals.length > 1) throw new UsageError('Name one FILE.pub to trust.');
        if (!keyFileSchema.safeParse(file).success)
          throw new UsageError(`${file} is not a .pub key file.`);
        const trusted = await withVaultCore(values.vault, values.profile, stdout, (core) =>
          core.services.packs.trustKeyFile(path.resolve(file)),
        );
        stdout.write(
          `Packs signed by this key are now trusted in ${values.vault}. Check the fingerprint with the publisher:\n${describeIdentity({ ...trusted, created: trusted.addedAt })}`,
        );
        return 0;
      }
      case 'list': {
        const list = await withVaultCore(values.vault, values.profile, stdout, async (core) =>
          core.services.packs.trust.list(),
        );
        if (values.json) stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        else if (list.length === 0) stdout.write('No trusted publishers in this vault.\n');
        else
          for (const p of list)
            stdout.write(
              `${p.department}${p.person ? ` (${p.person})` : ''}  added ${p.addedAt.slice(0, 10)}\n  fingerprint ${p.fingerprint}\n  key id      ${p.keyId}\n`,
            );
        return 0;
      }
      case 'remove': {
        const [keyId] = positionals;
        if (!keyId || !/^[0-9a-f]{64}$/.test(keyId))
          throw new UsageError('Name the key id (64 hex digits, from praxis trust list).');
        await withVaultCore(values.vault, values.profile, stdout, (core) =>
          core.services.packs.trust.remove(keyId),
        );
        stdout.write('The publisher is no longer trusted in this vault.\n');
        return 0;
      }
      default:
        throw new UsageError(action ? `unknown action "${action}".` : 'add, list or remove?');
    }
  },
};
