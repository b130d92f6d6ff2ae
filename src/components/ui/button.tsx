import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'ghost' };

export function Button({ variant = 'ghost', className = '', ...rest }: Props) {
  const look =
    variant === 'primary'
      ? 'bg-slate-900 text-white hover:bg-slate-700'
      : 'text-slate-700 hover:bg-slate-100 ring-1 ring-slate-300';
  return (
    <button
      type="button"
      className={`inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${look} ${className}`}
      {...rest}
    />
  );
}
