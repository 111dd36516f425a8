import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { Registry, INITIAL, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { ROOT } from '../../helpers/fixtures';

/** Tokenises with the real TextMate engine VS Code uses (vscode-textmate + Oniguruma). */
async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/clausewise.injection.tmLanguage.json'), 'utf8'), 'x.json'),
  });
  return (await registry.loadGrammar('clausewise.injection'))!;
}

function scopesOf(grammar: IGrammar, line: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of grammar.tokenizeLine(line, INITIAL).tokens) out.set(line.slice(t.startIndex, t.endIndex), t.scopes);
  return out;
}

describe('TextMate injection grammar (syntaxes/)', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadGrammar(); });

  const cases: [string, string, string][] = [
    ['3.2.1. 在您付费之后，订单将为您保留7天', '3.2.1.', 'clause-number'],
    ['3.2.1. 在您付费之后，订单将为您保留7天', '7天', 'duration'],
    ['详见本协议第7.2条的约定', '本协议第7.2条', 'reference'],
    ['依照本法第五百一十条第二款的规定', '本法第五百一十条第二款', 'reference'],
    ['星河科技有限公司（以下简称“星河云”）', '“星河云”', 'defined-term'],
    ['as provided in Section 8.1(a) above', 'Section 8.1(a)', 'reference'],
    ['within thirty (30) days of the invoice', 'thirty (30) days', 'duration'],
    ['"Order Form" means an ordering document', '"Order Form"', 'defined-term'],
    ['## Section 4 Term', 'Section 4', 'clause-number'],
  ];
  for (const [line, token, kind] of cases) {
    it(`${kind}: ${token}`, () => {
      const scopes = scopesOf(grammar, line).get(token);
      assert.ok(scopes?.some((s) => s.includes(kind)), `${token} in ${JSON.stringify([...scopesOf(grammar, line)])}`);
    });
  }
});
