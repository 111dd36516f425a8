import { strict as assert } from 'node:assert';
import { main } from '../../../server/src/cli/main';
import { fixturePath } from '../../helpers/fixtures';

function run(...argv: string[]) {
  let out = '', err = '';
  const code = main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('timelines: clausewise timeline', () => {
  it('prints the JSON shape of the issue, with dates when --start is given', () => {
    const { code, out } = run('timeline', fixturePath('zh-cloud-storage-agreement.md'), '--start', '2026-03-01T00:00', '--format', 'json');
    assert.equal(code, 0);
    const json = JSON.parse(out);
    const storage = json.find((s: { title: string }) => s.title.includes('对象存储'));
    assert.equal(storage.trigger, '首次欠费');
    assert.equal(storage.clause, '1');
    assert.deepEqual(storage.events.map((e: Record<string, unknown>) => [e.action, e.clause, e.after, e.total, e.date]), [
      ['暂停服务', '1.1', 'PT24H', 'PT24H', '2026-03-02T00:00'],
      ['删除数据', '1.2', 'P7D', 'P8D', '2026-03-09'],
    ]);
    assert.equal(storage.events[0].range.start.line, 53); // 0-based: line 54, clause 1.1
    assert.equal(storage.text, 'T0 首次欠费 [2026-03-01T00:00] → T0+24小时 暂停服务（1.1） [2026-03-02T00:00] → +7日 删除数据（1.2） [2026-03-09] = T0+8日');
    const renewal = json.find((s: { events: { clause: string }[] }) => s.events.some((e) => e.clause === '2.2.2'));
    assert.equal(renewal.events[0].after, '-P15D');
  });

  it('prints text, and refuses a bad start', () => {
    const { code, out } = run('timeline', fixturePath('zh-cloud-storage-agreement.md'));
    assert.equal(code, 0);
    assert.match(out, /T0 首次欠费 → T0\+24小时 暂停服务（1\.1） → \+7日 删除数据（1\.2） = T0\+8日/);
    assert.match(out, /民法典/);
    const bad = run('timeline', fixturePath('zh-cloud-storage-agreement.md'), '--start', 'soon');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--start/);
  });

  it('takes the start from the front matter', () => {
    const json = JSON.parse(run('timeline', fixturePath('en-deadlines-planted.md'), '--format', 'json').out);
    const fees = json.find((s: { events: { clause: string }[] }) => s.events.some((e) => e.clause === '1.1'));
    assert.equal(fees.events.find((e: { clause: string }) => e.clause === '1.1').date, '2026-04-05');
  });
});
