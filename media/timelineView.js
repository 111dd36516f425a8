// The timeline webview's page script: receives data from the extension, draws it with
// ClausewiseTimeline.render, and sends back clicks (reveal a clause) and the start date.
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var main = document.getElementById('timelines');
  var start = document.getElementById('start');
  var file = document.getElementById('file');
  start.addEventListener('change', function () { vscode.postMessage({ type: 'start', start: start.value }); });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.type !== 'data') return;
    file.textContent = message.file || '';
    if (message.start && start.value !== message.start) start.value = message.start;
    window.ClausewiseTimeline.render(main, message.sequences, {
      emptyText: main.getAttribute('data-empty'),
      onSelect: function (range) { vscode.postMessage({ type: 'reveal', range: range }); },
    });
  });
  vscode.postMessage({ type: 'ready' });
})();
