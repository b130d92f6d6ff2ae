import { Button } from '../components/ui/button';
import type { Lang } from '../lib/i18n';
import { useT } from '../lib/i18n';

export function Header({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const t = useT();
  return (
    <header className="flex h-14 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-5">
      <div className="flex items-baseline gap-3">
        <h1 className="text-lg font-semibold tracking-tight text-slate-900">{t('appTitle')}</h1>
        <p className="hidden text-sm text-slate-500 sm:block">{t('appSubtitle')}</p>
      </div>
      <div className="ml-auto flex items-center gap-2">
        <Button onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')} aria-label={t('languageLabel')} lang={lang === 'zh' ? 'en' : 'zh'}>
          {t('language')}
        </Button>
      </div>
    </header>
  );
}
