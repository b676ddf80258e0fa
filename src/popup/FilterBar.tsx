/** Status, owner and sort, remembered between opens (storage.local). */
import type { TicketFilter } from '../shared/filters.ts';
import { t } from '../shared/i18n.ts';
import { FILTER_FIELDS, type FilterField } from '../ui/filter-choices.ts';

function Select<K extends keyof TicketFilter>(props: {
  field: FilterField<K>;
  filter: TicketFilter;
  onChange: (filter: TicketFilter) => void;
}) {
  const { name, label, choices } = props.field;
  return (
    <label class="filter">
      <span class="sr-only">{t(label)}</span>
      <select value={props.filter[name]} onChange={(event) => props.onChange({ ...props.filter, [name]: event.currentTarget.value })}>
        {choices.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ filter, onChange }: { filter: TicketFilter; onChange: (filter: TicketFilter) => void }) {
  const [status, owner, sort] = FILTER_FIELDS;
  return (
    <fieldset class="filters" aria-label={t('filters')}>
      <Select field={status} filter={filter} onChange={onChange} />
      <Select field={owner} filter={filter} onChange={onChange} />
      <Select field={sort} filter={filter} onChange={onChange} />
    </fieldset>
  );
}
