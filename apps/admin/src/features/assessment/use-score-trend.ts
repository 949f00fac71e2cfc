import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { ScoreTrendQuery as ScoreTrendData } from '../../gql/graphql';
import { onDataChange } from '../../lib/data-changes';
import { ScoreTrendQuery } from './assessment.operations';

export type TrendPoint = ScoreTrendData['assessment'];

/** The assessment of each month, for the trend chart: one request per month, sent together. */
export function useScoreTrend(districtId: string, months: readonly string[], knownAt: string | undefined) {
  const client = useApolloClient();
  const [state, setState] = useState<{ points?: TrendPoint[]; loading: boolean; error?: unknown }>({ loading: true });
  const key = months.join(',');

  const load = useCallback(async () => {
    setState((current) => ({ ...current, loading: true, error: undefined }));
    try {
      const results = await Promise.all(
        key.split(',').filter(Boolean).map((period) =>
          client.query({ query: ScoreTrendQuery, variables: { districtId, period, knownAt: knownAt ?? null } }),
        ),
      );
      setState({ points: results.flatMap((result) => (result.data ? [result.data.assessment] : [])), loading: false });
    } catch (error) {
      setState((current) => ({ ...current, loading: false, error }));
    }
  }, [client, districtId, key, knownAt]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => onDataChange(() => void load()), [load]);
  return { ...state, refetch: load };
}
