import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'fs';

/**
 * The baseline: a bare @apollo/server answering the same page query and a
 * comparable mutation straight from memory, with no framework, store or projection.
 */
const page = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const reports = new Map<string, unknown[]>();

const typeDefs = `#graphql
  type Unit { code: String! name: String! }
  type Project { id: ID! code: String! name: String! stage: String! totalInvestment: Float! completedInvestment: Float! leadUnit: Unit! monthlyReports: [Report!]! }
  type Report { month: String! investment: Float! }
  type Edge { cursor: String! node: Project! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Connection { totalCount: Int! edges: [Edge!]! pageInfo: PageInfo! }
  input ProjectFilter { text: String }
  input SubmitMonthlyReportInput { projectId: ID! month: String! investment: Float! progressPercent: Float! note: String submittedOn: String }
  type Query { projects(districtId: ID!, filter: ProjectFilter, first: Int, after: String): Connection! }
  type Mutation { submitMonthlyReport(input: SubmitMonthlyReportInput!): Project! }
`;

const resolvers = {
  Query: { projects: () => page },
  Mutation: {
    submitMonthlyReport: (
      _: unknown,
      { input }: { input: { projectId: string; month: string; investment: number } },
    ) => {
      const list = reports.get(input.projectId) ?? [];
      list.push({ month: input.month, investment: input.investment });
      reports.set(input.projectId, list);
      const node =
        page.edges.find((e: { node: { id: string } }) => e.node.id === input.projectId)?.node ?? page.edges[0].node;
      return { ...node, monthlyReports: list.slice(-24) };
    },
  },
};

async function main() {
  const server = new ApolloServer({ typeDefs, resolvers });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  console.log(`LISTENING ${url.replace(/\/$/, '')}`);
}

void main();
