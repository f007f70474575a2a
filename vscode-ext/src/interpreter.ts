/**
 * Which Python runs the server: the `scalawasi.server.python` setting, else the environment selected in the Python
 * extension (ms-python.python) when it is installed, else `python3` on PATH. Every call into the Python extension
 * is guarded: its API has changed shape over the years and any of it may be missing or throw.
 */
import * as vscode from 'vscode';
import { configuredPython } from './settings';

export const PYTHON_EXTENSION_ID = 'ms-python.python';
export const FALLBACK_PYTHON = 'python3';

export type InterpreterSource = 'setting' | 'python-extension' | 'default';

export interface Interpreter {
  /** The executable. */
  command: string;
  /** Arguments that come before `-m scalawasi.server` (some environments run through a launcher, e.g. `conda run`). */
  args: string[];
  source: InterpreterSource;
}

type Log = (message: string) => void;

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function get(obj: unknown, key: string): unknown {
  return obj !== null && (typeof obj === 'object' || typeof obj === 'function') ? (obj as Record<string, unknown>)[key] : undefined;
}

async function pythonExtensionApi(log: Log): Promise<unknown> {
  let ext: vscode.Extension<unknown> | undefined;
  try {
    ext = vscode.extensions.getExtension(PYTHON_EXTENSION_ID);
  } catch (e) {
    log(`Python extension lookup failed: ${String(e)}`);
    return undefined;
  }
  if (!ext) return undefined;
  try {
    return ext.isActive ? ext.exports : await ext.activate();
  } catch (e) {
    log(`Python extension did not activate: ${String(e)}`);
    return undefined;
  }
}

/** `environments.getActiveEnvironmentPath` (+ `resolveEnvironment` for the executable), the current API. */
async function fromEnvironmentsApi(api: unknown, resource: vscode.Uri | undefined, log: Log): Promise<string | undefined> {
  const environments = get(api, 'environments');
  const getActive = get(environments, 'getActiveEnvironmentPath');
  if (typeof getActive !== 'function') return undefined;
  try {
    const envPath = await getActive.call(environments, resource);
    const resolve = get(environments, 'resolveEnvironment');
    if (envPath && typeof resolve === 'function') {
      try {
        const resolved = await resolve.call(environments, envPath);
        const uri = get(get(resolved, 'executable'), 'uri');
        const fsPath = get(uri, 'fsPath');
        if (isNonEmptyString(fsPath)) return fsPath;
      } catch (e) {
        log(`Python extension could not resolve the environment: ${String(e)}`);
      }
    }
    const path = get(envPath, 'path');
    return isNonEmptyString(path) ? path : undefined;
  } catch (e) {
    log(`Python extension environments API failed: ${String(e)}`);
    return undefined;
  }
}

/** `settings.getExecutionDetails(resource).execCommand`, the older API. */
async function fromSettingsApi(api: unknown, resource: vscode.Uri | undefined, log: Log): Promise<string[] | undefined> {
  const settings = get(api, 'settings');
  const getDetails = get(settings, 'getExecutionDetails');
  if (typeof getDetails !== 'function') return undefined;
  try {
    const details = await getDetails.call(settings, resource);
    const execCommand = get(details, 'execCommand');
    if (Array.isArray(execCommand) && execCommand.length > 0 && execCommand.every((p) => typeof p === 'string') && isNonEmptyString(execCommand[0])) {
      return execCommand as string[];
    }
  } catch (e) {
    log(`Python extension settings API failed: ${String(e)}`);
  }
  return undefined;
}

export async function resolveInterpreter(resource?: vscode.Uri, log: Log = () => undefined): Promise<Interpreter> {
  const configured = configuredPython(resource);
  if (configured) return { command: configured, args: [], source: 'setting' };

  const api = await pythonExtensionApi(log);
  if (api !== undefined) {
    const path = await fromEnvironmentsApi(api, resource, log);
    if (path) return { command: path, args: [], source: 'python-extension' };
    const exec = await fromSettingsApi(api, resource, log);
    if (exec) return { command: exec[0], args: exec.slice(1), source: 'python-extension' };
  }
  return { command: FALLBACK_PYTHON, args: [], source: 'default' };
}

/** Subscribe to the Python extension's "selected environment changed" event, when there is one. */
export async function onPythonEnvironmentChange(listener: () => void, log: Log = () => undefined): Promise<vscode.Disposable | undefined> {
  const api = await pythonExtensionApi(log);
  const environments = get(api, 'environments');
  const event = get(environments, 'onDidChangeActiveEnvironmentPath');
  if (typeof event !== 'function') return undefined;
  try {
    const d = event.call(environments, () => listener());
    return d && typeof get(d, 'dispose') === 'function' ? (d as vscode.Disposable) : undefined;
  } catch (e) {
    log(`Python extension environment event failed: ${String(e)}`);
    return undefined;
  }
}

/** How a shell user would type the interpreter (quoted when it has spaces). */
export function displayCommand(interp: Interpreter): string {
  return [interp.command, ...interp.args].map((p) => (/[\s'"]/.test(p) ? JSON.stringify(p) : p)).join(' ');
}
