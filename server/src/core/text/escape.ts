/**
 * Document text shown to people is text, never markup: one place for the escaping that
 * hovers, the timeline view and the reports rely on (see README, Reliability and security).
 */

/** For HTML (the report, the webview page): the five characters that can start markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

/** For Markdown (hovers, the Markdown report): HTML neutralised, every Markdown marker escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&');
}
