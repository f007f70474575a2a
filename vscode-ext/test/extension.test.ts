import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { fake } from './mocks/languageclient';

vi.mock('vscode-languageclient/node', () => import('./mocks/languageclient'));

const exec = vi.hoisted(() => ({
  result: { error: null as (Error & { code?: string }) | null, stderr: '' },
  calls: [] as { file: string; args: string[] }[],
}));
vi.mock('node:child_process', () => ({
  execFile: (file: string, args: string[], _opts: unknown, cb: (e: unknown, out: string, err: string) => void) => {
    exec.calls.push({ file, args });
    setTimeout(() => cb(exec.result.error, '', exec.result.stderr), 0);
    return {};
  },
}));

import { COMMANDS, SERVER_COMMANDS, activate, contributesScala, deactivate } from '../src/extension';
import type { ScalaWasiExtension } from '../src/extension';
import type { RunResult } from '../src/run';

const mock = vscode as unknown as typeof import('./mocks/vscode');
const SRC = 'file:///w/Hello.scala';

const RESULT: RunResult = {
  stdout: 'Hello from WASI!\n',
  stderr: 'careful\n',
  exitCode: 1,
  durationMs: 42,
  timedOut: false,
  truncated: false,
  trap: { message: 'wasm trap: integer divide by zero', uri: SRC, range: { start: { line: 6, character: 12 }, end: { line: 6, character: 17 } } },
};

function visible(ext: ScalaWasiExtension): boolean {
  return (ext.runner.statusItem as unknown as import('./mocks/vscode').MockStatusItem).visible;
}

async function start(): Promise<ScalaWasiExtension> {
  return activate(mock.makeContext() as unknown as vscode.ExtensionContext);
}

function runChannel() {
  const ch = mock.state.channels.find((c) => c.name === 'Scala WASI');
  if (!ch) throw new Error('no run output channel');
  return ch;
}

describe('extension', () => {
  beforeEach(() => {
    mock.__reset();
    fake.reset();
    exec.result = { error: null, stderr: '' };
    exec.calls = [];
  });
  afterEach(async () => {
    await deactivate();
  });

  it('activates: starts python -m scalawasi.server over stdio with the settings as initializationOptions', async () => {
    mock.state.config['scalawasi.run.timeLimitSeconds'] = 5;
    mock.state.config['scalawasi.checks'] = { 'unused-local': 'hint' };
    const ext = await start();
    const client = fake.last;
    expect(client.serverOptions.command).toBe('python3');
    expect(client.serverOptions.args).toEqual(['-m', 'scalawasi.server']);
    expect(client.serverOptions.transport).toBeUndefined(); // stdio
    expect(client.clientOptions.documentSelector).toContainEqual({ scheme: 'file', language: 'scala' });
    const init = client.clientOptions.initializationOptions();
    expect(init.run.timeLimitSeconds).toBe(5);
    expect(init.checks).toEqual({ 'unused-local': 'hint' });
    expect(init).not.toHaveProperty('server');
    expect(ext.client?.isRunning()).toBe(true);
  });

  it('registers its own commands under ids distinct from the server commands (no "command already exists")', async () => {
    await start();
    for (const id of Object.values(COMMANDS)) expect(mock.state.commands.has(id)).toBe(true);
    for (const id of SERVER_COMMANDS) expect(Object.values(COMMANDS)).not.toContain(id);
    // the fake client registered the server commands itself, after ours, without a clash
    for (const id of SERVER_COMMANDS) expect(mock.state.commands.has(id)).toBe(true);
  });

  it('uses scalawasi.server.python and restarts when it changes', async () => {
    mock.state.config['scalawasi.server.python'] = '/venv/bin/python';
    await start();
    expect(fake.last.serverOptions.command).toBe('/venv/bin/python');
    const first = fake.last;
    mock.state.config['scalawasi.server.python'] = '/other/python';
    mock.events.didChangeConfiguration.fire({ affectsConfiguration: (s: string) => 'scalawasi.server.python'.startsWith(s) });
    await vi.waitFor(() => expect(fake.instances).toHaveLength(2));
    await vi.waitFor(() => expect(fake.last.running).toBe(true));
    expect(first.stopped).toBe(1);
    expect(fake.last.serverOptions.command).toBe('/other/python');
  });

  it('routes the run lens (server command) through the middleware to the output channel', async () => {
    const ext = await start();
    fake.requestHandler = async (method, params) => {
      expect(method).toBe('workspace/executeCommand');
      expect(params.command).toBe('scalawasi.runMain');
      expect(params.arguments).toEqual([SRC, 'Hello', []]);
      expect(typeof params.workDoneToken).toBe('string');
      return RESULT;
    };
    // what a click on "▶ Run main (WASI)" does: the code lens command, executed through VS Code
    const result = await vscode.commands.executeCommand('scalawasi.runMain', SRC, 'Hello');
    expect(result).toEqual(RESULT);
    const text = runChannel().text;
    expect(text).toContain('▶ Run main of Hello (/w/Hello.scala)');
    expect(text).toContain('── stdout ──\nHello from WASI!\n');
    expect(text).toContain('── stderr ──\ncareful\n');
    expect(text).toContain('✖ trap: wasm trap: integer divide by zero\n    at /w/Hello.scala:7:13\n');
    expect(text).toContain('■ exit code 1 · 42 ms');
    expect(runChannel().shown).toBeGreaterThan(0);
    expect(visible(ext)).toBe(false);
  });

  it('scalawasi.run runs the active editor with the configured arguments', async () => {
    mock.state.config['scalawasi.run.args'] = ['--fast'];
    await start();
    mock.openEditor(vscode.Uri.parse(SRC));
    fake.requestHandler = async () => ({ ...RESULT, trap: null, exitCode: 0, stderr: '' });
    await vscode.commands.executeCommand(COMMANDS.run);
    const req = fake.last.requests.find((q) => q.method === 'workspace/executeCommand');
    expect(req?.params.arguments).toEqual([SRC, null, ['--fast']]);
    expect(runChannel().text).toContain('with arguments "--fast"');
  });

  it('scalawasi.run starts the main of the object under the cursor, else leaves the choice to the server', async () => {
    await start();
    const text = 'object Tool {\n  def main(args: Array[String]): Unit = ()\n}\nobject Other { val x = 1 }\n';
    const editor = mock.openEditor(vscode.Uri.parse(SRC), text);
    fake.requestHandler = async () => ({ ...RESULT, trap: null, exitCode: 0, stderr: '' });
    editor.selection = new vscode.Selection(new vscode.Position(1, 6), new vscode.Position(1, 6));
    await vscode.commands.executeCommand(COMMANDS.run);
    const runs = () => fake.last.requests.filter((q) => q.method === 'workspace/executeCommand');
    expect(runs()[0].params.arguments.slice(0, 2)).toEqual([SRC, 'Tool']);
    editor.selection = new vscode.Selection(new vscode.Position(3, 16), new vscode.Position(3, 16));
    await vscode.commands.executeCommand(COMMANDS.run);
    expect(runs()[1].params.arguments.slice(0, 2)).toEqual([SRC, null]);
  });

  it('asks for file watching of Scala files and the project configurations', async () => {
    await start();
    expect(fake.last.clientOptions.synchronize.fileEvents.map((w: { glob: string }) => w.glob))
      .toEqual(['**/*.scala', '**/scalawasi.toml', '**/pyproject.toml']);
  });

  it('shows a run in the status bar and cancels it from there', async () => {
    const ext = await start();
    let release: (v: unknown) => void = () => undefined;
    fake.requestHandler = () => new Promise((res) => (release = res));
    const running = vscode.commands.executeCommand('scalawasi.runMain', SRC);
    await vi.waitFor(() => expect(visible(ext)).toBe(true));
    expect(ext.runner.statusItem.command).toBe(COMMANDS.cancelRun);
    const req = fake.last.requests.find((q) => q.method === 'workspace/executeCommand');
    // progress from the server updates the status text
    fake.last.progressHandlers.get(req?.params.workDoneToken)?.({ kind: 'report', message: 'Compiling' });
    expect(ext.runner.statusItem.text).toContain('Compiling');
    await vscode.commands.executeCommand(ext.runner.statusItem.command as string);
    expect(visible(ext)).toBe(false);
    expect(req?.token.isCancellationRequested).toBe(true);
    expect(fake.last.notifications).toContainEqual({ method: 'window/workDoneProgress/cancel', params: { token: req?.params.workDoneToken } });
    release(RESULT);
    expect(await running).toBeUndefined();
    expect(runChannel().text).toContain('■ run cancelled');
    expect(runChannel().text).not.toContain('Hello from WASI');
    await vscode.commands.executeCommand(COMMANDS.cancelRun);
    expect(mock.state.messages.at(-1)?.message).toMatch(/no run in progress/);
  });

  it('writes to a terminal when scalawasi.run.output is "terminal"', async () => {
    mock.state.config['scalawasi.run.output'] = 'terminal';
    await start();
    fake.requestHandler = async () => RESULT;
    await vscode.commands.executeCommand('scalawasi.runMain', SRC);
    await new Promise((res) => setTimeout(res, 0));
    const term = mock.state.terminals[0];
    expect(term.name).toBe('Scala WASI');
    expect(term.output).toContain('Hello from WASI!\r\n');
    expect(term.output).toContain('at /w/Hello.scala:7:13\r\n');
    expect(runChannel().text).toBe('');
    expect(mock.state.terminalLinkProviders).toHaveLength(1);
  });

  it('opens the lowered Wasm from the lens command and the showWasm command', async () => {
    await start();
    fake.requestHandler = async (method) => (method === 'scalawasi/loweredWasm' ? { wat: '(module)\n', mappings: [] } : undefined);
    await vscode.commands.executeCommand('scalawasi.showLoweredWasm', SRC);
    expect(mock.state.shownDocuments[0].uri.scheme).toBe('scalawasi-wat');
    const doc = mock.state.textDocuments.find((d) => d.uri.scheme === 'scalawasi-wat');
    expect(doc?.getText()).toBe('(module)\n');
    expect(doc?.languageId).toBe('wat');
    mock.openEditor(vscode.Uri.parse(SRC));
    await vscode.commands.executeCommand(COMMANDS.showWasm);
    expect(mock.state.shownDocuments).toHaveLength(2);
    // from the WAT view itself, the command maps back to the source
    mock.state.activeTextEditor = mock.state.visibleTextEditors.find((e) => e.document.uri.scheme === 'scalawasi-wat');
    await vscode.commands.executeCommand(COMMANDS.showWasm);
    expect(mock.state.shownDocuments.at(-1)?.uri.scheme).toBe('scalawasi-wat');
    expect(fake.last.requests.every((q) => q.method === 'scalawasi/loweredWasm' && q.params.textDocument.uri === SRC)).toBe(true);
  });

  it('passes other commands on to the server', async () => {
    await start();
    const next = vi.fn(async () => 'passed');
    const out = await fake.last.clientOptions.middleware.executeCommand('scalawasi.somethingElse', [1], next);
    expect(out).toBe('passed');
    expect(next).toHaveBeenCalledWith('scalawasi.somethingElse', [1]);
  });

  it('answers workspace/configuration and pushes changes', async () => {
    mock.state.config['scalawasi.build.unchecked'] = true;
    await start();
    const answers = (await fake.last.requestConfiguration([{ section: 'scalawasi' }, { section: 'editor' }, { section: 'scalawasi.build' }])) as unknown[];
    expect((answers[0] as { build: unknown }).build).toEqual({ unchecked: true });
    expect(answers[1]).toBe('default:editor');
    expect(answers[2]).toEqual({ unchecked: true });
    mock.state.config['scalawasi.diagnostics.onlyIntrinsicChecks'] = true;
    mock.events.didChangeConfiguration.fire({ affectsConfiguration: (s: string) => 'scalawasi.diagnostics.onlyIntrinsicChecks'.startsWith(s) });
    const n = fake.last.notifications.find((x) => x.method === 'workspace/didChangeConfiguration');
    expect(n?.params.settings.scalawasi.diagnostics).toEqual({ onlyIntrinsicChecks: true });
    expect(fake.instances).toHaveLength(1); // no restart for server-side settings
  });

  it('says what to install when the package is missing', async () => {
    fake.startError = new Error('Pending response rejected since connection got disposed');
    exec.result = { error: Object.assign(new Error('exit 1'), { code: 1 as unknown as string }), stderr: "Traceback...\nModuleNotFoundError: No module named 'scalawasi'\n" };
    mock.state.workspaceFolders = [{ uri: vscode.Uri.parse('file:///w'), name: 'w', index: 0 }];
    mock.state.files.set('file:///w/pyproject.toml', '[project]\nname = "scalawasi"\n');
    mock.state.messageAnswer = 'Copy Fix Command';
    const ext = await start();
    expect(ext.client).toBeUndefined();
    expect(exec.calls[0]).toEqual({ file: 'python3', args: ['-c', 'import scalawasi.server'] });
    const err = mock.state.messages.find((m) => m.kind === 'error');
    expect(err?.message).toContain('the scalawasi package is not installed for python3');
    expect(err?.message).toContain("python3 -m pip install -e '.[test]'");
    expect(err?.items).toContain('Copy Fix Command');
    await vi.waitFor(() => expect(mock.state.clipboard).toBe("python3 -m pip install -e '.[test]'"));
    // the client's own forced "couldn't create connection" notification was kept out of the way
    expect(fake.last.errors[0].show).toBe(false);
  });

  it('notices a server that exits during initialize although start() resolved', async () => {
    fake.startResolvesStopped = true;
    exec.result = { error: Object.assign(new Error('exit 1'), { code: 1 as unknown as string }), stderr: "ModuleNotFoundError: No module named 'scalawasi'" };
    const ext = await start();
    expect(ext.client).toBeUndefined();
    expect((ext.lastStartError as Error).message).toMatch(/connection got disposed/);
    const err = mock.state.messages.find((m) => m.kind === 'error');
    expect(err?.message).toContain('python3 -m pip install scalawasi');
  });

  it('says when there is no Python at all', async () => {
    fake.startError = new Error('spawn python3 ENOENT');
    exec.result = { error: Object.assign(new Error('spawn python3 ENOENT'), { code: 'ENOENT' }), stderr: '' };
    await start();
    const err = mock.state.messages.find((m) => m.kind === 'error');
    expect(err?.message).toContain('no Python interpreter "python3"');
    expect(err?.message).toContain('pip install scalawasi');
    expect(err?.message).toContain('scalawasi.server.python');
  });

  it('offers intrinsic-only checks beside Metals, once', async () => {
    mock.state.extensions.set('scalameta.metals', { id: 'scalameta.metals', isActive: false });
    mock.state.messageAnswer = 'Limit to Intrinsic Checks';
    await start();
    await vi.waitFor(() => expect(mock.state.configUpdates).toHaveLength(1));
    expect(mock.state.configUpdates[0]).toMatchObject({ key: 'scalawasi.diagnostics.onlyIntrinsicChecks', value: true });
    expect(mock.state.globalState.get('scalawasi.metalsHintShown')).toBe(true);
  });

  it('detects other providers of the scala language', async () => {
    expect(contributesScala({ contributes: { languages: [{ id: 'scala' }] } })).toBe(true);
    expect(contributesScala({ contributes: { languages: [{ id: 'java' }] } })).toBe(false);
    expect(contributesScala(undefined)).toBe(false);
    mock.state.allExtensions = [
      { id: 'scalawasi.scalawasi', packageJSON: { contributes: { languages: [{ id: 'scala' }] } } },
      { id: 'scala-lang.scala', packageJSON: { contributes: { languages: [{ id: 'scala' }] } } },
    ];
    const ext = await start();
    expect(ext.reportScalaLanguageProviders()).toEqual(['scala-lang.scala']);
  });

  it('restart command stops the old client and starts a new one', async () => {
    await start();
    const first = fake.last;
    await vscode.commands.executeCommand(COMMANDS.restartServer);
    expect(first.stopped).toBe(1);
    expect(fake.instances).toHaveLength(2);
    expect(fake.last.running).toBe(true);
  });
});
