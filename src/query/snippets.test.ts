import { describe, expect, it } from 'vitest';
import { snippetFor, stemPrefix } from './snippets.js';

describe('snippets', () => {
  it('marks the other forms of a query word', () => {
    expect(stemPrefix('elections')).toBe('election');
    expect(stemPrefix('talking')).toBe('talk');
    expect(stemPrefix('bus')).toBe('bus');
  });

  it('picks the window with the most query words, escapes it and marks the words', () => {
    const text = `${'Filler words here. '.repeat(30)}The <Kosovo> status talks & the Troika report. ${'More filler. '.repeat(30)}Kosovo again.`;
    const html = snippetFor(text, ['kosovo', 'troika'], 120) ?? '';
    expect(html).toContain('<mark>Kosovo</mark>');
    expect(html).toContain('<mark>Troika</mark>');
    expect(html).toContain('&lt;');
    expect(html).toContain('&amp;');
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    // Nothing but <mark> is markup.
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('does not mark a word inside another, and says when no word occurs', () => {
    expect(snippetFor('Bankrupt banks bank', ['bank'])).toBe('Bankrupt <mark>banks</mark> <mark>bank</mark>');
    expect(snippetFor('nothing to see', ['kosovo'])).toBeNull();
  });
});
