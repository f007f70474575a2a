/** Tokenize sample WAT with the contributed TextMate grammar (vscode-textmate + vscode-oniguruma, as VS Code does). */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as textmate from 'vscode-textmate';
import { loadGrammar, tokenize as tokenizeWith } from './textmate';

let grammar: textmate.IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar('wat.tmLanguage.json', 'source.wat');
});

/** Tokens of a multi-line text as [text, innermost scope] pairs (whitespace-only tokens left out), cached per text. */
const cache = new Map<string, [string, string][]>();
function tokenize(text: string): [string, string][] {
  let hit = cache.get(text);
  if (!hit) cache.set(text, (hit = tokenizeWith(grammar, text)));
  return hit;
}

function scopeOf(text: string, token: string): string | undefined {
  return tokenize(text).find(([s]) => s === token)?.[1];
}

const SAMPLE = `(module
  ;; the entry point
  (type $Point (struct (field $x (mut i32)) (field $y f64)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 8) "Hi\\n\\00")
  (func $Main.main (export "_start") (local $p (ref null $Point))
    (; a block
       comment ;)
    i32.const -42
    i64.const 0x1F_FF
    f64.const 3.5e-2
    f32.const nan
    local.get $p
    struct.get $Point $x
    i32.load offset=4 align=4
    block $done
      br_if $done
    end
    call $fd_write
    drop
    unreachable))`;

describe('WAT grammar', () => {
  it('scopes comments', () => {
    expect(scopeOf(SAMPLE, ';; the entry point')).toBe('comment.line.double-semicolon.wat');
    const block = tokenize(SAMPLE).filter(([, s]) => s.startsWith('comment.block') || s.startsWith('punctuation.definition.comment'));
    expect(block.map(([t]) => t.trim())).toEqual(['(;', 'a block', 'comment', ';)']);
  });

  it('scopes strings and escapes', () => {
    const toks = tokenize('(data (i32.const 8) "Hi\\n\\00")');
    expect(toks.filter(([, s]) => s === 'constant.character.escape.wat').map(([t]) => t)).toEqual(['\\n', '\\00']);
    expect(toks.find(([t]) => t === 'Hi')?.[1]).toBe('string.quoted.double.wat');
    expect(scopeOf(SAMPLE, 'wasi_snapshot_preview1')).toBe('string.quoted.double.wat');
  });

  it('scopes declarations, instructions and control', () => {
    expect(scopeOf(SAMPLE, 'module')).toBe('keyword.declaration.wat');
    expect(scopeOf(SAMPLE, 'func')).toBe('keyword.declaration.wat');
    expect(scopeOf(SAMPLE, 'param')).toBe('keyword.declaration.wat');
    expect(scopeOf(SAMPLE, 'i32.const')).toBe('keyword.operator.instruction.wat');
    expect(scopeOf(SAMPLE, 'local.get')).toBe('keyword.operator.instruction.wat');
    expect(scopeOf(SAMPLE, 'struct.get')).toBe('keyword.operator.instruction.wat');
    expect(scopeOf(SAMPLE, 'i32.load')).toBe('keyword.operator.instruction.wat');
    expect(scopeOf(SAMPLE, 'block')).toBe('keyword.control.wat');
    expect(scopeOf(SAMPLE, 'br_if')).toBe('keyword.control.wat');
    expect(scopeOf(SAMPLE, 'call')).toBe('keyword.control.wat');
    expect(scopeOf(SAMPLE, 'unreachable')).toBe('keyword.control.wat');
    expect(scopeOf(SAMPLE, 'offset')).toBe('entity.other.attribute-name.wat');
  });

  it('scopes value types', () => {
    expect(scopeOf(SAMPLE, 'i32')).toBe('storage.type.wat');
    expect(scopeOf(SAMPLE, 'f64')).toBe('storage.type.wat');
    expect(scopeOf(SAMPLE, 'ref')).toBe('storage.type.wat');
    expect(scopeOf(SAMPLE, 'null')).toBe('storage.type.wat');
    expect(scopeOf(SAMPLE, 'struct')).toBe('storage.type.wat');
    expect(scopeOf(SAMPLE, 'mut')).toBe('keyword.declaration.wat');
  });

  it('scopes $identifiers, including dotted names', () => {
    expect(scopeOf(SAMPLE, '$Point')).toBe('variable.other.identifier.wat');
    expect(scopeOf(SAMPLE, '$Main.main')).toBe('variable.other.identifier.wat');
    expect(scopeOf(SAMPLE, '$fd_write')).toBe('variable.other.identifier.wat');
  });

  it('scopes numbers', () => {
    expect(scopeOf(SAMPLE, '-42')).toBe('constant.numeric.integer.wat');
    expect(scopeOf(SAMPLE, '0x1F_FF')).toBe('constant.numeric.hex.wat');
    expect(scopeOf(SAMPLE, '3.5e-2')).toBe('constant.numeric.float.wat');
    expect(scopeOf(SAMPLE, 'nan')).toBe('constant.numeric.float.wat');
    expect(scopeOf(SAMPLE, '4')).toBe('constant.numeric.integer.wat');
    expect(scopeOf('(memory 1)', '1')).toBe('constant.numeric.integer.wat');
  });

  it('leaves nothing unscoped in the sample', () => {
    const bare = tokenize(SAMPLE).filter(([, s]) => s === 'source.wat');
    expect(bare).toEqual([]);
  });
});
