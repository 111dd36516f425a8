/**
 * Models of the workspace's Markdown files that are not open, for what needs other files
 * (references into annexes kept in their own files). Read lazily on first use, re-read
 * when a file's modification time changes, bounded in count and size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lint, stripBom } from './core/lint';
import type { DocumentModel } from './core/model';

const MAX_FILES = 500;
const MAX_BYTES = 2 * 1024 * 1024;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

export class WorkspaceIndex {
  private models = new Map<string, { mtime: number; model: DocumentModel }>();

  constructor(private readonly folders: string[]) {}

  /** Models of the workspace's Markdown files, except those in `exclude` (open documents). */
  models_(exclude: Set<string>): DocumentModel[] {
    const out: DocumentModel[] = [];
    for (const file of this.files()) {
      const uri = pathToFileURL(file).toString();
      if (exclude.has(uri)) continue;
      const model = this.read(file, uri);
      if (model) out.push(model);
    }
    return out;
  }

  private files(): string[] {
    const out: string[] = [];
    const walk = (dir: string, depth: number) => {
      if (out.length >= MAX_FILES || depth > 8) return;
      let entries;
      try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        if (out.length >= MAX_FILES) return;
        if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), depth + 1);
        else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(join(dir, e.name));
      }
    };
    for (const folder of this.folders) {
      try { walk(fileURLToPath(folder), 0); } catch { /* not a file: URI */ }
    }
    return out;
  }

  private read(file: string, uri: string): DocumentModel | undefined {
    try {
      const stat = statSync(file);
      if (stat.size > MAX_BYTES) return undefined;
      const hit = this.models.get(uri);
      if (hit && hit.mtime === stat.mtimeMs) return hit.model;
      const model = lint(stripBom(readFileSync(file, 'utf8')), { uri }).model;
      this.models.set(uri, { mtime: stat.mtimeMs, model });
      return model;
    } catch {
      return undefined;
    }
  }
}
