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
  /** Bound to /api/cities/:city, for core data (orgs, members, places): typed as `typedCoreCityApi(cityApi)`. */
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

/** What the shell hands a public page: no session, the city's names, the plugin's public API. */
export interface PublicPageProps {
  city: Pick<ShellCity, 'code' | 'nameZh' | 'nameEn'>;
  /** Bound to /api/public/cities/:city/plugins/<id> (the plugin's publicApi; no login). */
  api: ApiClient;
  locale: 'zh-CN' | 'en';
}

/**
 * A page anyone may open without logging in (a residents' notice board, a QR code's target), served by the shell
 * at /public/:city/p/<pluginId>/<path>, only while the city has the model enabled. It reads only the plugin's
 * public API.
 */
export interface WebPublicPage {
  path: string;
  names: LocalizedText;
  component: ComponentType<PublicPageProps> | LazyExoticComponent<ComponentType<PublicPageProps>>;
}

/** The shell's address of a public page, for links and QR codes (relative; prefix the origin for a QR code). */
export function publicPageHref(
  cityCode: string,
  pluginId: string,
  path: string,
  query?: Record<string, string | number>,
): string {
  const q = query
    ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`
    : '';
  return `/public/${cityCode}/p/${pluginId}/${path.replace(/^\/+/, '')}${q}`;
}

/**
 * A plugin's web entry: its pages. The shell knows plugins only through this. A plugin's strings are written in
 * both languages where they are used (`tr(locale)('中文', 'English')` from this package, labels from its shared
 * vocabularies): one mechanism for every plugin, so there is no second resource file to fall out of step.
 */
export interface WebPlugin {
  id: string;
  names: LocalizedText;
  pages: WebPluginPage[];
  /** Pages open to anyone, without login (see WebPublicPage). */
  publicPages?: WebPublicPage[];
}

export function defineWebPlugin(plugin: WebPlugin): WebPlugin {
  if (!/^[a-z][a-z0-9-]*$/.test(plugin.id)) throw new Error(`web plugin id must be kebab-case: ${plugin.id}`);
  if (!plugin.pages.length) throw new Error(`web plugin ${plugin.id} has no pages`);
  const publicPaths = (plugin.publicPages ?? []).map((p) => p.path);
  if (new Set(publicPaths).size !== publicPaths.length)
    throw new Error(`web plugin ${plugin.id} has two public pages at one path`);
  return plugin;
}
