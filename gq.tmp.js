const autocannon = require('autocannon');
(async () => {
  const post = async (q, v, t) => (await (await fetch('http://127.0.0.1:4123/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...(t ? { authorization: 'Bearer ' + t } : {}) }, body: JSON.stringify({ query: q, variables: v }) })).json()).data;
  const { login } = await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'tongliang-admin', p: 'Tuijin@2025' });
  const { districts } = await post('{ districts { id code } }', {}, login.token);
  const d = districts.find((x) => x.code === '500151') ?? districts[0];
  const q = `query Page($d: ID!) { projects(districtId: $d, first: 20) { totalCount edges { cursor node { id code name stage totalInvestment completedInvestment leadUnit { code name } } } pageInfo { hasNextPage endCursor } } }`;
  const r = await autocannon({ url: 'http://127.0.0.1:4123/graphql', connections: 16, duration: 8, method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + login.token }, body: JSON.stringify({ query: q, variables: { d: d.id } }) });
  console.log('rps', r.requests.average, 'p99', r.latency.p99, 'non2xx', r.non2xx);
})();
