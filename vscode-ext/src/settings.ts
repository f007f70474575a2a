/**
 * The `scalawasi` settings as the server sees them: sent as `initializationOptions`, answered on
 * `workspace/configuration` and pushed on `workspace/didChangeConfiguration`. `server.*` stays in the extension.
 */
import * as vscode from 'vscode';

export const SECTION = 'scalawasi';

export type Severity = 'error' | 'warning' | 'info' | 'hint' | 'off';
const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

export type RunOutput = 'outputChannel' | 'terminal';

export interface ServerSettings {
  checks: Record<string, Severity>;
  run: {
    timeLimitSeconds: number;
    memoryLimitMiB: number;
    outputLimitBytes: number;
    stackSizeKiB: number;
    maxConcurrentRuns: number;
    args: string[];
    env: Record<string, string>;
    output: RunOutput;
  };
  build: { unchecked: boolean };
  diagnostics: { onlyIntrinsicChecks: boolean };
  inlayHints: { types: boolean; boundsChecks: boolean };
}

export const DEFAULTS: ServerSettings = {
  checks: {},
  run: {
    timeLimitSeconds: 10, memoryLimitMiB: 256, outputLimitBytes: 1048576, stackSizeKiB: 512, maxConcurrentRuns: 2,
    args: [], env: {}, output: 'outputChannel',
  },
  build: { unchecked: false },
  diagnostics: { onlyIntrinsicChecks: false },
  inlayHints: { types: true, boundsChecks: true },
};

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    }
  }
  return out;
}

/** Normalised settings for one resource (or the workspace): wrong types fall back to the defaults. */
export function readServerSettings(scope?: vscode.Uri): ServerSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const d = DEFAULTS;
  const checks: Record<string, Severity> = {};
  for (const [code, sev] of Object.entries(stringMap(c.get('checks')))) {
    const s = sev.toLowerCase();
    if (SEVERITIES.includes(s)) checks[code] = s as Severity;
  }
  const args = c.get<unknown>('run.args');
  const output = c.get<unknown>('run.output');
  return {
    checks,
    run: {
      timeLimitSeconds: num(c.get('run.timeLimitSeconds'), d.run.timeLimitSeconds),
      memoryLimitMiB: num(c.get('run.memoryLimitMiB'), d.run.memoryLimitMiB),
      outputLimitBytes: num(c.get('run.outputLimitBytes'), d.run.outputLimitBytes),
      stackSizeKiB: num(c.get('run.stackSizeKiB'), d.run.stackSizeKiB),
      maxConcurrentRuns: num(c.get('run.maxConcurrentRuns'), d.run.maxConcurrentRuns),
      args: Array.isArray(args) ? args.map((a) => String(a)) : [...d.run.args],
      env: stringMap(c.get('run.env')),
      output: output === 'terminal' ? 'terminal' : 'outputChannel',
    },
    build: { unchecked: bool(c.get('build.unchecked'), d.build.unchecked) },
    diagnostics: { onlyIntrinsicChecks: bool(c.get('diagnostics.onlyIntrinsicChecks'), d.diagnostics.onlyIntrinsicChecks) },
    inlayHints: {
      types: bool(c.get('inlayHints.types'), d.inlayHints.types),
      boundsChecks: bool(c.get('inlayHints.boundsChecks'), d.inlayHints.boundsChecks),
    },
  };
}

/** The interpreter set by the user, or undefined when the setting is empty. */
export function configuredPython(scope?: vscode.Uri): string | undefined {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('server.python');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The answer to one `workspace/configuration` item: `scalawasi` gives the whole object, `scalawasi.run` (or any
 * dotted path below it) the part at that path; `undefined` means "not ours".
 */
export function configurationAnswer(section: string | undefined, scopeUri?: string): { ours: boolean; value: unknown } {
  if (section !== SECTION && !section?.startsWith(SECTION + '.')) return { ours: false, value: undefined };
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  let value: unknown = readServerSettings(scope);
  if (section.startsWith(SECTION + '.')) {
    const path = section.slice(SECTION.length + 1);
    if (path === 'server.python' || path === 'server') {
      value = path === 'server' ? { python: configuredPython(scope) ?? '' } : configuredPython(scope) ?? '';
    } else {
      for (const part of path.split('.')) {
        value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      }
      value = value ?? null;
    }
  }
  return { ours: true, value };
}
