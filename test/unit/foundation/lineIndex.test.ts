import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

describe('LineIndex: LSP positions in UTF-16', () => {
  it('counts CJK characters as one code unit and astral characters as two', () => {
    const text = '第一条 甲方😀乙方\n第二条';
    const index = new LineIndex(text);
    const yi = text.indexOf('乙');
    assert.deepEqual(index.positionAt(yi), { line: 0, character: 8 }); // 😀 is 2 code units
    assert.equal(index.offsetAt({ line: 0, character: 8 }), yi);
    assert.deepEqual(index.positionAt(text.indexOf('第二条')), { line: 1, character: 0 });
  });

  it('treats \\r\\n, \\n and a lone \\r as one line break each', () => {
    const text = 'a\r\nb\nc\rd';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 3, character: 0 });
    assert.equal(index.lineEnd(0), 1); // before the \r\n
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 }); // inside \r\n: the end of line 0
  });

  it('clamps positions past a line end or the document end', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  });

  it('keeps a BOM as a character when the client sends one', () => {
    const index = new LineIndex('\uFEFF1. x');
    assert.deepEqual(index.positionAt(1), { line: 0, character: 1 });
  });
});
