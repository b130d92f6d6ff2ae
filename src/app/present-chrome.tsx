import type { ReactNode } from 'react';
import { Button } from '../components/ui/button';
import { CaptionBar } from '../features/present/caption-bar';
import { PlaybackControl, YearCounter } from '../features/present/playback-control';
import { localize } from '../features/present/strings';
import { TourBar } from '../features/present/tour-bar';
import { toggleFullscreen } from '../features/present/fullscreen';
import { useTourKeys } from '../features/present/use-tour-keys';
import { formatPartialDate } from '../lib/format';
import { useLang, useT, type Lang } from '../lib/i18n';
import { provinceName } from '../lib/provinces';
import type { ZoneFeature } from '../schemas/zone';
import type { usePresentation } from './use-presentation';

type Presentation = ReturnType<typeof usePresentation>;

/**
 * Top bar in presentation mode while a tour runs: its progress, arrows and way out. Without a tour
 * there is no bar (the header carries {@link PresentButtons}), so the map keeps the room's height.
 */
export function PresentTop({ p, theme, onTheme }: { p: Presentation; theme: 'light' | 'dark'; onTheme: () => void }) {
  useTourKeys({ onNext: noop, onPrev: noop, onFirst: noop, onLast: noop, onFullscreen: () => void toggleFullscreen(), onExit: p.exit, enabled: !p.position });
  if (!p.position) return null;
  return (
    <div className="present-top flex items-center border-b border-slate-300 bg-white" data-testid="present-top">
      <div className="min-w-0 flex-1">
        <TourBar tour={p.position.tour} stepIndex={p.position.index} onGo={p.goStep} onExit={p.exit} />
      </div>
      {/* the same buttons as the tour bar's, in line with them */}
      <div className="flex shrink-0 items-center gap-2 py-2 pr-4">
        <ThemeButton theme={theme} onTheme={onTheme} />
      </div>
    </div>
  );
}

/** The theme switch and the way out, in the header when no tour runs. */
export function PresentButtons({ p, theme, onTheme }: { p: Presentation; theme: 'light' | 'dark'; onTheme: () => void }) {
  const t = useT();
  if (p.position) return null;
  return (
    <div className="flex items-center gap-1.5" data-testid="present-buttons">
      <ThemeButton theme={theme} onTheme={onTheme} />
      <Button variant="primary" onClick={p.exit} aria-keyshortcuts="Escape">
        {t('exitPresent')}
      </Button>
    </div>
  );
}

function ThemeButton({ theme, onTheme }: { theme: 'light' | 'dark'; onTheme: () => void }) {
  const t = useT();
  return (
    <Button onClick={onTheme} aria-pressed={theme === 'dark'} aria-label={t('themeDark')} title={theme === 'dark' ? t('themeLight') : t('themeDark')}>
      {theme === 'dark' ? '☀' : '☾'}
    </Button>
  );
}

const noop = () => undefined;

/**
 * Bottom band: the step's caption, or what a hover would show, because a room cannot see a hover.
 * Beside it, what would otherwise hide zones over the map: a playback's year and controls, the
 * regions view's shading key.
 */
export function PresentBottom({ p, focus, playbackCount, shadingKey }: { p: Presentation; focus: ZoneFeature | undefined; playbackCount: number; shadingKey?: ReactNode }) {
  const lang = useLang();
  const t = useT();
  const step = p.position?.step;
  const key = shadingKey && (
    <div className="max-w-[50%] shrink-0" data-testid="present-shading-key">
      {shadingKey}
    </div>
  );
  if (step && p.position) {
    const aside = (p.playback || key) && (
      <>
        {key}
        {p.playback && (
          <div className="flex shrink-0 flex-col items-end gap-2">
            <YearCounter year={p.playback.year} count={playbackCount} />
            <PlaybackControl playback={p.playback} />
          </div>
        )}
      </>
    );
    return (
      <div className="border-t border-slate-300 bg-white" data-testid="present-caption">
        <CaptionBar title={localize(p.position.tour.title, lang)} caption={localize(step.caption, lang)} aside={aside} />
      </div>
    );
  }
  const z = focus?.properties;
  return (
    <div className="border-t border-slate-300 bg-white" data-testid="present-caption">
      <CaptionBar title={z ? (lang === 'en' ? z.name_en : z.name_zh) : t('appTitle')} caption={z ? hoverCaption(z, lang, t) : t('hoverHint')} aside={key} />
    </div>
  );
}

/** What a hover shows, for the room: type, province, approval, and a warning when the dot is only approximate. */
function hoverCaption(z: ZoneFeature['properties'], lang: Lang, t: ReturnType<typeof useT>) {
  const parts = [t(`type.${z.type}`), provinceName(z.province, lang), `${t('approved')} ${formatPartialDate(z.approved, lang)}`];
  if (z.uncertain.includes('position')) parts.push(t('positionApproximateShort'));
  return parts.join(' · ');
}
