import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ROOT } from '../../helpers/fixtures';

/** media/timeline.js in a sandbox with a tiny DOM, to pin what it draws and that text stays text. */
function load() {
  type Node = { tag: string; attrs: Record<string, string>; children: Node[]; textContent: string; className?: string; listeners: Record<string, () => void> };
  const make = (tag: string): Node & Record<string, unknown> => {
    const node = {
      tag, attrs: {} as Record<string, string>, children: [] as Node[], listeners: {} as Record<string, () => void>, _text: '',
      setAttribute(k: string, v: string) { this.attrs[k] = v; },
      appendChild(c: Node) { this.children.push(c); return c; },
      addEventListener(type: string, f: () => void) { this.listeners[type] = f; },
      set textContent(v: string) { this._text = v; this.children = []; },
      get textContent(): string { return this._text + this.children.map((c) => c.textContent).join(''); },
    };
    return node as unknown as Node & Record<string, unknown>;
  };
  const document = { createElementNS: (_: string, tag: string) => make(tag), createElement: (tag: string) => make(tag) };
  const sandbox: Record<string, unknown> = { document };
  sandbox.window = sandbox;
  vm.runInNewContext(readFileSync(join(ROOT, 'media/timeline.js'), 'utf8'), sandbox);
  return { api: sandbox.ClausewiseTimeline as { render: (c: unknown, s: unknown[], o?: unknown) => void; hours: (s: string) => number }, make };
}

describe('timeline chart renderer (media/timeline.js)', () => {
  const { api, make } = load();

  it('reads ISO 8601 durations', () => {
    assert.equal(api.hours('PT24H'), 24);
    assert.equal(api.hours('P8D'), 192);
    assert.equal(api.hours('-P30D'), -720);
    assert.equal(api.hours('P1DT2H'), 26);
  });

  it('draws one card per sequence with a marker per step, and document text only as text', () => {
    const container = make('main');
    const selected: unknown[] = [];
    api.render(container, [{
      trigger: '首次欠费 <img src=x onerror=alert(1)>', clause: '1', title: '1 对象存储', text: 'T0 …', rule: 'rule',
      events: [
        { action: '暂停服务', clause: '1.1', after: 'PT24H', total: 'PT24H', range: { start: { line: 3, character: 1 }, end: { line: 3, character: 4 } } },
        { action: '删除数据', clause: '1.2', after: 'P7D', total: 'P8D', date: '2026-10-08', range: { start: { line: 5, character: 1 }, end: { line: 5, character: 3 } } },
      ],
    }], { onSelect: (r: unknown) => selected.push(r) });
    const json = JSON.stringify(container, (k, v) => (k === 'listeners' ? Object.keys(v) : v));
    assert.ok(container.textContent.includes('首次欠费 <img src=x onerror=alert(1)>')); // as a text node
    assert.doesNotMatch(json, /"tag":"img"/);
    const steps: { listeners: Record<string, () => void> }[] = [];
    const walk = (n: { attrs?: Record<string, string>; children?: unknown[]; listeners?: Record<string, () => void> }) => { if (n.attrs?.class === 'cw-step') steps.push(n as never); (n.children ?? []).forEach((c) => walk(c as never)); };
    walk(container as never);
    assert.equal(steps.length, 2);
    steps[1].listeners.click();
    assert.deepEqual(selected, [{ start: { line: 5, character: 1 }, end: { line: 5, character: 3 } }]);
  });
});
