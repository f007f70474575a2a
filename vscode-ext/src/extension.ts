/**
 * Entry point: starts `python -m scalawasi.server` over stdio with vscode-languageclient, routes the server's
 * `scalawasi.runMain` / `scalawasi.showLoweredWasm` commands (code lenses) through `middleware.executeCommand`, and
 * registers the extension's own commands under ids the client never registers.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  Middleware,
  RevealOutputChannelOn,
  ServerOptions,
  WorkDoneProgress,
} from 'vscode-languageclient/node';
import { Interpreter, displayCommand, onPythonEnvironmentChange, resolveInterpreter } from './interpreter';
import { mainObjectAt } from './mainObject';
import { SEMANTIC_TOKENS_SETTING, semanticColouring, semanticTokensMiddleware, semanticTokensMode } from './colouring';
import { CANCEL_RUN, ChannelSink, RUN_MAIN, RunClient, Runner, TrapTerminalLinkProvider } from './run';
import { SECTION, configurationAnswer, readServerSettings } from './settings';
import { diagnose, notifyStartFailure, workspaceIsCheckout } from './startFailure';
import { SHOW_LOWERED_WASM, WAT_SCHEME, WatView, sourceUriOf, watUriFor } from './wat';

/** The files whose changes on disk the server follows (its programs and their configurations). */
export const WATCHED_FILES = ['**/*.scala', '**/scalawasi.toml', '**/pyproject.toml'];

export const CLIENT_ID = 'scalawasi';
export const CLIENT_NAME = 'Scala WASI';
export const SERVER_MODULE = 'scalawasi.server';
export const METALS_ID = 'scalameta.metals';

/** The extension's own commands: none of them is a server command id. */
export const COMMANDS = {
  restartServer: 'scalawasi.restartServer',
  showOutput: 'scalawasi.showOutput',
  run: 'scalawasi.run',
  showWasm: 'scalawasi.showWasm',
  cancelRun: CANCEL_RUN,
} as const;

/** The server commands intercepted in the middleware (registered by the client from the server's capabilities). */
export const SERVER_COMMANDS = [RUN_MAIN, SHOW_LOWERED_WASM] as const;

/**
 * The language client, with the notification it forces on a failed start ("couldn't create connection") kept in
 * the log: the extension shows its own message that says what to install.
 */
class ScalaWasiLanguageClient extends LanguageClient {
  quiet = false;
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, this.quiet ? false : showNotification);
  }

  /**
   * When the server exits during `initialize`, the library rejects its internal start promise after it stopped
   * handing it out, and calls `void this.stop()` on a client that cannot be stopped: two unhandled rejections for
   * a failure the extension reports itself. Both are caught here (the internal promise only if it is where
   * version 9 keeps it).
   */
  override start(): Promise<void> {
    const started = super.start();
    const internal = (this as unknown as { _onStart?: unknown })._onStart;
    if (internal instanceof Promise) internal.catch(() => undefined);
    return started;
  }

  override stop(timeout?: number): Promise<void> {
    const stopping = super.stop(timeout);
    return this.quiet ? stopping.catch(() => undefined) : stopping;
  }
}

export function serverOptionsFor(interp: Interpreter): ServerOptions {
  return {
    command: interp.command,
    args: [...interp.args, '-m', SERVER_MODULE],
    options: { env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' } },
  };
}

/**
 * Whether an extension's manifest contributes Scala: the `scala` language, or a grammar for it (by language or by
 * the scope `source.scala`; an extension may contribute a grammar for a language another one declares). A grammar
 * that only injects into `source.scala` (`injectTo`) colours nothing by itself and does not count.
 */
export function contributesScala(packageJSON: unknown): boolean {
  const contributes = (packageJSON as { contributes?: { languages?: unknown; grammars?: unknown } } | undefined)
    ?.contributes;
  const langs = contributes?.languages;
  if (Array.isArray(langs) && langs.some((l) => (l as { id?: unknown })?.id === 'scala')) return true;
  const grammars = contributes?.grammars;
  return (
    Array.isArray(grammars) &&
    grammars.some((g) => {
      const grammar = g as { language?: unknown; scopeName?: unknown } | undefined;
      return grammar?.language === 'scala' || grammar?.scopeName === 'source.scala';
    })
  );
}

/** Other extensions that contribute the `scala` language (e.g. scala-lang.scala, which brings the grammar). */
export function otherScalaProviders(selfId: string): string[] {
  try {
    return vscode.extensions.all.filter((e) => e.id !== selfId && contributesScala(e.packageJSON)).map((e) => e.id);
  } catch {
    return [];
  }
}

export class ScalaWasiExtension implements vscode.Disposable {
  client: ScalaWasiLanguageClient | undefined;
  interpreter: Interpreter | undefined;
  readonly output: vscode.OutputChannel;
  readonly serverLog: vscode.OutputChannel;
  readonly runner: Runner;
  readonly watView: WatView;
  /** Rejection of the last start, or undefined when it succeeded. */
  lastStartError: unknown;
  /** Whether the server's semantic tokens colour Scala (see colouring.ts); decided at activation and on changes. */
  semanticColouring = true;
  private otherScalaProviders: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private restarts: number[] = [];
  private starting: Promise<boolean> | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(CLIENT_NAME);
    this.serverLog = vscode.window.createOutputChannel(`${CLIENT_NAME} Language Server`);
    this.runner = new Runner(() => this.runClient(), new ChannelSink(this.output));
    this.watView = new WatView(() => this.runningClient());
    this.disposables.push(this.output, this.serverLog, this.runner, this.watView);
  }

  log(message: string): void {
    this.serverLog.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  private runningClient(): ScalaWasiLanguageClient | undefined {
    return this.client && this.client.isRunning() ? this.client : undefined;
  }

  private runClient(): RunClient | undefined {
    const client = this.runningClient();
    if (!client) return undefined;
    return {
      sendRequest: (method, params, token) => client.sendRequest(method, params, token),
      sendNotification: (method, params) => client.sendNotification(method, params),
      onWorkDoneProgress: (token, handler) => client.onProgress(WorkDoneProgress.type, token, handler),
    };
  }

  /** The client middleware: server commands are intercepted here, never registered a second time. */
  readonly middleware: Middleware = {
    ...semanticTokensMiddleware(() => this.semanticColouring),
    executeCommand: async (command, args, next) => {
      if (command === RUN_MAIN) return this.runner.run(args);
      if (command === SHOW_LOWERED_WASM) {
        const target = args[0];
        const uri = typeof target === 'string' ? vscode.Uri.parse(target) : (target as vscode.Uri | undefined);
        if (!uri) return undefined;
        await this.watView.show(uri);
        return this.watView.results.get(sourceKey(uri));
      }
      return next(command, args);
    },
    workspace: {
      configuration: async (params, token, next) => {
        const answers = params.items.map((item) => configurationAnswer(item.section, item.scopeUri));
        if (answers.every((a) => a.ours)) return answers.map((a) => a.value);
        const defaults = await next(params, token);
        if (!Array.isArray(defaults)) return defaults;
        return answers.map((a, i) => (a.ours ? a.value : defaults[i]));
      },
    },
  };

  clientOptions(): LanguageClientOptions {
    return {
      documentSelector: [
        { scheme: 'file', language: 'scala' },
        { scheme: 'untitled', language: 'scala' },
      ],
      // Scala files and project configurations created, changed or deleted on disk reach the server, which
      // analyses each workspace folder as one program.
      synchronize: {
        fileEvents: WATCHED_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
      },
      initializationOptions: () => readServerSettings(),
      outputChannel: this.serverLog,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: this.middleware,
      initializationFailedHandler: (error) => {
        this.lastStartError = error;
        return false;
      },
      errorHandler: {
        error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
        closed: () => {
          if (this.client?.quiet) return { action: CloseAction.DoNotRestart, handled: true }; // start failed: reported by start()
          const now = Date.now();
          this.restarts = [...this.restarts.filter((t) => now - t < 3 * 60_000), now];
          if (this.restarts.length <= 4) return { action: CloseAction.Restart, handled: true };
          return {
            action: CloseAction.DoNotRestart,
            message: `The ${CLIENT_NAME} language server stopped 5 times in 3 minutes and will not be restarted. "Scala WASI: Restart language server" starts it again.`,
          };
        },
      },
    };
  }

  /** Start the server; on failure explain what to install. Resolves to whether the server runs. */
  start(): Promise<boolean> {
    this.starting ??= this.doStart().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async doStart(): Promise<boolean> {
    const resource = vscode.window.activeTextEditor?.document.uri;
    const interp = await resolveInterpreter(resource, (m) => this.log(m));
    this.interpreter = interp;
    this.log(`Starting ${displayCommand(interp)} -m ${SERVER_MODULE} (interpreter from ${interp.source})`);
    const client = new ScalaWasiLanguageClient(CLIENT_ID, CLIENT_NAME, serverOptionsFor(interp), this.clientOptions());
    this.client = client;
    this.lastStartError = undefined;
    client.quiet = true;
    try {
      await client.start();
      // When the server exits during `initialize`, vscode-languageclient 9 can resolve start() although the
      // client is not running (the connection-closed handler clears its start promise first): check the state.
      if (!client.isRunning()) {
        throw this.lastStartError ?? new Error('the server process exited while starting');
      }
      client.quiet = false;
      this.restarts = [];
      this.log('Language server started');
      this.watView.refreshAll();
      return true;
    } catch (error) {
      this.lastStartError = error;
      this.log(`Language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      if (this.client === client) this.client = undefined;
      try {
        await client.stop(2000);
      } catch {
        // never started
      }
      client.quiet = false;
      const [d, inCheckout] = await Promise.all([diagnose(interp), workspaceIsCheckout()]);
      this.log(`Diagnosis: ${d.kind}: ${d.detail}`);
      void notifyStartFailure(interp, d, inCheckout, () => this.serverLog.show(true), () => this.restart());
      return false;
    }
  }

  async stop(): Promise<void> {
    this.runner.cancel();
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (e) {
        this.log(`Stopping the server: ${String(e)}`);
      }
    }
  }

  async restart(): Promise<boolean> {
    await this.starting?.catch(() => undefined);
    await this.stop();
    return this.start();
  }

  /** The Scala document a command applies to: the active editor, or the source of an active lowered-Wasm view. */
  activeSource(): vscode.Uri | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri) return undefined;
    if (uri.scheme === WAT_SCHEME) return sourceUriOf(uri);
    return vscode.window.activeTextEditor?.document.languageId === 'scala' || uri.path.endsWith('.scala') ? uri : undefined;
  }

  registerCommands(): void {
    const reg = (id: string, fn: (...args: unknown[]) => unknown) => this.disposables.push(vscode.commands.registerCommand(id, fn));
    reg(COMMANDS.restartServer, () => this.restart());
    reg(COMMANDS.showOutput, () => this.output.show(true));
    reg(COMMANDS.run, async (...args: unknown[]) => {
      const uri = args[0] instanceof vscode.Uri ? args[0] : this.activeSource();
      if (!uri) {
        void vscode.window.showWarningMessage('Scala WASI: open a Scala file to run its main.');
        return undefined;
      }
      // The main of the object under the cursor, else the project's (the server chooses it).
      const editor = vscode.window.activeTextEditor;
      const here = editor && editor.document.uri.toString() === uri.toString()
        ? mainObjectAt(editor.document.getText(), editor.document.offsetAt(editor.selection.active))
        : undefined;
      return this.runner.run([uri.toString(), here ?? null]);
    });
    reg(COMMANDS.showWasm, async (...args: unknown[]) => {
      const uri = args[0] instanceof vscode.Uri ? args[0] : this.activeSource();
      if (!uri) {
        void vscode.window.showWarningMessage('Scala WASI: open a Scala file to show its lowered Wasm.');
        return undefined;
      }
      return this.watView.show(uri);
    });
    reg(COMMANDS.cancelRun, () => {
      if (!this.runner.cancel()) void vscode.window.showInformationMessage('Scala WASI: no run in progress.');
    });
  }

  registerListeners(): void {
    this.disposables.push(
      this.watView.register(),
      vscode.window.registerTerminalLinkProvider(new TrapTerminalLinkProvider()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
      // An extension installed, enabled, disabled or removed while this one runs: decide again (VS Code asks for
      // semantic tokens again at the next edit, so the change shows without a reload).
      vscode.extensions.onDidChange(() => {
        this.reportScalaLanguageProviders();
        this.decideColouring();
      }),
    );
    void onPythonEnvironmentChange(() => {
      if (this.interpreter?.source !== 'setting') {
        this.log('The Python extension selected another environment: restarting the server');
        void this.restart();
      }
    }, (m) => this.log(m)).then((d) => {
      if (d) this.disposables.push(d);
    });
  }

  onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration(SECTION)) return;
    if (e.affectsConfiguration(`${SECTION}.${SEMANTIC_TOKENS_SETTING}`)) this.decideColouring();
    if (e.affectsConfiguration(`${SECTION}.server`)) {
      this.log('scalawasi.server changed: restarting the server');
      void this.restart();
      return;
    }
    const client = this.runningClient();
    if (client) {
      void client
        .sendNotification('workspace/didChangeConfiguration', { settings: { [SECTION]: readServerSettings() } })
        .catch((err: unknown) => this.log(`didChangeConfiguration: ${String(err)}`));
    }
    if (e.affectsConfiguration(`${SECTION}.build`)) this.watView.refreshAll();
  }

  /** Beside Metals, offer once to limit this extension to the intrinsic checks. */
  async suggestIntrinsicOnlyBesideMetals(): Promise<void> {
    const key = 'scalawasi.metalsHintShown';
    if (!vscode.extensions.getExtension(METALS_ID)) return;
    if (readServerSettings().diagnostics.onlyIntrinsicChecks || this.context.globalState.get<boolean>(key)) return;
    const limit = 'Limit to Intrinsic Checks';
    const choice = await vscode.window.showInformationMessage(
      'Scala WASI: Metals is installed too. Limit Scala WASI to its memory-intrinsic checks so diagnostics and hovers are not shown twice?',
      limit,
      'Keep All Checks',
    );
    if (choice === undefined) return;
    await this.context.globalState.update(key, true);
    if (choice === limit) {
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration(SECTION).update('diagnostics.onlyIntrinsicChecks', true, target);
    }
  }

  /** Semantic colouring on or off, from the setting and the other extensions that contribute Scala. */
  decideColouring(): boolean {
    const mode = semanticTokensMode();
    this.semanticColouring = semanticColouring(mode, this.otherScalaProviders);
    this.log(
      this.semanticColouring
        ? 'Semantic colouring from the server is on.'
        : `Semantic colouring from the server is off (scalawasi.semanticTokens: ${mode}` +
            (this.otherScalaProviders.length ? `; Scala also comes from ${this.otherScalaProviders.join(', ')})` : ')'),
    );
    return this.semanticColouring;
  }

  reportScalaLanguageProviders(): string[] {
    const others = otherScalaProviders(this.context.extension?.id ?? 'scalawasi.scalawasi');
    this.otherScalaProviders = others;
    if (others.length) {
      this.log(
        `The scala language also comes from ${others.join(', ')}. VS Code keeps one grammar for the scope source.scala: ` +
          'this extension\'s small grammar and the other one give the same standard scopes, so themes colour both alike.',
      );
    } else {
      this.log('No other extension contributes the scala language: this extension\'s grammar (source.scala) colours .scala files.');
    }
    return others;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) {
      try {
        d.dispose();
      } catch {
        // keep disposing the rest
      }
    }
  }
}

function sourceKey(uri: vscode.Uri): string {
  return uri.scheme === WAT_SCHEME ? uri.toString() : watUriFor(uri).toString();
}

let instance: ScalaWasiExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ScalaWasiExtension> {
  const ext = new ScalaWasiExtension(context);
  instance = ext;
  context.subscriptions.push(ext);
  ext.registerCommands();
  ext.registerListeners();
  ext.reportScalaLanguageProviders();
  ext.decideColouring();
  void ext.suggestIntrinsicOnlyBesideMetals();
  await ext.start();
  return ext;
}

export async function deactivate(): Promise<void> {
  const ext = instance;
  instance = undefined;
  await ext?.stop();
}
