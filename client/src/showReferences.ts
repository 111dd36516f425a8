/** The command behind the server's reference-count CodeLens: plain JSON in, VS Code's references peek out. */
import * as vscode from 'vscode';

interface Pos { line: number; character: number }
interface Loc { uri: string; range: { start: Pos; end: Pos } }

export function showReferences(uri: string, position: Pos, locations: Loc[]): Thenable<unknown> {
  const pos = (p: Pos) => new vscode.Position(p.line, p.character);
  return vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), pos(position),
    locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(pos(l.range.start), pos(l.range.end)))));
}
