/**
 * Running `main`: the `scalawasi.runMain` server command goes through the client with a work-done token, so the
 * status-bar item (and `scalawasi.cancelRun`) can cancel it; the result is printed to the output channel or a
 * terminal with stdout, stderr, exit status, duration and the trap location as `file:line:col`.
 */
import * as vscode from 'vscode';
import { readServerSettings } from './settings';

export const RUN_MAIN = 'scalawasi.runMain';
export const CANCEL_RUN = 'scalawasi.cancelRun';

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  durationMs: number;
  timedOut: boolean;
  truncated: boolean;
  trap: null | { message: string; range: LspRange; uri: string };
}

/** What the runner needs from the language client (a subset of `LanguageClient`, easy to fake). */
export interface RunClient {
  sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R>;
  sendNotification(method: string, params: unknown): Promise<void>;
  /** Progress reports (`$/progress`) for a work-done token the client created. */
  onWorkDoneProgress?(token: string, handler: (value: { kind: string; message?: string; percentage?: number }) => void): vscode.Disposable;
}

/** Where run output goes. */
export interface RunSink {
  write(text: string): void;
  reveal(): void;
}

export function isRunResult(value: unknown): value is RunResult {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.stdout === 'string' && typeof v.stderr === 'string' && typeof v.durationMs === 'number';
}

/** `path:line:col` (1-based) of a trap, the form the output panel and terminals turn into a link. */
export function trapLocation(trap: NonNullable<RunResult['trap']>): string {
  let where: string;
  try {
    const uri = vscode.Uri.parse(trap.uri);
    where = uri.scheme === 'file' ? uri.fsPath : trap.uri;
  } catch {
    where = trap.uri;
  }
  return `${where}:${trap.range.start.line + 1}:${trap.range.start.character + 1}`;
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function displayName(uri: string): string {
  try {
    const u = vscode.Uri.parse(uri);
    return u.scheme === 'file' ? u.fsPath : uri;
  } catch {
    return uri;
  }
}

export function formatRunHeader(uri: string, objectName: string | undefined, args: readonly string[]): string {
  const target = objectName ? `${objectName} (${displayName(uri)})` : displayName(uri);
  const argText = args.length ? ` with arguments ${args.map((a) => JSON.stringify(a)).join(' ')}` : '';
  return `▶ Run main of ${target}${argText}\n`;
}

function section(title: string, body: string): string {
  if (body === '') return '';
  return `── ${title} ──\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}

export function formatRunResult(result: RunResult, limits?: { timeLimitSeconds?: number; outputLimitBytes?: number }): string {
  let text = section('stdout', result.stdout) + section('stderr', result.stderr);
  if (result.truncated) {
    const limit = limits?.outputLimitBytes !== undefined ? ` at ${limits.outputLimitBytes} bytes` : '';
    text += `… output truncated${limit} (scalawasi.run.outputLimitBytes)\n`;
  }
  if (result.trap) {
    text += `✖ trap: ${result.trap.message}\n    at ${trapLocation(result.trap)}\n`;
  }
  let status: string;
  if (result.timedOut) {
    const limit = limits?.timeLimitSeconds !== undefined ? ` of ${limits.timeLimitSeconds} s` : '';
    status = `timed out (limit${limit}, scalawasi.run.timeLimitSeconds)`;
  } else if (result.exitCode === null) {
    status = result.trap ? 'stopped by a trap' : 'no exit status';
  } else {
    status = `exit code ${result.exitCode}`;
  }
  text += `■ ${status} · ${formatDuration(result.durationMs)}\n`;
  return text;
}

/** Output-channel sink. */
export class ChannelSink implements RunSink {
  constructor(private readonly channel: vscode.OutputChannel) {}
  write(text: string): void {
    this.channel.append(text);
  }
  reveal(): void {
    this.channel.show(true);
  }
}

/** Terminal sink: a pseudoterminal that only prints (text written before the terminal opens is kept). */
export class TerminalSink implements RunSink, vscode.Disposable {
  private terminal: vscode.Terminal | undefined;
  private writer: vscode.EventEmitter<string> | undefined;
  private opened = false;
  private pending: string[] = [];
  private readonly closeListener: vscode.Disposable;

  constructor(private readonly name = 'Scala WASI') {
    this.closeListener = vscode.window.onDidCloseTerminal((t) => {
      if (t === this.terminal) this.reset();
    });
  }

  private reset(): void {
    this.writer?.dispose();
    this.terminal = undefined;
    this.writer = undefined;
    this.opened = false;
    this.pending = [];
  }

  private ensure(): void {
    if (this.terminal) return;
    const writer = new vscode.EventEmitter<string>();
    this.writer = writer;
    const pty: vscode.Pseudoterminal = {
      onDidWrite: writer.event,
      open: () => {
        this.opened = true;
        for (const chunk of this.pending) writer.fire(chunk);
        this.pending = [];
      },
      close: () => this.reset(),
    };
    this.terminal = vscode.window.createTerminal({ name: this.name, pty });
  }

  write(text: string): void {
    this.ensure();
    const chunk = text.replace(/\r?\n/g, '\r\n');
    if (this.opened) this.writer?.fire(chunk);
    else this.pending.push(chunk);
  }

  reveal(): void {
    this.ensure();
    this.terminal?.show(true);
  }

  dispose(): void {
    this.closeListener.dispose();
    this.terminal?.dispose();
    this.reset();
  }
}

const TRAP_LINK = /at (.+):(\d+):(\d+)\s*$/;

/** Terminal links for the trap lines a run prints (terminals detect paths too; this makes it certain). */
export interface TrapLink extends vscode.TerminalLink {
  target: { path: string; line: number; col: number };
}

export class TrapTerminalLinkProvider implements vscode.TerminalLinkProvider {
  provideTerminalLinks(context: vscode.TerminalLinkContext): TrapLink[] {
    const m = TRAP_LINK.exec(context.line);
    if (!m || !context.line.trimStart().startsWith('at ')) return [];
    const start = m.index + 3;
    const length = context.line.trimEnd().length - start;
    return [
      {
        startIndex: start,
        length,
        tooltip: 'Open the trap location',
        target: { path: m[1], line: Number(m[2]), col: Number(m[3]) },
      },
    ];
  }

  async handleTerminalLink(link: vscode.TerminalLink): Promise<void> {
    const { target } = link as TrapLink;
    if (target) await openLocation(target.path, target.line, target.col);
  }
}

export async function openLocation(pathOrUri: string, line: number, col: number): Promise<void> {
  const uri = /^[a-z][\w+.-]*:\/\//i.test(pathOrUri) ? vscode.Uri.parse(pathOrUri) : vscode.Uri.file(pathOrUri);
  const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, col - 1));
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos) });
}

interface ActiveRun {
  id: number;
  cancel: vscode.CancellationTokenSource;
  token: string;
  finished: boolean;
}

/** Runs `main` through the client; one run at a time (a new run cancels the one in progress). */
export class Runner implements vscode.Disposable {
  private active: ActiveRun | undefined;
  private nextId = 1;
  readonly statusItem: vscode.StatusBarItem;
  private terminalSink: TerminalSink | undefined;

  constructor(
    private readonly getClient: () => RunClient | undefined,
    private readonly channelSink: RunSink,
    terminalSinkFactory?: () => TerminalSink,
  ) {
    this.statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
    this.statusItem.command = CANCEL_RUN;
    this.statusItem.tooltip = 'Scala WASI: a run of main is in progress. Click to cancel it.';
    this.makeTerminalSink = terminalSinkFactory ?? (() => new TerminalSink());
  }

  private readonly makeTerminalSink: () => TerminalSink;

  get running(): boolean {
    return this.active !== undefined && !this.active.finished;
  }

  private sink(): RunSink {
    if (readServerSettings().run.output === 'terminal') {
      this.terminalSink ??= this.makeTerminalSink();
      return this.terminalSink;
    }
    return this.channelSink;
  }

  private setRunning(label: string | undefined): void {
    if (label === undefined) {
      this.statusItem.hide();
    } else {
      this.statusItem.text = `$(sync~spin) ${label} $(debug-stop)`;
      this.statusItem.show();
    }
    void vscode.commands.executeCommand('setContext', 'scalawasi.running', label !== undefined);
  }

  /** `args` are the server command's arguments: `[uri, objectName?, args?]`. */
  async run(commandArgs: unknown[]): Promise<RunResult | undefined> {
    const uri = typeof commandArgs[0] === 'string' ? commandArgs[0] : (commandArgs[0] as vscode.Uri | undefined)?.toString();
    if (!uri) {
      void vscode.window.showErrorMessage('Scala WASI: Run main needs a Scala file.');
      return undefined;
    }
    const objectName = typeof commandArgs[1] === 'string' && commandArgs[1] !== '' ? commandArgs[1] : undefined;
    const settings = readServerSettings(vscode.Uri.parse(uri));
    const programArgs = Array.isArray(commandArgs[2]) ? commandArgs[2].map(String) : settings.run.args;
    const client = this.getClient();
    if (!client) {
      void vscode.window.showErrorMessage('Scala WASI: the language server is not running (see "Scala WASI: Restart language server").');
      return undefined;
    }
    if (this.running) this.cancel();

    const id = this.nextId++;
    const run: ActiveRun = { id, cancel: new vscode.CancellationTokenSource(), token: `scalawasi-run-${id}`, finished: false };
    this.active = run;
    const sink = this.sink();
    sink.write(formatRunHeader(uri, objectName, programArgs));
    sink.reveal();
    this.setRunning(`Running ${objectName ?? 'main'}`);

    const serverArgs: unknown[] = [uri, objectName ?? null, programArgs];
    let progress: vscode.Disposable | undefined;
    try {
      progress = client.onWorkDoneProgress?.(run.token, (value) => {
        if (run.finished || value.kind === 'end') return;
        const pct = typeof value.percentage === 'number' ? ` ${Math.round(value.percentage)}%` : '';
        if (value.message || pct) this.setRunning(`${value.message ?? `Running ${objectName ?? 'main'}`}${pct}`);
      });
      const result = await client.sendRequest<unknown>(
        'workspace/executeCommand',
        { command: RUN_MAIN, arguments: serverArgs, workDoneToken: run.token },
        run.cancel.token,
      );
      if (run.finished) return undefined; // cancelled: already reported
      if (isRunResult(result)) {
        sink.write(formatRunResult(result, settings.run));
        return result;
      }
      sink.write(`✖ the server returned no run result${result === null || result === undefined ? '' : `: ${JSON.stringify(result)}`}\n`);
      return undefined;
    } catch (e) {
      if (run.finished) return undefined;
      const message = e instanceof Error ? e.message : String(e);
      sink.write(`✖ run failed: ${message}\n`);
      return undefined;
    } finally {
      progress?.dispose();
      if (!run.finished) {
        run.finished = true;
        sink.write('\n');
      }
      run.cancel.dispose();
      if (this.active === run) {
        this.active = undefined;
        this.setRunning(undefined);
      }
    }
  }

  /** Cancel the run in progress: `$/cancelRequest` for the command and `window/workDoneProgress/cancel` for its token. */
  cancel(): boolean {
    const run = this.active;
    if (!run || run.finished) return false;
    run.finished = true;
    run.cancel.cancel();
    const client = this.getClient();
    if (client) {
      client.sendNotification('window/workDoneProgress/cancel', { token: run.token }).catch(() => undefined);
    }
    this.sink().write('■ run cancelled\n\n');
    this.active = undefined;
    this.setRunning(undefined);
    return true;
  }

  dispose(): void {
    this.cancel();
    this.statusItem.dispose();
    this.terminalSink?.dispose();
  }
}
