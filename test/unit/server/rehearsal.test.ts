/** The keystrokes the server rehearses after a long document opens (server/src/rehearsal.ts). */
import { strict as assert } from 'node:assert';
import { rehearsedKeystroke } from '../../../server/src/rehearsal';

/** Where `edited` differs from `text` by one inserted character: its offset and the character. */
function inserted(text: string, edited: string): { at: number; char: string } {
  assert.equal(edited.length, text.length + 1, 'one UTF-16 unit typed');
  let at = 0;
  while (at < text.length && text[at] === edited[at]) at++;
  assert.equal(edited.slice(0, at) + edited.slice(at + 1), text, 'the rest of the text unchanged');
  return { at, char: edited[at] };
}

describe('rehearsal: keystrokes rehearsed after a long document opens', () => {
  const lines = Array.from({ length: 40 }, (_, i) => (i % 2 ? `${i}. The Supplier shall deliver the Services within thirty (30) days.` : `${i}. 乙方应在三十日内提交整改计划并通知甲方。`));
  const text = lines.join('\n');

  it('types one character in the middle of a line, spread over the document in order', () => {
    const points = Array.from({ length: 8 }, (_, i) => inserted(text, rehearsedKeystroke(text, i, 8)).at);
    for (let i = 1; i < points.length; i++) assert.ok(points[i] > points[i - 1], `point ${i} after point ${i - 1}: ${points}`);
    assert.ok(points[0] < text.length / 8 + 100 && points[7] > (text.length * 7) / 8 - 100, `spread over the whole text: ${points}`);
    for (const at of points) {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      assert.equal(at, start + ((end < 0 ? text.length : end) - start >> 1), 'the middle of its line');
    }
  });

  it('types 的 in Chinese text and a letter elsewhere', () => {
    const chars = Array.from({ length: 8 }, (_, i) => inserted(text, rehearsedKeystroke(text, i, 8)).char);
    assert.ok(chars.includes('的') && chars.includes('x'), chars.join(''));
    const english = 'The Customer shall pay all undisputed invoices promptly.\n'.repeat(20);
    assert.ok([0, 1, 2].every((i) => inserted(english, rehearsedKeystroke(english, i, 3)).char === 'x'));
    const chinese = '乙方应当在收到书面通知之日起三十日内完成整改工作。\n'.repeat(20);
    assert.ok([0, 1, 2].every((i) => inserted(chinese, rehearsedKeystroke(chinese, i, 3)).char === '的'));
  });

  it('passes over short lines and never types inside a surrogate pair', () => {
    const short = ['#', '', '| - |', 'ok'].join('\n') + '\n' + 'a' + '🙂'.repeat(30) + '\n'; // odd length: its middle falls inside a pair
    for (let i = 0; i < 4; i++) {
      const edited = rehearsedKeystroke(short, i, 4);
      const { at } = inserted(short, edited);
      const code = short.charCodeAt(at - 1);
      assert.ok(!(code >= 0xd800 && code <= 0xdbff), `typed at ${at}, after a high surrogate`);
      assert.ok(at > short.indexOf('🙂'), 'in the long line, not the short ones before it');
    }
  });

  it('types somewhere in a text without a long line, and in an empty one', () => {
    const tiny = 'a\nb\nc';
    assert.equal(inserted(tiny, rehearsedKeystroke(tiny, 0, 2)).char, 'x');
    assert.equal(rehearsedKeystroke('', 0, 1), 'x');
  });
});
