/** Which editors Clausewise works in: Markdown, and plain-text agreements saved as .txt. */
import type * as vscode from 'vscode';

export const DOCUMENT_SELECTOR = [{ language: 'markdown' }, { language: 'plaintext', pattern: '**/*.txt' }];

export function isAgreementCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || (document.languageId === 'plaintext' && document.uri.path.toLowerCase().endsWith('.txt'));
}
