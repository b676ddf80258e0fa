/**
 * The organization the user picked in the popup, and the department picked in each, remembered
 * across sessions; not secrets.
 */
import type { NamedChoice } from './filters.ts';
import { storageItem } from './storage-item.ts';

export const organizationIdItem = storageItem<string | null>('local', 'orgId', null);

/** The department last picked in each organization, by organization id (null: all departments). */
export const departmentByOrganizationItem = storageItem<Readonly<Record<string, NamedChoice | null>>>('local', 'departmentByOrg', {});
