/**
 * After a silent renewal: is the new token still the same person's? Zoho renews for whoever is
 * signed in to Zoho in this browser now, which on a shared computer may be someone else, or on
 * another data center. Then the last account's organizations, agent and tickets are forgotten
 * before anything is shown (docs/SECURITY.md, "Lost or shared device").
 */
import { forOrganization, myAgentId } from '../shared/desk-api.ts';
import { organizationIdItem } from '../shared/organization-choice.ts';
import { pickOrganization } from '../shared/organization.ts';
import { agentIdItem, clearAccountData, organizationsItem, tokenItem, type TokenRecord } from './session.ts';

/** Whether `fresh` is the agent known so far; false when that cannot be told. */
async function sameAgent(fresh: TokenRecord): Promise<boolean> {
  const [known, orgs, orgId] = await Promise.all([agentIdItem.get(), organizationsItem.get(), organizationIdItem.get()]);
  const org = orgs && pickOrganization(orgs, orgId);
  if (!known || !org) return false;
  try {
    return (await myAgentId(forOrganization({ deskUrl: fresh.deskUrl, token: fresh.accessToken }, org))) === known;
  } catch {
    // Another account may not see this organization at all: nothing is kept on a doubt.
    return false;
  }
}

/** Forgets the account's data unless the token that replaced `stale` is the same agent's. */
export async function keepOnlySameAccount(stale: TokenRecord): Promise<void> {
  const fresh = await tokenItem.get();
  if (!fresh || fresh.accessToken === stale.accessToken) return;
  if (fresh.accountsServer === stale.accountsServer && (await sameAgent(fresh))) return;
  await clearAccountData();
}
