/** Status, owner and sort, remembered between opens (storage.local). */
import type { TicketFilter } from '../shared/filters.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

type Choice<K extends keyof TicketFilter> = [TicketFilter[K], MessageKey];

const STATUS: Choice<'status'>[] = [
  ['open', 'statusOpen'],
  ['onhold', 'statusOnHold'],
  ['closed', 'statusClosed'],
  ['all', 'statusAll'],
];
const OWNER: Choice<'owner'>[] = [
  ['me', 'ownerMe'],
  ['unassigned', 'ownerUnassigned'],
  ['all', 'ownerAll'],
];
const SORT: Choice<'sort'>[] = [
  ['newest', 'sortNewest'],
  ['due', 'sortDue'],
  ['activity', 'sortActivity'],
];

function Select<K extends keyof TicketFilter>(props: {
  name: K;
  label: MessageKey;
  choices: Choice<K>[];
  filter: TicketFilter;
  onChange: (filter: TicketFilter) => void;
}) {
  return (
    <label class="filter">
      <span class="sr-only">{t(props.label)}</span>
      <select
        value={props.filter[props.name]}
        onChange={(event) => props.onChange({ ...props.filter, [props.name]: event.currentTarget.value })}
      >
        {props.choices.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ filter, onChange }: { filter: TicketFilter; onChange: (filter: TicketFilter) => void }) {
  return (
    <div class="filters" role="group" aria-label={t('filters')}>
      <Select name="status" label="filterStatus" choices={STATUS} filter={filter} onChange={onChange} />
      <Select name="owner" label="filterOwner" choices={OWNER} filter={filter} onChange={onChange} />
      <Select name="sort" label="filterSort" choices={SORT} filter={filter} onChange={onChange} />
    </div>
  );
}
