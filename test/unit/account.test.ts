/**
 * account.ts: the organization wrapper every feature calls Zoho through, and the agent's id.
 * Organizations are asked of Zoho once a session; what a caller read for an account forgotten
 * since is not used.
 */
import { describe, expect, it } from 'vitest';
import { agentId, withOrganization } from '../../src/background/account.ts';
import { endAccountGeneration, sameAccountGuard } from '../../src/background/account-generation.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { tokenItem } from '../../src/background/worker-store.ts';
import { organizationIdItem } from '../../src/shared/storage/organization-choice.ts';
import { ME, ORGANIZATIONS } from '../sandbox/data.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const calls = (path: string) => sandbox.current.state.log.filter((r) => r.path === `/api/v1/${path}`).length;
const [FIRST, SECOND] = ORGANIZATIONS;

describe('withOrganization', () => {
  it('runs with the organization in use named in the context, asking Zoho for organizations once', async () => {
    sandbox.current.state.configure({ organizations: 2 });
    await signIn('custom');
    const first = await withOrganization(async (ctx, org) => [ctx.orgId, org.id]);
    expect(first).toEqual([FIRST!.id, FIRST!.id]);
    await organizationIdItem.set(SECOND!.id);
    expect(await withOrganization(async (ctx, org) => [ctx.orgId, org.name])).toEqual([SECOND!.id, SECOND!.companyName]);
    expect(calls('organizations')).toBe(1);
  });

  it('uses what the caller read only while the account is the same', async () => {
    await signIn('custom');
    const token = await tokenItem.get();
    const stale = {
      token,
      orgs: [{ id: '99999', name: 'Read before', isDefault: true, portal: null }],
      orgId: '99999',
      sameAccount: sameAccountGuard(),
    };
    expect(await withOrganization(async (_ctx, org) => org.name, stale)).toBe('Read before');
    endAccountGeneration();
    expect(await withOrganization(async (_ctx, org) => org.id, stale)).toBe(FIRST!.id);
  });

  it('refuses before any call when signed out', async () => {
    await expect(withOrganization(async () => 'ran')).rejects.toMatchObject({ error: { code: 'not_signed_in' } });
    expect(sandbox.current.state.log.filter((r) => r.server === 'desk')).toHaveLength(0);
  });
});

describe('agentId', () => {
  it('asks Zoho once for callers at the same time, and then not again', async () => {
    await signIn('custom');
    const before = calls('myinfo');
    const ids = await withOrganization((ctx) => Promise.all([agentId(ctx), agentId(ctx)]));
    expect(ids).toEqual([ME.id, ME.id]);
    await withOrganization((ctx) => agentId(ctx));
    expect([before, calls('myinfo')]).toEqual([0, 1]);
  });
});
