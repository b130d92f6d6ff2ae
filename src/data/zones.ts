import { useQuery } from '@tanstack/react-query';
import zonesUrl from '../../data/zones.geojson?url';
import { zoneCollectionSchema } from '../schemas/zone';
import { dataFileQuery } from './data-file-query';

export const zonesQuery = dataFileQuery('zones', zonesUrl, 'data/zones.geojson', zoneCollectionSchema);
export const useZones = () => useQuery(zonesQuery);
