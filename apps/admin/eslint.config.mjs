import base from '../../eslint.config.mjs';

// The workspace rules, without the code that graphql-codegen writes (npm run codegen:admin).
export default [...base, { ignores: ['src/gql/**'] }];
