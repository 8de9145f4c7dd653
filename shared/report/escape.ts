/**
 * Escaping for everything that comes from data, models or PRs and lands in markdown or HTML: column
 * names, cell values, file names. No @mention pings, no HTML, no broken tables.
 */

/** Markdown-safe inline text: table-safe (no pipes or newlines), no HTML, no mentions, no formatting. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, ' ↵ ')
    .replace(/@/g, '@\u200b');
}

/** An inline code span that survives any content (backticks, pipes, newlines). */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '¦');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/@/g, '@\u200b')}${pad}${fence}`;
}

/** Text inside an HTML/XML element or attribute. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // XML 1.0 forbids these control characters even when escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
  );
}
