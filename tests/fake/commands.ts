// Fake of Obsidian's command registry (app.commands, internal API) and its
// execution rules: editor commands need an active Markdown view, checkCallback
// is asked with `checking = true` first and only then run with `false`.
import type * as O from "obsidian";
import { MarkdownView } from "./views";

export class Commands {
  readonly commands: Record<string, O.Command> = {};
  readonly editorCommands: Record<string, O.Command> = {};
  /** Test helper: the value returned by the last executed callback (a promise for async callbacks). */
  lastResult: unknown = undefined;

  constructor(private readonly app: O.App) {}

  addCommand(command: O.Command): void {
    if (this.commands[command.id]) throw new Error(`Command "${command.id}" is already registered`);
    this.commands[command.id] = command;
    if (command.editorCallback || command.editorCheckCallback) this.editorCommands[command.id] = command;
  }

  removeCommand(id: string): void {
    delete this.commands[id];
    delete this.editorCommands[id];
  }

  findCommand(id: string): O.Command | undefined {
    return this.commands[id];
  }

  /** Commands the palette would list now (their check callbacks return true). */
  listCommands(): O.Command[] {
    return Object.values(this.commands).filter((c) => this.isAvailable(c));
  }

  isAvailable(cmd: O.Command): boolean {
    const ctx = this.editorContext();
    if (cmd.editorCheckCallback) return !!ctx && !!cmd.editorCheckCallback(true, ctx.editor, ctx.view);
    if (cmd.editorCallback) return !!ctx;
    if (cmd.checkCallback) return !!cmd.checkCallback(true);
    return !!cmd.callback;
  }

  executeCommandById(id: string): boolean {
    const cmd = this.commands[id];
    return cmd ? this.executeCommand(cmd) : false;
  }

  executeCommand(cmd: O.Command): boolean {
    this.lastResult = undefined;
    const ctx = this.editorContext();
    if (cmd.editorCheckCallback) {
      if (!ctx || !cmd.editorCheckCallback(true, ctx.editor, ctx.view)) return false;
      this.lastResult = cmd.editorCheckCallback(false, ctx.editor, ctx.view);
      return true;
    }
    if (cmd.editorCallback) {
      if (!ctx) return false;
      this.lastResult = cmd.editorCallback(ctx.editor, ctx.view);
      return true;
    }
    if (cmd.checkCallback) {
      if (!cmd.checkCallback(true)) return false;
      this.lastResult = cmd.checkCallback(false);
      return true;
    }
    if (cmd.callback) {
      this.lastResult = cmd.callback();
      return true;
    }
    return false;
  }

  private editorContext(): { editor: O.Editor; view: O.MarkdownView } | null {
    const view = this.app.workspace.getActiveViewOfType(MarkdownView as unknown as O.Constructor<O.MarkdownView>);
    return view ? { editor: view.editor, view } : null;
  }
}
