import { strict as assert } from 'node:assert';
import { EditMap } from '../../../server/src/editMap';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

describe('EditMap: answering from the last model across an edit', () => {
  const oldText = '第一条 甲方\n第二条 乙方应在7日内付款\n第三条 丙方';
  const newText = '第一条 甲方X\n第二条 乙方应在7日内付款\n第三条 丙方';
  const map = new EditMap(oldText, newText);

  it('maps offsets before and after the edit, and none inside it', () => {
    assert.equal(map.toOld(2), 2);
    const after = newText.indexOf('7日');
    assert.equal(oldText.slice(map.toOld(after)!, map.toOld(after)! + 2), '7日');
    assert.equal(map.toNew(oldText.indexOf('丙方')), newText.indexOf('丙方'));
    const inserted = new EditMap('abc', 'abXYc');
    assert.equal(inserted.toOld(3), undefined);
  });

  it('rewrites answer ranges to the new text, leaving other documents alone', () => {
    const oldLines = new LineIndex(oldText), newLines = new LineIndex(newText);
    const at = oldText.indexOf('7日');
    const answer = {
      contents: 'x',
      range: oldLines.range(at, at + 2),
      other: { uri: 'file:///other.md', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } } },
    };
    assert.ok(map.remapRanges(answer, oldLines, newLines, 'file:///this.md'));
    assert.equal(newText.slice(newLines.offsetAt(answer.range.start), newLines.offsetAt(answer.range.end)), '7日');
    assert.deepEqual(answer.other.range.start, { line: 0, character: 1 });
  });

  it('refuses when a range lies in the edited region', () => {
    const m = new EditMap('abcdef', 'abXXef');
    const lines = new LineIndex('abcdef');
    assert.equal(m.remapRanges({ range: lines.range(2, 4) }, lines, new LineIndex('abXXef'), 'u'), false);
  });
});
