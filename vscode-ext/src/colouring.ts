/**
 * Whether the server's semantic tokens colour Scala files: by default they step aside when another extension
 * contributes the `scala` language (Metals, with scala-lang.scala, brings its own colouring), since two providers
 * of semantic tokens for one document do not combine: VS Code shows one of them.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { SECTION } from './settings';

export type SemanticTokensMode = 'auto' | 'on' | 'off';
export const SEMANTIC_TOKENS_SETTING = 'semanticTokens';

export function semanticTokensMode(scope?: vscode.Uri): SemanticTokensMode {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>(SEMANTIC_TOKENS_SETTING);
  return value === 'on' || value === 'off' ? value : 'auto';
}

/** 'auto': colour only when no other extension contributes Scala; 'on' and 'off' decide outright. */
export function semanticColouring(mode: SemanticTokensMode, otherScalaProviders: readonly string[]): boolean {
  if (mode === 'auto') return otherScalaProviders.length === 0;
  return mode === 'on';
}

/**
 * The client middleware that withholds the server's semantic tokens while `enabled()` is false: the request is not
 * sent, and the provider answers nothing, so another extension's tokens (or the TextMate grammar alone) colour.
 */
export function semanticTokensMiddleware(enabled: () => boolean): Middleware {
  return {
    provideDocumentSemanticTokens: (document, token, next) => (enabled() ? next(document, token) : undefined),
    provideDocumentSemanticTokensEdits: (document, previousResultId, token, next) =>
      enabled() ? next(document, previousResultId, token) : undefined,
    provideDocumentRangeSemanticTokens: (document, range, token, next) =>
      enabled() ? next(document, range, token) : undefined,
  };
}
