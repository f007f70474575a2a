/**
 * A fake `vscode-languageclient/node`: records what the extension configures and sends, and on start registers
 * the server's commands the way the real ExecuteCommandFeature does (through `vscode.commands.registerCommand`, so a
 * second registration of the same id fails like in VS Code, and through `middleware.executeCommand`).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as vscode from 'vscode';

export enum CloseAction {
  DoNotRestart = 1,
  Restart = 2,
}
export enum ErrorAction {
  Continue = 1,
  Shutdown = 2,
}
export enum RevealOutputChannelOn {
  Debug = 0,
  Info = 1,
  Warn = 2,
  Error = 3,
  Never = 4,
}
export const WorkDoneProgress = { type: { __progress: 'workDone' } };

type RequestHandler = (method: string, params: any, token?: any) => Promise<unknown> | unknown;

export const fake = {
  instances: [] as LanguageClient[],
  /** What start() does: resolve, or reject with this error. */
  startError: undefined as Error | undefined,
  /** Like the real client when the server exits during initialize: start() resolves, the client is not running. */
  startResolvesStopped: false,
  /** The commands the "server" advertises in executeCommandProvider. */
  serverCommands: ['scalawasi.runMain', 'scalawasi.showLoweredWasm'],
  requestHandler: (async () => undefined) as RequestHandler,
  reset(): void {
    fake.instances = [];
    fake.startError = undefined;
    fake.startResolvesStopped = false;
    fake.serverCommands = ['scalawasi.runMain', 'scalawasi.showLoweredWasm'];
    fake.requestHandler = async () => undefined;
  },
  get last(): LanguageClient {
    const c = fake.instances[fake.instances.length - 1];
    if (!c) throw new Error('no client created');
    return c;
  },
};

export class LanguageClient {
  running = false;
  stopped = 0;
  requests: { method: string; params: any; token?: any }[] = [];
  notifications: { method: string; params: any }[] = [];
  progressHandlers = new Map<string | number, (value: any) => void>();
  errors: { message: string; show: unknown }[] = [];
  private commandRegistrations: { dispose(): void }[] = [];

  constructor(
    readonly id: string,
    readonly name: string,
    readonly serverOptions: any,
    readonly clientOptions: any,
  ) {
    fake.instances.push(this);
  }

  async start(): Promise<void> {
    if (fake.startError) {
      this.error(`${this.name} client: couldn't create connection to server.`, fake.startError, 'force');
      throw fake.startError;
    }
    if (fake.startResolvesStopped) {
      this.clientOptions.initializationFailedHandler?.(new Error('Pending response rejected since connection got disposed'));
      return;
    }
    this.running = true;
    const mw = this.clientOptions.middleware ?? {};
    for (const command of fake.serverCommands) {
      const next = (cmd: string, args: any[]) => this.sendRequest('workspace/executeCommand', { command: cmd, arguments: args });
      this.commandRegistrations.push(
        vscode.commands.registerCommand(command, (...args: any[]) => (mw.executeCommand ? mw.executeCommand(command, args, next) : next(command, args))),
      );
    }
  }

  async stop(): Promise<void> {
    this.stopped++;
    this.running = false;
    for (const d of this.commandRegistrations.splice(0)) d.dispose();
  }

  isRunning(): boolean {
    return this.running;
  }

  async sendRequest(method: string, params?: any, token?: any): Promise<any> {
    this.requests.push({ method, params, token });
    return fake.requestHandler(method, params, token);
  }

  async sendNotification(method: string, params?: any): Promise<void> {
    this.notifications.push({ method, params });
  }

  onProgress(_type: unknown, token: string | number, handler: (value: any) => void) {
    this.progressHandlers.set(token, handler);
    return { dispose: () => this.progressHandlers.delete(token) };
  }

  error(message: string, _data?: unknown, show?: unknown): void {
    this.errors.push({ message, show });
  }

  /** What a server `workspace/configuration` request gets back. */
  async requestConfiguration(items: { section?: string; scopeUri?: string }[]): Promise<unknown> {
    const next = async (params: { items: { section?: string }[] }) => params.items.map((i) => `default:${i.section}`);
    const mw = this.clientOptions.middleware?.workspace?.configuration;
    return mw ? mw({ items }, undefined, next) : next({ items });
  }
}
