/** Loads a contributed TextMate grammar the way VS Code does (vscode-textmate + vscode-oniguruma) and tokenizes text with it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require_ = createRequire(import.meta.url);
let onigLoaded: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  if (!onigLoaded) {
    const wasm = readFileSync(require_.resolve('vscode-oniguruma/release/onig.wasm'));
    onigLoaded = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  }
  return onigLoaded;
}

/** The grammar in `syntaxes/<file>`, registered under its scope name. */
export async function loadGrammar(file: string, scopeName: string): Promise<textmate.IGrammar> {
  await loadOniguruma();
  const path = fileURLToPath(new URL(`../syntaxes/${file}`, import.meta.url));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (name: string) => (name === scopeName ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${file} did not load`);
  return grammar;
}

/** Tokens of a multi-line text as [text, innermost scope] pairs; whitespace-only tokens left out, text trimmed if asked. */
export function tokenize(grammar: textmate.IGrammar, text: string, trim = false): [string, string][] {
  const out: [string, string][] = [];
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const s = line.slice(t.startIndex, t.endIndex);
      if (s.trim() !== '') out.push([trim ? s.trim() : s, t.scopes[t.scopes.length - 1]]);
    }
    state = r.ruleStack;
  }
  return out;
}
