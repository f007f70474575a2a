/** Tokenize sample Scala with the contributed TextMate grammar (vscode-textmate + vscode-oniguruma, as VS Code does). */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as textmate from 'vscode-textmate';
import { loadGrammar, tokenize as tokenizeWith } from './textmate';

let grammar: textmate.IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar('scala.tmLanguage.json', 'source.scala');
});

/** Tokens of a multi-line text as [trimmed text, innermost scope] pairs (whitespace-only tokens left out). */
function tokenize(text: string): [string, string][] {
  return tokenizeWith(grammar, text, true);
}

function scopeOf(text: string, token: string): string | undefined {
  return tokenize(text).find(([s]) => s === token)?.[1];
}

function scopesOf(text: string, token: string): string[] {
  return tokenize(text).filter(([s]) => s === token).map(([, s]) => s);
}

const SAMPLE = `import scala.scalajs.wasm._

/** Sums a segment. @param n the count */
object Main {
  @WasmImport("wasi_snapshot_preview1", "fd_write")
  def fdWrite(fd: Int, iovs: Int, n: Int, out: Int): Int = native
  private val Size = 0x10
  var total: Long = 0L
  /* outer /* nested */ still comment */
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val seg = a.allocate(Size * 4)
      for (i <- 0 until 4 if i != 2) seg.setInt(i * 4, i)
      val c = 'x'
      val d = 2.5e-3
      println(s"total = \${total + 1} and $c\\n")
      if (seg.getInt(0) >= 0 && true) total += 1 else return
    }
  }
}`;

describe('Scala grammar', () => {
  it('scopes comments, nested block comments and Scaladoc', () => {
    expect(scopeOf(SAMPLE, 'Sums a segment.')).toBe('comment.block.documentation.scala');
    expect(scopeOf(SAMPLE, '@param')).toBe('keyword.other.documentation.scaladoc.scala');
    // Scala block comments nest: the text after the inner "*/" is still comment.
    expect(scopeOf(SAMPLE, 'still comment')).toBe('comment.block.scala');
    expect(scopeOf('val x = 1 // note', 'note')).toBe('comment.line.double-slash.scala');
  });

  it('scopes declarations by kind', () => {
    expect(scopeOf(SAMPLE, 'Main')).toBe('entity.name.class.declaration.scala');
    expect(scopeOf(SAMPLE, 'fdWrite')).toBe('entity.name.function.declaration.scala');
    expect(scopeOf(SAMPLE, 'main')).toBe('entity.name.function.declaration.scala');
    expect(scopesOf(SAMPLE, 'Size')[0]).toBe('variable.other.constant.declaration.scala');
    expect(scopeOf(SAMPLE, 'total')).toBe('variable.other.readwrite.declaration.scala');
    expect(scopeOf('def +(that: V): V = this', '+')).toBe('entity.name.function.declaration.scala');
    expect(scopeOf('type Word = Int', 'Word')).toBe('entity.name.type.declaration.scala');
    expect(scopeOf('package a.b.c', 'a.b.c')).toBe('entity.name.package.scala');
  });

  it('scopes keywords, modifiers and arrows', () => {
    expect(scopeOf(SAMPLE, 'import')).toBe('keyword.other.import.scala');
    expect(scopeOf(SAMPLE, 'object')).toBe('keyword.declaration.class.scala');
    expect(scopeOf(SAMPLE, 'private')).toBe('storage.modifier.scala');
    expect(scopeOf(SAMPLE, 'for')).toBe('keyword.control.flow.scala');
    expect(scopeOf(SAMPLE, 'if')).toBe('keyword.control.flow.scala');
    expect(scopeOf(SAMPLE, 'return')).toBe('keyword.control.flow.scala');
    expect(scopeOf(SAMPLE, '=>')).toBe('keyword.operator.arrow.scala');
    expect(scopeOf(SAMPLE, '<-')).toBe('keyword.operator.arrow.scala');
    expect(scopeOf(SAMPLE, 'true')).toBe('constant.language.scala');
    expect(scopeOf('class B extends A with T', 'extends')).toBe('keyword.declaration.scala');
  });

  it('scopes literals: numbers, characters, strings and interpolation', () => {
    expect(scopeOf(SAMPLE, '0x10')).toBe('constant.numeric.hex.scala');
    expect(scopeOf(SAMPLE, '0L')).toBe('constant.numeric.integer.scala');
    expect(scopeOf(SAMPLE, '2.5e-3')).toBe('constant.numeric.float.scala');
    expect(scopeOf('val f = 1.5f', '1.5f')).toBe('constant.numeric.float.scala');
    expect(scopeOf(SAMPLE, "'x'")).toBe('constant.character.literal.scala');
    expect(scopeOf(SAMPLE, 'wasi_snapshot_preview1')).toBe('string.quoted.double.scala');
    expect(scopeOf(SAMPLE, 's')).toBe('keyword.other.string-interpolator.scala');
    expect(scopeOf(SAMPLE, '$c')).toBe('variable.other.interpolated.scala');
    expect(scopeOf(SAMPLE, '\\n')).toBe('constant.character.escape.scala');
    // An expression inside ${...} is code again.
    expect(scopesOf(SAMPLE, 'total')).toContain('variable.other.scala');
    expect(scopeOf('val t = """a "quoted" b"""', 'a "quoted" b')).toBe('string.quoted.triple.scala');
    expect(scopeOf('f"$x%.2f"', '%.2f')).toBe('constant.other.placeholder.scala');
  });

  it('scopes annotations, types and identifiers', () => {
    expect(scopeOf(SAMPLE, '@WasmImport')).toBe('storage.type.annotation.scala');
    expect(scopeOf(SAMPLE, 'Int')).toBe('entity.name.type.scala');
    expect(scopeOf(SAMPLE, 'String')).toBe('entity.name.type.scala');
    expect(scopeOf(SAMPLE, 'seg')).toBe('variable.other.constant.declaration.scala');
    expect(scopeOf(SAMPLE, 'withMemoryAllocator')).toBe('variable.other.scala');
    expect(scopeOf('val `type` = 1', '`type`')).toBe('variable.other.backquoted.scala');
  });

  it('recovers after an unclosed string at the end of its line', () => {
    const toks = tokenize('val s = "open\nval n = 1');
    expect(toks.find(([t]) => t === 'n')?.[1]).toBe('variable.other.constant.declaration.scala');
    expect(toks.find(([t]) => t === '1')?.[1]).toBe('constant.numeric.integer.scala');
  });

  it('leaves nothing unscoped in the sample', () => {
    expect(tokenize(SAMPLE).filter(([, s]) => s === 'source.scala')).toEqual([]);
  });
});
