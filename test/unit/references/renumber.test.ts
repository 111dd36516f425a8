/** Renaming a clause number and "Renumber sequentially": minimal edits, references kept in their own form. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../server/src/core/analyze';
import { renameEdits, renumberEdits, sequentialChanges } from '../../../server/src/core/references/renumber';
import { formatChineseNumeral } from '../../../server/src/core/lang/numerals';
import type { TextEdit } from '../../../server/src/core/diagnostics';
import type { DocumentModel } from '../../../server/src/core/model';

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
const clause = (m: DocumentModel, id: string) => m.clauses.find((c) => c.id === id)!;

const ZH = `# 服务协议

## 第一条 定义

本协议所称服务，是指存储服务。违反第三条的，适用第3条及第二条的约定。

## 第二条 费用

第二条 的费用按月结算，详见本协议第三条。

## 第三条 保密

前条所述费用信息属于保密信息。
`;

const EN = `# Agreement

## 7. Fees

7.1 Customer pays the Fees.

7.3 Late fees apply under Section 7.3(a) and Sections 7.1 to 7.3.

(a) one percent per month.

7.3.1 Interest accrues daily, see Section 7.3.1 and Section 8.

## 8. Term

8.1 This Agreement continues until terminated under Section 7.3.
`;

describe('references: renumbering', () => {
  it('rename keeps each reference in its own form (第三条 stays Chinese, 第3条 stays Arabic)', () => {
    const m = analyze(ZH);
    const edits = renameEdits(m, clause(m, '3'), '四')!;
    const out = apply(ZH, edits);
    assert.match(out, /## 第四条 保密/);
    assert.match(out, /违反第四条的，适用第4条及第二条/);
    assert.match(out, /详见本协议第四条/);
    assert.equal(edits.length, 4);
    for (const e of edits) assert.match(ZH.slice(e.span.start, e.span.end), /^(?:三|3)$/);
  });

  it('rename on 7.3 → 7.2 moves its sub-clauses and keeps items', () => {
    const m = analyze(EN);
    const out = apply(EN, renameEdits(m, clause(m, '7.3'), '7.2')!);
    assert.match(out, /\n7\.2 Late fees apply under Section 7\.2\(a\) and Sections 7\.1 to 7\.2\./);
    assert.match(out, /\n7\.2\.1 Interest accrues daily, see Section 7\.2\.1 and Section 8\./);
    assert.match(out, /terminated under Section 7\.2\./);
  });

  it('renumber sequentially fixes the gap and every reference to the clauses it moved', () => {
    const m = analyze(EN);
    const changes = sequentialChanges(m, clause(m, '7.3'))!;
    assert.deepEqual([...changes].map(([c, n]) => [c.id, n]), [['7.3', 2]]);
    const out = apply(EN, renumberEdits(m, changes));
    assert.equal(out, EN.replace(/7\.3/g, '7.2'));
  });

  it('refuses a number that would move a clause under another parent', () => {
    const m = analyze(EN);
    assert.equal(renameEdits(m, clause(m, '7.3'), '8.4'), undefined);
    assert.deepEqual(renameEdits(m, clause(m, '7.3'), '7.3'), []);
  });

  it('property: after any renumbering, every resolved reference resolves to the same clause text, and only numbers change', function () {
    this.timeout(60000);
    const doc = fc.record({
      zh: fc.boolean(),
      sections: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 6 }).map((a) => a.sort((x, y) => x - y)),
      subs: fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }).map((a) => a.sort((x, y) => x - y)), { minLength: 6, maxLength: 6 }),
      refs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()), { maxLength: 12 }),
      pick: fc.nat(),
      rename: fc.integer({ min: 1, max: 15 }),
    });
    fc.assert(fc.property(doc, ({ zh, sections, subs, refs, pick, rename }) => {
      const ids: string[] = [];
      sections.forEach((s, i) => { ids.push(String(s)); for (const k of subs[i]) ids.push(`${s}.${k}`); });
      const cite = (id: string, chinese: boolean) => zh
        ? (chinese && !id.includes('.') ? `第${formatChineseNumeral(Number(id))}条` : `第${id}条`)
        : `Section ${id}`;
      const refText = (n: number) => {
        const picked = refs.filter((_, j) => j % ids.length === n % ids.length);
        return picked.map(([a, , , chinese]) => cite(ids[a % ids.length], chinese)).join(zh ? '、' : ', ');
      };
      let text = zh ? '# 服务协议\n\n' : '# Services Agreement\n\n';
      let n = 0;
      sections.forEach((s, i) => {
        text += zh ? `## ${s}. 条款${s}\n\n` : `## ${s}. Heading ${s}\n\n`;
        for (const k of subs[i]) text += zh ? `${s}.${k}. 第${s}-${k}项约定，参见${refText(n++) || '本条'}。\n\n` : `${s}.${k} Body ${s}-${k} of the Agreement, see ${refText(n++) || 'below'}.\n\n`;
      });
      const before = analyze(text);
      // Each clause's body starts with a unique marker ("Body 2-2", "第2-2项"); the rest may cite renumbered clauses.
      const marker = (t: string, span: { start: number; end: number }) => /^(?:Body \d+-\d+|第\d+-\d+项|条款\d+|Heading \d+)/.exec(t.slice(span.start, span.end))?.[0] ?? t.slice(span.start, span.end);
      const resolvedBefore = before.references.map((r) => (r.status === 'resolved' && r.target ? marker(text, r.target.bodySpan) : undefined));
      const target = before.clauses[pick % before.clauses.length];
      const edits = pick % 2 ? renumberEdits(before, sequentialChanges(before, target) ?? new Map()) : renameEdits(before, target, String(rename)) ?? [];
      const after = apply(text, edits);
      for (const e of edits) {
        assert.match(text.slice(e.span.start, e.span.end), /^[0-9.一二三四五六七八九十]+$/);
        assert.match(e.newText, /^[0-9.一二三四五六七八九十]+$/);
      }
      // Renaming onto an existing number makes duplicates: then references may become ambiguous, by design.
      const m2 = analyze(after);
      const duplicates = new Set(m2.clauses.map((c) => c.id)).size !== m2.clauses.length;
      if (duplicates) return;
      assert.equal(m2.references.length, before.references.length);
      m2.references.forEach((r, i) => {
        if (resolvedBefore[i] === undefined) return;
        assert.equal(r.status, 'resolved', `${after.slice(r.span.start, r.span.end)} in\n${after}`);
        assert.equal(marker(after, r.target!.bodySpan), resolvedBefore[i]);
      });
    }), { numRuns: 300 });
  });
});
