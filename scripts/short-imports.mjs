// Short names for the wasm's imports from wasm-bindgen's glue.
//
// wasm-bindgen names every function the wasm imports from its JavaScript
// glue like `__wbg_pushState_2566fa2fdc918d38`: the name, then 16 hex digits
// of a hash. The name is written twice, in the wasm's import section and in
// the glue, and the hex digits do not compress: about 2 KB of a first visit
// (brotli) for some 180 imports. This renames them, in both files, to `$0`,
// `$1`, … in import order. Nothing else changes: the glue still builds the
// import object under the same module name, only with the new keys.
//
// Only the import section is rewritten (its entries are copied byte for
// byte but for the names); every other section is left as it is.

const PREFIXES = ['__wbg_', '__wbindgen_'];

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (let i = at; ; i++) {
    if (i >= bytes.length) throw new Error('truncated LEB128 number');
    const b = bytes[i];
    value |= (b & 0x7f) << shift;
    shift += 7;
    if ((b & 0x80) === 0) return { value: value >>> 0, next: i + 1 };
    if (shift > 35) throw new Error('LEB128 number too long');
  }
}

function u32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value >>>= 7;
    if (value !== 0) b |= 0x80;
    out.push(b);
  } while (value !== 0);
  return out;
}

function name(bytes, at) {
  const len = readU32(bytes, at);
  const end = len.next + len.value;
  if (end > bytes.length) throw new Error('name runs past the end of the section');
  return { text: new TextDecoder().decode(bytes.subarray(len.next, end)), next: end };
}

/** Where an import's description ends (its kind byte is at `at`). */
function skipDescription(bytes, at) {
  const kind = bytes[at];
  let i = at + 1;
  const limits = () => {
    const flags = readU32(bytes, i);
    i = readU32(bytes, flags.next).next; // minimum
    if (flags.value & 1) i = readU32(bytes, i).next; // maximum
  };
  switch (kind) {
    case 0: return readU32(bytes, i).next; // function: type index
    case 1: i += 1; limits(); return i; // table: element type, limits
    case 2: limits(); return i; // memory: limits
    case 3: return i + 2; // global: value type, mutability
    case 4: return readU32(bytes, i + 1).next; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/**
 * Returns { wasm, glue, renamed } with wasm-bindgen's imports renamed.
 * Throws when the files do not look as expected; renames nothing (and
 * returns the inputs) when there is nothing to rename, as on a second run.
 */
export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('not a wasm module');
  }
  const parts = [bytes.subarray(0, 8)];
  const renames = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readU32(bytes, at + 1);
    const start = size.next;
    const end = start + size.value;
    if (end > bytes.length) throw new Error(`section ${id} runs past the end of the module`);
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    const count = readU32(bytes, start);
    const body = [...u32(count.value)];
    let i = count.next;
    for (let n = 0; n < count.value; n++) {
      const module = name(bytes, i);
      const field = name(bytes, module.next);
      const descEnd = skipDescription(bytes, field.next);
      let fieldText = field.text;
      if (PREFIXES.some((p) => fieldText.startsWith(p))) {
        const short = '$' + renames.length.toString(36);
        renames.push([fieldText, short]);
        fieldText = short;
      }
      const encoded = new TextEncoder().encode(fieldText);
      body.push(...bytes.subarray(i, module.next), ...u32(encoded.length), ...encoded, ...bytes.subarray(field.next, descEnd));
      i = descEnd;
    }
    if (i !== end) throw new Error('the import section has bytes after its last import');
    parts.push(Uint8Array.of(2, ...u32(body.length)), Uint8Array.from(body));
    at = end;
  }
  if (renames.length === 0) return { wasm, glue, renamed: 0 };

  let text = glue;
  for (const [long, short] of renames) {
    // The hash makes each long name unique: a plain replacement is exact.
    const pieces = text.split(long);
    if (pieces.length < 2) throw new Error(`the glue does not mention the import ${long}`);
    text = pieces.join(short);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return { wasm: Buffer.from(out), glue: text, renamed: renames.length };
}
