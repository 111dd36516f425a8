/**
 * "Clausewise: Show Timeline": a webview that draws every deadline sequence of the active
 * agreement (media/timeline.js), follows the document as it changes, and jumps to a
 * step's clause when it is clicked. Strict CSP with a nonce; no remote content; the
 * document's text reaches the page only as JSON data rendered with textContent.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';
import { timelineHtml } from './timelineHtml';
import { isAgreementCandidate } from './documents';

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

export class TimelineView {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private start = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === this.document) this.schedule(); }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isAgreementCandidate(editor.document) && editor.document !== this.document) { this.document = editor.document; this.schedule(); }
      }),
    );
  }

  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAgreementCandidate(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an agreement (Markdown or .txt) to see its timelines.'));
      return;
    }
    this.document = editor.document;
    if (this.panel) { this.panel.reveal(vscode.ViewColumn.Beside, true); this.schedule(); return; }
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel('clausewise.timeline', vscode.l10n.t('Timeline'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false,
    });
    this.panel.webview.html = this.html(this.panel.webview, media);
    this.panel.onDidDispose(() => { this.panel = undefined; });
    this.panel.webview.onDidReceiveMessage((message: { type: string; range?: Range; start?: string }) => {
      if (message.type === 'reveal' && message.range && this.document) void this.reveal(message.range);
      if (message.type === 'start') { this.start = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(message.start ?? '') ? message.start! : ''; this.schedule(); }
      if (message.type === 'ready') this.schedule();
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 300);
  }

  private async update(): Promise<void> {
    if (!this.panel || !this.document) return;
    const uri = this.document.uri.toString();
    const sequences = await this.client.sendRequest<unknown[]>('clausewise/timelines', { uri, start: this.start || undefined }).catch(() => []);
    this.panel.title = `${vscode.l10n.t('Timeline')} · ${this.document.uri.path.split('/').pop()}`;
    void this.panel.webview.postMessage({ type: 'data', sequences, start: this.start, file: this.document.uri.path.split('/').pop() });
  }

  private async reveal(range: Range): Promise<void> {
    const editor = await vscode.window.showTextDocument(this.document!, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const uri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(media, file)).toString();
    return timelineHtml({
      cspSource: webview.cspSource, nonce: randomBytes(16).toString('base64'), language: vscode.env.language,
      script: uri('timeline.js'), view: uri('timelineView.js'), style: uri('timeline.css'),
      labels: { start: vscode.l10n.t('Start (T0)'), empty: vscode.l10n.t('No timelines in this document.') },
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
