import { describe, expect, it } from 'vitest';
import { CloseStack } from './closeStack';

describe('CloseStack', () => {
  it('closes in reverse order, every one even when some fail, then reports the failures', async () => {
    const closed: string[] = [];
    const stack = new CloseStack();
    stack.push('store', () => closed.push('store'));
    stack.push('search', async () => {
      closed.push('search');
      throw new Error('index busy');
    });
    stack.push('watcher', async () => {
      closed.push('watcher');
    });
    const failure = await stack.close().then(
      () => null,
      (error: unknown) => error,
    );
    expect(closed).toEqual(['watcher', 'search', 'store']);
    expect(failure).toBeInstanceOf(AggregateError);
    expect((failure as AggregateError).errors).toHaveLength(1);
    expect((failure as AggregateError).message).toBe('Closing search failed: index busy');
  });

  it('closes once, however often it is asked', async () => {
    let closes = 0;
    const stack = new CloseStack();
    stack.push('watcher', () => closes++);
    await Promise.all([stack.close(), stack.close()]);
    await stack.close();
    expect(closes).toBe(1);
  });
});
