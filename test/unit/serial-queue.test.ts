/** serialQueue: one piece of work at a time, in order, through failures. */
import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/background/serial-queue.ts';

/** Work the test finishes by hand, noting when it starts. */
function work(log: string[], name: string) {
  let finish: () => void = () => undefined;
  let failWith: (error: Error) => void = () => undefined;
  const run = () =>
    new Promise<string>((resolve, reject) => {
      log.push(`start ${name}`);
      finish = () => resolve(name);
      failWith = reject;
    });
  return { run, finish: () => finish(), fail: (error: Error) => failWith(error) };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('serialQueue', () => {
  it('starts each piece only once the one before has finished, and answers its own result', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    const [a, b] = [work(log, 'a'), work(log, 'b')];
    const answers = Promise.all([queue.run(a.run), queue.run(b.run)]);
    await settle();
    expect(log).toEqual(['start a']);
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    expect(await answers).toEqual(['a', 'b']);
  });

  it('goes on after a failure, which reaches only the caller of the failed piece', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    const [a, b] = [work(log, 'a'), work(log, 'b')];
    const first = queue.run(a.run);
    const second = queue.run(b.run);
    await settle();
    a.fail(new Error('full'));
    await expect(first).rejects.toThrow('full');
    await settle();
    b.finish();
    expect(await second).toBe('b');
  });

  it('counts finished pieces and settles idle() after the ones queued so far', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    const a = work(log, 'a');
    void queue.run(a.run).catch(() => undefined);
    let idle = false;
    void queue.idle().then(() => {
      idle = true;
    });
    await settle();
    expect([idle, queue.finished()]).toEqual([false, 0]);
    a.fail(new Error('down'));
    await settle();
    expect([idle, queue.finished()]).toEqual([true, 1]);
  });
});
