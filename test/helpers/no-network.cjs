// Preloaded into the server in tests (node --require): any attempt to reach the network
// is written to stderr as "NETWORK: …" and fails, so a test can assert there was none.
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const report = (what) => { process.stderr.write(`NETWORK: ${what}\n`); throw new Error(`network access is not allowed in Clausewise: ${what}`); };
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const target = args[0];
  // IPC and stdio pipes are local; only TCP (a port) counts as network.
  if (target && typeof target === 'object' && target.port !== undefined) report(`connect ${target.host}:${target.port}`);
  if (typeof target === 'number') report(`connect port ${target}`);
  return originalConnect.apply(this, args);
};
dns.lookup = (host) => report(`dns.lookup ${host}`);
http.request = (u) => report(`http.request ${u && (u.href || u.host || u)}`);
https.request = (u) => report(`https.request ${u && (u.href || u.host || u)}`);
http.get = http.request;
https.get = https.request;
globalThis.fetch = (u) => report(`fetch ${u}`);
