/**
 * An in-memory stand-in for the `vscode` module (vitest aliases `vscode` to this file). Only what the extension
 * uses, with enough state for tests to drive it: configuration values, registered commands, output channels,
 * status-bar items, open documents and visible editors, shown messages, created terminals.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

type Listener<T> = (e: T) => unknown;

export class Disposable {
  constructor(private readonly fn: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
  dispose(): void {
    this.listeners = [];
  }
  get listenerCount(): number {
    return this.listeners.length;
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`bad uri ${value}`);
    const dec = (s: string | undefined) => decodeURIComponent(s ?? '');
    return new Uri(m[1], dec(m[2]), dec(m[3]), dec(m[4]), dec(m[5]));
  }
  static file(path: string): Uri {
    return new Uri('file', '', path.startsWith('/') ? path : `/${path}`, '', '');
  }
  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return base.with({ path: [base.path.replace(/\/$/, ''), ...parts].join('/') });
  }
  with(c: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme ?? this.scheme, c.authority ?? this.authority, c.path ?? this.path, c.query ?? this.query, c.fragment ?? this.fragment);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    const enc = (s: string) => encodeURIComponent(s);
    const auth = this.authority || this.scheme === 'file' ? `//${enc(this.authority)}` : '';
    const path = this.path.split('/').map(enc).join('/');
    return `${this.scheme}:${auth}${path}${this.query ? `?${enc(this.query)}` : ''}${this.fragment ? `#${enc(this.fragment)}` : ''}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    if (typeof a === 'number') {
      this.start = new Position(a, b as number);
      this.end = new Position(c as number, d as number);
    } else {
      this.start = a;
      this.end = b as Position;
    }
  }
}

export class Selection extends Range {
  readonly anchor: Position;
  readonly active: Position;
  constructor(anchor: Position, active: Position) {
    super(anchor, active);
    this.anchor = anchor;
    this.active = active;
  }
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    if (!this.token.isCancellationRequested) {
      this.token.isCancellationRequested = true;
      this.emitter.fire();
    }
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
}
export enum OverviewRulerLane {
  Left = 1,
  Center = 2,
  Right = 4,
  Full = 7,
}
export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
  AtTop = 3,
}
export enum ConfigurationTarget {
  Global = 1,
  Workspace = 2,
  WorkspaceFolder = 3,
}

// ---------------------------------------------------------------------------------------------------------------
// State the tests drive

export interface MockTextDocument {
  uri: Uri;
  languageId: string;
  version: number;
  getText(): string;
  offsetAt(position: Position): number;
}

export interface MockEditor {
  document: MockTextDocument;
  selection: Selection;
  decorations: Map<unknown, Range[]>;
  revealed: Range[];
  setDecorations(type: unknown, ranges: Range[]): void;
  revealRange(range: Range, type?: TextEditorRevealType): void;
}

export interface MockChannel {
  name: string;
  text: string;
  shown: number;
  append(s: string): void;
  appendLine(s: string): void;
  show(preserveFocus?: boolean): void;
  clear(): void;
  dispose(): void;
  replace(s: string): void;
  hide(): void;
}

export interface MockStatusItem {
  text: string;
  tooltip: string | undefined;
  command: string | undefined;
  visible: boolean;
  show(): void;
  hide(): void;
  dispose(): void;
}

export const state = {
  config: {} as Record<string, unknown>,
  configUpdates: [] as { key: string; value: unknown; target: unknown }[],
  commands: new Map<string, (...args: any[]) => any>(),
  executedCommands: [] as { id: string; args: unknown[] }[],
  channels: [] as MockChannel[],
  statusItems: [] as MockStatusItem[],
  messages: [] as { kind: 'error' | 'warning' | 'info'; message: string; items: string[] }[],
  /** The answer the next shown message resolves to (by message kind). */
  messageAnswer: undefined as string | undefined,
  contentProviders: new Map<string, { provideTextDocumentContent(uri: Uri, token?: unknown): any; onDidChange?: (l: Listener<Uri>) => Disposable }>(),
  textDocuments: [] as MockTextDocument[],
  visibleTextEditors: [] as MockEditor[],
  activeTextEditor: undefined as MockEditor | undefined,
  shownDocuments: [] as { uri: Uri; options: unknown }[],
  terminals: [] as { name: string; pty: any; shown: number; output: string; dispose(): void; show(p?: boolean): void }[],
  terminalLinkProviders: [] as unknown[],
  extensions: new Map<string, any>(),
  allExtensions: [] as any[],
  clipboard: '',
  workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
  files: new Map<string, string>(),
  globalState: new Map<string, unknown>(),
  contexts: new Map<string, unknown>(),
  fileWatchers: [] as { glob: string; disposed: boolean }[],
};

export const events = {
  didChangeConfiguration: new EventEmitter<{ affectsConfiguration(s: string): boolean }>(),
  didChangeTextDocument: new EventEmitter<{ document: MockTextDocument; contentChanges: unknown[] }>(),
  didCloseTextDocument: new EventEmitter<MockTextDocument>(),
  didChangeTextEditorSelection: new EventEmitter<{ textEditor: MockEditor; selections: Selection[] }>(),
  didChangeVisibleTextEditors: new EventEmitter<MockEditor[]>(),
  didCloseTerminal: new EventEmitter<unknown>(),
  didChangeExtensions: new EventEmitter<void>(),
};

export function __reset(): void {
  state.config = {};
  state.configUpdates = [];
  state.commands.clear();
  state.executedCommands = [];
  state.channels = [];
  state.statusItems = [];
  state.messages = [];
  state.messageAnswer = undefined;
  state.contentProviders.clear();
  state.textDocuments = [];
  state.visibleTextEditors = [];
  state.activeTextEditor = undefined;
  state.shownDocuments = [];
  state.terminals = [];
  state.terminalLinkProviders = [];
  state.extensions.clear();
  state.allExtensions = [];
  state.clipboard = '';
  state.workspaceFolders = undefined;
  state.files.clear();
  state.globalState.clear();
  state.contexts.clear();
  state.fileWatchers = [];
  for (const e of Object.values(events)) e.dispose();
}

export function makeDocument(uri: Uri, text: string, languageId = 'scala'): MockTextDocument {
  const doc: MockTextDocument = {
    uri, languageId, version: 1, getText: () => text,
    offsetAt(position: Position): number {
      const lines = doc.getText().split('\n');
      let offset = 0;
      for (let i = 0; i < position.line && i < lines.length; i++) offset += lines[i].length + 1;
      return offset + position.character;
    },
  };
  return doc;
}

export function makeEditor(document: MockTextDocument, line = 0, character = 0): MockEditor {
  const editor: MockEditor = {
    document,
    selection: new Selection(new Position(line, character), new Position(line, character)),
    decorations: new Map(),
    revealed: [],
    setDecorations(type, ranges) {
      editor.decorations.set(type, ranges);
    },
    revealRange(range) {
      editor.revealed.push(range);
    },
  };
  return editor;
}

/** Open a source document in a visible, active editor. */
export function openEditor(uri: Uri, text = '', languageId = 'scala'): MockEditor {
  const doc = makeDocument(uri, text, languageId);
  state.textDocuments.push(doc);
  const editor = makeEditor(doc);
  state.visibleTextEditors.push(editor);
  state.activeTextEditor = editor;
  return editor;
}

function getPath(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const p of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// API namespaces

export const workspace = {
  createFileSystemWatcher(glob: string) {
    const none = () => new Disposable(() => undefined);
    const watcher = {
      glob, disposed: false, ignoreCreateEvents: false, ignoreChangeEvents: false, ignoreDeleteEvents: false,
      onDidCreate: none, onDidChange: none, onDidDelete: none,
      dispose() { watcher.disposed = true; },
    };
    state.fileWatchers.push(watcher);
    return watcher;
  },
  getConfiguration(section?: string) {
    const prefix = section ? `${section}.` : '';
    return {
      get<T>(key: string, defaultValue?: T): T | undefined {
        const full = prefix + key;
        if (full in state.config) return state.config[full] as T;
        // nested lookups (e.g. "run" gives every "scalawasi.run.*" key)
        const nested: Record<string, unknown> = {};
        let found = false;
        for (const [k, v] of Object.entries(state.config)) {
          if (k.startsWith(full + '.')) {
            found = true;
            const rest = k.slice(full.length + 1).split('.');
            let o = nested;
            for (const p of rest.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
            o[rest[rest.length - 1]] = v;
          }
        }
        if (found) return nested as T;
        const fromObj = getPath(state.config, full);
        return (fromObj as T) ?? defaultValue;
      },
      has(key: string): boolean {
        return prefix + key in state.config;
      },
      async update(key: string, value: unknown, target?: unknown) {
        state.configUpdates.push({ key: prefix + key, value, target });
        state.config[prefix + key] = value;
      },
    };
  },
  onDidChangeConfiguration: events.didChangeConfiguration.event,
  onDidChangeTextDocument: events.didChangeTextDocument.event,
  onDidCloseTextDocument: events.didCloseTextDocument.event,
  registerTextDocumentContentProvider(scheme: string, provider: any): Disposable {
    state.contentProviders.set(scheme, provider);
    return new Disposable(() => state.contentProviders.delete(scheme));
  },
  get textDocuments(): MockTextDocument[] {
    return state.textDocuments;
  },
  get workspaceFolders() {
    return state.workspaceFolders;
  },
  async openTextDocument(uri: Uri): Promise<MockTextDocument> {
    const existing = state.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (existing) return existing;
    const provider = state.contentProviders.get(uri.scheme);
    const text: string = provider ? await provider.provideTextDocumentContent(uri, undefined) : state.files.get(uri.toString()) ?? '';
    const lang = uri.path.endsWith('.wat') ? 'wat' : uri.path.endsWith('.scala') ? 'scala' : 'plaintext';
    const doc = makeDocument(uri, text, lang);
    let current = text;
    doc.getText = () => current;
    if (provider?.onDidChange) {
      provider.onDidChange(async (changed: Uri) => {
        if (changed.toString() === uri.toString()) {
          current = await provider.provideTextDocumentContent(uri, undefined);
          doc.version++;
          events.didChangeTextDocument.fire({ document: doc, contentChanges: [] });
        }
      });
    }
    state.textDocuments.push(doc);
    return doc;
  },
  fs: {
    async readFile(uri: Uri): Promise<Uint8Array> {
      const text = state.files.get(uri.toString());
      if (text === undefined) throw new Error(`ENOENT ${uri.toString()}`);
      return new TextEncoder().encode(text);
    },
  },
};

function message(kind: 'error' | 'warning' | 'info') {
  return async (msg: string, ...items: unknown[]): Promise<string | undefined> => {
    const labels = items.filter((i): i is string => typeof i === 'string');
    state.messages.push({ kind, message: msg, items: labels });
    return state.messageAnswer;
  };
}

export const window = {
  createOutputChannel(name: string): MockChannel {
    const ch: MockChannel = {
      name,
      text: '',
      shown: 0,
      append: (s) => void (ch.text += s),
      appendLine: (s) => void (ch.text += `${s}\n`),
      replace: (s) => void (ch.text = s),
      show: () => void ch.shown++,
      hide: () => undefined,
      clear: () => void (ch.text = ''),
      dispose: () => undefined,
    };
    state.channels.push(ch);
    return ch;
  },
  createStatusBarItem(): MockStatusItem {
    const item: MockStatusItem = {
      text: '',
      tooltip: undefined,
      command: undefined,
      visible: false,
      show: () => void (item.visible = true),
      hide: () => void (item.visible = false),
      dispose: () => void (item.visible = false),
    };
    state.statusItems.push(item);
    return item;
  },
  createTextEditorDecorationType(options: unknown) {
    return { options, key: Symbol('decoration'), dispose: () => undefined };
  },
  createTerminal(options: { name: string; pty: any }) {
    const t = {
      name: options.name,
      pty: options.pty,
      shown: 0,
      output: '',
      show: () => void t.shown++,
      dispose: () => undefined,
    };
    options.pty.onDidWrite((s: string) => void (t.output += s));
    state.terminals.push(t);
    queueMicrotask(() => options.pty.open(undefined));
    return t;
  },
  registerTerminalLinkProvider(provider: unknown): Disposable {
    state.terminalLinkProviders.push(provider);
    return new Disposable();
  },
  showErrorMessage: message('error'),
  showWarningMessage: message('warning'),
  showInformationMessage: message('info'),
  async showTextDocument(docOrUri: MockTextDocument | Uri, options?: unknown): Promise<MockEditor> {
    const doc = docOrUri instanceof Uri ? await workspace.openTextDocument(docOrUri) : docOrUri;
    state.shownDocuments.push({ uri: doc.uri, options });
    let editor = state.visibleTextEditors.find((e) => e.document === doc);
    if (!editor) {
      editor = makeEditor(doc);
      state.visibleTextEditors.push(editor);
      events.didChangeVisibleTextEditors.fire(state.visibleTextEditors);
    }
    return editor;
  },
  get activeTextEditor() {
    return state.activeTextEditor;
  },
  get visibleTextEditors() {
    return state.visibleTextEditors;
  },
  onDidChangeTextEditorSelection: events.didChangeTextEditorSelection.event,
  onDidChangeVisibleTextEditors: events.didChangeVisibleTextEditors.event,
  onDidCloseTerminal: events.didCloseTerminal.event,
};

export const commands = {
  registerCommand(id: string, fn: (...args: any[]) => any): Disposable {
    if (state.commands.has(id)) throw new Error(`command '${id}' already exists`);
    state.commands.set(id, fn);
    return new Disposable(() => state.commands.delete(id));
  },
  async executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
    state.executedCommands.push({ id, args });
    if (id === 'setContext') {
      state.contexts.set(String(args[0]), args[1]);
      return undefined;
    }
    const fn = state.commands.get(id);
    return fn ? fn(...args) : undefined;
  },
};

export const extensions = {
  getExtension(id: string) {
    return state.extensions.get(id);
  },
  get all() {
    return state.allExtensions;
  },
  onDidChange: events.didChangeExtensions.event,
};

export const languages = {
  async setTextDocumentLanguage(doc: MockTextDocument, languageId: string) {
    doc.languageId = languageId;
    return doc;
  },
};

export const env = {
  clipboard: {
    async writeText(text: string) {
      state.clipboard = text;
    },
  },
};

/** A minimal ExtensionContext. */
export function makeContext() {
  return {
    subscriptions: [] as { dispose(): unknown }[],
    extension: { id: 'scalawasi.scalawasi' },
    globalState: {
      get: (k: string) => state.globalState.get(k),
      update: async (k: string, v: unknown) => void state.globalState.set(k, v),
    },
  };
}
