/**
 * A part of the popup loaded when first wanted, not with the popup: what most opens never show
 * (the consent prompt, a ticket's detail with DOMPurify, the queue picker) stays out of what
 * the popup loads as it opens (the size budget: docs/PERFORMANCE.md).
 */
import { useEffect, useState } from 'preact/hooks';

export function useLater<T>(wanted: boolean, load: () => Promise<T>): T | null {
  const [part, setPart] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (wanted && !part) void load().then((value) => setPart({ value }));
  }, [wanted, part, load]);
  return part?.value ?? null;
}
