import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { DEFAULTS, configurationAnswer, configuredPython, readServerSettings } from '../src/settings';

const mock = vscode as unknown as typeof import('./mocks/vscode');

describe('settings', () => {
  beforeEach(() => mock.__reset());

  it('gives the server defaults when nothing is set', () => {
    expect(readServerSettings()).toEqual(DEFAULTS);
    expect(configuredPython()).toBeUndefined();
  });

  it('passes user values and drops malformed ones', () => {
    Object.assign(mock.state.config, {
      'scalawasi.checks': { 'unused-local': 'off', 'segment-escape': 'ERROR', bogus: 'loud', n: 3 },
      'scalawasi.run.timeLimitSeconds': 2.5,
      'scalawasi.run.memoryLimitMiB': -4,
      'scalawasi.run.outputLimitBytes': 'lots',
      'scalawasi.run.stackSizeKiB': 4096,
      'scalawasi.run.maxConcurrentRuns': 'many',
      'scalawasi.run.args': ['a', 1],
      'scalawasi.run.env': { HOME: '/h', N: 2, O: { x: 1 } },
      'scalawasi.run.output': 'terminal',
      'scalawasi.build.unchecked': true,
      'scalawasi.diagnostics.onlyIntrinsicChecks': 'yes',
      'scalawasi.inlayHints.types': false,
      'scalawasi.inlayHints.boundsChecks': 'no',
      'scalawasi.server.python': '  /opt/py/bin/python  ',
    });
    expect(readServerSettings()).toEqual({
      checks: { 'unused-local': 'off', 'segment-escape': 'error' },
      run: {
        timeLimitSeconds: 2.5, memoryLimitMiB: 256, outputLimitBytes: 1048576, stackSizeKiB: 4096, maxConcurrentRuns: 2,
        args: ['a', '1'], env: { HOME: '/h', N: '2' }, output: 'terminal',
      },
      build: { unchecked: true },
      diagnostics: { onlyIntrinsicChecks: false },
      inlayHints: { types: false, boundsChecks: true },
    });
    expect(configuredPython()).toBe('/opt/py/bin/python');
  });

  it('answers workspace/configuration for the scalawasi section and its parts only', () => {
    mock.state.config['scalawasi.run.timeLimitSeconds'] = 3;
    expect(configurationAnswer('scalawasi')).toEqual({ ours: true, value: { ...DEFAULTS, run: { ...DEFAULTS.run, timeLimitSeconds: 3 } } });
    expect(configurationAnswer('scalawasi.run')).toEqual({ ours: true, value: { ...DEFAULTS.run, timeLimitSeconds: 3 } });
    expect(configurationAnswer('scalawasi.run.timeLimitSeconds').value).toBe(3);
    expect(configurationAnswer('scalawasi.nothing.here').value).toBeNull();
    expect(configurationAnswer('scalawasi.server.python').value).toBe('');
    expect(configurationAnswer('editor').ours).toBe(false);
    expect(configurationAnswer('scalawasiX').ours).toBe(false);
    expect(configurationAnswer(undefined).ours).toBe(false);
  });
});
