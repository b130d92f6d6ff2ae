// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { zoneFeatureSchema } from '../../schemas/zone';
import { placeTooltip, ZoneTooltip } from './zone-tooltip';

const zone = (uncertain: string[]) =>
  zoneFeatureSchema.parse({
    type: 'Feature',
    id: 'xixian-new-area',
    geometry: { type: 'Point', coordinates: [108.76, 34.32] },
    properties: {
      id: 'xixian-new-area',
      name_zh: '陕西西咸新区',
      name_en: 'Xixian New Area',
      type: 'new-area',
      province: '陕西省',
      city: '西安市',
      approved: '2014-01-06',
      area_km2: 882,
      industries: [],
      uncertain,
    },
  });

afterEach(cleanup);

describe('ZoneTooltip', () => {
  it('warns that a dot is only approximate when its position is uncertain', () => {
    render(<ZoneTooltip info={{ zone: zone(['position']), x: 10, y: 10 }} lang="zh" />);
    expect(screen.getByRole('tooltip')).toHaveTextContent('陕西西咸新区');
    expect(screen.getByRole('tooltip')).toHaveTextContent('位置为大致位置');
  });

  it('says nothing of the kind for a settled position, even when other facts are uncertain', () => {
    render(<ZoneTooltip info={{ zone: zone(['approved']), x: 10, y: 10 }} lang="en" />);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Xixian New Area');
    expect(screen.getByRole('tooltip')).not.toHaveTextContent(/approximate/i);
  });
});

describe('placeTooltip', () => {
  const size = { width: 200, height: 60 };
  const map = { width: 800, height: 600 };

  it('centres the tooltip above the pointer when there is room', () => {
    expect(placeTooltip({ x: 400, y: 300 }, size, map)).toEqual({ left: 300, top: 226 });
  });

  it('keeps it inside the map at the left and right edges', () => {
    expect(placeTooltip({ x: 20, y: 300 }, size, map).left).toBe(4);
    expect(placeTooltip({ x: 790, y: 300 }, size, map).left).toBe(596);
  });

  it('puts it below the pointer near the top edge', () => {
    expect(placeTooltip({ x: 400, y: 30 }, size, map).top).toBe(44);
  });
});
