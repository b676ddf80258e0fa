/**
 * The queue picker's button (department and view), and the fixed filters that apply: status and
 * owner for the custom filter, sort always. Remembered between opens (storage.local).
 */

import { type FilterField, type FixedKey, queueButton, shownFields } from '../shared/markup/filter-choices.ts';
import type { TicketFilter } from '../shared/storage/filters.ts';
import { t } from '../shared/words/i18n.ts';
import { vnode } from './markup-vnode.ts';

function Select(props: { field: FilterField<FixedKey>; filter: TicketFilter; onChange: (filter: TicketFilter) => void }) {
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

interface Props {
  filter: TicketFilter;
  onChange: (filter: TicketFilter) => void;
  queueOpen: boolean;
  onToggleQueue: () => void;
}

export function FilterBar({ filter, onChange, queueOpen, onToggleQueue }: Props) {
  return (
    <fieldset class="filters" aria-label={t('filters')}>
      {vnode(queueButton(filter, queueOpen), { onClick: onToggleQueue })}
      {shownFields(filter).map((field) => (
        <Select key={field.name} field={field} filter={filter} onChange={onChange} />
      ))}
    </fieldset>
  );
}
