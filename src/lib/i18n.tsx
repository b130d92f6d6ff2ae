import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';

const LangContext = createContext<Lang>('zh');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = messages[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
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
