import type { ReactNode } from 'react';

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'warn' }) {
  const colors = tone === 'warn' ? 'bg-amber-100 text-amber-900 ring-amber-300' : 'bg-slate-100 text-slate-700 ring-slate-300';
  return <span className={`ml-1.5 inline-block rounded px-1.5 py-px align-middle text-[0.72rem] font-medium ring-1 ${colors}`}>{children}</span>;
}
