import { render } from 'preact';
import './options.css';
import { appContainer } from '../shared/markup/app-container.ts';
import { markLanguage, t } from '../shared/words/i18n.ts';
import { ErrorBoundary, reloadPage } from '../ui/ErrorBoundary.tsx';
import { App, revokeAndReload } from './App.tsx';

markLanguage(document.documentElement);

// Whatever fails to render, Revoke access stays one click away.
render(
  <ErrorBoundary
    ways={[
      { label: t('reload'), run: reloadPage },
      { label: t('revokeAccess'), run: revokeAndReload },
    ]}
  >
    <App />
  </ErrorBoundary>,
  appContainer(),
);
