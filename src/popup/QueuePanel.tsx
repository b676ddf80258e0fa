/**
 * The queue picker: a department ("All departments" or one the agent belongs to) and a Zoho Desk
 * view with its live count, or the custom filter. Loaded when first opened, not with the popup;
 * it asks for departments, views and counts, which the background answers from its cache
 * when it can (background/queue.ts).
 */
import './queue-panel.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { QUEUE_PANEL_ID } from '../shared/markup/filter-choices.ts';
import { type CountedView, type QueueReply, send } from '../shared/messages.ts';
import type { NamedChoice, TicketFilter } from '../shared/storage/filters.ts';
import { errorText } from '../shared/words/error-text.ts';
import { formatTime } from '../shared/words/format.ts';
import { formatCount, t, tn } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';

interface Props {
  filter: TicketFilter;
  onChange: (filter: TicketFilter) => void;
  onClose: () => void;
  onSettings: () => void;
}

/** Words for a part of the queue Zoho would not list: a missing scope says what would help. */
function Refused({
  problem,
  scopeWords,
  onSettings,
}: {
  problem: AppError;
  scopeWords: 'departmentsNeedScope' | 'viewsNeedScope';
  onSettings: () => void;
}) {
  const scope = problem.code === 'desk_error' && problem.detail === 'SCOPE_MISMATCH';
  return (
    <div class="notice small" role="status">
      <p>{scope ? t(scopeWords) : t('queueFailed', errorText(problem).message)}</p>
      {scope && (
        <button type="button" class="link" onClick={onSettings}>
          {t('openSettings')}
        </button>
      )}
    </div>
  );
}

/**
 * One choice: a toggle button, pressed when chosen. Not a radio button: arrow keys would choose
 * (and ask Zoho) at every step through the list.
 */
function Option(props: { label: string; count?: number | null; checked: boolean; onPick: () => void }) {
  return (
    <button type="button" class="choice" aria-pressed={props.checked} onClick={props.onPick}>
      <span class="choice-name">
        <bdi>{props.label}</bdi>
      </span>
      {props.count !== undefined && props.count !== null && (
        <span class="count" title={tn('ticketCount', props.count)}>
          {formatCount(props.count)}
        </span>
      )}
    </button>
  );
}

export function QueuePanel({ filter, onChange, onClose, onSettings }: Props) {
  const [queue, setQueue] = useState<QueueReply | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const panel = useRef<HTMLElement>(null);
  const departmentId = filter.department?.id ?? null;

  useEffect(() => {
    let current = true;
    setError(null);
    // Another department's views and counts must not be picked while this one's load.
    setQueue((shown) => shown && { ...shown, views: null, countedAt: null, viewsProblem: null });
    void send('getQueue', { departmentId }).then((reply) => {
      if (!current) return;
      if (reply.ok) setQueue(reply.value);
      else setError(reply.error);
    });
    return () => {
      current = false;
    };
  }, [departmentId]);

  useEffect(() => {
    panel.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus();
  }, [queue !== null]);

  const pickDepartment = (department: NamedChoice | null) => {
    // Zoho's own views exist in every department; an agent's custom view belongs to one.
    const view = queue?.views?.find((candidate) => candidate.id === filter.view?.id);
    onChange({ ...filter, department, view: view && !view.custom ? (filter.view ?? null) : null });
  };
  const pickView = (view: CountedView | null) => {
    onChange({ ...filter, view: view && { id: view.id, name: view.name } });
    onClose();
  };
  const views = queue?.views ?? [];

  return (
    <section
      id={QUEUE_PANEL_ID}
      ref={panel}
      class="queue-panel"
      aria-label={t('queueButton')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {!queue && !error && (
        <p class="muted small" role="status">
          {t('loadingQueue')}
        </p>
      )}
      {error && <Refused problem={error} scopeWords="viewsNeedScope" onSettings={onSettings} />}
      {queue && (
        <>
          <fieldset>
            <legend>{t('departmentLegend')}</legend>
            <Option label={t('allDepartments')} checked={!filter.department} onPick={() => pickDepartment(null)} />
            {queue.departments?.map((department) => (
              <Option
                key={department.id}
                label={department.name}
                checked={filter.department?.id === department.id}
                onPick={() => pickDepartment(department)}
              />
            ))}
            {queue.departmentsProblem && (
              <Refused problem={queue.departmentsProblem} scopeWords="departmentsNeedScope" onSettings={onSettings} />
            )}
          </fieldset>
          <fieldset>
            <legend>{t('viewLegend')}</legend>
            {[false, true].map((custom) => {
              const group = views.filter((view) => view.custom === custom);
              return (
                group.length > 0 && (
                  <fieldset key={String(custom)} class="views">
                    <legend class="sr-only">{custom ? t('myViews') : t('systemViews')}</legend>
                    {group.map((view) => (
                      <Option
                        key={view.id}
                        label={view.name}
                        count={view.count}
                        checked={filter.view?.id === view.id}
                        onPick={() => pickView(view)}
                      />
                    ))}
                  </fieldset>
                )
              );
            })}
            <Option label={t('customFilter')} checked={!filter.view} onPick={() => pickView(null)} />
            {queue.viewsProblem && <Refused problem={queue.viewsProblem} scopeWords="viewsNeedScope" onSettings={onSettings} />}
            {queue.countedAt !== null && <p class="muted small">{t('countedAt', formatTime(queue.countedAt))}</p>}
          </fieldset>
        </>
      )}
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('closeQueue')}
        </button>
      </div>
    </section>
  );
}
