/** CodeLens and Find References count cross-references, not a clause's words about itself (本条, 本款, 前款, 本项). */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analyze';
import { referenceLenses } from '../../../server/src/features/references/codeLens';
import { ROOT } from '../../helpers/fixtures';

function lenses(text: string) {
  const model = analyze(text, { uri: 'file:///x.md' });
  return referenceLenses({ model, findings: [], workspace: () => [model] }).map((l) => `${l.range.start.line + 1}: ${l.command!.title}`);
}

describe('references: CodeLens counts', () => {
  it('no lens above 3.2 of the e2e zh-gap document, whose only reference there is its own 本条', () => {
    assert.deepEqual(lenses(readFileSync(join(ROOT, 'test/e2e/workspace/zh-gap.md'), 'utf8')), []);
  });

  it('前条 and numbers count; 本条 and 前款 inside the clause do not', () => {
    const text = '# 协议\n\n第一条 甲方应付款。\n\n第二条 违反前条的，依照本条处理。\n前款规定不影响第一条。\n';
    assert.deepEqual(lenses(text), ['3: 被引用 2 次']);
  });
});
