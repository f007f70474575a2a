import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { displayCommand, onPythonEnvironmentChange, resolveInterpreter } from '../src/interpreter';

const mock = vscode as unknown as typeof import('./mocks/vscode');

function pythonExtension(exportsValue: unknown, opts: { active?: boolean; activateThrows?: boolean } = {}) {
  const ext = {
    id: 'ms-python.python',
    isActive: opts.active ?? true,
    exports: exportsValue,
    activate: async () => {
      if (opts.activateThrows) throw new Error('boom');
      ext.isActive = true;
      return exportsValue;
    },
  };
  mock.state.extensions.set('ms-python.python', ext);
  return ext;
}

describe('interpreter choice', () => {
  beforeEach(() => mock.__reset());

  it('uses the setting first, even with the Python extension installed', async () => {
    mock.state.config['scalawasi.server.python'] = '/custom/python';
    pythonExtension({ environments: { getActiveEnvironmentPath: () => ({ id: 'x', path: '/env/bin/python' }) } });
    expect(await resolveInterpreter()).toEqual({ command: '/custom/python', args: [], source: 'setting' });
  });

  it('uses the Python extension environments API, resolving the executable', async () => {
    pythonExtension({
      environments: {
        getActiveEnvironmentPath: () => ({ id: 'venv', path: '/proj/.venv' }),
        resolveEnvironment: async () => ({ executable: { uri: { fsPath: '/proj/.venv/bin/python' } } }),
      },
    });
    expect(await resolveInterpreter()).toEqual({ command: '/proj/.venv/bin/python', args: [], source: 'python-extension' });
  });

  it('takes the environment path when it cannot be resolved', async () => {
    pythonExtension({
      environments: {
        getActiveEnvironmentPath: () => ({ id: 'venv', path: '/proj/.venv/bin/python' }),
        resolveEnvironment: async () => {
          throw new Error('nope');
        },
      },
    });
    expect((await resolveInterpreter()).command).toBe('/proj/.venv/bin/python');
  });

  it('falls back to settings.getExecutionDetails (older API), launcher arguments included', async () => {
    const ext = pythonExtension({ settings: { getExecutionDetails: () => ({ execCommand: ['conda', 'run', '-n', 'x', 'python'] }) } }, { active: false });
    const interp = await resolveInterpreter();
    expect(ext.isActive).toBe(true);
    expect(interp).toEqual({ command: 'conda', args: ['run', '-n', 'x', 'python'], source: 'python-extension' });
    expect(displayCommand({ command: '/a b/python', args: [], source: 'setting' })).toBe('"/a b/python"');
  });

  it('survives every way the Python extension can fail and falls back to python3', async () => {
    const broken = [
      { environments: { getActiveEnvironmentPath: () => { throw new Error('x'); } }, settings: { getExecutionDetails: () => { throw new Error('y'); } } },
      { environments: { getActiveEnvironmentPath: async () => undefined }, settings: { getExecutionDetails: () => ({ execCommand: undefined }) } },
      { environments: 3, settings: null },
      undefined,
      null,
    ];
    for (const api of broken) {
      mock.__reset();
      pythonExtension(api);
      expect(await resolveInterpreter()).toEqual({ command: 'python3', args: [], source: 'default' });
    }
    mock.__reset();
    pythonExtension({}, { active: false, activateThrows: true });
    expect((await resolveInterpreter()).source).toBe('default');
    mock.__reset();
    expect(await resolveInterpreter()).toEqual({ command: 'python3', args: [], source: 'default' });
  });

  it('subscribes to environment changes when the API has the event', async () => {
    let fire: (() => void) | undefined;
    pythonExtension({ environments: { onDidChangeActiveEnvironmentPath: (l: () => void) => ((fire = l), { dispose() {} }) } });
    let changed = 0;
    const d = await onPythonEnvironmentChange(() => changed++);
    expect(d).toBeDefined();
    fire?.();
    expect(changed).toBe(1);
    mock.__reset();
    expect(await onPythonEnvironmentChange(() => undefined)).toBeUndefined();
  });
});
