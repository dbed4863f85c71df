/** Styles the supervision screens share: tables that scroll on phones, notices, filters. */
export const supervisionStyles = `
  h2 {
    font: var(--mat-sys-title-large);
    margin-block: 24px 8px;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font: var(--mat-sys-title-medium);
    padding-block: 8px;
  }
  th,
  td {
    text-align: start;
    padding: 8px;
    border-bottom: 1px solid var(--mat-sys-outline-variant);
    vertical-align: top;
    font: var(--mat-sys-body-medium);
  }
  thead th {
    font: var(--mat-sys-title-small);
  }
  .secondary {
    display: block;
    color: var(--mat-sys-on-surface-variant);
    font: var(--mat-sys-body-small);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    align-items: baseline;
  }
  .filters mat-form-field {
    min-width: 200px;
    flex: 1 1 200px;
    max-width: 320px;
  }
  .error:not(:empty),
  .status:not(:empty) {
    margin-block: 8px;
    padding: 12px;
    border-radius: 8px;
  }
  .error:not(:empty) {
    background: var(--mat-sys-error-container);
    color: var(--mat-sys-on-error-container);
  }
  .status:not(:empty) {
    background: var(--mat-sys-secondary-container);
    color: var(--mat-sys-on-secondary-container);
  }
  .flag {
    display: inline-block;
    padding: 0 6px;
    border-radius: 4px;
    font: var(--mat-sys-label-medium);
    background: var(--mat-sys-surface-container-high);
    color: var(--mat-sys-on-surface);
  }
  .flag.grave {
    background: var(--mat-sys-error-container);
    color: var(--mat-sys-on-error-container);
  }
  .empty {
    color: var(--mat-sys-on-surface-variant);
  }
  @media (max-width: 599.98px) {
    .filters mat-form-field {
      max-width: none;
    }
  }
`;
