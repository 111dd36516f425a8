import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { reportData } from '../../../server/src/core/report/data';
import { renderHtml } from '../../../server/src/core/report/html';
import { renderMarkdown } from '../../../server/src/core/report/markdown';
import { reportAssets } from '../../../server/src/core/report/assets';
import { main } from '../../../server/src/cli/main';
import { corpus, fixture, fixturePath } from '../../helpers/fixtures';

function report(text: string, start?: string) {
  const { model, findings } = lint(text);
  const data = reportData('doc.md', model, findings, { start, now: new Date('2026-11-29T08:00:00Z') });
  return { data, html: renderHtml(data, reportAssets()), md: renderMarkdown(data) };
}

describe('clausewise report', () => {
  it('shows the outline, reference map, defined terms, timelines and problems with their clause text', () => {
    const { data, html } = report(fixture('zh-cloud-storage-agreement.md'), '2026-09-28T10:00');
    assert.ok(data.outline.some((n) => n.children.some((c) => c.name === '专用条款')));
    assert.ok(data.citations.some((c) => c.text.includes('第3.2条') && c.status === 'resolved' && c.to.startsWith('3.2')));
    assert.deepEqual(data.terms.map((t) => t.name).sort(), ['工作日', '星河云', '用户数据'].sort());
    const storage = data.timelines.find((t) => t.trigger === '首次欠费' && t.events.length === 2)!;
    assert.equal(storage.events[1].total, 'P8D');
    assert.equal(data.problems[0].code, 'numbering-style');
    assert.match(data.problems[0].excerpt, /^2\.1 如果您在欠费后48小时内/);
    for (const heading of ['概要', '问题', '时间线', '引用关系', '定义术语', '目录结构']) assert.ok(html.includes(`<h2>${heading}</h2>`), heading);
  });

  it('escapes all document text and loads nothing remote', () => {
    const { html, md } = report(fixture('en-hostile-content.md'));
    assert.doesNotMatch(html, /<img|<b onmouseover|onerror=alert\(1\)>/);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    // Only our three script elements; the document's "</script><script>" stays text.
    assert.equal(html.match(/<script\b/g)!.length, 3);
    assert.doesNotMatch(html, /\b(?:src|href)\s*=\s*["']?(?:https?:|\/\/|javascript:|command:)/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.doesNotMatch(md, /(?<!\\)<(?:img|script)/); // escaped as \<img: shown as text
  });

  it('works on an English corpus agreement and the Markdown form escapes table cells', () => {
    const { data, md } = report(corpus('commonpaper-csa.md'));
    assert.ok(data.citations.some((c) => c.text === 'Section 8.1(a)' && c.to.startsWith('8.1(a)')));
    assert.ok(data.terms.length > 10);
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.split(/(?<!\\)\|/).length;
      assert.ok(cells >= 4, line);
    }
  });

  it('the CLI writes it; bad usage exits 2', () => {
    let out = '', err = '';
    assert.equal(main(['report', fixturePath('zh-cloud-storage-agreement.md'), '--format', 'md'], (s) => { out += s; }, (s) => { err += s; }), 0);
    assert.match(out, /^# Clausewise 审阅报告/);
    assert.equal(main(['report', fixturePath('zh-cloud-storage-agreement.md'), '--format', 'pdf'], () => undefined, (s) => { err += s; }), 2);
    assert.match(err, /--format must be html or md/);
  });
});
