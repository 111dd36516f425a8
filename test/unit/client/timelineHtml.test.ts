import { strict as assert } from 'node:assert';
import { timelineHtml } from '../../../client/src/timelineHtml';

describe('timeline webview page', () => {
  const html = timelineHtml({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123==', language: 'zh-cn',
    script: 'vscode-resource:/ext/media/timeline.js', view: 'vscode-resource:/ext/media/timelineView.js', style: 'vscode-resource:/ext/media/timeline.css',
    labels: { start: '起算时间（T0）<b>', empty: '无' },
  });
  const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];

  it('has a strict CSP: nothing by default, scripts only with the nonce, no inline or eval', () => {
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-abc123==';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|http:/);
  });

  it('every script carries the nonce and comes from the extension; no inline handlers', () => {
    const scripts = html.match(/<script\b[^>]*>/g)!;
    assert.equal(scripts.length, 2);
    for (const s of scripts) assert.match(s, /nonce="abc123==" src="vscode-resource:\/ext\/media\//);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });

  it('escapes the texts it shows', () => {
    assert.ok(html.includes('起算时间（T0）&lt;b&gt;'));
  });
});
