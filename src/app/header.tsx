import type { ReactNode } from 'react';
import type { Lang } from '../lib/i18n';
import { useT } from '../lib/i18n';

type Props = {
  lang: Lang;
  onLang: (lang: Lang) => void;
  search: ReactNode;
  actions: ReactNode;
  help: ReactNode;
  /** after the language switch: presentation's theme and exit buttons */
  end?: ReactNode;
  onToggleSidebar: () => void;
  sidebarOpen: boolean;
};

export function Header({ lang, onLang, search, actions, help, end, onToggleSidebar, sidebarOpen }: Props) {
  const t = useT();
  return (
    <header className="relative z-30 flex min-h-14 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3 max-md:flex-wrap max-md:gap-y-2 max-md:py-2 lg:px-4">
      <button
        type="button"
        onClick={onToggleSidebar}
        aria-expanded={sidebarOpen}
        aria-controls="sidebar"
        aria-label={t('toggleSidebar')}
        title={t('toggleSidebar')}
        data-chrome="edit"
        className="rounded-md p-1.5 text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
      >
        <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
      <div className="flex shrink-0 flex-col leading-tight">
        <h1 className="text-base font-semibold tracking-tight text-slate-900">{t('appTitle')}</h1>
        <p className="hidden text-xs text-slate-500 xl:block">{t('appSubtitle')}</p>
      </div>
      {/* on a phone the search and the buttons each take a row of their own below the title */}
      <div className="mx-2 flex min-w-0 flex-1 justify-center max-md:order-1 max-md:mx-0 max-md:basis-full" data-print="hide">{search}</div>
      <div className="flex shrink-0 items-center gap-1.5 whitespace-nowrap max-md:order-2 max-md:basis-full max-md:overflow-x-auto max-md:pb-0.5" data-print="hide">
        {actions}
        {help}
        <button
          type="button"
          onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')}
          title={t('languageLabel')}
          lang={lang === 'zh' ? 'en' : 'zh'}
          className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
        >
          {t('language')}
        </button>
        {end}
      </div>
    </header>
  );
}
