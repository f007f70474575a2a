/**
 * The real vscode-languageclient 9 against a real pygls process (test/fixtures/fake_server.py, standing in for
 * `python -m scalawasi.server`): server commands registered by the client reach the middleware, run results reach
 * the output channel, workspace/configuration is answered, and failed starts give the right notification.
 * Needs a Python with pygls: $SCALAWASI_TEST_PYTHON (the pytest hook passes its own interpreter), else python3;
 * skipped when neither has pygls.
 */
import { execFileSync } from 'node:child_process';
import Module from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';

const mock = vscode as unknown as typeof import('./mocks/vscode');
const FAKE_SERVER = fileURLToPath(new URL('./fixtures/fake_server.py', import.meta.url));

function findPython(): string | undefined {
  for (const py of [process.env.SCALAWASI_TEST_PYTHON, 'python3']) {
    if (!py) continue;
    try {
      execFileSync(py, ['-c', 'import pygls, lsprotocol'], { stdio: 'ignore', timeout: 20000 });
      return py;
    } catch {
      // try the next one
    }
  }
  return undefined;
}
const PYTHON = findPython();

/** The client needs much more of the vscode API than the extension: anything missing is a harmless no-op. */
function noop(): unknown {
  return new Proxy(function () {}, {
    get(_t, k) {
      if (k === 'then') return undefined;
      if (k === Symbol.iterator) return function* () {};
      if (k === Symbol.toPrimitive) return () => '';
      if (k === 'dispose') return () => undefined;
      return noop();
    },
    apply: () => noop(),
    construct: () => noop() as object,
  });
}
const lenient = <T extends object>(o: T): T => new Proxy(o, { get: (t, k) => (k in t ? (t as Record<PropertyKey, unknown>)[k] : noop()) });

type Load = (request: string, ...rest: unknown[]) => unknown;
const moduleWithLoad = Module as unknown as { _load: Load };
const originalLoad = moduleWithLoad._load;

describe.skipIf(!PYTHON)('real language client', () => {
  let ext: typeof import('../src/extension');
  const vs = mock as unknown as Record<string, object>;

  beforeAll(async () => {
    Object.assign(mock.env, { appName: 'Visual Studio Code', language: 'en', machineId: 'm', sessionId: 's', uiKind: 1, appRoot: '/tmp', uriScheme: 'vscode' });
    const stub: Record<string, unknown> = { version: '1.82.0' };
    for (const [k, v] of Object.entries(vs)) {
      stub[k] = ['workspace', 'window', 'languages', 'commands', 'env', 'extensions'].includes(k) ? lenient(v) : v;
    }
    const vscodeForClient = lenient(stub);
    moduleWithLoad._load = function (this: unknown, request: string, ...rest: unknown[]) {
      return request === 'vscode' ? vscodeForClient : originalLoad.call(this, request, ...rest);
    };
    ext = await import('../src/extension');
  });

  afterAll(async () => {
    await ext?.deactivate();
    moduleWithLoad._load = originalLoad;
  });

  it('runs main and shows lowered Wasm through the real client, interpreter from the Python extension', async () => {
    mock.__reset();
    // The Python extension's older API: an exec command with a launcher argument (here: the fake server script).
    mock.state.extensions.set('ms-python.python', {
      isActive: true,
      exports: { settings: { getExecutionDetails: () => ({ execCommand: [PYTHON, FAKE_SERVER] }) } },
    });
    mock.state.config['scalawasi.run.timeLimitSeconds'] = 7;
    const e = await ext.activate(mock.makeContext() as unknown as vscode.ExtensionContext);
    expect(e.client?.isRunning()).toBe(true);
    // the client registered the server's commands; a lens click runs through the middleware
    const result = (await mock.commands.executeCommand('scalawasi.runMain', 'file:///tmp/x.scala', 'Main')) as { exitCode: number };
    expect(result.exitCode).toBe(0);
    const text = mock.state.channels.find((c) => c.name === 'Scala WASI')?.text ?? '';
    expect(text).toContain('hi Main []');
    expect(text).toContain('at /tmp/x.scala:2:3');
    await mock.commands.executeCommand('scalawasi.showLoweredWasm', 'file:///tmp/x.scala');
    expect(mock.state.textDocuments.find((d) => d.uri.scheme === 'scalawasi-wat')?.getText()).toBe('(module)\n');
    const log = () => mock.state.channels.find((c) => c.name === 'Scala WASI Language Server')?.text ?? '';
    for (let i = 0; i < 50 && !log().includes('CONFIG'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(log()).toContain('CONFIG [{"timeLimitSeconds": 7');
    await ext.deactivate();
  }, 60000);

  it('explains a missing interpreter, and a server that exits while starting', async () => {
    mock.__reset();
    mock.state.config['scalawasi.server.python'] = '/nonexistent/python';
    const e = await ext.activate(mock.makeContext() as unknown as vscode.ExtensionContext);
    expect(e.client).toBeUndefined();
    // A server that exits during initialize (what a missing package does): start() can resolve in
    // vscode-languageclient 9 although the client is not running; the extension must still notice.
    mock.state.config['scalawasi.server.python'] = '';
    mock.state.extensions.set('ms-python.python', {
      isActive: true,
      exports: { settings: { getExecutionDetails: () => ({ execCommand: [PYTHON, '-c', 'import sys; sys.exit(1)'] }) } },
    });
    expect(await e.restart()).toBe(false);
    const errors = mock.state.messages.filter((m) => m.kind === 'error').map((m) => m.message);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('no Python interpreter "/nonexistent/python"');
    expect(errors[1]).toContain('the language server could not start with');
    expect(errors.some((m) => m.includes("couldn't create connection"))).toBe(false);
    await ext.deactivate();
  }, 60000);
});
