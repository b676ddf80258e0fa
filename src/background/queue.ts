/**
 * The agent's queue as Zoho Desk shapes it: the departments the agent belongs to, each
 * department's views with how many tickets each holds, and the agent's own workload. All of it
 * is cached in storage.session and asked of Zoho only when the popup shows it and the cache is
 * out of date: Zoho charges API credits per call (docs/USING.md, "What each action costs").
 */

import type { QueueReply, WorkloadReply } from '../shared/messages.ts';
import type { NamedChoice } from '../shared/storage/filters.ts';
import { readSettings } from '../shared/storage/settings.ts';
import { agentWorkload, type DeskView, listMyDepartments, listViews, viewCount, type Workload } from '../shared/zoho/desk-api.ts';
import type { DeskContext } from '../shared/zoho/desk-fetch.ts';
import { type AppError, toAppError } from '../shared/zoho/errors.ts';
import { agentId, withOrganization } from './account.ts';
import { accountGeneration, sameAccountGuard } from './account-generation.ts';
import { sharedInFlight } from './in-flight.ts';
import { type QueueCache, queueCache, queueCacheItem } from './worker-store.ts';

/** The header's workload changes slowly: asked at most once in this long, whatever the list's freshness. */
export const WORKLOAD_FRESH_MS = 5 * 60_000;

/** Zoho allows as few as 5 concurrent calls per organization: counts are asked this many at a time. */
const COUNTS_AT_ONCE = 3;

/** Departments and views change seldom: listed again at most once in this long. */
export const LISTS_FRESH_MS = 10 * 60_000;

const viewsKey = (orgId: string, departmentId: string | null) => `${orgId}|${departmentId ?? 'all'}`;

/** Writes one change into the cache, unless another account signed in meanwhile. */
function remember(sameAccount: () => boolean, change: (cache: QueueCache) => QueueCache): Promise<void> {
  return queueCache.update(queueCacheItem, sameAccount, change);
}

/** Runs `ask`, and answers its failure as data: one part of the queue failing leaves the others. */
async function settled<T>(ask: () => Promise<T>): Promise<{ value: T | null; problem: AppError | null }> {
  try {
    return { value: await ask(), problem: null };
  } catch (error) {
    return { value: null, problem: toAppError(error) };
  }
}

/** Each view's count; one that Zoho will not count is left out, the others kept. Fails only if none could be counted. */
async function countAll(ctx: DeskContext, views: readonly DeskView[], departmentId: string | null): Promise<Record<string, number>> {
  const byView: Record<string, number> = {};
  let failure: unknown = null;
  for (let at = 0; at < views.length; at += COUNTS_AT_ONCE) {
    const batch = views.slice(at, at + COUNTS_AT_ONCE);
    await Promise.all(
      batch.map(async (view) => {
        try {
          byView[view.id] = await viewCount(ctx, view.id, departmentId);
        } catch (error) {
          failure = error;
        }
      }),
    );
  }
  if (failure !== null && Object.keys(byView).length === 0) throw failure;
  return byView;
}

/**
 * Departments, the views of `departmentId` (null: all departments) and their counts. Each is
 * asked of Zoho only when missing from the cache; counts also when older than the freshness
 * window. A part Zoho refuses (a scope it wants: docs/ZOHO.md, "Scopes") comes back null with
 * its problem, and the rest still comes.
 */
export async function queueReply(request: { departmentId?: string | null; viewsOnly?: boolean }): Promise<QueueReply> {
  const departmentId = request.departmentId ?? null;
  const sameAccount = sameAccountGuard();
  const [cache, settings] = await Promise.all([queueCacheItem.get(), readSettings()]);
  return withOrganization(async (orgCtx, org) => {
    const key = viewsKey(org.id, departmentId);
    /** What the cache has while it is young enough, else Zoho's answer or why it failed. */
    const cachedOr = <T>(found: { at: number; list: T } | undefined, ask: () => Promise<T>) =>
      found && Date.now() - found.at < LISTS_FRESH_MS
        ? Promise.resolve({ value: found.list, problem: null, fetched: false })
        : settled(ask).then((answer) => ({ ...answer, fetched: answer.value !== null }));
    const noDepartments = { value: null, problem: null, fetched: false };
    const [departments, views] = await Promise.all([
      request.viewsOnly ? noDepartments : cachedOr(cache.departments[org.id], () => listMyDepartments(orgCtx)),
      cachedOr(cache.views[key], () => listViews(orgCtx, departmentId)),
    ]);
    const listedAt = Date.now();
    const counted = cache.counts[key];
    // `viewsOnly`: the views alone (settings' choice of a view for the badge): no department, no count asked.
    const fresh = request.viewsOnly === true || (counted !== undefined && Date.now() - counted.at < settings.freshnessSeconds * 1000);
    const viewList = views.value;
    const counts = viewList && !fresh ? await settled(() => countAll(orgCtx, viewList, departmentId)) : null;
    const recounted = counts?.value ? { at: Date.now(), byView: counts.value } : null;
    const byView = recounted?.byView ?? counted?.byView ?? {};
    await remember(sameAccount, (current) => ({
      ...current,
      departments:
        departments.fetched && departments.value
          ? { ...current.departments, [org.id]: { at: listedAt, list: departments.value } }
          : current.departments,
      views: views.fetched && viewList ? { ...current.views, [key]: { at: listedAt, list: viewList } } : current.views,
      counts: recounted ? { ...current.counts, [key]: recounted } : current.counts,
    }));
    const at = recounted?.at ?? counted?.at ?? null;
    return {
      departments: departments.value,
      views: viewList?.map((view) => ({ ...view, count: byView[view.id] ?? null })) ?? null,
      countedAt: at,
      departmentsProblem: departments.problem,
      viewsProblem: views.problem ?? counts?.problem ?? null,
    };
  });
}

/**
 * The count of one view, asked of Zoho and kept with the picker's counts: after the view's list
 * was fetched (so that count and list agree), and for the badge (all departments).
 */
export async function recountView(ctx: DeskContext, orgId: string, view: NamedChoice, departmentId: string | null): Promise<number> {
  const sameAccount = sameAccountGuard();
  const count = await viewCount(ctx, view.id, departmentId);
  const key = viewsKey(orgId, departmentId);
  await remember(sameAccount, (current) => {
    const counted = current.counts[key];
    return { ...current, counts: { ...current.counts, [key]: { at: counted?.at ?? 0, byView: { ...counted?.byView, [view.id]: count } } } };
  });
  return count;
}

/** How many tickets a view holds in all departments, for the badge: one call. */
export function countOfView(view: NamedChoice): Promise<number> {
  return withOrganization((orgCtx, org) => recountView(orgCtx, org.id, view, null));
}

/**
 * The agent's workload in `departmentId` (null: all). From the cache when it has one, unless
 * `refresh` (the list was just fetched from Zoho) and it is older than WORKLOAD_FRESH_MS: an open
 * whose list is fresh makes no call for it.
 */
export async function workloadReply(request: { departmentId?: string | null; refresh?: boolean }): Promise<WorkloadReply> {
  const departmentId = request.departmentId ?? null;
  const generation = accountGeneration();
  const sameAccount = sameAccountGuard();
  const cache = await queueCacheItem.get();
  return withOrganization(async (orgCtx, org) => {
    const key = viewsKey(org.id, departmentId);
    const cached = cache.workload[key];
    if (cached && (!request.refresh || Date.now() - cached.at < WORKLOAD_FRESH_MS)) return { workload: cached.counts, at: cached.at };
    // A list refresh that lands while the popup's first ask is on its way joins that ask, if it
    // is made with the same token: a failure with another caller's token is not this one's.
    return workloadInFlight(`${generation}:${key}:${orgCtx.token}`, async () => {
      const workload: Workload = await agentWorkload(orgCtx, await agentId(orgCtx), departmentId);
      const at = Date.now();
      await remember(sameAccount, (current) => ({ ...current, workload: { ...current.workload, [key]: { at, counts: workload } } }));
      return { workload, at };
    });
  });
}

const workloadInFlight = sharedInFlight<WorkloadReply>();
