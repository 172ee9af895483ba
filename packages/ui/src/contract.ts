import type { ComponentType, LazyExoticComponent } from 'react';
import type { ApiClient } from './api';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export interface ShellCity {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  /** 'city' (admin of all of it), 'orgs' (org admin of subtrees) or 'self' (a member). */
  access: 'city' | 'orgs' | 'self';
}

/** What the shell hands every plugin page. */
export interface PluginPageProps {
  city: ShellCity;
  /** Bound to /api/cities/:city/plugins/<id>. */
  api: ApiClient;
  /** Bound to /api/cities/:city, for core data (orgs, members, places). */
  cityApi: ApiClient;
  locale: 'zh-CN' | 'en';
}

export interface WebPluginPage {
  /** Relative path under /c/:city/p/<pluginId>/ ('' for the plugin's home page). */
  path: string;
  names: LocalizedText;
  component: ComponentType<PluginPageProps> | LazyExoticComponent<ComponentType<PluginPageProps>>;
  /** Hide from the navigation (pages reached by a link, e.g. a printable). */
  hidden?: boolean;
  /** Only for these access levels; all when omitted. */
  access?: ShellCity['access'][];
}

/** A plugin's web entry: its pages and translations. The shell knows plugins only through this. */
export interface WebPlugin {
  id: string;
  names: LocalizedText;
  pages: WebPluginPage[];
  /** i18next resources merged under the plugin's id as namespace. */
  i18n?: Record<'zh-CN' | 'en', Record<string, unknown>>;
}

export function defineWebPlugin(plugin: WebPlugin): WebPlugin {
  if (!/^[a-z][a-z0-9-]*$/.test(plugin.id)) throw new Error(`web plugin id must be kebab-case: ${plugin.id}`);
  if (!plugin.pages.length) throw new Error(`web plugin ${plugin.id} has no pages`);
  return plugin;
}
