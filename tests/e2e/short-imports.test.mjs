// The build's short import names (scripts/short-imports.mjs): a hand-made
// module is renamed correctly and still validates, and the release build in
// dist/ carries no long wasm-bindgen name (the other browser tests show that
// the app starts with the renamed imports).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortenImports } from '../../scripts/short-imports.mjs';
import { ROOT } from './harness.mjs';

const bytes = (s) => [...new TextEncoder().encode(s)];
const str = (s) => [bytes(s).length, ...bytes(s)];
const section = (id, body) => [id, body.length, ...body];

/** A module importing two functions from the glue and a memory from elsewhere. */
function handMade() {
  const types = section(1, [1, 0x60, 1, 0x7f, 0]); // (i32) -> ()
  const imports = section(2, [
    3,
    ...str('./app_bg.js'), ...str('__wbg_log_0123456789abcdef'), 0, 0,
    ...str('env'), ...str('memory'), 2, 1, 1, 2, // limits: min 1, max 2
    ...str('./app_bg.js'), ...str('__wbindgen_throw_fedcba9876543210'), 0, 0,
  ]);
  const exports = section(7, [1, ...str('log'), 0, 0]);
  return Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...exports]);
}

test('short import names: both files renamed alike, the module still valid', () => {
  const glue = 'const i = { "./app_bg.js": { __wbg_log_0123456789abcdef: (x) => x, __wbindgen_throw_fedcba9876543210: () => {} } }; i["./app_bg.js"].__wbg_log_0123456789abcdef(1);';
  const result = shortenImports(Buffer.from(handMade()), glue);
  assert.equal(result.renamed, 2);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(result.wasm));
  assert.deepEqual(imports.map((i) => [i.module, i.name, i.kind]), [
    ['./app_bg.js', '$0', 'function'],
    ['env', 'memory', 'memory'],
    ['./app_bg.js', '$1', 'function'],
  ]);
  assert.equal(result.glue, 'const i = { "./app_bg.js": { $0: (x) => x, $1: () => {} } }; i["./app_bg.js"].$0(1);');
  // A second run finds nothing to rename.
  assert.equal(shortenImports(result.wasm, result.glue).renamed, 0);
});

test('short import names: a glue that lacks an import, or a broken module, is an error', () => {
  assert.throws(() => shortenImports(Buffer.from(handMade()), 'no names here'), /does not mention the import __wbg_log_0123456789abcdef/);
  const cut = handMade().slice(0, 30);
  assert.throws(() => shortenImports(Buffer.from(cut), ''), /past the end|truncated/);
  assert.throws(() => shortenImports(Buffer.from('not wasm'), ''), /not a wasm module/);
});

test('the release build imports nothing by a long wasm-bindgen name', () => {
  const dist = join(ROOT, 'dist');
  const wasm = readdirSync(dist).find((f) => /_bg\.wasm$/.test(f));
  const glue = readdirSync(dist).find((f) => /^newcomer-guide-[0-9a-f]+\.js$/.test(f));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(dist, wasm))));
  assert.ok(imports.length > 50, 'the app imports its browser calls');
  assert.deepEqual(imports.filter((i) => /^__wb/.test(i.name)).map((i) => i.name), []);
  const text = readFileSync(join(dist, glue), 'utf8');
  for (const i of imports) assert.ok(text.includes(i.name + ':'), `the glue defines ${i.name}`);
});
