import { graphql } from '../../gql';

export const CreateDistrictMutation = graphql(`
  mutation CreateDistrict($input: CreateDistrictInput!) {
    createDistrict(input: $input) {
      id
      code
      name
    }
  }
`);

export const RenameDistrictMutation = graphql(`
  mutation RenameDistrict($input: RenameDistrictInput!) {
    renameDistrict(input: $input) {
      id
      code
      name
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
      name
      kind
      reserveTargets {
        year
        target
      }
    }
  }
`);

export const SetReserveTargetMutation = graphql(`
  mutation SetReserveTarget($input: SetReserveTargetInput!) {
    setReserveTarget(input: $input) {
      id
      reserveTargets {
        year
        target
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($districtId: ID) {
    users(districtId: $districtId) {
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
      districts {
        id
        name
      }
      active
      lastLoginAt
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      id
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      id
      active
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      displayName
      role
      districtIds
      unitId
    }
  }
`);
