/**
 * What a page shows when a part of it fails to render: words and the ways on, never a blank
 * page or a stack trace. Each page wraps itself in one, and the parts that must stay usable
 * when a neighbour fails (a ticket's detail, the settings' Revoke access) get their own.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from '../shared/words/i18n.ts';

/** One way on from a failure: a button. */
export interface WayOn {
  readonly label: string;
  readonly run: () => void;
}

interface Props {
  readonly children?: ComponentChildren;
  readonly ways: readonly WayOn[];
}

/** Reloads the page: what "Reload" does on every page. */
export function reloadPage(): void {
  location.reload();
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="notice error" role="alert">
        <p>{t('pageFailed')}</p>
        {this.props.ways.map((way) => (
          <button key={way.label} type="button" onClick={way.run}>
            {way.label}
          </button>
        ))}
      </div>
    );
  }
}
