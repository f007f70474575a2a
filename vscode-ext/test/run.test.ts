import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { RunResult, TrapTerminalLinkProvider, formatRunHeader, formatRunResult, trapLocation } from '../src/run';

const mock = vscode as unknown as typeof import('./mocks/vscode');

export const ok: RunResult = { stdout: 'Hello\n', stderr: '', exitCode: 0, durationMs: 12.4, timedOut: false, truncated: false, trap: null };

describe('run output format', () => {
  beforeEach(() => mock.__reset());

  it('shows stdout, stderr, exit status and duration', () => {
    const text = formatRunResult({ ...ok, stderr: 'warn', exitCode: 3, durationMs: 1500 });
    expect(text).toBe('── stdout ──\nHello\n── stderr ──\nwarn\n■ exit code 3 · 1.50 s\n');
    expect(formatRunResult({ ...ok, stdout: '' })).toBe('■ exit code 0 · 12 ms\n');
  });

  it('shows a trap as path:line:col, 1-based', () => {
    const trap = { message: 'integer divide by zero', uri: 'file:///w/Div.scala', range: { start: { line: 4, character: 10 }, end: { line: 4, character: 15 } } };
    expect(trapLocation(trap)).toBe('/w/Div.scala:5:11');
    const text = formatRunResult({ ...ok, stdout: '', exitCode: null, trap });
    expect(text).toContain('✖ trap: integer divide by zero\n    at /w/Div.scala:5:11\n');
    expect(text).toContain('■ stopped by a trap');
  });

  it('reports time-outs and truncation with the limits', () => {
    const text = formatRunResult({ ...ok, exitCode: null, timedOut: true, truncated: true }, { timeLimitSeconds: 10, outputLimitBytes: 100 });
    expect(text).toContain('output truncated at 100 bytes');
    expect(text).toContain('timed out (limit of 10 s');
  });

  it('names the program and arguments in the header', () => {
    expect(formatRunHeader('file:///w/A.scala', 'Main', ['x y', 'z'])).toBe('▶ Run main of Main (/w/A.scala) with arguments "x y" "z"\n');
  });

  it('makes trap lines clickable in a terminal', async () => {
    const p = new TrapTerminalLinkProvider();
    const line = '    at /w/Div.scala:5:11';
    const links = p.provideTerminalLinks({ line, terminal: {} as vscode.Terminal });
    expect(links).toHaveLength(1);
    expect(line.substr(links[0].startIndex, links[0].length)).toBe('/w/Div.scala:5:11');
    expect(p.provideTerminalLinks({ line: 'Hello at noon', terminal: {} as vscode.Terminal })).toEqual([]);
    await p.handleTerminalLink(links[0]);
    expect(mock.state.shownDocuments[0].uri.toString()).toBe('file:///w/Div.scala');
    const sel = (mock.state.shownDocuments[0].options as { selection: vscode.Range }).selection;
    expect([sel.start.line, sel.start.character]).toEqual([4, 10]);
  });
});
