/** Semantic colouring steps aside beside another Scala extension, and the middleware then withholds the requests. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { fake } from './mocks/languageclient';

vi.mock('vscode-languageclient/node', () => import('./mocks/languageclient'));

import { semanticColouring, semanticTokensMiddleware } from '../src/colouring';
import { activate, contributesScala, deactivate } from '../src/extension';

const mock = vscode as unknown as typeof import('./mocks/vscode');
const METALS_GRAMMAR = { id: 'scala-lang.scala', packageJSON: { contributes: { languages: [{ id: 'scala' }] } } };
const SELF = { id: 'scalawasi.scalawasi', packageJSON: { contributes: { languages: [{ id: 'scala' }] } } };

describe('semantic colouring', () => {
  beforeEach(() => {
    mock.__reset();
    fake.reset();
  });

  it('is on alone, off beside another Scala extension, and the setting decides outright', () => {
    expect(semanticColouring('auto', [])).toBe(true);
    expect(semanticColouring('auto', ['scala-lang.scala'])).toBe(false);
    expect(semanticColouring('on', ['scala-lang.scala'])).toBe(true);
    expect(semanticColouring('off', [])).toBe(false);
  });

  it('the middleware forwards requests only while enabled', async () => {
    let enabled = false;
    const mw = semanticTokensMiddleware(() => enabled);
    const next = vi.fn(async () => ({ data: new Uint32Array([0, 0, 3, 8, 0]) }));
    const doc = {} as vscode.TextDocument;
    const token = {} as vscode.CancellationToken;
    expect(await mw.provideDocumentSemanticTokens!(doc, token, next as never)).toBeUndefined();
    expect(await mw.provideDocumentSemanticTokensEdits!(doc, '1', token, next as never)).toBeUndefined();
    expect(next).not.toHaveBeenCalled();
    enabled = true;
    expect(await mw.provideDocumentSemanticTokens!(doc, token, next as never)).toEqual({ data: new Uint32Array([0, 0, 3, 8, 0]) });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('the activated extension steps aside when scala-lang.scala is installed, and follows the setting', async () => {
    mock.state.allExtensions = [SELF, METALS_GRAMMAR];
    const ext = await activate(mock.makeContext() as unknown as vscode.ExtensionContext);
    expect(ext.semanticColouring).toBe(false);
    const mw = fake.last.clientOptions.middleware;
    const next = vi.fn();
    expect(await mw.provideDocumentSemanticTokens({}, {}, next)).toBeUndefined();
    expect(next).not.toHaveBeenCalled();
    mock.state.config['scalawasi.semanticTokens'] = 'on';
    ext.onConfigurationChanged({ affectsConfiguration: (s: string) => 'scalawasi.semanticTokens'.startsWith(s) } as never);
    expect(ext.semanticColouring).toBe(true);
    await mw.provideDocumentSemanticTokens({}, {}, next);
    expect(next).toHaveBeenCalledTimes(1);
    await deactivate();
  });

  it('colours when no other extension contributes Scala', async () => {
    mock.state.allExtensions = [SELF];
    const ext = await activate(mock.makeContext() as unknown as vscode.ExtensionContext);
    expect(ext.semanticColouring).toBe(true);
    await deactivate();
  });

  it('counts a language or a grammar for Scala as another provider, not an injection or another language', () => {
    expect(contributesScala({ contributes: { languages: [{ id: 'scala', extensions: ['.sc'] }] } })).toBe(true);
    const grammar = (g: object) => ({ contributes: { grammars: [g] } });
    expect(contributesScala(grammar({ language: 'scala', scopeName: 'source.scala.x' }))).toBe(true);
    expect(contributesScala(grammar({ scopeName: 'source.scala', path: './s.json' }))).toBe(true);
    expect(contributesScala(grammar({ scopeName: 'markdown.scala.codeblock', injectTo: ['source.scala'] }))).toBe(false);
    const java = { contributes: { languages: [{ id: 'java' }], grammars: [{ language: 'java' }] } };
    expect(contributesScala(java)).toBe(false);
    expect(contributesScala({ contributes: { languages: 'scala', grammars: {} } })).toBe(false);
    expect(contributesScala({})).toBe(false);
    expect(contributesScala(null)).toBe(false);
  });

  it('decides again when extensions change while it runs: installing and removing Scala Syntax', async () => {
    mock.state.allExtensions = [SELF];
    const ext = await activate(mock.makeContext() as unknown as vscode.ExtensionContext);
    expect(ext.semanticColouring).toBe(true);
    const mw = fake.last.clientOptions.middleware;
    const next = vi.fn();
    mock.state.allExtensions = [SELF, METALS_GRAMMAR];
    mock.events.didChangeExtensions.fire();
    expect(ext.semanticColouring).toBe(false);
    expect(await mw.provideDocumentSemanticTokens({}, {}, next)).toBeUndefined();
    expect(next).not.toHaveBeenCalled();
    mock.state.allExtensions = [SELF];
    mock.events.didChangeExtensions.fire();
    expect(ext.semanticColouring).toBe(true);
    await mw.provideDocumentSemanticTokens({}, {}, next);
    expect(next).toHaveBeenCalledTimes(1);
    await deactivate();
  });

  it('a grammar-only Scala extension, and the setting at off or on, decide as the mode says', async () => {
    const grammars = [{ language: 'scala', scopeName: 'source.scala', path: 'g.json' }];
    const grammarOnly = { id: 'someone.scala-syntax', packageJSON: { contributes: { grammars } } };
    for (const [mode, colours] of [['off', false], ['auto', false], ['bogus', false], ['on', true]] as const) {
      mock.__reset();
      fake.reset();
      mock.state.allExtensions = [SELF, grammarOnly];
      mock.state.config['scalawasi.semanticTokens'] = mode; // an unknown value reads as auto
      const ext = await activate(mock.makeContext() as unknown as vscode.ExtensionContext);
      expect(ext.semanticColouring, mode).toBe(colours);
      expect(mock.state.channels.some((c) => c.text.includes('someone.scala-syntax'))).toBe(true);
      await deactivate();
    }
  });
});
