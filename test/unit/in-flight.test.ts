/** sharedInFlight and keptAnswer: one request per key, and a fresh one when it is due. */
import { describe, expect, it } from 'vitest';
import { keptAnswer, sharedInFlight } from '../../src/background/in-flight.ts';

/** A request the test settles by hand, counting how often it was started. */
function request<T>() {
  const started: ((value: T) => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const run = () =>
    new Promise<T>((resolve, reject) => {
      started.push(resolve);
      failers.push(reject);
    });
  return { run, started, failers };
}

describe('sharedInFlight', () => {
  it('gives callers of one key the same answer, from one request', async () => {
    const share = sharedInFlight<number>();
    const { run, started } = request<number>();
    const answers = Promise.all([share('a', run), share('a', run)]);
    expect(started).toHaveLength(1);
    started[0]!(7);
    expect(await answers).toEqual([7, 7]);
  });

  it('runs one request per key', async () => {
    const share = sharedInFlight<string>();
    const { run, started } = request<string>();
    const answers = Promise.all([share('a', run), share('b', run)]);
    expect(started).toHaveLength(2);
    started[0]!('first');
    started[1]!('second');
    expect(await answers).toEqual(['first', 'second']);
  });

  it('asks again once the request has settled, and after a failure', async () => {
    const share = sharedInFlight<number>();
    const { run, started, failers } = request<number>();
    const first = share('a', run);
    failers[0]!(new Error('down'));
    await expect(first).rejects.toThrow('down');
    const second = share('a', run);
    expect(started).toHaveLength(2);
    started[1]!(2);
    expect(await second).toBe(2);
    void share('a', run);
    expect(started).toHaveLength(3);
  });

  it('with a settle step, answers at once and keeps the key shared until the step is done', async () => {
    const share = sharedInFlight<number>();
    const { run, started } = request<number>();
    const step = request<void>();
    const first = share('a', run, step.run);
    started[0]!(5);
    expect(await first).toBe(5);
    expect(step.started).toHaveLength(1);
    expect(await share('a', run, step.run)).toBe(5);
    expect(started).toHaveLength(1);
    step.started[0]!();
    await new Promise((done) => setTimeout(done, 0));
    void share('a', run, step.run);
    expect(started).toHaveLength(2);
  });

  it('frees the key after a settle step that fails', async () => {
    const share = sharedInFlight<number>();
    const { run, started } = request<number>();
    const step = request<void>();
    const first = share('a', run, step.run);
    started[0]!(1);
    await first;
    step.failers[0]!(new Error('full'));
    await new Promise((done) => setTimeout(done, 0));
    void share('a', run, step.run);
    expect(started).toHaveLength(2);
  });
});

describe('keptAnswer', () => {
  it('keeps one answer per key, makes a new one when the key changes, and forgets a failure', async () => {
    const kept = keptAnswer<number>();
    const { run, started, failers } = request<number>();
    const first = kept('a', run);
    expect(kept('a', run)).toBe(first);
    started[0]!(1);
    expect(await kept('a', run)).toBe(1);
    expect(started).toHaveLength(1);
    const changed = kept('b', run);
    expect(started).toHaveLength(2);
    failers[1]!(new Error('down'));
    await expect(changed).rejects.toThrow('down');
    void kept('b', run);
    expect(started).toHaveLength(3);
  });
});
