import { graphql } from '../../gql';

export const ProjectsQuery = graphql(`
  query Projects(
    $districtId: ID!
    $filter: ProjectFilter
    $first: Int
    $after: String
    $orderBy: ProjectOrder
    $period: String!
  ) {
    projects(districtId: $districtId, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          category
          stage
          stageSince
          registeredOn
          leadUnit {
            id
            name
          }
          totalInvestment
          cumulativeInvestment
          openProblemCount
          light(period: $period)
        }
      }
    }
  }
`);

export const ProjectDetailFieldsFragment = graphql(`
  fragment ProjectDetailFields on Project {
    id
    code
    name
    category
    stage
    acceptsChanges
    stageChoices {
      stage
      needsReason
    }
    stageSince
    registeredOn
    district {
      id
      name
    }
    leadUnit {
      id
      code
      name
    }
    totalInvestment
    completedInvestment
    cumulativeInvestment
    openingBalance {
      asOfMonth
      cumulativeInvestment
      yearToDateInvestment
    }
    ownerEnterprise
    township
    longitude
    latitude
    description
    leader {
      name
      phone
      userId
    }
    serviceSecretary {
      name
      phone
    }
    annualPlans {
      year
      plannedInvestment
      plannedStartMonth
      plannedCompletionMonth
      milestones
    }
    monthlyReports {
      ...MonthlyReportFields
    }
    problems {
      ...ProblemFields
    }
    openProblemCount
    history {
      position
      version
      type
      occurredOn
      recordedAt
      actor {
        userId
        role
      }
      importedFrom {
        fileName
      }
      # one inline fragment per kind: each matches its own __typename, so the cache needs no list of the union's types
      change {
        __typename
        ... on ProjectRegistered {
          stage
          leadUnit {
            id
            name
          }
        }
        ... on ProjectDetailsRevised {
          changedFields
        }
        ... on LeadUnitChanged {
          leadUnit {
            id
            name
          }
          reason
        }
        ... on LeaderAssigned {
          leader {
            name
          }
        }
        ... on ServiceSecretaryAssigned {
          secretary {
            name
          }
        }
        ... on AnnualPlanSet {
          year
          plannedInvestment
          plannedStartMonth
          plannedCompletionMonth
        }
        ... on OpeningBalanceSet {
          asOfMonth
          cumulativeInvestment
          yearToDateInvestment
        }
        ... on StageChanged {
          from
          to
          move
          reason
        }
        ... on MonthlyReportSubmitted {
          month
          investment
          progressPercent
          note
          backfilled
        }
        ... on MonthlyReportCorrected {
          month
          investment
          previousInvestment
          note
          backfilled
        }
        ... on ProblemRaised {
          problemCategory
          description
          dueOn
        }
        ... on ProblemAssigned {
          ownerUnit {
            id
            name
          }
          note
        }
        ... on ProblemEscalated {
          level
          note
        }
        ... on ProblemResolved {
          resolution
        }
        ... on ProblemClosed {
          reason
        }
      }
    }
    version
  }
`);

export const MonthlyReportFieldsFragment = graphql(`
  fragment MonthlyReportFields on MonthlyReport {
    month
    investment
    progressPercent
    note
    submittedOn
    firstSubmittedOn
    dueOn
    late
    corrections
    backfilledBy {
      userId
      role
    }
  }
`);

export const ProjectQuery = graphql(`
  query Project($id: ID!, $period: String!, $year: Int!) {
    project(id: $id) {
      ...ProjectDetailFields
      assessment(period: $period) {
        light
        plannedInvestment
        target
        completed
        completionRate
        lag
      }
      lightHistory(year: $year) {
        month
        light
      }
    }
  }
`);

export const RegisterProjectMutation = graphql(`
  mutation RegisterProject($input: RegisterProjectInput!) {
    registerProject(input: $input) {
      id
      code
    }
  }
`);

export const ReviseProjectMutation = graphql(`
  mutation ReviseProject($input: ReviseProjectInput!) {
    reviseProject(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const ChangeLeadUnitMutation = graphql(`
  mutation ChangeLeadUnit($input: ChangeLeadUnitInput!) {
    changeLeadUnit(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const AssignLeaderMutation = graphql(`
  mutation AssignLeader($input: AssignLeaderInput!) {
    assignLeader(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const AssignServiceSecretaryMutation = graphql(`
  mutation AssignServiceSecretary($input: AssignServiceSecretaryInput!) {
    assignServiceSecretary(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const SetAnnualPlanMutation = graphql(`
  mutation SetAnnualPlan($input: SetAnnualPlanInput!) {
    setAnnualPlan(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const SetOpeningBalanceMutation = graphql(`
  mutation SetOpeningBalance($input: SetOpeningBalanceInput!) {
    setOpeningBalance(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const ChangeStageMutation = graphql(`
  mutation ChangeStage($input: ChangeStageInput!) {
    changeStage(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const SubmitMonthlyReportMutation = graphql(`
  mutation SubmitMonthlyReport($input: SubmitMonthlyReportInput!) {
    submitMonthlyReport(input: $input) {
      id
      monthlyReports {
        ...MonthlyReportFields
      }
      history {
        position
      }
    }
  }
`);
