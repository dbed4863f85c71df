import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { allRoles, type Role } from './admin.models';

export type RolesGroup = FormGroup<Record<Role, FormControl<boolean>>>;

// The API refuses an account without a role; say so before sending.
const atLeastOneRole: ValidatorFn = (group: AbstractControl): ValidationErrors | null =>
  Object.values((group as RolesGroup).getRawValue()).some(Boolean) ? null : { noRole: true };

/** One checkbox per role, ticked for the roles given. */
export function rolesGroup(selected: readonly Role[] = []): RolesGroup {
  const controls = Object.fromEntries(
    allRoles.map((role) => [role, new FormControl(selected.includes(role), { nonNullable: true })]),
  ) as Record<Role, FormControl<boolean>>;
  return new FormGroup(controls, { validators: atLeastOneRole });
}

/** The ticked roles, in the canonical order. */
export function selectedRoles(group: RolesGroup): Role[] {
  const value = group.getRawValue();
  return allRoles.filter((role) => value[role]);
}
