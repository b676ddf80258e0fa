/** "updated 12 s ago", kept current while the popup is open. */
import { useEffect, useState } from 'preact/hooks';
import { formatRelative } from '../shared/words/format.ts';
import { t } from '../shared/words/i18n.ts';

export function UpdatedAgo({ at }: { at: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span class="muted updated">{t('updatedAgo', formatRelative(at, now))}</span>;
}
