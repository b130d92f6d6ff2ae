import { useQuery } from '@tanstack/react-query';
import articlesUrl from '../../data/articles.json?url';
import { articlesFileSchema } from '../schemas/article';
import { dataFileQuery } from './data-file-query';

export const articlesQuery = dataFileQuery('articles', articlesUrl, 'data/articles.json', articlesFileSchema);
export const useArticles = () => useQuery(articlesQuery);
