import { describe, expect, it } from 'vitest';
import { defineWebPlugin, publicPageHref } from './contract';

const Page = () => null;
const names = { 'zh-CN': '页', en: 'Page' };

describe('web plugin contract', () => {
  it('builds the shell address of a public page, with its query', () => {
    expect(publicPageHref('demo-city', 'some-model', 'boards')).toBe('/public/demo-city/p/some-model/boards');
    expect(publicPageHref('demo-city', 'some-model', '/boards', { place: 7 })).toBe(
      '/public/demo-city/p/some-model/boards?place=7',
    );
    expect(publicPageHref('aa', 'x', 'b', { q: '社区 一' })).toBe(
      '/public/aa/p/x/b?q=%E7%A4%BE%E5%8C%BA+%E4%B8%80',
    );
  });

  it('refuses a bad id, no pages, or two public pages at one path', () => {
    const page = { path: '', names, component: Page };
    expect(defineWebPlugin({ id: 'ok-one', names, pages: [page] }).id).toBe('ok-one');
    expect(() => defineWebPlugin({ id: 'Bad_Id', names, pages: [page] })).toThrow(/kebab-case/);
    expect(() => defineWebPlugin({ id: 'empty', names, pages: [] })).toThrow(/no pages/);
    expect(() =>
      defineWebPlugin({
        id: 'twice',
        names,
        pages: [page],
        publicPages: [
          { path: 'boards', names, component: Page },
          { path: 'boards', names, component: Page },
        ],
      }),
    ).toThrow(/two public pages/);
  });
});
