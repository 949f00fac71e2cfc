import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

interface Page<TNode> {
  nodes: TNode[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const PAGE_SIZE = 100; // the API's maximum

/**
 * Every page of a connection, for views that need the whole list at once (the problem
 * ledger, a unit's reports). The first page is a query Apollo watches, so whatever refreshes
 * the queries on screen (a command's `refetchQueries: 'active'`) refreshes it; each time it
 * comes back from the server, the pages after it are read again.
 */
export function useAllPages<TData, TVariables extends OperationVariables & { first?: number | null; after?: string | null }, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'> | undefined,
  pageOf: (data: TData) => Page<TNode>,
) {
  const client = useApolloClient();
  const pageOfRef = useRef(pageOf);
  pageOfRef.current = pageOf;
  const first = useQuery<TData, TVariables>(query, {
    variables: { ...variables, first: PAGE_SIZE, after: null } as unknown as TVariables,
    skip: !variables,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  } as never);
  const [rest, setRest] = useState<{ nodes?: TNode[]; loading: boolean; error?: unknown }>({ loading: true });

  useEffect(() => {
    if (first.loading || !first.data) return;
    let current = true;
    const firstPage = pageOfRef.current(first.data as TData);
    void (async () => {
      setRest((state) => ({ ...state, loading: firstPage.hasNextPage, error: undefined }));
      try {
        const nodes = [...firstPage.nodes];
        let page = firstPage;
        while (page.hasNextPage && page.endCursor) {
          const { data } = await client.query({
            query,
            variables: { ...variables, first: PAGE_SIZE, after: page.endCursor } as unknown as TVariables,
            fetchPolicy: 'network-only',
          });
          if (!data) break;
          page = pageOfRef.current(data as TData);
          nodes.push(...page.nodes);
        }
        if (current) setRest({ nodes, loading: false });
      } catch (error) {
        if (current) setRest((state) => ({ ...state, loading: false, error }));
      }
    })();
    return () => {
      current = false;
    };
    // the later pages follow the first: read again whenever it has been (re)fetched
  }, [first.loading, first.data, client, query]);

  return {
    nodes: rest.nodes,
    loading: first.loading || rest.loading,
    error: first.error ?? rest.error,
    refetch: () => first.refetch(),
  };
}
