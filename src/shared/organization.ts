/** A Zoho Desk organization (portal), from GET /api/v1/organizations. */
import { id, isRecord, text } from './parse.ts';

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
}

export function parseOrganization(raw: unknown): Organization | null {
  if (!isRecord(raw)) return null;
  const orgId = id(raw['id']);
  if (!orgId) return null;
  return {
    id: orgId,
    name: text(raw['companyName']) || text(raw['portalName']) || orgId,
    isDefault: raw['isDefault'] === true,
  };
}

/** The organization to use until the user picks one: Zoho's default, else the first. */
export function defaultOrganization(orgs: readonly Organization[]): Organization | undefined {
  return orgs.find((org) => org.isDefault) ?? orgs[0];
}

/** The organization in use: the one the user picked, if it is still there, else the default. */
export function pickOrganization(orgs: readonly Organization[], chosenId: string | null): Organization | undefined {
  return orgs.find((org) => org.id === chosenId) ?? defaultOrganization(orgs);
}
