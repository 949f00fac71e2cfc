import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useUser } from '../auth/AuthProvider';
import { DISPLAY_TIME_ZONE } from '../lib/locale';
import { defaultPeriod, isPeriod, todayIn } from '../lib/period';
import { DistrictsQuery, ReportedMonthsQuery } from './workspace.operations';

export interface District {
  id: string;
  code: string;
  name: string;
}

/**
 * What the user is looking at: a district, a period, and optionally "as known at" an
 * instant (to reproduce a bulletin published earlier). Shared by every page, so that
 * moving from the dashboard to the ranking keeps the same view.
 */
interface Workspace {
  today: string;
  districts: District[];
  district?: District;
  setDistrictId(id: string): void;
  period: string;
  setPeriod(period: string): void;
  knownAt?: string;
  setKnownAt(instant: string | undefined): void;
  loading: boolean;
  error?: unknown;
}

function periodFromAddress(search: string): string | undefined {
  const period = new URLSearchParams(search).get('period');
  return period && isPeriod(period) ? period : undefined;
}

function knownAtFromAddress(search: string): string | undefined {
  const knownAt = new URLSearchParams(search).get('knownAt');
  return knownAt && !Number.isNaN(Date.parse(knownAt)) ? new Date(knownAt).toISOString() : undefined;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);
const districtKey = (userId: string) => `tuijin.district.${userId}`;

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const user = useUser();
  const today = todayIn(DISPLAY_TIME_ZONE, new Date());
  const { data, loading, error } = useQuery(DistrictsQuery);
  const districts = useMemo(() => {
    const all = data?.districts ?? [];
    // A user with named districts sees those; a city admin sees them all.
    return user.districtIds.length > 0 ? all.filter((d) => user.districtIds.includes(d.id)) : all;
  }, [data, user.districtIds]);

  const [chosenId, setChosenId] = useState<string | null>(() => localStorage.getItem(districtKey(user.id)));
  const district = districts.find((d) => d.id === chosenId) ?? districts[0];
  const setDistrictId = (id: string) => {
    localStorage.setItem(districtKey(user.id), id);
    setChosenId(id);
  };

  const thisYear = today.slice(0, 4);
  const lastYear = String(Number(thisYear) - 1);
  const reportedThisYear = useQuery(ReportedMonthsQuery, {
    variables: { districtId: district?.id ?? '', year: thisYear },
    skip: !district,
  });
  const reportedLastYear = useQuery(ReportedMonthsQuery, {
    variables: { districtId: district?.id ?? '', year: lastYear },
    skip: !district,
  });
  const reportedMonths = [reportedThisYear.data, reportedLastYear.data].flatMap(
    (result) => result?.dashboard.investmentByMonth.filter((m) => m.completed > 0).map((m) => m.month) ?? [],
  );
  const suggested = defaultPeriod(today, reportedMonths);
  // A link may name the period (…/assessment?period=2025-Q2), so that a ranking can be shared.
  const [chosenPeriod, setPeriod] = useState<string | undefined>(() => periodFromAddress(window.location.search));
  // …and the instant whose knowledge to use (?knownAt=2025-07-03T02:00:00Z), to reproduce a bulletin.
  const [knownAt, setKnownAt] = useState<string | undefined>(() => knownAtFromAddress(window.location.search));
  // A new district may report on another calendar: start again from its own latest month.
  const firstDistrict = useRef(district?.id);
  useEffect(() => {
    if (firstDistrict.current === undefined) firstDistrict.current = district?.id;
    else if (firstDistrict.current !== district?.id) setPeriod(undefined);
  }, [district?.id]);

  const value: Workspace = {
    today,
    districts,
    district,
    setDistrictId,
    period: chosenPeriod ?? suggested,
    setPeriod,
    knownAt,
    setKnownAt,
    loading: loading || reportedThisYear.loading || reportedLastYear.loading,
    error,
  };
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return workspace;
}

/** The current district; pages that need one render only once it is known. */
export function useDistrict(): District {
  const { district } = useWorkspace();
  if (!district) throw new Error('useDistrict needs a district');
  return district;
}
