import { useQuery } from '@tanstack/react-query';
import { placesSchema, type Place } from '../schemas/place';
import { dataFileQuery } from './data-file-query';

export const placesQuery = dataFileQuery('places', `${import.meta.env.BASE_URL}basemap/cities.geojson`, 'basemap/cities.geojson', placesSchema);

const noPlaces: readonly Place[] = [];

/** The basemap's reference places, or none while loading or when the file is missing: the search works without them. */
export const usePlaces = (): readonly Place[] => useQuery({ ...placesQuery, retry: false, staleTime: Infinity }).data ?? noPlaces;
