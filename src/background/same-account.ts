/**
 * After a silent renewal: is the new token still the same person's? Zoho renews for whoever is
 * signed in to Zoho in this browser now, which on a shared computer may be someone else, or on
 * another data center. Then the last account's organizations, agent and tickets are forgotten
 * before anything is shown (docs/SECURITY.md, "A lost or shared device").
 */
import { myAgentId } from '../shared/zoho/desk-api.ts';
import { agentIdsItem, clearAccountData, type TokenRecord, tokenItem } from './worker-store.ts';

/** Whether `fresh` is the agent known so far; false when that cannot be told. */
async function sameAgent(fresh: TokenRecord): Promise<boolean> {
  // Asked in an organization where the agent's id is known: ids differ between organizations.
  const [known] = Object.entries(await agentIdsItem.get());
  if (!known) return false;
  const [orgId, agent] = known;
  try {
    return (await myAgentId({ deskUrl: fresh.deskUrl, token: fresh.accessToken, orgId })) === agent;
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
