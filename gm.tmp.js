const autocannon = require('autocannon');
(async () => {
  const post = async (q, v, t) => (await (await fetch('http://127.0.0.1:4123/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...(t ? { authorization: 'Bearer ' + t } : {}) }, body: JSON.stringify({ query: q, variables: v }) })).json()).data;
  const { login } = await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'tongliang-admin', p: 'Tuijin@2025' });
  const { districts } = await post('{ districts { id code } }', {}, login.token);
  const d = districts.find((x) => x.code === '500151') ?? districts[0];
  const { projects: open } = await post(`query($d: ID!) { projects(districtId: $d, first: 100, filter: { stage: [UNDER_CONSTRUCTION, COMPLETED, OPERATING] }) { edges { node { id } } } }`, { d: d.id }, login.token);
  const ids = open.edges.map((e) => e.node.id);
  const MUTATION = `mutation Report($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { id code monthlyReports { month investment } } }`;
  const month = new Date().toISOString().slice(0, 7);
  let n = 0;
  const r = await autocannon({ url: 'http://127.0.0.1:4123/graphql', connections: 16, duration: 8, method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + login.token },
    requests: [{ setupRequest: (req) => { n++; return { ...req, body: JSON.stringify({ query: MUTATION, variables: { input: { projectId: ids[n % ids.length], month, investment: n % 500, progressPercent: 50 } } }) }; } }] });
  console.log('rps', r.requests.average, 'p99', r.latency.p99, 'non2xx', r.non2xx);
})();
