/**
 * When the server does not start, find out why (no interpreter, package not installed, something else) and tell the
 * user what to run.
 */
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { Interpreter, displayCommand } from './interpreter';

export type FailureKind = 'no-python' | 'not-installed' | 'other';

export interface Diagnosis {
  kind: FailureKind;
  detail: string;
}

export const SERVER_MODULE = 'scalawasi.server';

/** Try `python -c "import scalawasi.server"` and classify the outcome. */
export function diagnose(interp: Interpreter, timeoutMs = 20000): Promise<Diagnosis> {
  return new Promise((resolve) => {
    try {
      execFile(
        interp.command,
        [...interp.args, '-c', `import ${SERVER_MODULE}`],
        { timeout: timeoutMs, windowsHide: true },
        (error, _stdout, stderr) => {
          const err = String(stderr ?? '').trim();
          if (!error) {
            resolve({ kind: 'other', detail: 'the interpreter imports the server; see the server log for the failure' });
            return;
          }
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'EACCES') {
            resolve({ kind: 'no-python', detail: `${interp.command} was not found (${code})` });
          } else if (/ModuleNotFoundError|No module named/.test(err)) {
            const last = err.split('\n').filter((l) => l.trim()).pop() ?? err;
            resolve({ kind: 'not-installed', detail: last });
          } else {
            resolve({ kind: 'other', detail: err.split('\n').slice(-3).join(' ') || error.message });
          }
        },
      );
    } catch (e) {
      resolve({ kind: 'no-python', detail: String(e) });
    }
  });
}

export const INSTALL_RELEASE = 'pip install scalawasi';
export const INSTALL_CHECKOUT = "pip install -e '.[test]'";

/** The fix command for this interpreter: the checkout form when the workspace is a scalawasi checkout. */
export function fixCommand(interp: Interpreter, inCheckout: boolean): string {
  const py = displayCommand(interp);
  return inCheckout ? `${py} -m ${INSTALL_CHECKOUT}` : `${py} -m ${INSTALL_RELEASE}`;
}

export function failureMessage(interp: Interpreter, d: Diagnosis, inCheckout: boolean): string {
  const py = displayCommand(interp);
  const fix = fixCommand(interp, inCheckout);
  const where = inCheckout ? '' : ` (in a checkout of scalawasi: ${INSTALL_CHECKOUT})`;
  switch (d.kind) {
    case 'no-python':
      return (
        `Scala WASI: the language server could not start: no Python interpreter "${py}". ` +
        `Install Python 3.11+ and run ${INSTALL_RELEASE}${where}, or set "scalawasi.server.python" to an interpreter that has it.`
      );
    case 'not-installed':
      return (
        `Scala WASI: the language server could not start: the scalawasi package is not installed for ${py} (${d.detail}). ` +
        `Run: ${fix}${where}, or set "scalawasi.server.python".`
      );
    default:
      return `Scala WASI: the language server could not start with ${py}: ${d.detail}. Run: ${fix}${where} and restart the server.`;
  }
}

export const ACTION_COPY = 'Copy Fix Command';
export const ACTION_SETTINGS = 'Choose Interpreter';
export const ACTION_LOG = 'Show Server Log';
export const ACTION_RESTART = 'Restart Server';

/** Show the notification; resolves once the user picked an action (or dismissed it). */
export async function notifyStartFailure(
  interp: Interpreter,
  d: Diagnosis,
  inCheckout: boolean,
  showLog: () => void,
  restart: () => unknown,
): Promise<string | undefined> {
  const choice = await vscode.window.showErrorMessage(
    failureMessage(interp, d, inCheckout),
    ACTION_COPY,
    ACTION_SETTINGS,
    ACTION_LOG,
    ACTION_RESTART,
  );
  if (choice === ACTION_COPY) {
    await vscode.env.clipboard.writeText(d.kind === 'no-python' ? INSTALL_RELEASE : fixCommand(interp, inCheckout));
  } else if (choice === ACTION_SETTINGS) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'scalawasi.server.python');
  } else if (choice === ACTION_LOG) {
    showLog();
  } else if (choice === ACTION_RESTART) {
    await restart();
  }
  return choice;
}

/** Whether a workspace folder is a scalawasi checkout (its pyproject.toml names the project). */
export async function workspaceIsCheckout(): Promise<boolean> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'pyproject.toml'));
      if (/^\s*name\s*=\s*["']scalawasi["']/m.test(Buffer.from(bytes).toString('utf8'))) return true;
    } catch {
      // no pyproject.toml in this folder
    }
  }
  return false;
}
