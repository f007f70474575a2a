import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { LoweredWasm, Mapping, WatView, mappingsAt, normalizeLowered, sourceUriOf, watUriFor } from '../src/wat';

const mock = vscode as unknown as typeof import('./mocks/vscode');

const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

const LOWERED: LoweredWasm = {
  wat: '(module\n  (func $Main.main\n    i32.const 1\n    i32.const 2\n    i32.add\n    drop))\n',
  mappings: [
    { source: r(1, 2, 3, 3), wat: [r(1, 2, 5, 9)] },
    { source: r(2, 4, 2, 9), wat: [r(2, 4, 2, 15), r(3, 4, 3, 15), r(4, 4, 4, 11)] },
    { source: r(2, 4, 2, 5), wat: [r(2, 4, 2, 15)] },
  ],
};

function fakeClient(answer: () => unknown) {
  const requests: { method: string; params: unknown }[] = [];
  return {
    requests,
    sendRequest: async <R>(method: string, params: unknown): Promise<R> => {
      requests.push({ method, params });
      return answer() as R;
    },
  };
}

describe('lowered Wasm view', () => {
  let view: WatView | undefined;
  beforeEach(() => mock.__reset());
  afterEach(() => {
    view?.dispose();
    view = undefined;
    vi.useRealTimers();
  });

  it('keeps the source URI in the virtual document URI', () => {
    const src = vscode.Uri.parse('file:///w/my%20dir/Hello.scala');
    const wat = watUriFor(src);
    expect(wat.scheme).toBe('scalawasi-wat');
    expect(wat.path).toBe('/w/my dir/Hello.scala.wat');
    expect(sourceUriOf(vscode.Uri.parse(wat.toString()))?.toString()).toBe(src.toString());
    expect(sourceUriOf(src)).toBeUndefined();
  });

  it('picks the innermost source range under the cursor', () => {
    const ms: Mapping[] = LOWERED.mappings;
    expect(mappingsAt(ms, { line: 2, character: 4 })).toEqual([ms[2]]);
    expect(mappingsAt(ms, { line: 2, character: 7 })).toEqual([ms[1]]);
    expect(mappingsAt(ms, { line: 3, character: 0 })).toEqual([ms[0]]);
    expect(mappingsAt(ms, { line: 9, character: 0 })).toEqual([]);
  });

  it('drops malformed mappings', () => {
    expect(normalizeLowered({ wat: 'x', mappings: [{ source: r(0, 0, 0, 1), wat: [r(0, 0, 0, 1), { bad: 1 }] }, { source: 3 }, null] })).toEqual({
      wat: 'x',
      mappings: [{ source: r(0, 0, 0, 1), wat: [r(0, 0, 0, 1)] }],
    });
    expect(normalizeLowered(undefined)).toEqual({ wat: '', mappings: [] });
  });

  it('provides the WAT text from scalawasi/loweredWasm, or the build error', async () => {
    let answer: unknown = LOWERED;
    const client = fakeClient(() => answer);
    view = new WatView(() => client);
    const src = vscode.Uri.parse('file:///w/Hello.scala');
    expect(await view.provideTextDocumentContent(watUriFor(src))).toBe(LOWERED.wat);
    expect(client.requests[0]).toEqual({ method: 'scalawasi/loweredWasm', params: { textDocument: { uri: 'file:///w/Hello.scala' } } });
    answer = { wat: '', mappings: [], error: 'Hello.scala:3:5: error: type mismatch' };
    const text = await view.provideTextDocumentContent(watUriFor(src));
    expect(text).toBe(';; Hello.scala does not build, so there is no lowered Wasm to show:\n;;   Hello.scala:3:5: error: type mismatch\n');
    view.dispose();
    view = new WatView(() => undefined);
    expect(await view.provideTextDocumentContent(watUriFor(src))).toMatch(/not running/);
  });

  it('opens beside the source as a read-only wat document, refreshes on edits (debounced) and highlights the cursor', async () => {
    let answer: LoweredWasm = LOWERED;
    const client = fakeClient(() => answer);
    view = new WatView(() => client, 200);
    view.register();
    expect(mock.state.contentProviders.has('scalawasi-wat')).toBe(true);
    const src = vscode.Uri.parse('file:///w/Hello.scala');
    const editor = mock.openEditor(src, 'object Main');
    const watEditor = (await view.show(src)) as unknown as import('./mocks/vscode').MockEditor;
    expect(watEditor.document.languageId).toBe('wat');
    expect(watEditor.document.getText()).toBe(LOWERED.wat);
    expect(mock.state.shownDocuments[0].options).toMatchObject({ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });

    // cursor on `1` in the source: only the i32.const 1 instruction
    editor.selection = new vscode.Selection(new vscode.Position(2, 4), new vscode.Position(2, 4)) as never;
    mock.events.didChangeTextEditorSelection.fire({ textEditor: editor, selections: [] });
    const ranges = [...watEditor.decorations.values()][0];
    expect(ranges.map((x) => [x.start.line, x.start.character, x.end.line, x.end.character])).toEqual([[2, 4, 2, 15]]);
    expect(watEditor.revealed).toHaveLength(1);
    expect([...editor.decorations.values()][0]).toHaveLength(1); // the source range is marked too

    // three quick edits → one request, after the delay
    vi.useFakeTimers();
    const before = client.requests.length;
    answer = { wat: '(module)\n', mappings: [] };
    for (let i = 0; i < 3; i++) mock.events.didChangeTextDocument.fire({ document: editor.document, contentChanges: [] });
    await vi.advanceTimersByTimeAsync(150);
    expect(client.requests.length).toBe(before);
    await vi.advanceTimersByTimeAsync(100);
    expect(client.requests.length).toBe(before + 1);
    vi.useRealTimers();
    await new Promise((res) => setTimeout(res, 0));
    expect(watEditor.document.getText()).toBe('(module)\n');
    mock.events.didChangeTextEditorSelection.fire({ textEditor: editor, selections: [] });
    expect([...watEditor.decorations.values()][0]).toEqual([]);
  });

  it('does not refresh for edits of sources without an open view', async () => {
    const client = fakeClient(() => LOWERED);
    view = new WatView(() => client, 10);
    view.register();
    const editor = mock.openEditor(vscode.Uri.parse('file:///w/Other.scala'));
    mock.events.didChangeTextDocument.fire({ document: editor.document, contentChanges: [] });
    await new Promise((res) => setTimeout(res, 30));
    expect(client.requests).toHaveLength(0);
  });
});
