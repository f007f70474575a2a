/**
 * "Show lowered Wasm": a read-only virtual document (scheme `scalawasi-wat`, language `wat`) beside the Scala source,
 * filled from the server's `scalawasi/loweredWasm` request, refreshed (debounced) when the source changes; moving
 * the cursor in the source highlights the WAT ranges mapped to the innermost source range under it.
 */
import * as vscode from 'vscode';
import type { LspPosition, LspRange } from './run';

export const WAT_SCHEME = 'scalawasi-wat';
export const LOWERED_WASM = 'scalawasi/loweredWasm';
export const SHOW_LOWERED_WASM = 'scalawasi.showLoweredWasm';

export interface Mapping {
  source: LspRange;
  wat: LspRange[];
}

export interface LoweredWasm {
  wat: string;
  mappings: Mapping[];
  error?: string;
}

export interface WatClient {
  sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R>;
}

/** The virtual document for a source: same path plus `.wat` (a readable tab title), the source URI as the query. */
export function watUriFor(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: WAT_SCHEME, path: `${source.path}.wat`, query: source.toString() });
}

export function sourceUriOf(wat: vscode.Uri): vscode.Uri | undefined {
  if (wat.scheme !== WAT_SCHEME || !wat.query) return undefined;
  try {
    return vscode.Uri.parse(wat.query);
  } catch {
    return undefined;
  }
}

function isPosition(p: unknown): p is LspPosition {
  return !!p && typeof (p as LspPosition).line === 'number' && typeof (p as LspPosition).character === 'number';
}

function isRange(r: unknown): r is LspRange {
  return !!r && isPosition((r as LspRange).start) && isPosition((r as LspRange).end);
}

/** Accept what the server sent, dropping malformed pieces rather than failing. */
export function normalizeLowered(value: unknown): LoweredWasm {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const wat = typeof v.wat === 'string' ? v.wat : '';
  const mappings: Mapping[] = [];
  if (Array.isArray(v.mappings)) {
    for (const m of v.mappings as unknown[]) {
      const mm = m as Partial<Mapping> | null;
      if (mm && isRange(mm.source) && Array.isArray(mm.wat)) {
        mappings.push({ source: mm.source, wat: mm.wat.filter(isRange) });
      }
    }
  }
  const out: LoweredWasm = { wat, mappings };
  if (typeof v.error === 'string' && v.error !== '') out.error = v.error;
  return out;
}

function before(a: LspPosition, b: LspPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export function rangeContains(r: LspRange, p: LspPosition): boolean {
  return !before(p, r.start) && !before(r.end, p);
}

function size(r: LspRange): [number, number] {
  return [r.end.line - r.start.line, r.end.line === r.start.line ? r.end.character - r.start.character : r.end.character];
}

function smaller(a: LspRange, b: LspRange): number {
  const [al, ac] = size(a);
  const [bl, bc] = size(b);
  return al !== bl ? al - bl : ac - bc;
}

/** The mappings for the innermost source range(s) holding the position (all of them when several are equally small). */
export function mappingsAt(mappings: readonly Mapping[], pos: LspPosition): Mapping[] {
  const holding = mappings.filter((m) => rangeContains(m.source, pos));
  if (holding.length === 0) return [];
  const best = holding.reduce((a, b) => (smaller(b.source, a.source) < 0 ? b : a));
  return holding.filter((m) => smaller(m.source, best.source) === 0);
}

export function toVsRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Text shown when the program does not build (the WAT coordinates of the mappings do not apply then). */
export function errorDocument(source: vscode.Uri, error: string): string {
  const name = source.path.split('/').pop() ?? source.toString();
  return [`;; ${name} does not build, so there is no lowered Wasm to show:`, ...error.split(/\r?\n/).map((l) => `;;   ${l}`), ''].join('\n');
}

export class WatView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;
  /** Latest lowering per WAT document (key: WAT URI string). */
  readonly results = new Map<string, LoweredWasm>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly watDecoration: vscode.TextEditorDecorationType;
  private readonly sourceDecoration: vscode.TextEditorDecorationType;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly getClient: () => WatClient | undefined,
    private readonly delayMs = 300,
  ) {
    this.watDecoration = vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
      borderColor: new vscode.ThemeColor('editor.findMatchHighlightBorder'),
      borderStyle: 'solid',
      borderWidth: '1px',
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    });
    this.sourceDecoration = vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('editor.wordHighlightBackground'),
    });
  }

  /** Register the provider and the listeners; the returned disposables belong to the extension context. */
  register(): vscode.Disposable {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(WAT_SCHEME, this),
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme === WAT_SCHEME) this.results.delete(doc.uri.toString());
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.highlight(e.textEditor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.highlightAll()),
    );
    return this;
  }

  async provideTextDocumentContent(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<string> {
    const source = sourceUriOf(uri);
    if (!source) return ';; Not a lowered-Wasm document.\n';
    const client = this.getClient();
    if (!client) {
      this.results.delete(uri.toString());
      return ';; The Scala WASI language server is not running (command: "Scala WASI: Restart language server").\n';
    }
    let lowered: LoweredWasm;
    try {
      lowered = normalizeLowered(await client.sendRequest<unknown>(LOWERED_WASM, { textDocument: { uri: source.toString() } }, token));
    } catch (e) {
      this.results.delete(uri.toString());
      return `;; Could not get the lowered Wasm of ${source.toString()}: ${e instanceof Error ? e.message : String(e)}\n`;
    }
    if (lowered.error !== undefined) {
      this.results.set(uri.toString(), { wat: '', mappings: [] , error: lowered.error });
      return errorDocument(source, lowered.error);
    }
    this.results.set(uri.toString(), lowered);
    return lowered.wat;
  }

  isOpen(watUri: vscode.Uri): boolean {
    const key = watUri.toString();
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
  }

  /** Open (or refresh and reveal) the lowered Wasm of `source` beside it. */
  async show(source: vscode.Uri): Promise<vscode.TextEditor> {
    const watUri = watUriFor(source);
    if (this.isOpen(watUri)) this.changeEmitter.fire(watUri);
    let doc = await vscode.workspace.openTextDocument(watUri);
    if (doc.languageId !== 'wat') doc = await vscode.languages.setTextDocumentLanguage(doc, 'wat');
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    this.highlightAll();
    return editor;
  }

  /** Refresh every open lowered-Wasm document now (e.g. after the server restarted). */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme === WAT_SCHEME) this.changeEmitter.fire(doc.uri);
    }
  }

  private onDocumentChanged(doc: vscode.TextDocument): void {
    if (doc.uri.scheme === WAT_SCHEME) {
      // The virtual document got new content: the highlights follow the new mappings.
      this.highlightAll();
      return;
    }
    const watUri = watUriFor(doc.uri);
    if (!this.isOpen(watUri)) return;
    const key = watUri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.changeEmitter.fire(watUri);
      }, this.delayMs),
    );
  }

  private highlightAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.scheme !== WAT_SCHEME) this.highlight(editor);
    }
  }

  /** Highlight, in the visible WAT editors of this source editor, the ranges mapped to its cursor. */
  highlight(editor: vscode.TextEditor): void {
    if (editor.document.uri.scheme === WAT_SCHEME) return;
    const watKey = watUriFor(editor.document.uri).toString();
    const watEditors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === watKey);
    if (watEditors.length === 0) return;
    const lowered = this.results.get(watKey);
    const active = editor.selection.active;
    const hits = lowered ? mappingsAt(lowered.mappings, { line: active.line, character: active.character }) : [];
    const watRanges = hits.flatMap((m) => m.wat.map(toVsRange));
    editor.setDecorations(this.sourceDecoration, hits.map((m) => toVsRange(m.source)));
    for (const w of watEditors) {
      w.setDecorations(this.watDecoration, watRanges);
      if (watRanges.length > 0) w.revealRange(watRanges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.changeEmitter.dispose();
    this.watDecoration.dispose();
    this.sourceDecoration.dispose();
  }
}
