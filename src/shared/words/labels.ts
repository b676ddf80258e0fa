/** Names of data centers in the user's language. */

import { CUSTOM_TARGET_ID } from '../storage/sign-in-targets.ts';
import { type MessageKey, t } from './i18n.ts';

export function targetLabel(id: string, accounts: string): string {
  return id === CUSTOM_TARGET_ID ? t('dcCustom', new URL(accounts).host) : t(`dc_${id}` as MessageKey);
}
