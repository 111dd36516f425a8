/** Encodes provider tokens into LSP's relative integer format, splitting multi-line tokens. */
import type { SemanticTokens } from 'vscode-languageserver';
import type { DocumentModel } from '../core/model';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticToken } from './registry';

export function encodeSemanticTokens(model: DocumentModel, tokens: SemanticToken[]): SemanticTokens {
  const sorted = [...tokens].sort((a, b) => a.start - b.start || b.end - a.end);
  const data: number[] = [];
  let prevLine = 0, prevChar = 0, lastEnd = -1;
  for (const token of sorted) {
    if (token.start < lastEnd || token.end <= token.start) continue; // no overlaps
    lastEnd = token.end;
    const type = SEMANTIC_TOKEN_TYPES.indexOf(token.type);
    const modifiers = (token.modifiers ?? []).reduce((bits, m) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m)), 0);
    let start = token.start;
    while (start < token.end) {
      const line = model.lines.lineAt(start);
      const end = Math.min(token.end, model.lines.lineEnd(line));
      const char = start - model.lines.lineStarts[line];
      if (end > start) {
        data.push(line - prevLine, line === prevLine ? char - prevChar : char, end - start, type, modifiers);
        prevLine = line; prevChar = char;
      }
      if (line + 1 >= model.lines.lineCount) break;
      start = model.lines.lineStarts[line + 1];
    }
  }
  return { data };
}
