/**
 * Annexes and schedules number their clauses afresh (each is its own part). A bare number
 * inside a schedule means the schedule's clause; from the agreement it means the
 * agreement's; 附件一第2条 / "Schedule A, paragraph 3" / "paragraph 3 of Schedule A" /
 * "Section 2 of Schedule 1" mean the annex's clause when the annex is in the file.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { lint } from '../../../server/src/core/lint';
import type { DocumentModel } from '../../../server/src/core/model';
import type { Reference } from '../../../server/src/core/references/types';
// @ts-expect-error plain ESM module without types
import { generateAgreement } from '../../../bench/generate.mjs';

/** The reference written as `written`, the `nth` time it occurs (after `after`, when given). */
function ref(model: DocumentModel, written: string, after = ''): Reference {
  const from = after ? model.text.indexOf(after) : 0;
  assert.ok(from >= 0, `no ${after}`);
  const at = model.text.indexOf(written, from);
  const found = model.references.find((r) => r.kind !== 'annex' && r.span.start >= at && r.span.start < at + written.length);
  assert.ok(found, `no reference in ${written}`);
  return found;
}

/** Which heading the target sits under: the annex/part title, or the agreement's. */
function home(model: DocumentModel, r: Reference): string {
  assert.equal(r.status, 'resolved', `${model.text.slice(r.span.start, r.span.end)} is ${r.status}`);
  return `${r.target!.part.title} ${r.target!.id}`;
}

const ZH = `# 服务协议

## 通用条款

### 1. 定义

1.1. 本协议所称服务，见第2条。

### 2. 服务标准

2.1. 服务应符合附件一第2条的要求，并按照附件一中的第1.1条验收。

2.2. 附件三第1条另有约定的，从其约定。

## 附件一 服务标准细则

### 1. 范围

1.1. 本附件适用于全部服务，具体见第2条。

### 2. 标准

2.1. 依照本附件第1条执行；本协议第1条所称服务不受影响。
`;

const EN = `# Services Agreement

## 1. Scope

1.1 The Supplier provides the services described in Section 2.

## 2. Service Levels

2.1 Availability is measured as set out in Schedule A, paragraph 2 and credits under paragraph 1 of Schedule A.

2.2 Sections 1 and 2 of Schedule A apply; Section 4 of Schedule B does not.

## Schedule A Service Levels

### 1. Availability

1.1 Credits are calculated under Section 2.

### 2. Credits

2.1 No credit is due where Section 1 of this Agreement applies.
`;

describe('references: annexes and schedules', () => {
  it('Chinese: 第2条 in the agreement is the agreement’s; in the annex, the annex’s; 附件一第2条 the annex’s', () => {
    const model = analyze(ZH);
    assert.equal(home(model, ref(model, '第2条', '1.1. 本协议所称服务')), '通用条款 2');
    assert.equal(home(model, ref(model, '第2条', '1.1. 本附件适用')), '附件一 服务标准细则 2');
    const inAnnex = ref(model, '附件一第2条');
    assert.equal(inAnnex.annexNumber, '一');
    assert.equal(home(model, inAnnex), '附件一 服务标准细则 2');
    assert.equal(home(model, ref(model, '第1.1条', '附件一中的')), '附件一 服务标准细则 1.1');
    assert.equal(home(model, ref(model, '第1条', '依照本附件')), '附件一 服务标准细则 1');
    // 本协议 inside an annex means the agreement itself.
    assert.equal(home(model, ref(model, '第1条', '本协议第1条所称')), '通用条款 1');
    // An annex that is not in this file: another document.
    assert.equal(ref(model, '第1条', '附件三').status, 'external');
  });

  it('English: Schedule A, paragraph 2 / paragraph 1 of Schedule A / Sections 1 and 2 of Schedule A', () => {
    const model = analyze(EN);
    assert.equal(home(model, ref(model, 'Section 2', '1.1 The Supplier')), 'Services Agreement 2');
    const para = ref(model, 'paragraph 2', 'Schedule A,');
    assert.equal(model.text.slice(para.span.start, para.span.end), 'paragraph 2');
    assert.equal(home(model, para), 'Schedule A Service Levels 2');
    assert.equal(home(model, ref(model, 'paragraph 1 of')), 'Schedule A Service Levels 1');
    assert.equal(home(model, ref(model, 'Sections 1')), 'Schedule A Service Levels 1');
    assert.equal(home(model, ref(model, '2 of Schedule A')), 'Schedule A Service Levels 2');
    assert.equal(ref(model, 'Section 4 of Schedule B').status, 'external');
    // Inside the schedule, a bare number is the schedule's; "of this Agreement" is the agreement's.
    assert.equal(home(model, ref(model, 'Section 2', 'Credits are calculated')), 'Schedule A Service Levels 2');
    assert.equal(home(model, ref(model, 'Section 1 of this Agreement')), 'Services Agreement 1');
  });

  it('reports nothing on either document', () => {
    for (const text of [ZH, EN]) {
      const { findings } = lint(text);
      assert.deepEqual(findings.filter((f) => /^ref-/.test(f.code)).map((f) => `${f.code}: ${f.message}`), []);
    }
  });

  it('the generated benchmark agreement: no reference into a schedule is ambiguous from the main body', () => {
    const model = analyze(generateAgreement(1024 * 1024));
    const ambiguous = model.references.filter((r) => r.status === 'ambiguous');
    assert.ok(ambiguous.length <= 1, `${ambiguous.length} ambiguous`);
  });
});
