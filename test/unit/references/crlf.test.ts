/** \r\n documents: the paragraph a 前款 points at ends before the \r, so its LSP range stays inside the line. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';

describe('references: CRLF line endings', () => {
  it('前款 targets the previous paragraph without its \\r', () => {
    const text = '# 协议\r\n\r\n第一条 甲方应付款。\r\n逾期的，依照前款处理。\r\n';
    const model = analyze(text);
    const ref = model.references.find((r) => r.relative === '前款')!;
    assert.equal(ref.status, 'resolved');
    assert.equal(text.slice(ref.targetSpan!.start, ref.targetSpan!.end), '第一条 甲方应付款。');
    const end = model.lines.positionAt(ref.targetSpan!.end);
    assert.equal(end.character, model.lines.lineEnd(end.line) - model.lines.lineStarts[end.line]);
  });
});
