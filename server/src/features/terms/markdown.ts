/** Document text shown in a hover is text, never Markdown or HTML (core/text/escape.ts). */
export { escapeMarkdown } from '../../core/text/escape';
