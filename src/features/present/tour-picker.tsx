import { Button } from '../../components/ui/button';
import { useLang } from '../../lib/i18n';
import type { Tour } from '../../schemas/tour';
import './present.css';
import { localize, usePresentText } from './strings';

type Props = { tours: readonly Tour[]; onStart: (tourId: string) => void };

export function TourPicker({ tours, onStart }: Props) {
  const lang = useLang();
  const t = usePresentText();
  return (
    <section aria-labelledby="tour-picker-title" className="flex flex-col gap-3 p-4 text-slate-900">
      <div>
        <h2 id="tour-picker-title" className="text-base font-semibold">
          {t('tours')}
        </h2>
        <p className="text-sm text-slate-700">{t('tourPickerHint')}</p>
      </div>
      <ul className="flex flex-col gap-2">
        {tours.map((tour) => (
          <li key={tour.id} className="rounded-lg bg-white p-3 ring-1 ring-slate-300">
            <h3 className="text-sm font-semibold">{localize(tour.title, lang)}</h3>
            {tour.description && <p className="mt-1 text-sm text-slate-700">{localize(tour.description, lang)}</p>}
            <div className="mt-2 flex items-center justify-between gap-2">
              <span className="text-xs text-slate-700">{t('stepCount', { n: tour.steps.length })}</span>
              <Button variant="primary" onClick={() => onStart(tour.id)} aria-label={t('startTour', { title: localize(tour.title, lang) })}>
                {t('start')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
