import { useQuery } from '@tanstack/react-query';
import indicatorsUrl from '../../data/indicators.json?url';
import { indicatorsFileSchema } from '../schemas/indicator';
import { dataFileQuery } from './data-file-query';

export const indicatorsQuery = dataFileQuery('indicators', indicatorsUrl, 'data/indicators.json', indicatorsFileSchema);
export const useIndicators = () => useQuery(indicatorsQuery);
