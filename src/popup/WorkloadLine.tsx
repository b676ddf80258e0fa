/**
 * The agent's own queue in one line (one Zoho call, cached: background/queue.ts): open, on hold,
 * overdue, due within the hour, each a way to the matching list. Its place is kept empty until
 * the counts come, so that nothing below it moves (shared/markup/snapshot.ts draws the same place).
 */
import { useEffect, useState } from 'preact/hooks';
import { send, type WorkloadReply } from '../shared/messages.ts';
import type { TicketFilter } from '../shared/storage/filters.ts';
import { type PluralKey, t, tn } from '../shared/words/i18n.ts';

interface Props {
  filter: TicketFilter;
  onChange: (filter: TicketFilter) => void;
  /** When the list on screen was fetched: a new fetch asks for the workload again if it is old. */
  listedAt: number | null;
}

type Part = { key: PluralKey; count: number; filter: Partial<TicketFilter> };

export function WorkloadLine({ filter, onChange, listedAt }: Props) {
  const [found, setFound] = useState<WorkloadReply | null>(null);
  const departmentId = filter.department?.id ?? null;
  // The list the popup opened with: a later fetch of it is a refresh, and refreshes the workload.
  const [openedWith] = useState(listedAt);
  const refreshedAt = listedAt !== null && listedAt !== openedWith ? listedAt : null;
  useEffect(() => {
    let current = true;
    void send('getWorkload', { departmentId, refresh: refreshedAt !== null }).then((reply) => {
      if (current) setFound(reply.ok ? reply.value : null);
    });
    return () => {
      current = false;
    };
  }, [departmentId, refreshedAt]);

  if (!found) return <p class="workload muted small" />;
  const mine = { view: null, owner: 'me' } as const;
  const { open, onHold, overdue, dueWithinHour } = found.workload;
  // Overdue and due soon are the agent's open tickets with the nearest due dates first.
  const parts: Part[] = [
    { key: 'workloadOpen', count: open, filter: { ...mine, status: 'open' } },
    { key: 'workloadOnHold', count: onHold, filter: { ...mine, status: 'onhold' } },
    { key: 'workloadOverdue', count: overdue, filter: { ...mine, status: 'open', sort: 'due' } },
    { key: 'workloadDueSoon', count: dueWithinHour, filter: { ...mine, status: 'open', sort: 'due' } },
  ];
  return (
    <p class="workload muted small">
      <span class="sr-only">{t('workloadLabel')}</span>
      {parts.map((part) => (
        <button
          key={part.key}
          type="button"
          class={`link ${part.key}${part.count > 0 && part.key !== 'workloadOpen' && part.key !== 'workloadOnHold' ? ' urgent' : ''}`}
          onClick={() => onChange({ ...filter, ...part.filter })}
        >
          {tn(part.key, part.count)}
        </button>
      ))}
    </p>
  );
}
