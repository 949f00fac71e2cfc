import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      districtIds
      unitId
      unit {
        id
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshToken {
    refreshToken {
      token
      expiresAt
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
    }
  }
`);
