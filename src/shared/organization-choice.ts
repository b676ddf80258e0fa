/** The organization the user picked in the popup, remembered across sessions; not a secret. */
import { storageItem } from './storage-item.ts';

export const organizationIdItem = storageItem<string | null>('local', 'orgId', null);
