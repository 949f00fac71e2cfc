import { graphql } from '../../gql';

export const BulletinProjectFieldsFragment = graphql(`
  fragment BulletinProjectFields on BulletinProject {
    code
    name
    leadUnit
    leader
  }
`);

export const BulletinProblemFieldsFragment = graphql(`
  fragment BulletinProblemFields on BulletinProblem {
    projectCode
    projectName
    ownerUnit
    category
    description
    dueOn
    daysOverdue
    resolvedOn
  }
`);

export const BulletinFieldsFragment = graphql(`
  fragment BulletinFields on Bulletin {
    districtId
    districtName
    kind
    period
    asOfDay
    assessedPeriod
    previousPeriod
    ruleSetVersion
    digest
    headline {
      stages {
        stage
        count
      }
      projectCount
      cancelledCount
      totalInvestment
      plannedInvestment
      completedInvestment
      completionShare
      targetShare
      gapPoints
    }
    starts {
      due
      started
      rate
      missed {
        project {
          ...BulletinProjectFields
        }
        plannedStartMonth
        stage
      }
    }
    ranking {
      rank
      unit {
        unitId
        name
      }
      score
      projectCount
      investmentCompletion {
        points
      }
      constructionStart {
        points
      }
      reserve {
        points
      }
      problemClearance {
        points
      }
      reportingPunctuality {
        points
      }
      tieBreak
    }
    unranked {
      unitId
      name
    }
    reverseRanking {
      rank
      unit {
        unitId
        name
      }
      score
    }
    lights {
      redCount
      yellowCount
      greenCount
      red {
        project {
          ...BulletinProjectFields
        }
        lag
        plannedInvestment
        completed
      }
      changes {
        project {
          ...BulletinProjectFields
        }
        from
        to
      }
    }
    problems {
      overdue {
        ...BulletinProblemFields
      }
      cleared {
        ...BulletinProblemFields
      }
    }
    reporting {
      months {
        month
        dueOn
      }
      units {
        unit {
          unitId
          name
        }
        late
        missing
        reports {
          projectCode
          projectName
          month
          status
        }
      }
    }
    rankMoves {
      unit {
        unitId
        name
      }
      rank
      previousRank
      change
    }
  }
`);

export const BulletinQuery = graphql(`
  query Bulletin($districtId: ID!, $kind: BulletinKind!, $period: String!, $knownAt: DateTime) {
    bulletin(districtId: $districtId, kind: $kind, period: $period, knownAt: $knownAt) {
      ...BulletinFields
    }
  }
`);

export const PublishedBulletinFieldsFragment = graphql(`
  fragment PublishedBulletinFields on PublishedBulletin {
    id
    kind
    period
    year
    number
    edition
    correctionNote
    knownAt
    ruleSetVersion
    digest
    publishedAt
    publishedBy
  }
`);

export const BulletinBookQuery = graphql(`
  query BulletinBook($districtId: ID!) {
    bulletinBook(districtId: $districtId) {
      districtId
      webhook
      published {
        ...PublishedBulletinFields
      }
      reminders {
        month
        outcome
        reason
        unitCount
        sentAt
        sentBy
      }
    }
  }
`);

export const PublishedBulletinContentQuery = graphql(`
  query PublishedBulletinContent($id: ID!) {
    publishedBulletin(id: $id) {
      ...PublishedBulletinFields
      content {
        ...BulletinFields
      }
    }
  }
`);

export const BulletinChangesQuery = graphql(`
  query BulletinChanges($id: ID!) {
    publishedBulletin(id: $id) {
      id
      digest
      changesSincePublication {
        reproduced
        digestNow
        differences {
          section
          subject
          field
          before
          after
          causes {
            type
            projectCode
            projectName
            occurredOn
            recordedAt
            recordedBy
            month
            investment
            previousInvestment
            stage
          }
        }
      }
    }
  }
`);

export const PublishBulletinMutation = graphql(`
  mutation PublishBulletin($input: PublishBulletinInput!) {
    publishBulletin(input: $input) {
      ...PublishedBulletinFields
    }
  }
`);

export const CityBulletinQuery = graphql(`
  query CityBulletin($kind: BulletinKind!, $period: String!, $knownAt: DateTime) {
    cityBulletin(kind: $kind, period: $period, knownAt: $knownAt) {
      kind
      period
      asOfDay
      districts {
        rank
        district {
          id
          name
        }
        projectCount
        plannedInvestment
        completedInvestment
        investmentCompletion
        constructionStart
      }
    }
  }
`);

export const ReportingStatusQuery = graphql(`
  query ReportingStatus($districtId: ID!, $month: String!) {
    reportingStatus(districtId: $districtId, month: $month) {
      districtId
      month
      dueOn
      judgedOn
      totals {
        onTime
        late
        missing
        notDue
      }
      units {
        unit {
          unitId
          name
        }
        counts {
          onTime
          late
          missing
          notDue
        }
        projects {
          projectId
          code
          name
          status
          submittedOn
        }
      }
      reminderText
    }
  }
`);

export const OwedReportsQuery = graphql(`
  query OwedReports($districtId: ID!) {
    owedReports(districtId: $districtId) {
      projectId
      code
      name
      month
      dueOn
      overdue
    }
  }
`);

export const SetReminderWebhookMutation = graphql(`
  mutation SetReminderWebhook($input: SetReminderWebhookInput!) {
    setReminderWebhook(input: $input) {
      districtId
      webhook
    }
  }
`);

export const SendReminderMutation = graphql(`
  mutation SendReminder($input: SendReminderInput!) {
    sendReminder(input: $input) {
      outcome
      reason
      text
      sentAt
    }
  }
`);
