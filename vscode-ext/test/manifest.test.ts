/** package.json agrees with the code: settings, commands, activation, languages; the README documents every setting. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
vi.mock('vscode-languageclient/node', () => import('./mocks/languageclient'));

import { COMMANDS, SERVER_COMMANDS } from '../src/extension';
import { DEFAULTS } from '../src/settings';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const readme = readFileSync(`${root}/README.md`, 'utf8');
const props: Record<string, { default: unknown; description?: string; markdownDescription?: string }> = pkg.contributes.configuration.properties;

function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'checks' && k !== 'env') flatten(v as Record<string, unknown>, `${prefix}${k}.`, out);
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

describe('manifest', () => {
  it('contributes every server setting with the server default and a description', () => {
    const expected = flatten(DEFAULTS as unknown as Record<string, unknown>, 'scalawasi.');
    for (const [key, value] of Object.entries(expected)) {
      expect(props[key], key).toBeDefined();
      expect(props[key].default, key).toEqual(value);
    }
    for (const [key, p] of Object.entries(props)) expect(p.description ?? p.markdownDescription, key).toBeTruthy();
    expect(props['scalawasi.server.python']).toBeDefined();
  });

  it('documents every setting in the README', () => {
    for (const key of Object.keys(props)) expect(readme, key).toContain(`\`${key}\``);
  });

  it('activates on Scala and contributes the commands, none of them a server command', () => {
    expect(pkg.activationEvents).toContain('onLanguage:scala');
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(ids).toEqual(Object.values(COMMANDS).sort());
    for (const id of SERVER_COMMANDS) expect(ids).not.toContain(id);
    expect(pkg.engines.vscode).toBe('^1.82.0');
    expect(pkg.main).toBe('./out/extension.js');
  });

  it('contributes scala with its grammar and language configuration, and wat with its own', () => {
    const scala = pkg.contributes.languages.find((l: { id: string }) => l.id === 'scala');
    expect(scala.extensions).toEqual(['.scala']);
    expect(existsSync(`${root}/${scala.configuration}`)).toBe(true);
    const config = JSON.parse(readFileSync(`${root}/${scala.configuration}`, 'utf8'));
    expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    const grammars = pkg.contributes.grammars as { language: string; scopeName: string; path: string }[];
    expect(grammars.map((g) => [g.language, g.scopeName])).toEqual([
      ['scala', 'source.scala'],
      ['wat', 'source.wat'],
    ]);
    for (const g of grammars) {
      expect(existsSync(`${root}/${g.path}`)).toBe(true);
      expect(JSON.parse(readFileSync(`${root}/${g.path}`, 'utf8')).scopeName).toBe(g.scopeName);
    }
    const wat = pkg.contributes.languages.find((l: { id: string }) => l.id === 'wat');
    expect(existsSync(`${root}/${wat.configuration}`)).toBe(true);
  });

  it('keeps to the allowed dependencies', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['vscode-languageclient']);
    expect(Object.keys(pkg.devDependencies).sort()).toEqual(
      ['@types/node', '@types/vscode', '@vscode/vsce', 'typescript', 'vitest', 'vscode-oniguruma', 'vscode-textmate'].sort(),
    );
    expect(pkg.dependencies['vscode-languageclient']).toMatch(/^\^9\./);
  });
});
