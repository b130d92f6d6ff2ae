import { useQuery } from '@tanstack/react-query';
import toursUrl from '../../data/tours.json?url';
import { toursFileSchema } from '../schemas/tour';
import { dataFileQuery } from './data-file-query';

export const toursQuery = dataFileQuery('tours', toursUrl, 'data/tours.json', toursFileSchema);
export const useTours = () => useQuery(toursQuery);
