import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { UnitsQuery } from './workspace.operations';
import { useDistrict } from './WorkspaceProvider';

/** The current district's units, and select options naming them. */
export function useUnits() {
  const district = useDistrict();
  const { data, loading, error, refetch } = useQuery(UnitsQuery, { variables: { districtId: district.id } });
  const units = useMemo(() => data?.units ?? [], [data]);
  const options = useMemo(() => units.map((unit) => ({ value: unit.id, label: unit.name })), [units]);
  const nameOf = useMemo(() => {
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    return (id: string) => names.get(id);
  }, [units]);
  return { units, options, nameOf, loading, error, refetch };
}
