import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onDataChange } from '../lib/data-changes';

interface Page<TNode> {
  nodes: TNode[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Every page of a connection, for views that need the whole list at once (the
 * problem ledger, a unit's reports). Pages of 100, the API's maximum; refreshed after
 * any command.
 */
export function useAllPages<TData, TVariables extends { first?: number | null; after?: string | null }, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'> | undefined,
  pageOf: (data: TData) => Page<TNode>,
) {
  const client = useApolloClient();
  const [state, setState] = useState<{ nodes?: TNode[]; loading: boolean; error?: unknown }>({ loading: true });
  const key = JSON.stringify(variables);
  const pageOfRef = useRef(pageOf);
  pageOfRef.current = pageOf;

  const load = useCallback(async () => {
    if (!variables) return;
    setState((current) => ({ ...current, loading: true, error: undefined }));
    try {
      const nodes: TNode[] = [];
      let after: string | null = null;
      for (;;) {
        const { data } = await client.query({
          query,
          variables: { ...variables, first: 100, after } as unknown as TVariables,
          fetchPolicy: 'network-only',
        });
        if (!data) break;
        const page: Page<TNode> = pageOfRef.current(data as TData);
        nodes.push(...page.nodes);
        if (!page.hasNextPage || !page.endCursor) break;
        after = page.endCursor;
      }
      setState({ nodes, loading: false });
    } catch (error) {
      setState((current) => ({ ...current, loading: false, error }));
    }
    // `key` stands for the variables' content, so the callback changes only when they do
  }, [client, query, key]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => onDataChange(() => void load()), [load]);

  return { ...state, refetch: load };
}
