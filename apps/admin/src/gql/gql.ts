/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateDistrictDocument,
    "\n  mutation RenameDistrict($input: RenameDistrictInput!) {\n    renameDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.RenameDistrictDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation SetReserveTarget($input: SetReserveTargetInput!) {\n    setReserveTarget(input: $input) {\n      id\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n": typeof types.SetReserveTargetDocument,
    "\n  query Users($districtId: ID) {\n    users(districtId: $districtId) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n      districts {\n        id\n        name\n      }\n      active\n      lastLoginAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  fragment UnitScoreFields on UnitScore {\n    unit {\n      id\n      code\n      name\n    }\n    rank\n    score\n    projectCount\n    investmentCompletion\n    constructionStart\n    reserve\n    problemClearance\n    reportingPunctuality\n  }\n": typeof types.UnitScoreFieldsFragmentDoc,
    "\n  fragment RuleSetFields on RuleSet {\n    version\n    effectiveFrom\n    publishedAt\n    weights {\n      investment\n      start\n      reserve\n      problems\n      punctuality\n    }\n    yellowMaxLag\n    startDelayYellowMonths\n    startDelayRedMonths\n    bottomN\n    reportDueDay\n  }\n": typeof types.RuleSetFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    period\n    periodEnd\n    ruleSetVersion\n    knownAt\n    ruleSet {\n      ...RuleSetFields\n    }\n    units {\n      ...UnitScoreFields\n    }\n    reverseRanking {\n      ...UnitScoreFields\n    }\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  query Assessment($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query ScoreTrend($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      units {\n        unit {\n          id\n          name\n        }\n        rank\n        score\n      }\n    }\n  }\n": typeof types.ScoreTrendDocument,
    "\n  query DistrictComparison($period: String!, $knownAt: DateTime) {\n    districtComparison(period: $period, knownAt: $knownAt) {\n      district {\n        id\n        code\n        name\n      }\n      projectCount\n      plannedInvestment\n      completedInvestment\n      investmentCompletion\n      constructionStart\n    }\n  }\n": typeof types.DistrictComparisonDocument,
    "\n  query Dashboard($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    dashboard(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      stageFunnel {\n        stage\n        count\n      }\n      investmentByMonth {\n        month\n        target\n        completed\n        completedToDate\n      }\n      lights {\n        green\n        yellow\n        red\n        none\n      }\n      redProjects {\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      overdueProblems {\n        ...ProblemFields\n      }\n      topUnits {\n        ...UnitScoreFields\n      }\n      assessment {\n        period\n        periodEnd\n        ruleSetVersion\n        knownAt\n        reverseRanking {\n          ...UnitScoreFields\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ProjectMap($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    projectMap(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      knownAt\n      withoutLocation\n      points {\n        projectId\n        code\n        name\n        category\n        stage\n        leadUnitId\n        light\n        longitude\n        latitude\n        inChina\n      }\n    }\n  }\n": typeof types.ProjectMapDocument,
    "\n  query DistrictMap($districtId: ID!) {\n    districtMap(districtId: $districtId) {\n      boundary\n      approximate\n      source\n      setAt\n    }\n    mapTiles {\n      url\n      subdomains\n      attribution\n    }\n  }\n": typeof types.DistrictMapDocument,
    "\n  query OpenData($districtId: ID!) {\n    openData(districtId: $districtId) {\n      ...OpenDataFields\n    }\n  }\n": typeof types.OpenDataDocument,
    "\n  fragment OpenDataFields on OpenDataPublication {\n    published\n    changedAt\n    publicPath\n    downloadPath\n    oc4idsPrefix\n    prefixRegistered\n  }\n": typeof types.OpenDataFieldsFragmentDoc,
    "\n  mutation PublishOpenData($input: OpenDataInput!) {\n    publishOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n": typeof types.PublishOpenDataDocument,
    "\n  mutation WithdrawOpenData($input: OpenDataInput!) {\n    withdrawOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n": typeof types.WithdrawOpenDataDocument,
    "\n  fragment ProblemFields on Problem {\n    id\n    category\n    description\n    status\n    raisedOn\n    dueOn\n    resolvedOn\n    resolution\n    closedReason\n    ownerUnit {\n      id\n      name\n    }\n    escalations {\n      level\n      occurredOn\n      note\n    }\n    project {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProblemFieldsFragmentDoc,
    "\n  query DistrictProblems($districtId: ID!, $first: Int, $after: String) {\n    problems(districtId: $districtId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProblemFields\n        }\n      }\n    }\n  }\n": typeof types.DistrictProblemsDocument,
    "\n  mutation RaiseProblem($input: RaiseProblemInput!) {\n    raiseProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": typeof types.RaiseProblemDocument,
    "\n  mutation AssignProblem($input: AssignProblemInput!) {\n    assignProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": typeof types.AssignProblemDocument,
    "\n  mutation EscalateProblem($input: EscalateProblemInput!) {\n    escalateProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": typeof types.EscalateProblemDocument,
    "\n  mutation ResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": typeof types.ResolveProblemDocument,
    "\n  mutation CloseProblem($input: CloseProblemInput!) {\n    closeProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": typeof types.CloseProblemDocument,
    "\n  query Projects(\n    $districtId: ID!\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $orderBy: ProjectOrder\n    $period: String!\n  ) {\n    projects(districtId: $districtId, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          stage\n          stageSince\n          registeredOn\n          leadUnit {\n            id\n            name\n          }\n          totalInvestment\n          completedInvestment\n          openProblemCount\n          light(period: $period)\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  fragment ProjectDetailFields on Project {\n    id\n    code\n    name\n    category\n    stage\n    stageSince\n    registeredOn\n    district {\n      id\n      name\n    }\n    leadUnit {\n      id\n      code\n      name\n    }\n    totalInvestment\n    completedInvestment\n    ownerEnterprise\n    township\n    longitude\n    latitude\n    description\n    leader {\n      name\n      phone\n      userId\n    }\n    serviceSecretary {\n      name\n      phone\n    }\n    annualPlans {\n      year\n      plannedInvestment\n      plannedStartMonth\n      plannedCompletionMonth\n      milestones\n    }\n    monthlyReports {\n      ...MonthlyReportFields\n    }\n    problems {\n      ...ProblemFields\n    }\n    openProblemCount\n    history {\n      position\n      version\n      type\n      occurredOn\n      recordedAt\n      actor {\n        userId\n        role\n      }\n      data\n    }\n    version\n  }\n": typeof types.ProjectDetailFieldsFragmentDoc,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    month\n    investment\n    progressPercent\n    note\n    submittedOn\n    firstSubmittedOn\n    dueOn\n    late\n    corrections\n  }\n": typeof types.MonthlyReportFieldsFragmentDoc,
    "\n  query Project($id: ID!, $period: String!, $year: Int!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n      assessment(period: $period) {\n        light\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      lightHistory(year: $year) {\n        month\n        light\n      }\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation RegisterProject($input: RegisterProjectInput!) {\n    registerProject(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.RegisterProjectDocument,
    "\n  mutation ReviseProject($input: ReviseProjectInput!) {\n    reviseProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.ReviseProjectDocument,
    "\n  mutation ChangeLeadUnit($input: ChangeLeadUnitInput!) {\n    changeLeadUnit(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.ChangeLeadUnitDocument,
    "\n  mutation AssignLeader($input: AssignLeaderInput!) {\n    assignLeader(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.AssignLeaderDocument,
    "\n  mutation AssignServiceSecretary($input: AssignServiceSecretaryInput!) {\n    assignServiceSecretary(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.AssignServiceSecretaryDocument,
    "\n  mutation SetAnnualPlan($input: SetAnnualPlanInput!) {\n    setAnnualPlan(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.SetAnnualPlanDocument,
    "\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.ChangeStageDocument,
    "\n  mutation SubmitMonthlyReport($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      id\n      monthlyReports {\n        ...MonthlyReportFields\n      }\n      history {\n        position\n      }\n    }\n  }\n": typeof types.SubmitMonthlyReportDocument,
    "\n  query UnitReports($districtId: ID!, $leadUnitId: ID!, $first: Int, $after: String) {\n    projects(districtId: $districtId, filter: { leadUnitId: $leadUnitId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          stage\n          stageSince\n          registeredOn\n          monthlyReports {\n            ...MonthlyReportFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitReportsDocument,
    "\n  query RuleSets($districtId: ID!) {\n    ruleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n": typeof types.RuleSetsDocument,
    "\n  query PreviewAssessment($districtId: ID!, $period: String!, $rules: RuleSettingsInput!) {\n    previewAssessment(districtId: $districtId, period: $period, rules: $rules) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.PreviewAssessmentDocument,
    "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n": typeof types.PublishRuleSetDocument,
    "\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DistrictsDocument,
    "\n  query Units($districtId: ID!) {\n    units(districtId: $districtId) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query ReportedMonths($districtId: ID!, $year: String!) {\n    dashboard(districtId: $districtId, period: $year) {\n      investmentByMonth {\n        month\n        completed\n      }\n    }\n  }\n": typeof types.ReportedMonthsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateDistrictDocument,
    "\n  mutation RenameDistrict($input: RenameDistrictInput!) {\n    renameDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.RenameDistrictDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation SetReserveTarget($input: SetReserveTargetInput!) {\n    setReserveTarget(input: $input) {\n      id\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n": types.SetReserveTargetDocument,
    "\n  query Users($districtId: ID) {\n    users(districtId: $districtId) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n      districts {\n        id\n        name\n      }\n      active\n      lastLoginAt\n    }\n  }\n": types.UsersDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n    }\n  }\n": types.CreateUserDocument,
    "\n  fragment UnitScoreFields on UnitScore {\n    unit {\n      id\n      code\n      name\n    }\n    rank\n    score\n    projectCount\n    investmentCompletion\n    constructionStart\n    reserve\n    problemClearance\n    reportingPunctuality\n  }\n": types.UnitScoreFieldsFragmentDoc,
    "\n  fragment RuleSetFields on RuleSet {\n    version\n    effectiveFrom\n    publishedAt\n    weights {\n      investment\n      start\n      reserve\n      problems\n      punctuality\n    }\n    yellowMaxLag\n    startDelayYellowMonths\n    startDelayRedMonths\n    bottomN\n    reportDueDay\n  }\n": types.RuleSetFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    period\n    periodEnd\n    ruleSetVersion\n    knownAt\n    ruleSet {\n      ...RuleSetFields\n    }\n    units {\n      ...UnitScoreFields\n    }\n    reverseRanking {\n      ...UnitScoreFields\n    }\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  query Assessment($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentDocument,
    "\n  query ScoreTrend($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      units {\n        unit {\n          id\n          name\n        }\n        rank\n        score\n      }\n    }\n  }\n": types.ScoreTrendDocument,
    "\n  query DistrictComparison($period: String!, $knownAt: DateTime) {\n    districtComparison(period: $period, knownAt: $knownAt) {\n      district {\n        id\n        code\n        name\n      }\n      projectCount\n      plannedInvestment\n      completedInvestment\n      investmentCompletion\n      constructionStart\n    }\n  }\n": types.DistrictComparisonDocument,
    "\n  query Dashboard($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    dashboard(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      stageFunnel {\n        stage\n        count\n      }\n      investmentByMonth {\n        month\n        target\n        completed\n        completedToDate\n      }\n      lights {\n        green\n        yellow\n        red\n        none\n      }\n      redProjects {\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      overdueProblems {\n        ...ProblemFields\n      }\n      topUnits {\n        ...UnitScoreFields\n      }\n      assessment {\n        period\n        periodEnd\n        ruleSetVersion\n        knownAt\n        reverseRanking {\n          ...UnitScoreFields\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ProjectMap($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    projectMap(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      knownAt\n      withoutLocation\n      points {\n        projectId\n        code\n        name\n        category\n        stage\n        leadUnitId\n        light\n        longitude\n        latitude\n        inChina\n      }\n    }\n  }\n": types.ProjectMapDocument,
    "\n  query DistrictMap($districtId: ID!) {\n    districtMap(districtId: $districtId) {\n      boundary\n      approximate\n      source\n      setAt\n    }\n    mapTiles {\n      url\n      subdomains\n      attribution\n    }\n  }\n": types.DistrictMapDocument,
    "\n  query OpenData($districtId: ID!) {\n    openData(districtId: $districtId) {\n      ...OpenDataFields\n    }\n  }\n": types.OpenDataDocument,
    "\n  fragment OpenDataFields on OpenDataPublication {\n    published\n    changedAt\n    publicPath\n    downloadPath\n    oc4idsPrefix\n    prefixRegistered\n  }\n": types.OpenDataFieldsFragmentDoc,
    "\n  mutation PublishOpenData($input: OpenDataInput!) {\n    publishOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n": types.PublishOpenDataDocument,
    "\n  mutation WithdrawOpenData($input: OpenDataInput!) {\n    withdrawOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n": types.WithdrawOpenDataDocument,
    "\n  fragment ProblemFields on Problem {\n    id\n    category\n    description\n    status\n    raisedOn\n    dueOn\n    resolvedOn\n    resolution\n    closedReason\n    ownerUnit {\n      id\n      name\n    }\n    escalations {\n      level\n      occurredOn\n      note\n    }\n    project {\n      id\n      code\n      name\n    }\n  }\n": types.ProblemFieldsFragmentDoc,
    "\n  query DistrictProblems($districtId: ID!, $first: Int, $after: String) {\n    problems(districtId: $districtId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProblemFields\n        }\n      }\n    }\n  }\n": types.DistrictProblemsDocument,
    "\n  mutation RaiseProblem($input: RaiseProblemInput!) {\n    raiseProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": types.RaiseProblemDocument,
    "\n  mutation AssignProblem($input: AssignProblemInput!) {\n    assignProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": types.AssignProblemDocument,
    "\n  mutation EscalateProblem($input: EscalateProblemInput!) {\n    escalateProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": types.EscalateProblemDocument,
    "\n  mutation ResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": types.ResolveProblemDocument,
    "\n  mutation CloseProblem($input: CloseProblemInput!) {\n    closeProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n": types.CloseProblemDocument,
    "\n  query Projects(\n    $districtId: ID!\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $orderBy: ProjectOrder\n    $period: String!\n  ) {\n    projects(districtId: $districtId, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          stage\n          stageSince\n          registeredOn\n          leadUnit {\n            id\n            name\n          }\n          totalInvestment\n          completedInvestment\n          openProblemCount\n          light(period: $period)\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  fragment ProjectDetailFields on Project {\n    id\n    code\n    name\n    category\n    stage\n    stageSince\n    registeredOn\n    district {\n      id\n      name\n    }\n    leadUnit {\n      id\n      code\n      name\n    }\n    totalInvestment\n    completedInvestment\n    ownerEnterprise\n    township\n    longitude\n    latitude\n    description\n    leader {\n      name\n      phone\n      userId\n    }\n    serviceSecretary {\n      name\n      phone\n    }\n    annualPlans {\n      year\n      plannedInvestment\n      plannedStartMonth\n      plannedCompletionMonth\n      milestones\n    }\n    monthlyReports {\n      ...MonthlyReportFields\n    }\n    problems {\n      ...ProblemFields\n    }\n    openProblemCount\n    history {\n      position\n      version\n      type\n      occurredOn\n      recordedAt\n      actor {\n        userId\n        role\n      }\n      data\n    }\n    version\n  }\n": types.ProjectDetailFieldsFragmentDoc,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    month\n    investment\n    progressPercent\n    note\n    submittedOn\n    firstSubmittedOn\n    dueOn\n    late\n    corrections\n  }\n": types.MonthlyReportFieldsFragmentDoc,
    "\n  query Project($id: ID!, $period: String!, $year: Int!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n      assessment(period: $period) {\n        light\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      lightHistory(year: $year) {\n        month\n        light\n      }\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation RegisterProject($input: RegisterProjectInput!) {\n    registerProject(input: $input) {\n      id\n      code\n    }\n  }\n": types.RegisterProjectDocument,
    "\n  mutation ReviseProject($input: ReviseProjectInput!) {\n    reviseProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.ReviseProjectDocument,
    "\n  mutation ChangeLeadUnit($input: ChangeLeadUnitInput!) {\n    changeLeadUnit(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.ChangeLeadUnitDocument,
    "\n  mutation AssignLeader($input: AssignLeaderInput!) {\n    assignLeader(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.AssignLeaderDocument,
    "\n  mutation AssignServiceSecretary($input: AssignServiceSecretaryInput!) {\n    assignServiceSecretary(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.AssignServiceSecretaryDocument,
    "\n  mutation SetAnnualPlan($input: SetAnnualPlanInput!) {\n    setAnnualPlan(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.SetAnnualPlanDocument,
    "\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.ChangeStageDocument,
    "\n  mutation SubmitMonthlyReport($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      id\n      monthlyReports {\n        ...MonthlyReportFields\n      }\n      history {\n        position\n      }\n    }\n  }\n": types.SubmitMonthlyReportDocument,
    "\n  query UnitReports($districtId: ID!, $leadUnitId: ID!, $first: Int, $after: String) {\n    projects(districtId: $districtId, filter: { leadUnitId: $leadUnitId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          stage\n          stageSince\n          registeredOn\n          monthlyReports {\n            ...MonthlyReportFields\n          }\n        }\n      }\n    }\n  }\n": types.UnitReportsDocument,
    "\n  query RuleSets($districtId: ID!) {\n    ruleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n": types.RuleSetsDocument,
    "\n  query PreviewAssessment($districtId: ID!, $period: String!, $rules: RuleSettingsInput!) {\n    previewAssessment(districtId: $districtId, period: $period, rules: $rules) {\n      ...AssessmentFields\n    }\n  }\n": types.PreviewAssessmentDocument,
    "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n": types.PublishRuleSetDocument,
    "\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n": types.DistrictsDocument,
    "\n  query Units($districtId: ID!) {\n    units(districtId: $districtId) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query ReportedMonths($districtId: ID!, $year: String!) {\n    dashboard(districtId: $districtId, period: $year) {\n      investmentByMonth {\n        month\n        completed\n      }\n    }\n  }\n": types.ReportedMonthsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDistrict($input: RenameDistrictInput!) {\n    renameDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameDistrict($input: RenameDistrictInput!) {\n    renameDistrict(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReserveTarget($input: SetReserveTargetInput!) {\n    setReserveTarget(input: $input) {\n      id\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetReserveTarget($input: SetReserveTargetInput!) {\n    setReserveTarget(input: $input) {\n      id\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($districtId: ID) {\n    users(districtId: $districtId) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n      districts {\n        id\n        name\n      }\n      active\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  query Users($districtId: ID) {\n    users(districtId: $districtId) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n      unit {\n        id\n        name\n      }\n      districts {\n        id\n        name\n      }\n      active\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      districtIds\n      unitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitScoreFields on UnitScore {\n    unit {\n      id\n      code\n      name\n    }\n    rank\n    score\n    projectCount\n    investmentCompletion\n    constructionStart\n    reserve\n    problemClearance\n    reportingPunctuality\n  }\n"): (typeof documents)["\n  fragment UnitScoreFields on UnitScore {\n    unit {\n      id\n      code\n      name\n    }\n    rank\n    score\n    projectCount\n    investmentCompletion\n    constructionStart\n    reserve\n    problemClearance\n    reportingPunctuality\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleSetFields on RuleSet {\n    version\n    effectiveFrom\n    publishedAt\n    weights {\n      investment\n      start\n      reserve\n      problems\n      punctuality\n    }\n    yellowMaxLag\n    startDelayYellowMonths\n    startDelayRedMonths\n    bottomN\n    reportDueDay\n  }\n"): (typeof documents)["\n  fragment RuleSetFields on RuleSet {\n    version\n    effectiveFrom\n    publishedAt\n    weights {\n      investment\n      start\n      reserve\n      problems\n      punctuality\n    }\n    yellowMaxLag\n    startDelayYellowMonths\n    startDelayRedMonths\n    bottomN\n    reportDueDay\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    period\n    periodEnd\n    ruleSetVersion\n    knownAt\n    ruleSet {\n      ...RuleSetFields\n    }\n    units {\n      ...UnitScoreFields\n    }\n    reverseRanking {\n      ...UnitScoreFields\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on Assessment {\n    period\n    periodEnd\n    ruleSetVersion\n    knownAt\n    ruleSet {\n      ...RuleSetFields\n    }\n    units {\n      ...UnitScoreFields\n    }\n    reverseRanking {\n      ...UnitScoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assessment($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreTrend($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      units {\n        unit {\n          id\n          name\n        }\n        rank\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreTrend($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      units {\n        unit {\n          id\n          name\n        }\n        rank\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictComparison($period: String!, $knownAt: DateTime) {\n    districtComparison(period: $period, knownAt: $knownAt) {\n      district {\n        id\n        code\n        name\n      }\n      projectCount\n      plannedInvestment\n      completedInvestment\n      investmentCompletion\n      constructionStart\n    }\n  }\n"): (typeof documents)["\n  query DistrictComparison($period: String!, $knownAt: DateTime) {\n    districtComparison(period: $period, knownAt: $knownAt) {\n      district {\n        id\n        code\n        name\n      }\n      projectCount\n      plannedInvestment\n      completedInvestment\n      investmentCompletion\n      constructionStart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    dashboard(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      stageFunnel {\n        stage\n        count\n      }\n      investmentByMonth {\n        month\n        target\n        completed\n        completedToDate\n      }\n      lights {\n        green\n        yellow\n        red\n        none\n      }\n      redProjects {\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      overdueProblems {\n        ...ProblemFields\n      }\n      topUnits {\n        ...UnitScoreFields\n      }\n      assessment {\n        period\n        periodEnd\n        ruleSetVersion\n        knownAt\n        reverseRanking {\n          ...UnitScoreFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    dashboard(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      stageFunnel {\n        stage\n        count\n      }\n      investmentByMonth {\n        month\n        target\n        completed\n        completedToDate\n      }\n      lights {\n        green\n        yellow\n        red\n        none\n      }\n      redProjects {\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      overdueProblems {\n        ...ProblemFields\n      }\n      topUnits {\n        ...UnitScoreFields\n      }\n      assessment {\n        period\n        periodEnd\n        ruleSetVersion\n        knownAt\n        reverseRanking {\n          ...UnitScoreFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectMap($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    projectMap(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      knownAt\n      withoutLocation\n      points {\n        projectId\n        code\n        name\n        category\n        stage\n        leadUnitId\n        light\n        longitude\n        latitude\n        inChina\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectMap($districtId: ID!, $period: String!, $knownAt: DateTime) {\n    projectMap(districtId: $districtId, period: $period, knownAt: $knownAt) {\n      period\n      knownAt\n      withoutLocation\n      points {\n        projectId\n        code\n        name\n        category\n        stage\n        leadUnitId\n        light\n        longitude\n        latitude\n        inChina\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictMap($districtId: ID!) {\n    districtMap(districtId: $districtId) {\n      boundary\n      approximate\n      source\n      setAt\n    }\n    mapTiles {\n      url\n      subdomains\n      attribution\n    }\n  }\n"): (typeof documents)["\n  query DistrictMap($districtId: ID!) {\n    districtMap(districtId: $districtId) {\n      boundary\n      approximate\n      source\n      setAt\n    }\n    mapTiles {\n      url\n      subdomains\n      attribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenData($districtId: ID!) {\n    openData(districtId: $districtId) {\n      ...OpenDataFields\n    }\n  }\n"): (typeof documents)["\n  query OpenData($districtId: ID!) {\n    openData(districtId: $districtId) {\n      ...OpenDataFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenDataFields on OpenDataPublication {\n    published\n    changedAt\n    publicPath\n    downloadPath\n    oc4idsPrefix\n    prefixRegistered\n  }\n"): (typeof documents)["\n  fragment OpenDataFields on OpenDataPublication {\n    published\n    changedAt\n    publicPath\n    downloadPath\n    oc4idsPrefix\n    prefixRegistered\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOpenData($input: OpenDataInput!) {\n    publishOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishOpenData($input: OpenDataInput!) {\n    publishOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOpenData($input: OpenDataInput!) {\n    withdrawOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOpenData($input: OpenDataInput!) {\n    withdrawOpenData(input: $input) {\n      ...OpenDataFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProblemFields on Problem {\n    id\n    category\n    description\n    status\n    raisedOn\n    dueOn\n    resolvedOn\n    resolution\n    closedReason\n    ownerUnit {\n      id\n      name\n    }\n    escalations {\n      level\n      occurredOn\n      note\n    }\n    project {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProblemFields on Problem {\n    id\n    category\n    description\n    status\n    raisedOn\n    dueOn\n    resolvedOn\n    resolution\n    closedReason\n    ownerUnit {\n      id\n      name\n    }\n    escalations {\n      level\n      occurredOn\n      note\n    }\n    project {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictProblems($districtId: ID!, $first: Int, $after: String) {\n    problems(districtId: $districtId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProblemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictProblems($districtId: ID!, $first: Int, $after: String) {\n    problems(districtId: $districtId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProblemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseProblem($input: RaiseProblemInput!) {\n    raiseProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseProblem($input: RaiseProblemInput!) {\n    raiseProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignProblem($input: AssignProblemInput!) {\n    assignProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignProblem($input: AssignProblemInput!) {\n    assignProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateProblem($input: EscalateProblemInput!) {\n    escalateProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateProblem($input: EscalateProblemInput!) {\n    escalateProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProblem($input: CloseProblemInput!) {\n    closeProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseProblem($input: CloseProblemInput!) {\n    closeProblem(input: $input) {\n      ...ProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects(\n    $districtId: ID!\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $orderBy: ProjectOrder\n    $period: String!\n  ) {\n    projects(districtId: $districtId, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          stage\n          stageSince\n          registeredOn\n          leadUnit {\n            id\n            name\n          }\n          totalInvestment\n          completedInvestment\n          openProblemCount\n          light(period: $period)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects(\n    $districtId: ID!\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $orderBy: ProjectOrder\n    $period: String!\n  ) {\n    projects(districtId: $districtId, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          stage\n          stageSince\n          registeredOn\n          leadUnit {\n            id\n            name\n          }\n          totalInvestment\n          completedInvestment\n          openProblemCount\n          light(period: $period)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetailFields on Project {\n    id\n    code\n    name\n    category\n    stage\n    stageSince\n    registeredOn\n    district {\n      id\n      name\n    }\n    leadUnit {\n      id\n      code\n      name\n    }\n    totalInvestment\n    completedInvestment\n    ownerEnterprise\n    township\n    longitude\n    latitude\n    description\n    leader {\n      name\n      phone\n      userId\n    }\n    serviceSecretary {\n      name\n      phone\n    }\n    annualPlans {\n      year\n      plannedInvestment\n      plannedStartMonth\n      plannedCompletionMonth\n      milestones\n    }\n    monthlyReports {\n      ...MonthlyReportFields\n    }\n    problems {\n      ...ProblemFields\n    }\n    openProblemCount\n    history {\n      position\n      version\n      type\n      occurredOn\n      recordedAt\n      actor {\n        userId\n        role\n      }\n      data\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment ProjectDetailFields on Project {\n    id\n    code\n    name\n    category\n    stage\n    stageSince\n    registeredOn\n    district {\n      id\n      name\n    }\n    leadUnit {\n      id\n      code\n      name\n    }\n    totalInvestment\n    completedInvestment\n    ownerEnterprise\n    township\n    longitude\n    latitude\n    description\n    leader {\n      name\n      phone\n      userId\n    }\n    serviceSecretary {\n      name\n      phone\n    }\n    annualPlans {\n      year\n      plannedInvestment\n      plannedStartMonth\n      plannedCompletionMonth\n      milestones\n    }\n    monthlyReports {\n      ...MonthlyReportFields\n    }\n    problems {\n      ...ProblemFields\n    }\n    openProblemCount\n    history {\n      position\n      version\n      type\n      occurredOn\n      recordedAt\n      actor {\n        userId\n        role\n      }\n      data\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyReportFields on MonthlyReport {\n    month\n    investment\n    progressPercent\n    note\n    submittedOn\n    firstSubmittedOn\n    dueOn\n    late\n    corrections\n  }\n"): (typeof documents)["\n  fragment MonthlyReportFields on MonthlyReport {\n    month\n    investment\n    progressPercent\n    note\n    submittedOn\n    firstSubmittedOn\n    dueOn\n    late\n    corrections\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!, $period: String!, $year: Int!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n      assessment(period: $period) {\n        light\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      lightHistory(year: $year) {\n        month\n        light\n      }\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!, $period: String!, $year: Int!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n      assessment(period: $period) {\n        light\n        plannedInvestment\n        target\n        completed\n        completionRate\n        lag\n      }\n      lightHistory(year: $year) {\n        month\n        light\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProject($input: RegisterProjectInput!) {\n    registerProject(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterProject($input: RegisterProjectInput!) {\n    registerProject(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseProject($input: ReviseProjectInput!) {\n    reviseProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseProject($input: ReviseProjectInput!) {\n    reviseProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLeadUnit($input: ChangeLeadUnitInput!) {\n    changeLeadUnit(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeLeadUnit($input: ChangeLeadUnitInput!) {\n    changeLeadUnit(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLeader($input: AssignLeaderInput!) {\n    assignLeader(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLeader($input: AssignLeaderInput!) {\n    assignLeader(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignServiceSecretary($input: AssignServiceSecretaryInput!) {\n    assignServiceSecretary(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignServiceSecretary($input: AssignServiceSecretaryInput!) {\n    assignServiceSecretary(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAnnualPlan($input: SetAnnualPlanInput!) {\n    setAnnualPlan(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAnnualPlan($input: SetAnnualPlanInput!) {\n    setAnnualPlan(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMonthlyReport($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      id\n      monthlyReports {\n        ...MonthlyReportFields\n      }\n      history {\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMonthlyReport($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      id\n      monthlyReports {\n        ...MonthlyReportFields\n      }\n      history {\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitReports($districtId: ID!, $leadUnitId: ID!, $first: Int, $after: String) {\n    projects(districtId: $districtId, filter: { leadUnitId: $leadUnitId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          stage\n          stageSince\n          registeredOn\n          monthlyReports {\n            ...MonthlyReportFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitReports($districtId: ID!, $leadUnitId: ID!, $first: Int, $after: String) {\n    projects(districtId: $districtId, filter: { leadUnitId: $leadUnitId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          stage\n          stageSince\n          registeredOn\n          monthlyReports {\n            ...MonthlyReportFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSets($districtId: ID!) {\n    ruleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n"): (typeof documents)["\n  query RuleSets($districtId: ID!) {\n    ruleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewAssessment($districtId: ID!, $period: String!, $rules: RuleSettingsInput!) {\n    previewAssessment(districtId: $districtId, period: $period, rules: $rules) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query PreviewAssessment($districtId: ID!, $period: String!, $rules: RuleSettingsInput!) {\n    previewAssessment(districtId: $districtId, period: $period, rules: $rules) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($districtId: ID!) {\n    units(districtId: $districtId) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  query Units($districtId: ID!) {\n    units(districtId: $districtId) {\n      id\n      code\n      name\n      kind\n      reserveTargets {\n        year\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportedMonths($districtId: ID!, $year: String!) {\n    dashboard(districtId: $districtId, period: $year) {\n      investmentByMonth {\n        month\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportedMonths($districtId: ID!, $year: String!) {\n    dashboard(districtId: $districtId, period: $year) {\n      investmentByMonth {\n        month\n        completed\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;