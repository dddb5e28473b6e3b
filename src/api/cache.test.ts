import { describe, expect, it } from 'vitest';
import { AnswerCache } from './cache.js';

describe('answer cache', () => {
  it('forgets everything when the corpus version changes, and the least recently used when full', () => {
    const cache = new AnswerCache<number>(2);
    cache.set('v1', 'a', 1);
    cache.set('v1', 'b', 2);
    expect(cache.get('v1', 'a')).toBe(1); // a is now the most recent
    cache.set('v1', 'c', 3); // b goes
    expect(cache.get('v1', 'b')).toBeUndefined();
    expect(cache.get('v1', 'a')).toBe(1);
    expect(cache.get('v2', 'a')).toBeUndefined();
    expect(cache.get('v2', 'c')).toBeUndefined();
    cache.set('v2', 'a', 4);
    cache.delete('a');
    expect(cache.get('v2', 'a')).toBeUndefined();
    const off = new AnswerCache<number>(0);
    off.set('v1', 'a', 1);
    expect(off.get('v1', 'a')).toBeUndefined();
  });
});
