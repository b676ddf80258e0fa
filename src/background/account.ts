/**
 * The account signed in: the organizations its token sees, the one in use, and the agent's id
 * in each. Every Desk call but /organizations names an organization, so feature modules call
 * Zoho through `withOrganization`.
 */

import { organizationIdItem } from '../shared/storage/organization-choice.ts';
import { forOrganization, listOrganizations, myAgentId } from '../shared/zoho/desk-api.ts';
import type { DeskContext } from '../shared/zoho/desk-fetch.ts';
import { fail } from '../shared/zoho/errors.ts';
import { type Organization, pickOrganization } from '../shared/zoho/organization.ts';
import { accountGeneration, sameAccountGuard } from './account-generation.ts';
import { withDesk } from './desk-calls.ts';
import { sharedInFlight } from './in-flight.ts';
import { agentIdsItem, organizationsItem, type TokenRecord } from './worker-store.ts';

/** What a caller has read from storage already, so that a call costs fewer trips to it. */
export interface KnownAccount {
  readonly token: TokenRecord | null;
  readonly orgs?: readonly Organization[] | null;
  readonly orgId?: string | null;
  /** Taken as these were read: after a change of account they are the last one's. */
  readonly sameAccount?: () => boolean;
}

async function organizations(ctx: DeskContext, known: readonly Organization[] | null): Promise<readonly Organization[]> {
  const stored = known ?? (await organizationsItem.get());
  if (stored) return stored;
  const orgs = (await listOrganizations(ctx)).items;
  if (orgs.length === 0) return fail('no_organization');
  await organizationsItem.set(orgs);
  return orgs;
}

async function organizationInUse(orgs: readonly Organization[], id: string | null): Promise<Organization> {
  // Remembered from another account: forget it, or the cache would never match again.
  if (id !== null && !orgs.some((org) => org.id === id)) await organizationIdItem.remove();
  return pickOrganization(orgs, id) ?? fail('no_organization');
}

/** The organization chosen in the popup, or Zoho's default. */
async function currentOrganization(ctx: DeskContext, known?: KnownAccount): Promise<Organization> {
  // A silent renewal inside withDesk may have signed in another account, and forgotten the
  // organizations read before it (same-account.ts): read them again then.
  const valid = known?.sameAccount?.() ? known : undefined;
  const orgs = await organizations(ctx, valid?.orgs ?? null);
  return organizationInUse(orgs, valid?.orgId !== undefined ? valid.orgId : await organizationIdItem.get());
}

/**
 * Runs `run` with the token and the organization in use (its context names the organization).
 * `known`: what the caller read already; its token spares reading it again.
 */
export function withOrganization<T>(run: (ctx: DeskContext, org: Organization) => Promise<T>, known?: KnownAccount): Promise<T> {
  return withDesk(async (ctx) => {
    // After a renewal inside withDesk the token differs, but organizations and the choice do not.
    const org = await currentOrganization(ctx, known);
    return run(forOrganization(ctx, org), org);
  }, known?.token);
}

const agentAsks = sharedInFlight<string>();

/**
 * The signed-in agent's id in the context's organization, asked of Zoho once per account and
 * organization; callers meanwhile share the ask, unless it was made with another token or for
 * an account forgotten since.
 */
export async function agentId(ctx: DeskContext): Promise<string> {
  const orgId = ctx.orgId ?? fail('unexpected', { detail: 'no organization' });
  const known = (await agentIdsItem.get())[orgId];
  if (known) return known;
  const sameAccount = sameAccountGuard();
  return agentAsks(`${accountGeneration()}|${orgId}|${ctx.token}`, async () => {
    const fetched = await myAgentId(ctx);
    // Not written back for an account forgotten meanwhile.
    if (sameAccount()) await agentIdsItem.set({ ...(await agentIdsItem.get()), [orgId]: fetched });
    return fetched;
  });
}
