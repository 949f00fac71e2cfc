import { graphql } from '../../gql';

/** The district's ledger imports, newest first. */
export const LedgerImportsQuery = graphql(`
  query LedgerImports($districtId: ID!) {
    ledgerImports(districtId: $districtId) {
      id
      number
      ledger
      fileName
      rowCount
      registeredCount
      changedCount
      importedAt
      importedBy {
        userId
        role
      }
    }
  }
`);
