import { describe, expect, it } from '@jest/globals';
import { codeSpan, escapeMarkdown, escapeXml } from '../../shared/report/escape.js';
import { table } from '../../shared/report/markdown.js';

const HOSTILE = [
  '@octocat please look',
  '<img src=x onerror=alert(1)>',
  'a | b',
  'line1\nline2\r\nline3',
  '`code` and ``more``',
  '[link](https://evil.example)',
  '**bold** _it_ ~~strike~~',
  '&amp; &lt;'
];

describe('escaping hostile strings', () => {
  it('keeps markdown free of mentions, HTML, links and table breaks', () => {
    for (const text of HOSTILE) {
      const escaped = escapeMarkdown(text);
      expect(escaped).not.toMatch(/@(?!\u200b)/);
      expect(escaped).not.toMatch(/<[a-z]/i);
      expect(escaped).not.toMatch(/(?<!\\)\|/);
      expect(escaped).not.toMatch(/[\r\n]/);
      expect(escaped).not.toMatch(/(?<!\\)\[/);
    }
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('@octocat a|b')).toBe('@\u200boctocat a\\|b');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });

  it('builds tables whose rows never split', () => {
    const rendered = table(['column', 'value'], [['a|b', 'x\ny']]);
    expect(rendered.split('\n')).toEqual(['| column | value |', '| --- | --- |', '| a\\|b | x ↵ y |']);
  });

  it('fences code spans around any backticks', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('x|y\nz @me')).toBe('`x¦y z @\u200bme`');
  });

  it('escapes XML text and attributes, dropping control characters', () => {
    expect(escapeXml('<a href="x">&\'\u0001</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD&lt;/a&gt;'
    );
  });
});
