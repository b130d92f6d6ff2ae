import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';

const LangContext = createContext<Lang>('zh');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

/** The BCP 47 tag for a `lang` attribute. */
export const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

type Vars = Record<string, string | number>;

/** Fills {name} placeholders; an unknown one stays visible rather than vanishing. */
export const interpolate = (text: string, vars?: Vars) =>
  vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return interpolate(messages[lang][key], vars);
}

/** A feature's own string table, in both languages, with a translate function and a hook. */
export function createStrings<K extends string>(table: Record<Lang, Record<K, string>>) {
  const text = (lang: Lang, key: K, vars?: Vars) => interpolate(table[lang][key], vars);
  const useText = () => {
    const lang = useLang();
    return useCallback((key: K, vars?: Vars) => text(lang, key, vars), [lang]);
  };
  return { text, useText };
}

export function useT() {
  const lang = useLang();
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
}

/** The browser's preferred language, for when the URL does not say. */
export function browserLang(): Lang {
  const list = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return list.some((l) => l?.toLowerCase().startsWith('zh')) || list.length === 0 ? 'zh' : 'en';
}
