import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { E2E } from './harness';

/**
 * What the phone test (tests/e2e/mobile.test.ts) hands a model's member task: a member of a city that runs the model,
 * logged in on a 390×844 screen. The task opens its own member page through `open` (the drawer menu, as a member
 * would), does one real thing a member does there, and asserts its effect on the page and in the database.
 */
export interface MemberTaskContext {
  page: Page;
  e2e: E2E;
  city: { id: number; code: string };
  /** The party member the account `<code>-member` is linked to (core.member.id). */
  memberId: number;
  /** The model's pages the drawer menu offers the member, by path ('' for its home page); already visited and checked. */
  memberPages: string[];
  /**
   * Opens the model's page at `path` ('' for its home page) from the drawer menu, waits until its data arrived and
   * checks it fits the phone (no sideways scroll, finger-sized controls).
   */
  open(path: string): Promise<void>;
  /** Checks the page as it is now still fits the phone (after a form opened, a row was added …). */
  fits(): Promise<void>;
}

/** A model's member task, exported as `memberTask` from `plugins/<id>/e2e/member-task.ts`. */
export interface MemberTask {
  /** What the member does, for the test's name: 'reports online to the residence community'. */
  title: string;
  run(ctx: MemberTaskContext): Promise<void>;
}

export const defineMemberTask = (task: MemberTask): MemberTask => task;

const PLUGINS = resolve(dirname(fileURLToPath(import.meta.url)), '../../plugins');

/** Where a model keeps its member task (a plugin lives in plugins/<id>, as the scaffolder makes it). */
export const memberTaskFile = (pluginId: string) => join(PLUGINS, pluginId, 'e2e', 'member-task.ts');

/** The model's member task, or null when its plugin has none. */
export async function loadMemberTask(pluginId: string): Promise<MemberTask | null> {
  const file = memberTaskFile(pluginId);
  if (!existsSync(file)) return null;
  const mod = (await import(/* @vite-ignore */ file)) as { memberTask?: MemberTask };
  if (!mod.memberTask || typeof mod.memberTask.run !== 'function')
    throw new Error(`${file} must export memberTask = defineMemberTask({ title, run })`);
  return mod.memberTask;
}
