/**
 * Property tests: random and mutated agreements through parsing, every check and every
 * feature provider. No exception, every returned range inside the document, the same
 * answer twice. FUZZ_RUNS=100000 npm test runs more; the counts are printed.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ResponseError } from 'vscode-languageserver';
import { lint } from '../../../server/src/core/lint';
import { applyEdits } from '../../../server/src/core/fixAll';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/folding';
import { selectionRanges } from '../../../server/src/features/selectionRanges';
import { PROVIDERS, type FeatureContext } from '../../../server/src/features/registry';
import { encodeSemanticTokens } from '../../../server/src/features/semanticTokens';
import '../../../server/src/features/all';
import type { DocumentModel } from '../../../server/src/core/model';
import { corpus, fixture, seed, CORPUS_FILES } from '../../helpers/fixtures';
import { readdirSync } from 'node:fs';
import { FIXTURES } from '../../helpers/fixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10000);

/** Paragraph-sized pieces of real agreements: the raw material of random documents. */
const PIECES: string[] = (() => {
  const docs = [seed(), ...CORPUS_FILES.map(corpus), ...readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).map(fixture)];
  const pieces = docs.flatMap((d) => d.split(/\n\s*\n/)).filter((p) => p.trim() && p.length < 1500);
  return [...new Set(pieces)];
})();

const HOSTILE = ['😀', '𠀀', '\u0301', '\u05D0\u05D1', '\u200B', '\u200D', '\uFEFF', '\uD800', '\uDC00', '（', '）', '“', '”', '"', '【', '】', '(', ')', '[', ']', '<', '>', '<!--', '-->', '`', '```', '~~~', '#', '\n', '\r\n', '\r', '> ', '    ', '1. ', '- ', '第', '条', '款', '项', '7日', '（7×24即168个小时）', '24小时届满', 'thirty (30) days', 'Section', '8.1(a)', '（以下简称“', '" means', '|', '---', '**', '_', '&amp;', '\t', '\u2002', '\u3000'];

const document = fc.tuple(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE)), { maxLength: 8 }),
  fc.constantFrom('none', 'truncate', 'double', 'crlf', 'frontmatter'),
  fc.nat(),
).map(([pieces, insertions, op, cut]) => {
  let text = pieces.join('\n\n');
  for (const [at, s] of insertions) { const i = at % (text.length + 1); text = text.slice(0, i) + s + text.slice(i); }
  if (op === 'truncate') text = text.slice(0, cut % (text.length + 1));
  if (op === 'double') text = text + '\n\n' + text;
  if (op === 'crlf') text = text.replace(/\n/g, '\r\n');
  if (op === 'frontmatter') text = '---\nclausewise: agreement\nstart: 2026-02-28T10:00\n---\n' + text;
  return text;
});

function assertRangeInside(model: DocumentModel, range: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string) {
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < model.lines.lineCount, `${what}: line ${p.line} outside 0..${model.lines.lineCount - 1}`);
    const length = model.lines.lineEnd(p.line) - model.lines.lineStarts[p.line];
    assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} past line length ${length}`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: range ends before it starts`);
}

/** Every Range-shaped object inside a provider's answer. */
function* rangesIn(value: unknown, depth = 0): Generator<{ start: { line: number; character: number }; end: { line: number; character: number } }> {
  if (!value || typeof value !== 'object' || depth > 8) return;
  const v = value as Record<string, unknown>;
  if (v.start && v.end && typeof (v.start as { line?: unknown }).line === 'number') { yield v as never; return; }
  for (const child of Object.values(v)) yield* rangesIn(child, depth + 1);
}

/** A provider may refuse with a ResponseError (shown to the user); anything else thrown is a bug. */
function answerOrRefusal<T>(ask: () => T): T | string {
  try { return ask(); } catch (e) {
    if (e instanceof ResponseError) return `refused: ${e.message}`;
    throw e;
  }
}

/** Every quick fix changes only its own ranges and leaves the clause structure as it was. */
function checkFixes(text: string, model: DocumentModel, findings: ReturnType<typeof lint>['findings']) {
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      const fixed = applyEdits(text, fix.edits);
      const first = Math.min(...fix.edits.map((e) => e.span.start));
      const last = Math.max(...fix.edits.map((e) => e.span.end));
      const delta = fixed.length - text.length;
      assert.equal(fixed.slice(0, first), text.slice(0, first), `${finding.code} fix changed text before its edit`);
      assert.equal(fixed.slice(last + delta), text.slice(last), `${finding.code} fix changed text after its edit`);
      assert.deepEqual(lint(fixed).model.clauses.map((c) => c.id), model.clauses.map((c) => c.id), `${finding.code} fix "${fix.title}" changed the clauses`);
      fixesChecked++;
    }
  }
}
let fixesChecked = 0;

function exercise(text: string, offsets: number[]): string {
  const { model, findings } = lint(text, { uri: 'file:///fuzz.md' });
  for (const f of findings) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${f.code} span ${f.span.start}-${f.span.end} outside ${text.length}`);
  }
  checkFixes(text, model, findings);
  const ctx: FeatureContext = { model, findings, workspace: () => [] };
  const answers: unknown[] = [documentSymbols(model), foldingRanges(model), encodeSemanticTokens(model, PROVIDERS.semanticTokens.flatMap((f) => f(ctx)))];
  answers.push(...PROVIDERS.codeLens.map((f) => f(ctx)), ...PROVIDERS.documentLinks.map((f) => f(ctx)));
  for (const raw of offsets) {
    const offset = raw % (text.length + 1);
    const position = model.lines.positionAt(offset);
    answers.push(selectionRanges(model, [position]));
    for (const f of PROVIDERS.hover) answers.push(f(ctx, offset));
    for (const f of PROVIDERS.definition) answers.push(f(ctx, offset));
    for (const f of PROVIDERS.references) answers.push(f(ctx, offset, true));
    for (const f of PROVIDERS.prepareRename) answers.push(f(ctx, offset));
    for (const f of PROVIDERS.rename) answers.push(answerOrRefusal(() => f(ctx, offset, 'Renamed')));
    for (const f of PROVIDERS.completion) answers.push(f(ctx, offset, { textDocument: { uri: model.uri }, position }));
    for (const f of PROVIDERS.codeActions) answers.push(f(ctx, { textDocument: { uri: model.uri }, range: { start: position, end: position }, context: { diagnostics: [] } }));
  }
  for (const answer of answers) for (const range of rangesIn(answer)) assertRangeInside(model, range, 'provider range');
  return JSON.stringify([findings, answers]);
}

describe(`fuzz: ${RUNS} random agreements through every check and feature`, function () {
  this.timeout(600_000);
  it('never throws, keeps every range inside the document, and answers the same twice', () => {
    let cases = 0, chars = 0;
    fc.assert(fc.property(document, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (text, offsets) => {
      cases++; chars += text.length;
      assert.equal(exercise(text, offsets), exercise(text, offsets));
    }), { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261129) });
    console.log(`      fuzz: ${cases} cases, ${(chars / 1e6).toFixed(1)} M characters, ${fixesChecked} quick fixes applied and checked`);
    assert.equal(cases, RUNS);
  });
});
