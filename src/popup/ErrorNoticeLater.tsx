/**
 * The failure notice, loaded the first time one is shown: most opens show none, and its words
 * for every failure (shared/words/error-text.ts) are not worth loading with every popup (the size
 * budget: docs/PERFORMANCE.md). Until then, an empty notice holds its place.
 */
import type { ComponentProps } from 'preact';
import type { ErrorNotice as Notice } from '../ui/ErrorNotice.tsx';
import { useLater } from './use-later.ts';

export type { NoticeActions } from '../ui/ErrorNotice.tsx';

const loadNotice = () => import('../ui/ErrorNotice.tsx').then((module) => module.ErrorNotice);

export function ErrorNotice(props: ComponentProps<typeof Notice>) {
  const Loaded = useLater(true, loadNotice);
  return Loaded ? <Loaded {...props} /> : <div class="notice" role="alert" aria-busy="true" />;
}
